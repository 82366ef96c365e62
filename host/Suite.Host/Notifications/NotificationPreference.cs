namespace Suite.Host.Notifications;

/// <summary>A user's choice of channels for one kind; a kind without a row uses <see cref="NotificationKinds.Default"/>.</summary>
public sealed class NotificationPreference
{
    private NotificationPreference()
    {
        Kind = null!;
    }

    public NotificationPreference(Guid userId, string kind, bool inApp, bool email) : this()
    {
        UserId = userId;
        Kind = kind;
        InApp = inApp;
        Email = email;
    }

    public Guid UserId { get; private set; }
    public string Kind { get; private set; }
    public bool InApp { get; set; }
    public bool Email { get; set; }

    public NotificationChannels Channels => new(InApp, Email);
}
