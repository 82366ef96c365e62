using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Suite.Host.Notifications;

/// <summary>Sends a stored notification, with the recipient's new unread count, to the recipient's browsers connected to this host.</summary>
internal sealed class NotificationPush(IServiceScopeFactory scopes, IHubContext<NotificationHub> hub)
{
    public async Task PushAsync(Guid notificationId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var notification = await db.Notifications.AsNoTracking().FirstOrDefaultAsync(n => n.Id == notificationId && n.InApp, cancellationToken);
        if (notification is null)
            return;
        var unread = await db.Notifications.CountAsync(n => n.RecipientId == notification.RecipientId && n.InApp && n.ReadAt == null, cancellationToken);
        await hub.Clients.User(notification.RecipientId.ToString()).SendAsync(NotificationHub.ClientMethod,
            new PushedNotification(NotificationDto.From(notification), unread), cancellationToken);
    }
}

internal sealed record PushedNotification(NotificationDto Item, int UnreadCount);
