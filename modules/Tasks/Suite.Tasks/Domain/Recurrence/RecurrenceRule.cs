using System.Globalization;
using System.Text;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Time;

namespace Suite.Tasks.Domain.Recurrence;

/// <summary>
/// When a recurring task comes back: a subset of RFC 5545's RRULE, the string the API carries in <c>recurrence</c>
/// ("FREQ=WEEKLY;BYDAY=MO,TH", "FREQ=MONTHLY;BYMONTHDAY=-1"). Supported: FREQ=DAILY|WEEKLY|MONTHLY|YEARLY, INTERVAL=1..999,
/// BYDAY=MO,…,SU (weekly), BYMONTHDAY=1..31 or -1 for the last day (monthly; yearly together with BYMONTH=1..12),
/// and one end, COUNT=n or UNTIL=yyyymmdd (a company-local date, inclusive).
/// <para>
/// A day the month does not have is the month's last day: "monthly on the 31st" is due on 30 April and 28 February,
/// "yearly on 29 February" on 28 February in other years. That is what Outlook and Bitrix24 do (Google skips such
/// months instead), and what people who set "pay the rent on the 31st" expect.
/// </para>
/// <para>
/// The rule has no start of its own: each occurrence is a task, and the next one follows from the due time of the
/// previous (<see cref="Next"/>). A rule without its day (FREQ=MONTHLY) takes it from that due time, which would drift
/// after a short month (31 January, 28 February, 28 March…), so a task stores <see cref="AnchoredTo"/> its first due
/// time, which writes the day into the rule. COUNT likewise counts what is left: the next task carries
/// <see cref="ForNextOccurrence"/>.
/// </para>
/// </summary>
internal sealed record RecurrenceRule
{
    public const int MaxInterval = 999;
    public const int MaxCount = 9999;
    public const int LastDay = -1;

    public required RecurrenceFrequency Frequency { get; init; }

    public int Interval { get; init; } = 1;

    /// <summary>Weekly: the days of the week, Monday first; empty means the weekday of the previous occurrence.</summary>
    public IReadOnlyList<DayOfWeek> Weekdays { get; init; } = [];

    /// <summary>Monthly and yearly: the day of the month, or <see cref="LastDay"/>; null means the previous occurrence's.</summary>
    public int? MonthDay { get; init; }

    /// <summary>Yearly: the month (1..12); null means the previous occurrence's.</summary>
    public int? Month { get; init; }

    /// <summary>How many occurrences are left, counting the one whose due time <see cref="Next"/> is given.</summary>
    public int? Count { get; init; }

    /// <summary>The last company-local day an occurrence may fall on.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>The rule in <paramref name="text"/>, or a 400 on the field <c>recurrence</c> saying what is wrong.</summary>
    public static RecurrenceRule Parse(string text) =>
        RecurrenceRuleParser.TryParse(text, out var rule, out var error)
            ? rule
            : throw InputValidationException.For("recurrence", error);

    public static bool TryParse(string? text, out RecurrenceRule rule, out string error) =>
        RecurrenceRuleParser.TryParse(text, out rule, out error);

    /// <summary>
    /// The due time of the occurrence after the one due at <paramref name="previousDue"/> (pass the scheduled due time,
    /// not a postponed one): the same local time of day in <paramref name="zone"/>, also across a clock change, or null
    /// when the series has ended (COUNT used up, past UNTIL).
    /// </summary>
    public DateTimeOffset? Next(DateTimeOffset previousDue, TimeZoneInfo zone)
    {
        if (Count <= 1)
            return null;
        var local = TimeZoneInfo.ConvertTime(previousDue, zone).DateTime;
        var day = NextDay(DateOnly.FromDateTime(local));
        if (day > Until)
            return null;
        return WallClock.InZone(day.ToDateTime(TimeOnly.FromDateTime(local)), zone);
    }

    /// <summary>The rule the next occurrence's task carries: one fewer left when COUNT is set, otherwise the same.</summary>
    public RecurrenceRule ForNextOccurrence() => Count is { } count ? this with { Count = Math.Max(1, count - 1) } : this;

