namespace Suite.Framework.Time;

/// <summary>
/// Wall-clock times in a zone as instants, for "the same local time on another day" (a due time N working days
/// later, the next occurrence of a recurring task). A plain conversion throws or guesses on the two kinds of local
/// times a clock change produces, so both get a rule here, the one calendar apps use.
/// </summary>
public static class WallClock
{
    /// <summary>
    /// The instant <paramref name="local"/> means in <paramref name="zone"/>, with the zone's offset. A time the spring
    /// change skips moves forward by the gap (02:30 on the night Berlin goes from 02:00 to 03:00 is 03:30); a time the
    /// autumn change repeats is its first occurrence (still summer time).
    /// </summary>
    public static DateTimeOffset InZone(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            // The offset in force just before the gap: the skipped time read with it lands after the gap.
            var before = local;
            do before = before.AddMinutes(-15);
            while (zone.IsInvalidTime(before));
            offset = zone.GetUtcOffset(before);
        }
        else
        {
            offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        }

        var utc = new DateTimeOffset(local.Ticks - offset.Ticks, TimeSpan.Zero);
        return TimeZoneInfo.ConvertTime(utc, zone);
    }
}
