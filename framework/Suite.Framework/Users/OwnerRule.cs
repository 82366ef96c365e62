using Suite.Framework.Domain;

namespace Suite.Framework.Users;

/// <summary>
/// "Only what I own": a user sees the records they own unless they hold the kind's ViewAll permission. Every list,
/// search, lookup, export, board, report and timeline starts from <see cref="VisibleTo{T}"/>, so the rule is written once.
/// </summary>
public static class OwnerRule
{
    /// <summary>The records <paramref name="user"/> may see; none for an anonymous user without the permission.</summary>
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> records, ICurrentUser user) where T : class, IOwnedRecord
    {
        if (user.SeesAll<T>())
            return records;
        var userId = user.Id ?? Guid.Empty;
        return records.Where(r => r.OwnerId == userId);
    }

    /// <summary>Whether <paramref name="user"/> may see a record of kind <typeparamref name="T"/> that <paramref name="ownerId"/> owns.</summary>
    public static bool Sees<T>(this ICurrentUser user, Guid ownerId) where T : IOwnedRecord =>
        user.SeesAll<T>() || ownerId == user.Id;

    /// <summary>Whether <paramref name="user"/> sees every owner's records of kind <typeparamref name="T"/> (and so may give them to others).</summary>
    public static bool SeesAll<T>(this ICurrentUser user) where T : IOwnedRecord => user.HasPermission(T.ViewAllPermission);
}
