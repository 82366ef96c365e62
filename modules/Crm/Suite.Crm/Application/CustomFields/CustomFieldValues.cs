using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Domain.CustomFields;
using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Crm.Application.CustomFields;

/// <summary>
/// Checks a card's customFields against the admin's definitions and brings each value to one stored form
/// (numbers with a dot, dates as yyyy-MM-dd, yes/no as true/false, list values as the option is spelled).
/// Errors are keyed <c>customFields.&lt;key&gt;</c>, the way the form shows them next to the field.
/// </summary>
internal sealed class CustomFieldValues(CrmDbContext db)
{
    private readonly Dictionary<CustomFieldEntity, List<CustomFieldDefinition>> _definitions = [];

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-ddTHH:mm:ss", "dd/MM/yyyy"];

    public async Task<IReadOnlyDictionary<string, string>> ValidateAsync(
        CustomFieldEntity entity, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var (clean, errors) = await CheckAsync(entity, values, cancellationToken);
        if (errors.Count > 0)
            throw new InputValidationException(errors);
        return clean;
    }

    public async Task<(Dictionary<string, string> Values, Dictionary<string, string[]> Errors)> CheckAsync(
        CustomFieldEntity entity, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var definitions = await DefinitionsAsync(entity, cancellationToken);
        var byKey = definitions.ToDictionary(d => d.Key, StringComparer.OrdinalIgnoreCase);
        var clean = new Dictionary<string, string>();
        var errors = new Dictionary<string, string[]>();

        foreach (var (key, raw) in values)
        {
            if (!byKey.TryGetValue(key, out var definition))
            {
                errors[Field(key)] = [Text.Pick($"Поля «{key}» нет в карточке.", $"The card has no field '{key}'.")];
                continue;
            }

            if (string.IsNullOrWhiteSpace(raw))
                continue;
            var value = Normalise(definition, raw.Trim());
            if (value is null)
                errors[Field(definition.Key)] = [Invalid(definition)];
            else
                clean[definition.Key] = value;
        }

        foreach (var definition in definitions.Where(d => d.Required && !clean.ContainsKey(d.Key) && !errors.ContainsKey(Field(d.Key))))
            errors[Field(definition.Key)] = [Text.Pick($"Заполните поле «{definition.Label}».", $"Fill in '{definition.Label}'.")];

        return (clean, errors);
    }

    public async Task<IReadOnlyList<CustomFieldDefinition>> DefinitionsAsync(CustomFieldEntity entity, CancellationToken cancellationToken)
    {
        if (!_definitions.TryGetValue(entity, out var list))
        {
            list = await db.CustomFieldDefinitions.AsNoTracking().Where(d => d.EntityType == entity)
                .OrderBy(d => d.CreatedAt).ToListAsync(cancellationToken);
            _definitions[entity] = list;
        }

        return list;
    }

    private static string Field(string key) => "customFields." + key;

    private static string? Normalise(CustomFieldDefinition definition, string value) => definition.Type switch
    {
        CustomFieldType.Text => value.Length <= 1000 ? value : null,
        CustomFieldType.Number => decimal.TryParse(value.Replace(" ", "").Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            ? number.ToString(CultureInfo.InvariantCulture)
            : null,
        CustomFieldType.Date => DateTime.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null,
        CustomFieldType.List => definition.Options.FirstOrDefault(o => string.Equals(o, value, StringComparison.OrdinalIgnoreCase)),
        CustomFieldType.YesNo => value.ToLowerInvariant() switch
        {
            "true" or "yes" or "да" or "1" => "true",
            "false" or "no" or "нет" or "0" => "false",
            _ => null,
        },
        _ => null,
    };

    private static string Invalid(CustomFieldDefinition d) => d.Type switch
    {
        CustomFieldType.Number => Text.Pick($"«{d.Label}» — число.", $"'{d.Label}' must be a number."),
        CustomFieldType.Date => Text.Pick($"«{d.Label}» — дата (ГГГГ-ММ-ДД).", $"'{d.Label}' must be a date (yyyy-MM-dd)."),
        CustomFieldType.List => Text.Pick($"«{d.Label}»: выберите значение из списка ({string.Join(", ", d.Options)}).",
            $"'{d.Label}': pick one of {string.Join(", ", d.Options)}."),
        CustomFieldType.YesNo => Text.Pick($"«{d.Label}» — да или нет.", $"'{d.Label}' must be yes or no."),
        _ => Text.Pick($"«{d.Label}» — не длиннее 1000 символов.", $"'{d.Label}' is at most 1000 characters."),
    };
}
