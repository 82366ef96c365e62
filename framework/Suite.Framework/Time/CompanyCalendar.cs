namespace Suite.Framework.Time;

/// <summary>
/// The company's working days as this process knows them: weekend days, public holidays and the weekend days worked
/// instead (Russia moves days off by decree every year). The host keeps it current from the settings the same way as
/// <see cref="CompanyTimeZone"/> (at start, on every change made here, by polling for changes made elsewhere).
/// </summary>
public sealed class CompanyCalendar
{
    private volatile WorkingDays _days = WorkingDays.Default;

    public WorkingDays Days => _days;

    public void Use(WorkingDays days) => _days = days;

    /// <summary>True for a weekday that is not a holiday, and for a weekend day listed as worked.</summary>
    public bool IsWorkingDay(DateOnly day) => _days.IsWorkingDay(day);

    /// <summary>
    /// The same local time of day <paramref name="days"/> working days after <paramref name="start"/>, in
    /// <paramref name="zone"/> (pass <see cref="BusinessClock.TimeZone"/>). Friday 15:00 plus one working day is Monday
    /// 15:00. A start on a day off counts from the next working day's same time, so Saturday 10:00 plus one is Tuesday
    /// 10:00 (Monday 10:00 is where the count begins). Zero days is <paramref name="start"/> itself, even on a day off.
    /// A local time a clock change skips or repeats on the target day is read as <see cref="WallClock.InZone"/> says.
    /// </summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset start, int days, TimeZoneInfo zone)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (days == 0)
            return start;
        var local = TimeZoneInfo.ConvertTime(start, zone).DateTime;
        var day = AddWorkingDays(DateOnly.FromDateTime(local), days);
        return WallClock.InZone(day.ToDateTime(TimeOnly.FromDateTime(local)), zone);
    }

    /// <summary>The working day <paramref name="days"/> working days after <paramref name="start"/> (same rule as above).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (days == 0)
            return start;
        // One snapshot for the whole count: a change saved meanwhile must not mix two calendars in one answer.
        var calendar = _days;
        var day = start;
        while (!calendar.IsWorkingDay(day))
            day = day.AddDays(1);
        for (var left = days; left > 0; left--)
        {
            do day = day.AddDays(1);
            while (!calendar.IsWorkingDay(day));
        }

        return day;
    }
}
