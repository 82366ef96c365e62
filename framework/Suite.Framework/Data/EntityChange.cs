namespace Suite.Framework.Data;

/// <summary>One audited change of a business record: who, when, and the old and new value of each changed field.</summary>
public sealed class EntityChange
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string EntityType { get; init; }
    public required Guid EntityId { get; init; }
    public required EntityChangeKind Kind { get; init; }
    public required DateTimeOffset ChangedAt { get; init; }
    public Guid? UserId { get; init; }

    /// <summary>JSON array of { field, oldValue, newValue }.</summary>
    public required string Changes { get; init; }
}

public enum EntityChangeKind
{
    Created,
    Updated,
    Deleted,
}

public sealed record FieldChange(string Field, string? OldValue, string? NewValue);
