using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Framework.People;
using Suite.Framework.Permissions;
using Suite.Framework.Users;

namespace Suite.Crm.Application.People;

/// <summary>
/// Who may be given Crm's records, from Crm's copy of people: the owner pickers list active sales managers and
/// directors, and a record (or a web form's turn) is never given to a user Crm does not know or who is disabled.
/// </summary>
internal sealed class Owners(CrmDbContext db, ICurrentUser user)
{
    /// <summary>The roles whose users the owner pickers offer.</summary>
    public static readonly IReadOnlyList<string> OwnerRoles = [Roles.Sales, Roles.Director];

    private static readonly SortMap<PersonCopy> Sorting = new SortMap<PersonCopy>("fullName")
        .Add("fullName", p => p.FullName)
        .Add("userName", p => p.UserName);

    public Task<PagedResult<OwnerDto>> ListAsync(PageRequest request, CancellationToken cancellationToken) =>
        db.People.AsNoTracking().ActiveWithAnyRole(OwnerRoles, request.Filter)
            .ToPageAsync(request, Sorting, p => new OwnerDto(p.Id, p.FullName, p.UserName, p.Email, p.Position, p.RoleNames), cancellationToken);

    /// <summary>
    /// The owner a new or reassigned record of kind <typeparamref name="T"/> gets: the signed-in user when nobody else is
    /// asked for; someone else only from a user who sees all records of that kind, and only a user who may own records.
    /// </summary>
    public async Task<Guid> OwnerForAsync<T>(Guid? requested, OwnedRecordWords words, CancellationToken cancellationToken)
        where T : IOwnedRecord
    {
        var me = user.Id ?? throw new AccessDeniedException(Text.Pick(
            $"Войдите, чтобы вести {words.RussianMany}.", $"Sign in to own {words.EnglishMany}."));
        if (requested is null || requested == me)
            return me;
        if (!user.SeesAll<T>())
            throw new AccessDeniedException(Text.Pick(
                $"Передать {words.RussianOne} другому ответственному может только тот, кто видит все {words.RussianMany}.",
                $"Only users who see all {words.EnglishMany} can give a {words.EnglishOne} to another owner."));
        await EnsureMayOwnAsync(requested.Value, cancellationToken);
        return requested.Value;
    }

    /// <summary>
    /// Refuses to give a record to an unknown or disabled user. The signed-in user may always take a record
    /// themselves: they are active by signing in, and Crm's copy of a brand-new user may still be on its way.
    /// </summary>
    public async Task EnsureMayOwnAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        if (ownerId == user.Id)
            return;
        var person = await db.People.AsNoTracking().Where(p => p.Id == ownerId)
            .Select(p => new { p.FullName, p.IsActive }).SingleOrDefaultAsync(cancellationToken);
        if (person is null)
            throw new BusinessRuleException(OwnerErrors.Unknown, Text.Pick(
                "Такого пользователя нет: ответственным может быть только действующий сотрудник.",
                "There is no such user: only an active user can be the owner."));
        if (!person.IsActive)
            throw new BusinessRuleException(OwnerErrors.Inactive, Text.Pick(
                $"Пользователь «{person.FullName}» отключён и не может быть ответственным.",
                $"The user '{person.FullName}' is disabled and cannot be the owner."));
    }

    public async Task EnsureMayOwnAsync(IEnumerable<Guid> ownerIds, CancellationToken cancellationToken)
    {
        foreach (var id in ownerIds.Distinct())
            await EnsureMayOwnAsync(id, cancellationToken);
    }
}
