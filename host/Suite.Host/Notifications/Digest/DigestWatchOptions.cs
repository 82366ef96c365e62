namespace Suite.Host.Notifications.Digest;

/// <summary>
/// When the weekly digest goes out: on Mondays from <c>Notifications:DigestTime</c>, the company-local time of day
/// (08:00 by default); <c>Notifications:DigestInterval</c> is how often the watch looks whether it is due (a minute).
/// </summary>
internal sealed record DigestWatchOptions(TimeOnly TimeOfDay, TimeSpan Interval)
{
    public static readonly TimeOnly DefaultTimeOfDay = new(8, 0);
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(1);
}
