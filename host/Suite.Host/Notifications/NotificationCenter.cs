using Microsoft.EntityFrameworkCore;
using Suite.Framework.Data;

namespace Suite.Host.Notifications;

/// <summary>
/// Decides whether a user hears of something and by which channels, and records it in the event handler's transaction.
/// Only event handlers raise notifications (the inbox processor's transaction): the row, the PostgreSQL NOTIFY that
/// wakes every host's live push, and the e-mail queued for after the commit all depend on that one commit.
/// </summary>
internal sealed class NotificationCenter(
    NotificationsDbContext db, Recipients recipients, PendingDeliveries pending, TimeProvider clock)
{
    public const string Channel = "suite_notifications";

    public async Task RaiseAsync(Guid recipientId, string kind, string sourceKey, string title, string? body,
        string? entityType, Guid? entityId, CancellationToken cancellationToken)
    {
        if (await db.Notifications.AnyAsync(n => n.RecipientId == recipientId && n.Kind == kind && n.SourceKey == sourceKey, cancellationToken)
            || db.Notifications.Local.Any(n => n.RecipientId == recipientId && n.Kind == kind && n.SourceKey == sourceKey))
            return; // heard of it already: the same event delivered again
        if (!await recipients.IsActiveAsync(recipientId, cancellationToken))
            return;

        var channels = await ChannelsAsync(recipientId, kind, cancellationToken);
        if (!channels.Any)
            return;

        var notification = new Notification(recipientId, kind, title, body, entityType, entityId, sourceKey, channels.InApp, clock.GetUtcNow());
        db.Notifications.Add(notification);
        if (channels.InApp && db.Database.IsNpgsql())
            // Delivered to every listening host when the handler's transaction commits, never if it rolls back.
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {notification.Id.ToString()})", cancellationToken);
        pending.Add(new PendingDelivery(notification.Id, PushHere: channels.InApp && !db.Database.IsNpgsql(), channels.Email));
    }

    private async Task<NotificationChannels> ChannelsAsync(Guid userId, string kind, CancellationToken cancellationToken) =>
        (await db.Preferences.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId && p.Kind == kind, cancellationToken))?.Channels
        ?? NotificationKinds.Default(kind);
}
