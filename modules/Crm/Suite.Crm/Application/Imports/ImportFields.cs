using Suite.Crm.Domain.CustomFields;
using Suite.Crm.Domain.Imports;
using Suite.Framework.Localization;

namespace Suite.Crm.Application.Imports;

/// <summary>A card field a column can be mapped to.</summary>
internal sealed record ImportFieldDto(string Key, string Label, bool Required);

/// <summary>The card fields of each import target, with the header names that map to them without the user's help.</summary>
internal static class ImportFields
{
    private sealed record Field(string Key, string Ru, string En, bool Required, params string[] Aliases);

    private static readonly Field[] CompanyFields =
    [
        new("name", "Название", "Name", true, "name", "название", "наименование", "компания", "company", "организация"),
        new("taxId", "ИНН", "Tax id", false, "taxid", "инн", "inn", "tax id"),
        new("kpp", "КПП", "KPP", false, "kpp", "кпп"),
        new("address", "Адрес", "Address", false, "address", "адрес"),
        new("phone", "Телефон", "Phone", false, "phone", "телефон", "тел", "тел."),
        new("email", "E-mail", "E-mail", false, "email", "e-mail", "почта", "эл. почта", "электронная почта"),
        new("website", "Сайт", "Website", false, "website", "сайт", "site", "web"),
        new("tags", "Теги", "Tags", false, "tags", "теги", "тег", "метки"),
    ];

    private static readonly Field[] ContactFields =
    [
        new("firstName", "Имя", "First name", true, "firstname", "first name", "имя"),
        new("lastName", "Фамилия", "Last name", false, "lastname", "last name", "фамилия"),
        new("position", "Должность", "Position", false, "position", "должность", "title"),
        new("phones", "Телефоны", "Phones", false, "phone", "phones", "телефон", "телефоны", "тел", "мобильный"),
        new("emails", "E-mail", "E-mails", false, "email", "emails", "e-mail", "почта", "эл. почта"),
        new("companyName", "Компания (название)", "Company (name)", false, "company", "компания", "организация"),
        new("companyTaxId", "ИНН компании", "Company tax id", false, "инн", "инн компании", "company tax id", "taxid"),
        new("tags", "Теги", "Tags", false, "tags", "теги", "тег", "метки"),
    ];

    private static Field[] For(ImportTarget target) => target == ImportTarget.Company ? CompanyFields : ContactFields;

    public static CustomFieldEntity Entity(ImportTarget target) =>
        target == ImportTarget.Company ? CustomFieldEntity.Company : CustomFieldEntity.Contact;

    public static List<ImportFieldDto> Describe(ImportTarget target, IEnumerable<CustomFieldDefinition> customFields) =>
        For(target).Select(f => new ImportFieldDto(f.Key, Text.Pick(f.Ru, f.En), f.Required))
            .Concat(customFields.Select(d => new ImportFieldDto("customFields." + d.Key, d.Label, d.Required)))
            .ToList();

    public static string RequiredField(ImportTarget target) => For(target).Single(f => f.Required).Key;

    /// <summary>Header → field for the headers that name a field (or a custom field's label or key); each field is taken once.</summary>
    public static Dictionary<string, string> Suggest(ImportTarget target, IEnumerable<string> headers, IEnumerable<CustomFieldDefinition> customFields)
    {
        var definitions = customFields.ToList();
        var mapping = new Dictionary<string, string>();
        var taken = new HashSet<string>();
        foreach (var header in headers)
        {
            var name = header.Trim().ToLowerInvariant();
            var field = For(target).FirstOrDefault(f => f.Aliases.Contains(name))?.Key
                        ?? definitions.Where(d => d.Label.Equals(header.Trim(), StringComparison.OrdinalIgnoreCase) || d.Key.Equals(header.Trim(), StringComparison.OrdinalIgnoreCase))
                            .Select(d => "customFields." + d.Key).FirstOrDefault();
            if (field is not null && taken.Add(field))
                mapping[header] = field;
        }

        return mapping;
    }
}
