namespace Suite.Framework.Time;

/// <summary>
/// The company's time zone as this process knows it. The host keeps it current from the company settings (at start,
/// on every change made here, and by polling for changes made on another instance); everyone else reads it through
/// <see cref="BusinessClock"/>.
/// </summary>
public sealed class CompanyTimeZone
{
    /// <summary>The zone of a new installation.</summary>
    public const string DefaultId = "Europe/Moscow";

    private volatile TimeZoneInfo _current = Find(DefaultId) ?? TimeZoneInfo.Utc;

    public TimeZoneInfo Current => _current;

    public void Use(TimeZoneInfo zone) => _current = zone;

    /// <summary>The zone with this IANA id ("Europe/Moscow"), or null: Windows names and abbreviations are not accepted.</summary>
    public static TimeZoneInfo? Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+'))
            return null;
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId ? zone : null;
    }
}
