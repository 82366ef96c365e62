namespace Suite.Crm.Application.Dictionaries;

/// <summary>The body of creating or renaming a source or a loss reason.</summary>
internal sealed record DictionaryInput
{
    public string? Name { get; init; }

    /// <summary>On update, the stamp of the version the user edited; a stale one is refused with 409.</summary>
    public string? ConcurrencyStamp { get; init; }
}
