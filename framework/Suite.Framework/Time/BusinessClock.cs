namespace Suite.Framework.Time;

/// <summary>
/// "Today" and period boundaries in the company's time zone, for every module. A document dated today, a report for
/// December or an overdue check all mean the company's calendar day, not the UTC one: between 00:00 and 03:00 in
/// Moscow the UTC date is still yesterday.
/// </summary>
public sealed class BusinessClock(TimeProvider time, CompanyTimeZone zone)
{
    public TimeZoneInfo TimeZone => zone.Current;

    public DateTimeOffset UtcNow => time.GetUtcNow();

    /// <summary>The company's wall clock, with the zone's offset.</summary>
    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone.Current);

    /// <summary>The company's calendar day now.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    /// <summary>The first day of the company's current month.</summary>
    public DateOnly StartOfMonth
    {
        get
        {
            var today = Today;
            return today.AddDays(1 - today.Day);
        }
    }

    /// <summary>The first day of the company's current year.</summary>
    public DateOnly StartOfYear => new(Today.Year, 1, 1);

    /// <summary>The company's calendar day at <paramref name="instant"/>.</summary>
    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone.Current).DateTime);

    /// <summary>
    /// The company-local days <paramref name="from"/> to <paramref name="to"/> (both inclusive, either may be missing) as
    /// UTC instants. Any date is accepted: a bound that falls outside representable time (0001-01-01 east of Greenwich,
    /// 9999-12-31) is simply open, because nothing lies beyond it.
    /// </summary>
    public InstantRange Period(DateOnly? from, DateOnly? to)
    {
        var current = zone.Current;
        return new InstantRange(
            from is { } first ? StartOf(first, current) : null,
            to is { } last && last < DateOnly.MaxValue ? StartOf(last.AddDays(1), current) : null);
    }

    /// <summary>The first instant of the company-local <paramref name="day"/>, or null when it cannot be represented.</summary>
    public DateTimeOffset? StartOf(DateOnly day) => StartOf(day, zone.Current);

    private static DateTimeOffset? StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        // Where a clock change skips midnight the day starts at the first minute that exists.
        while (zone.IsInvalidTime(local) && local.Date == day.ToDateTime(TimeOnly.MinValue))
            local = local.AddMinutes(15);
        // Where midnight happens twice the day starts at the first of them, the one with the larger offset.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        var ticks = local.Ticks - offset.Ticks;
        return ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
    }
}
