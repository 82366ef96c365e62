using Suite.Framework.Time;

namespace Suite.Host.Settings;

/// <summary>The company's working calendar as the API shows it; dates as yyyy-MM-dd, weekend days as ISO numbers.</summary>
internal sealed record WorkingCalendarDto(int[] WeekendDays, DateOnly[] Holidays, DateOnly[] Workdays, string ConcurrencyStamp)
{
    internal static WorkingCalendarDto From(WorkingCalendar calendar)
    {
        var days = calendar.ToWorkingDays();
        return new([.. days.WeekendDays], [.. days.Holidays.Order()], [.. days.Workdays.Order()], calendar.ConcurrencyStamp);
    }

    internal static WorkingCalendarDto From(WorkingDays days, string concurrencyStamp) =>
        new([.. days.WeekendDays], [.. days.Holidays.Order()], [.. days.Workdays.Order()], concurrencyStamp);
}
