using Microsoft.EntityFrameworkCore;

namespace Suite.Framework.Paging;

public static class PagingExtensions
{
    /// <summary>Counts the filtered query, then sorts, pages and projects it.</summary>
    public static async Task<PagedResult<TResult>> ToPageAsync<T, TResult>(
        this IQueryable<T> query,
        PageRequest request,
        SortMap<T> sortMap,
        Func<T, TResult> map,
        CancellationToken cancellationToken)
    {
        request.Validate();
        var ordered = sortMap.Apply(query, request.Sorting);
        var total = await query.LongCountAsync(cancellationToken);
        var page = await ordered.Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken);
        return new PagedResult<TResult>(total, page.Select(map).ToList());
    }
}
