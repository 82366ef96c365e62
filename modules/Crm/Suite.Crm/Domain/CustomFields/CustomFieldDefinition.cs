using Suite.Framework.Domain;

namespace Suite.Crm.Domain.CustomFields;

/// <summary>The cards an admin-defined field belongs to.</summary>
public enum CustomFieldEntity
{
    Company,
    Contact,
}

public enum CustomFieldType
{
    Text,
    Number,
    Date,
    List,
    YesNo,
}

/// <summary>A field an admin added to company or contact cards; values are validated against it on every save.</summary>
public sealed class CustomFieldDefinition : AuditedEntity
{
    private CustomFieldDefinition()
    {
        Key = null!;
        Label = null!;
    }

    public CustomFieldDefinition(CustomFieldEntity entityType, string key, string label, CustomFieldType type, IReadOnlyList<string> options, bool required)
    {
        EntityType = entityType;
        Key = key;
        Label = null!;
        Update(label, type, options, required);
    }

    public CustomFieldEntity EntityType { get; private set; }

    /// <summary>The name the value is stored under in a card's customFields; fixed once created.</summary>
    public string Key { get; private set; }

    public string Label { get; private set; }
    public CustomFieldType Type { get; private set; }

    /// <summary>The allowed values of a list field, in the order the form offers them.</summary>
    public List<string> Options { get; private set; } = [];

    public bool Required { get; private set; }
    public int Order { get; private set; }

    public void Update(string label, CustomFieldType type, IReadOnlyList<string> options, bool required)
    {
        Label = label;
        Type = type;
        Options = type == CustomFieldType.List ? options.ToList() : [];
        Required = required;
    }
}
