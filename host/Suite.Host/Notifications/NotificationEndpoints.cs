using Microsoft.AspNetCore.Mvc;
using Suite.Framework.Paging;
using Suite.Host.Notifications.Digest;

namespace Suite.Host.Notifications;

internal static class NotificationEndpoints
{
    public static void MapNotifications(this IEndpointRouteBuilder endpoints)
    {
        // Every signed-in user has their own; nobody reads or marks another's.
        var notifications = endpoints.MapGroup("/api/notifications").WithTags("Notifications")
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        notifications.MapGet("/", (NotificationService service, [FromQuery] bool? unread, [AsParameters] PageRequest page, CancellationToken ct) =>
                service.ListAsync(unread, page, ct))
            .WithName("GetNotifications")
            .ProducesValidationProblem();

        notifications.MapGet("/unread-count", (NotificationService service, CancellationToken ct) => service.UnreadCountAsync(ct))
            .WithName("GetUnreadNotificationCount");

        notifications.MapPost("/{id:guid}/read", (NotificationService service, Guid id, CancellationToken ct) => service.MarkReadAsync(id, ct))
            .WithName("MarkNotificationRead")
            .ProducesProblem(StatusCodes.Status404NotFound);

        notifications.MapPost("/read-all", (NotificationService service, CancellationToken ct) => service.MarkAllReadAsync(ct))
            .WithName("MarkAllNotificationsRead");

        notifications.MapGet("/preferences", (NotificationService service, CancellationToken ct) => service.PreferencesAsync(ct))
            .WithName("GetNotificationPreferences");

        notifications.MapPut("/preferences", (NotificationService service, NotificationPreferencesDto input, CancellationToken ct) =>
                service.UpdatePreferencesAsync(input, ct))
            .WithName("UpdateNotificationPreferences")
            .ProducesValidationProblem();

        notifications.MapDigest();

        endpoints.MapHub<NotificationHub>(NotificationHub.Path);
    }
}
