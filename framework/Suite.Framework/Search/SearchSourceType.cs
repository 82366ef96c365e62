namespace Suite.Framework.Search;

/// <summary>A search source the host asks; resolved in a scope of its own for each search.</summary>
public sealed record SearchSourceType(Type Type);