    /// <summary>
    /// The rule with the day written in from the first due time: its weekday (weekly without BYDAY), its day of the
    /// month (monthly without BYMONTHDAY), its month and day (yearly), so that the series keeps it after a short month.
    /// </summary>
    public RecurrenceRule AnchoredTo(DateTimeOffset firstDue, TimeZoneInfo zone)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(firstDue, zone).DateTime);
        return Frequency switch
        {
            RecurrenceFrequency.Weekly when Weekdays.Count == 0 => this with { Weekdays = [day.DayOfWeek] },
            RecurrenceFrequency.Monthly when MonthDay is null => this with { MonthDay = day.Day },
            RecurrenceFrequency.Yearly when Month is null => this with { Month = day.Month, MonthDay = day.Day },
            _ => this,
        };
    }

    private DateOnly NextDay(DateOnly previous)
    {
        switch (Frequency)
        {
            case RecurrenceFrequency.Daily:
                return previous.AddDays(Interval);
            case RecurrenceFrequency.Weekly:
            {
                if (Weekdays.Count == 0)
                    return previous.AddDays(7 * Interval);
                // Weeks start on Monday (RRULE's default WKST): first a later chosen day of the same week, then the
                // first chosen day of the week INTERVAL weeks on.
                var iso = WorkingDays.IsoDayOfWeek(previous);
                var monday = previous.AddDays(1 - iso);
                foreach (var weekday in Weekdays)
                {
                    if (IsoOf(weekday) > iso)
                        return monday.AddDays(IsoOf(weekday) - 1);
                }

                return monday.AddDays(7 * Interval + IsoOf(Weekdays[0]) - 1);
            }

            case RecurrenceFrequency.Monthly:
            {
                var wanted = MonthDay ?? previous.Day;
                // A first task due before this month's day ("on the 20th", created for the 5th) continues this month.
                if (MonthDay is not null && DayIn(previous.Year, previous.Month, wanted) is var thisMonth && thisMonth > previous)
                    return thisMonth;
                var month = new DateOnly(previous.Year, previous.Month, 1).AddMonths(Interval);
                return DayIn(month.Year, month.Month, wanted);
            }

            default:
            {
                var month = Month ?? previous.Month;
                var wanted = MonthDay ?? previous.Day;
                if (Month is not null && DayIn(previous.Year, month, wanted) is var thisYear && thisYear > previous)
                    return thisYear;
                return DayIn(previous.Year + Interval, month, wanted);
            }
        }
    }

    /// <summary>The day of the month, or the month's last day when it has no such day (or for <see cref="LastDay"/>).</summary>
    private static DateOnly DayIn(int year, int month, int day)
    {
        var last = DateTime.DaysInMonth(year, month);
        return new DateOnly(year, month, day == LastDay ? last : Math.Min(day, last));
    }

    internal static int IsoOf(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;

    /// <summary>The canonical RRULE: upper case, parts in a fixed order, INTERVAL=1 left out.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("FREQ=").Append(Frequency.ToString().ToUpperInvariant());
        if (Interval != 1)
            text.Append(";INTERVAL=").Append(Interval.ToString(CultureInfo.InvariantCulture));
        if (Weekdays.Count > 0)
            text.Append(";BYDAY=").Append(string.Join(',', Weekdays.Select(d => RecurrenceRuleParser.Weekdays[IsoOf(d) - 1])));
        if (Month is { } month)
            text.Append(";BYMONTH=").Append(month.ToString(CultureInfo.InvariantCulture));
        if (MonthDay is { } monthDay)
            text.Append(";BYMONTHDAY=").Append(monthDay.ToString(CultureInfo.InvariantCulture));
        if (Count is { } count)
            text.Append(";COUNT=").Append(count.ToString(CultureInfo.InvariantCulture));
        if (Until is { } until)
            text.Append(";UNTIL=").Append(until.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        return text.ToString();
    }

    /// <summary>The rule in words for the UI, in Russian ("каждую неделю по пн, чт") or English ("every week on Mon, Thu").</summary>
    public string Describe(string language) => RecurrenceDescription.Of(this, language != "en");

    /// <summary>The rule in words in the request's language.</summary>
    public string Describe() => Describe(Text.Pick("ru", "en"));

    public bool Equals(RecurrenceRule? other) => other is not null && ToString() == other.ToString();

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}
