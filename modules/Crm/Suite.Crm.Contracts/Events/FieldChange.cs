namespace Suite.Crm.Events;

/// <summary>One field of a card that an update changed, with its old and new value as the user would read them.</summary>
public sealed record FieldChange(string Field, string? OldValue, string? NewValue);
