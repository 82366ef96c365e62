using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Suite.Framework.Paging;

namespace Suite.Framework.People;

/// <summary>The questions every module asks its copies of people: names for ids, and who may be given records.</summary>
public static class PeopleQueries
{
    /// <summary>Full names by id for the given users; an id without a copy (yet) is missing from the answer.</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(
        this IQueryable<PersonCopy> people, IEnumerable<Guid?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        if (wanted.Count == 0)
            return new Dictionary<Guid, string>();
        return await people.AsNoTracking().Where(p => wanted.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.FullName, cancellationToken);
    }

    public static Task<IReadOnlyDictionary<Guid, string>> NamesAsync(
        this IQueryable<PersonCopy> people, IEnumerable<Guid> ids, CancellationToken cancellationToken) =>
        people.NamesAsync(ids.Select(id => (Guid?)id), cancellationToken);

    /// <summary>The full name of one user, or null when the module has no copy of them.</summary>
    public static async Task<string?> NameOfAsync(this IQueryable<PersonCopy> people, Guid? id, CancellationToken cancellationToken) =>
        id is { } userId
            ? await people.AsNoTracking().Where(p => p.Id == userId).Select(p => p.FullName).SingleOrDefaultAsync(cancellationToken)
            : null;

    /// <summary>Puts names on rows that carry a user id: <paramref name="named"/> returns the row with its name set.</summary>
    public static async Task<IReadOnlyList<T>> WithNamesAsync<T>(this IQueryable<PersonCopy> people, IReadOnlyList<T> rows,
        Func<T, Guid?> idOf, Func<T, string?, T> named, CancellationToken cancellationToken)
    {
        var names = await people.NamesAsync(rows.Select(idOf), cancellationToken);
        return rows.Select(r => named(r, idOf(r) is { } id ? names.GetValueOrDefault(id) : null)).ToList();
    }

    /// <inheritdoc cref="WithNamesAsync{T}(IQueryable{PersonCopy}, IReadOnlyList{T}, Func{T, Guid?}, Func{T, string?, T}, CancellationToken)"/>
    public static async Task<PagedResult<T>> WithNamesAsync<T>(this IQueryable<PersonCopy> people, PagedResult<T> page,
        Func<T, Guid?> idOf, Func<T, string?, T> named, CancellationToken cancellationToken) =>
        page with { Items = await people.WithNamesAsync(page.Items, idOf, named, cancellationToken) };

    /// <summary>Active users holding any of the roles, matching the search term by full name, user name or e-mail.</summary>
    public static IQueryable<PersonCopy> ActiveWithAnyRole(this IQueryable<PersonCopy> people, IReadOnlyList<string> roles, string? search)
    {
        var query = people.Where(p => p.IsActive);
        if (roles.Count > 0)
            query = query.Where(HoldsAny(roles));
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLowerInvariant();
            query = query.Where(p => p.SearchText.Contains(term));
        }

        return query;
    }

    // p => p.Roles.Contains("|a|") || p.Roles.Contains("|b|") …, which both providers translate to LIKE.
    private static Expression<Func<PersonCopy, bool>> HoldsAny(IReadOnlyList<string> roles)
    {
        var person = Expression.Parameter(typeof(PersonCopy), "p");
        var rolesOf = Expression.Property(person, nameof(PersonCopy.Roles));
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        var body = roles.Select(r => (Expression)Expression.Call(rolesOf, contains, Expression.Constant(PersonCopy.RoleMarker(r))))
            .Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<PersonCopy, bool>>(body, person);
    }

    /// <summary>Whether the user is known and active; a user who may not be given records gets none.</summary>
    public static Task<bool> IsActiveAsync(this IQueryable<PersonCopy> people, Guid userId, CancellationToken cancellationToken) =>
        people.AnyAsync(p => p.Id == userId && p.IsActive, cancellationToken);
}
