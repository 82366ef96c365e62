namespace Suite.Host.Notifications.Digest;

/// <summary>
/// The claim "this user's digest of the week starting <see cref="WeekFrom"/> is being sent", one row per user and week
/// under a unique key. It is inserted and committed before the letter goes out: of several hosts looking at the same
/// Monday only the one whose insert wins sends, so nobody gets the week twice; a letter the server refused gives its
/// claim back, so the next look tries again.
/// </summary>
public sealed class DigestDispatch
{
    private DigestDispatch()
    {
    }

    public DigestDispatch(Guid userId, DateOnly weekFrom, DateTimeOffset claimedAt) : this()
    {
        UserId = userId;
        WeekFrom = weekFrom;
        ClaimedAt = claimedAt;
    }

    public Guid UserId { get; private set; }
    public DateOnly WeekFrom { get; private set; }
    public DateTimeOffset ClaimedAt { get; private set; }
    public DateTimeOffset? SentAt { get; set; }
}
