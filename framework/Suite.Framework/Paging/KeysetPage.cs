namespace Suite.Framework.Paging;

/// <summary>A page as every list returns it, with the cursor of the next page when there may be one.</summary>
public sealed record KeysetPage<T>(long TotalCount, IReadOnlyList<T> Items, string? NextCursor);
