namespace Suite.Host.Notifications.Digest;

/// <param name="Weekly">Subscribed to the digest every Monday.</param>
/// <param name="Email">Where it goes: the user's own e-mail (set on their profile by an administrator), read-only here.</param>
/// <param name="LastSentAt">When the last digest went out to them (weekly or "send now").</param>
/// <param name="CanSubscribe">Whether the user may see at least one figure of the digest (a report permission).</param>
/// <param name="MailConfigured">Whether a mail server is set up; without one nothing is sent.</param>
internal sealed record DigestSubscriptionDto(bool Weekly, string? Email, DateTimeOffset? LastSentAt, bool CanSubscribe, bool MailConfigured);

/// <summary>What the user sets: only whether they want it.</summary>
internal sealed record DigestSubscriptionInput(bool Weekly);

/// <summary>The moment the mail server took the letter, and the week it covers.</summary>
internal sealed record DigestSentDto(DateTimeOffset SentAt, DateOnly From, DateOnly To);
