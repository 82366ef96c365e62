using Suite.Framework.Search;

namespace Suite.Host.Search;

/// <summary>The records of one kind the search found, best first.</summary>
internal sealed record SearchGroupDto(string Kind, IReadOnlyList<SearchHit> Items);
