using Microsoft.EntityFrameworkCore;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Framework.Users;

namespace Suite.Host.Notifications;

/// <summary>The signed-in user's own notifications and channel choices; anyone else's do not exist for them (404).</summary>
internal sealed class NotificationService(NotificationsDbContext db, ICurrentUser user, TimeProvider clock)
{
    private static readonly SortMap<Notification> Sorting = new SortMap<Notification>("createdAt desc")
        .Add("createdAt", n => n.CreatedAt)
        .Add("kind", n => n.Kind);

    private Guid Me => user.Id ?? throw new AccessDeniedException(Text.Pick("Войдите в систему.", "Sign in."));

    private IQueryable<Notification> Mine => db.Notifications.Where(n => n.RecipientId == Me && n.InApp);

    public Task<PagedResult<NotificationDto>> ListAsync(bool? unread, PageRequest page, CancellationToken cancellationToken)
    {
        var query = Mine.AsNoTracking();
        if (unread == true)
            query = query.Where(n => n.ReadAt == null);
        return query.ToPageAsync(page, Sorting, NotificationDto.From, cancellationToken);
    }

    public async Task<UnreadCountDto> UnreadCountAsync(CancellationToken cancellationToken) =>
        new(await Mine.CountAsync(n => n.ReadAt == null, cancellationToken));

    public async Task<NotificationDto> MarkReadAsync(Guid id, CancellationToken cancellationToken)
    {
        var notification = await Mine.FirstOrDefaultAsync(n => n.Id == id, cancellationToken)
                           ?? throw new EntityNotFoundException(nameof(Notification), id);
        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return NotificationDto.From(notification);
    }

    public async Task<UnreadCountDto> MarkAllReadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await Mine.Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        return new UnreadCountDto(0);
    }

    public async Task<NotificationPreferencesDto> PreferencesAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Preferences.AsNoTracking().Where(p => p.UserId == Me).ToDictionaryAsync(p => p.Kind, cancellationToken);
        return new NotificationPreferencesDto(NotificationKinds.All.Select(kind =>
        {
            var channels = stored.TryGetValue(kind, out var p) ? p.Channels : NotificationKinds.Default(kind);
            return new NotificationPreferenceDto(kind, channels.InApp, channels.Email);
        }).ToList());
    }

    /// <summary>Sets the channels of the kinds given; kinds left out keep theirs.</summary>
    public async Task<NotificationPreferencesDto> UpdatePreferencesAsync(NotificationPreferencesDto input, CancellationToken cancellationToken)
    {
        var items = input.Items ?? [];
        var unknown = items.Select(i => i.Kind).Where(k => !NotificationKinds.All.Contains(k)).ToList();
        if (unknown.Count > 0)
            throw InputValidationException.For("items", Text.Pick(
                $"Неизвестный вид уведомлений: {string.Join(", ", unknown)}. Виды: {string.Join(", ", NotificationKinds.All)}.",
                $"Unknown notification kind: {string.Join(", ", unknown)}. Kinds: {string.Join(", ", NotificationKinds.All)}."));
        if (items.GroupBy(i => i.Kind).Any(g => g.Count() > 1))
            throw InputValidationException.For("items", Text.Pick("Каждый вид уведомлений — один раз.", "Give each kind once."));

        var stored = await db.Preferences.Where(p => p.UserId == Me).ToDictionaryAsync(p => p.Kind, cancellationToken);
        foreach (var item in items)
        {
            if (stored.TryGetValue(item.Kind, out var preference))
            {
                preference.InApp = item.InApp;
                preference.Email = item.Email;
            }
            else
            {
                db.Preferences.Add(new NotificationPreference(Me, item.Kind, item.InApp, item.Email));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return await PreferencesAsync(cancellationToken);
    }
}
