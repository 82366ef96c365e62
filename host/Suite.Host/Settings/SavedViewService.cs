using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Framework.Users;
using Suite.Host.Identity;

namespace Suite.Host.Settings;

/// <summary>
/// Saved views under their rule: a user sees their own views and the shared ones; another user's own view is "not
/// found". A view is changed or deleted by its owner, or, when shared, by anyone who may share views (admins and
/// directors); anyone else gets 403. Only those who may share views make a view shared.
/// </summary>
internal sealed class SavedViewService(SettingsDbContext db, SuiteIdentityDbContext identity, ICurrentUser user)
{
    private Guid Me => user.Id ?? Guid.Empty;

    private bool MayShare => user.HasPermission(SettingsPermissions.ShareViews);

    private IQueryable<SavedView> Visible => db.Views.Where(v => v.OwnerId == Me || v.Shared);

    /// <summary>The user's own views first, then the shared ones, each by name.</summary>
    public async Task<PagedResult<SavedViewDto>> ListAsync(string? list, CancellationToken cancellationToken)
    {
        var views = Visible.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(list))
        {
            var name = list.Trim();
            views = views.Where(v => v.List == name);
        }

        var rows = await views.OrderBy(v => v.OwnerId == Me ? 0 : 1).ThenBy(v => v.Name).ThenBy(v => v.Id).ToListAsync(cancellationToken);
        var names = await OwnerNamesAsync(rows.Select(v => v.OwnerId), cancellationToken);
        return new PagedResult<SavedViewDto>(rows.Count, rows.Select(v => ToDto(v, names.GetValueOrDefault(v.OwnerId))).ToList());
    }

    public async Task<SavedViewDto> CreateAsync(SavedViewInput input, CancellationToken cancellationToken)
    {
        var (list, name, query) = input.Validated();
        if (input.Shared && !MayShare)
            throw NotAllowedToShare();
        var view = new SavedView(Me, list, name, query, input.Shared);
        db.Views.Add(view);
        await db.SaveChangesAsync(cancellationToken);
        return await NamedAsync(view, cancellationToken);
    }

    public async Task<SavedViewDto> UpdateAsync(Guid id, SavedViewInput input, CancellationToken cancellationToken)
    {
        var view = await ChangeableAsync(id, cancellationToken);
        db.ExpectConcurrencyStamp(view, input.ConcurrencyStamp);
        var (_, name, query) = (input with { List = view.List }).Validated();
        if (input.Shared && !view.Shared && !MayShare)
            throw NotAllowedToShare();
        view.Change(name, query, input.Shared);
        await db.SaveChangesAsync(cancellationToken);
        return await NamedAsync(view, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        db.Views.Remove(await ChangeableAsync(id, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<SavedView> ChangeableAsync(Guid id, CancellationToken cancellationToken)
    {
        var view = await Visible.SingleOrDefaultAsync(v => v.Id == id, cancellationToken) ?? throw new EntityNotFoundException(nameof(SavedView), id);
        if (!CanChange(view))
            throw new AccessDeniedException(Text.Pick(
                "Общий вид меняет и удаляет только его автор или тот, кто может делиться видами.",
                "A shared view is changed or deleted only by its owner or by someone who may share views."));
        return view;
    }

    private bool CanChange(SavedView view) => view.OwnerId == Me || (view.Shared && MayShare);

    private static AccessDeniedException NotAllowedToShare() => new(Text.Pick(
        "Делиться видами со всеми могут администраторы и руководители.", "Only administrators and directors may share views with everyone."));

    private async Task<SavedViewDto> NamedAsync(SavedView view, CancellationToken cancellationToken) =>
        ToDto(view, (await OwnerNamesAsync([view.OwnerId], cancellationToken)).GetValueOrDefault(view.OwnerId));

    private SavedViewDto ToDto(SavedView v, string? ownerName) => new(v.Id, v.List, v.Name,
        JsonSerializer.Deserialize<Dictionary<string, string>>(v.Query) ?? [], v.Shared, v.OwnerId, ownerName, CanChange(v), v.ConcurrencyStamp);

    // Identity's users, read directly: the host owns both (as the notifications read their recipients).
    private async Task<Dictionary<Guid, string>> OwnerNamesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var users = await identity.Users.AsNoTracking().Where(u => wanted.Contains(u.Id))
            .Select(u => new { u.Id, u.FullName, u.UserName }).ToListAsync(cancellationToken);
        return users.ToDictionary(u => u.Id, u => string.IsNullOrWhiteSpace(u.FullName) ? u.UserName ?? "" : u.FullName);
    }
}
