namespace Suite.Host.Notifications;

public sealed record NotificationDto(
    Guid Id, string Kind, string Title, string? Body, string? EntityType, Guid? EntityId, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    internal static NotificationDto From(Notification n) => new(n.Id, n.Kind, n.Title, n.Body, n.EntityType, n.EntityId, n.CreatedAt, n.ReadAt);
}

public sealed record UnreadCountDto(int Count);

public sealed record NotificationPreferenceDto(string Kind, bool InApp, bool Email);

public sealed record NotificationPreferencesDto(IReadOnlyList<NotificationPreferenceDto> Items);
