namespace Suite.Host.Notifications.Digest;

/// <summary>A user's choice of the weekly digest by e-mail, and when the last one went out to them.</summary>
public sealed class DigestSubscription
{
    private DigestSubscription()
    {
    }

    public DigestSubscription(Guid userId) : this() => UserId = userId;

    public Guid UserId { get; private set; }
    public bool Weekly { get; set; }
    public DateTimeOffset? LastSentAt { get; set; }
}
