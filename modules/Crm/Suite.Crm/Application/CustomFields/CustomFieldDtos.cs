using Suite.Crm.Domain.CustomFields;

namespace Suite.Crm.Application.CustomFields;

internal sealed record CustomFieldDto(
    Guid Id,
    CustomFieldEntity EntityType,
    string Key,
    string Label,
    CustomFieldType Type,
    IReadOnlyList<string> Options,
    bool Required,
    string ConcurrencyStamp)
{
    internal static CustomFieldDto From(CustomFieldDefinition d) =>
        new(d.Id, d.EntityType, d.Key, d.Label, d.Type, d.Options, d.Required, d.ConcurrencyStamp);
}

/// <summary>The body of creating or updating a custom field; entityType and key cannot change after creation.</summary>
internal sealed record CustomFieldInput
{
    /// <summary>company or contact.</summary>
    public string? EntityType { get; init; }
    public string? Key { get; init; }
    public string? Label { get; init; }

    /// <summary>text, number, date, list or yesNo.</summary>
    public string? Type { get; init; }
    public List<string>? Options { get; init; }
    public bool Required { get; init; }
    public string? ConcurrencyStamp { get; init; }
}

/// <summary>The custom fields list query.</summary>
internal sealed class CustomFieldListRequest
{
    /// <summary>company or contact; all when absent.</summary>
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "entityType")] public string? EntityType { get; set; }
}
