namespace Suite.Framework.Paging;

/// <summary>One page of a list and the number of items the whole list has.</summary>
public sealed record PagedResult<T>(long TotalCount, IReadOnlyList<T> Items);
