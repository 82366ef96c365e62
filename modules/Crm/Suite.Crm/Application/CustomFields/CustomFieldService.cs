using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Domain.CustomFields;
using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Crm.Application.CustomFields;

/// <summary>The admin's list of extra fields on company and contact cards.</summary>
internal sealed partial class CustomFieldService(CrmDbContext db)
{
    public const string DuplicateKey = "Crm.CustomField.DuplicateKey";

    public async Task<IReadOnlyList<CustomFieldDto>> ListAsync(CustomFieldListRequest request, CancellationToken cancellationToken)
    {
        var query = db.CustomFieldDefinitions.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.EntityType))
        {
            var entity = ParseEntity(request.EntityType, "entityType");
            query = query.Where(d => d.EntityType == entity);
        }

        var list = await query.ToListAsync(cancellationToken);
        return list.OrderBy(d => d.EntityType).ThenBy(d => d.CreatedAt).Select(CustomFieldDto.From).ToList();
    }

    public async Task<CustomFieldDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        CustomFieldDto.From(await FindAsync(id, cancellationToken));

    public async Task<CustomFieldDto> CreateAsync(CustomFieldInput input, CancellationToken cancellationToken)
    {
        var entity = ParseEntity(input.EntityType, "entityType");
        var (type, options) = Parse(input);
        if (string.IsNullOrWhiteSpace(input.Key))
            throw InputValidationException.For("key", Text.Pick("Введите ключ поля.", "Enter the field key."));
        var key = input.Key.Trim();
        if (await db.CustomFieldDefinitions.AnyAsync(d => d.EntityType == entity && d.Key.ToLower() == key.ToLower(), cancellationToken))
            throw new BusinessRuleException(DuplicateKey, Text.Pick($"Поле с ключом «{key}» уже есть.", $"A field with key '{key}' already exists."));
        var definition = new CustomFieldDefinition(entity, key, input.Label!.Trim(), type, options, input.Required);
        db.CustomFieldDefinitions.Add(definition);
        await db.SaveChangesAsync(cancellationToken);
        return CustomFieldDto.From(definition);
    }

    public async Task<CustomFieldDto> UpdateAsync(Guid id, CustomFieldInput input, CancellationToken cancellationToken)
    {
        var definition = await FindAsync(id, cancellationToken);
        db.ExpectConcurrencyStamp(definition, input.ConcurrencyStamp);
        var (type, options) = Parse(input);
        definition.Update(input.Label!.Trim(), type, options, input.Required);
        await db.SaveChangesAsync(cancellationToken);
        return CustomFieldDto.From(definition);
    }

    /// <summary>Values already stored on cards stay there (the card shows them no more); re-adding the key brings them back.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        db.CustomFieldDefinitions.Remove(await FindAsync(id, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<CustomFieldDefinition> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.CustomFieldDefinitions.SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException("CustomField", id);

    internal static CustomFieldEntity ParseEntity(string? value, string field) => value?.Trim().ToLowerInvariant() switch
    {
        "company" => CustomFieldEntity.Company,
        "contact" => CustomFieldEntity.Contact,
        _ => throw InputValidationException.For(field, Text.Pick("Укажите company или contact.", "Use company or contact.")),
    };

    private static (CustomFieldType Type, List<string> Options) Parse(CustomFieldInput input)
    {
        var type = input.Type?.Trim() switch
        {
            "text" => CustomFieldType.Text,
            "number" => CustomFieldType.Number,
            "date" => CustomFieldType.Date,
            "list" => CustomFieldType.List,
            "yesNo" => CustomFieldType.YesNo,
            _ => throw InputValidationException.For("type", Text.Pick(
                "Тип поля: text, number, date, list или yesNo.", "The type is text, number, date, list or yesNo.")),
        };
        var options = (input.Options ?? []).Select(o => o.Trim()).Where(o => o.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (type == CustomFieldType.List && options.Count == 0)
            throw InputValidationException.For("options", Text.Pick("Добавьте хотя бы один вариант списка.", "Add at least one option to the list."));
        return (type, options);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    internal static partial Regex KeyPattern();
}
