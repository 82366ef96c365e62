using Suite.Framework.Data;

namespace Suite.Host.Notifications;

public static class NotificationsDbProperties
{
    public static readonly ModuleDatabase Database = new("notifications", "notifications", "Notifications");
}
