using Microsoft.AspNetCore.Mvc;

namespace Suite.Framework.Paging;

/// <summary>
/// A list query that may continue "after" the last row of the previous page (<see cref="KeysetOrder{T}"/>) as well as
/// skip rows: an OFFSET walks and drops every row before the page, a cursor starts where the last page ended, so a
/// deep page costs what the first one does.
/// </summary>
public class KeysetPageRequest : PageRequest
{
    /// <summary>The previous page's <c>nextCursor</c>: the page starts after its last row (skipCount then counts from there).</summary>
    [FromQuery(Name = "after")] public string? After { get; set; }
}
