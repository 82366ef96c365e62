using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Crm.Application.Reports;

/// <summary>Calendar periods a report groups by: a day, a week from Monday, or a month.</summary>
internal sealed class ReportBuckets
{
    /// <summary>A chart of more periods than this is not read by anyone: beyond it only the periods the data spans are listed.</summary>
    public const int MaxFilled = 1000;

    private ReportBuckets(string name) => Name = name;

    public static readonly ReportBuckets Day = new("day");
    public static readonly ReportBuckets Week = new("week");
    public static readonly ReportBuckets Month = new("month");

    public string Name { get; }

    /// <summary>day (the default), week or month; anything else is a 400.</summary>
    public static ReportBuckets Parse(string? groupBy) => groupBy?.Trim() switch
    {
        null or "" or "day" => Day,
        "week" => Week,
        "month" => Month,
        _ => throw InputValidationException.For("groupBy", Text.Pick("Группировка — day, week или month.", "groupBy is day, week or month.")),
    };

    public DateOnly StartOf(DateOnly day) => Name switch
    {
        "week" => DateOnly.FromDayNumber(day.DayNumber - ((int)day.DayOfWeek + 6) % 7),
        "month" => new DateOnly(day.Year, day.Month, 1),
        _ => day,
    };

    /// <summary>The last day of the period starting at <paramref name="start"/>; never past the last representable day.</summary>
    public DateOnly EndOf(DateOnly start) => Name switch
    {
        "week" => DateOnly.FromDayNumber(Math.Min(start.DayNumber + 6, DateOnly.MaxValue.DayNumber)),
        "month" => new DateOnly(start.Year, start.Month, DateTime.DaysInMonth(start.Year, start.Month)),
        _ => start,
    };

    /// <summary>
    /// The starts of every period from the one holding <paramref name="first"/> to the one holding <paramref name="last"/>;
    /// past <see cref="MaxFilled"/> of them only <paramref name="used"/> (the periods that have data).
    /// </summary>
    public IReadOnlyList<DateOnly> Between(DateOnly first, DateOnly last, IEnumerable<DateOnly> used)
    {
        var days = last.DayNumber - first.DayNumber;
        var roughCount = Name switch { "week" => days / 7, "month" => days / 28, _ => days };
        if (roughCount > MaxFilled)
            return used.Distinct().Order().ToList();
        var starts = new List<DateOnly>();
        for (var start = StartOf(first); start <= last; start = EndOf(start).AddDays(1))
        {
            starts.Add(start);
            if (EndOf(start) == DateOnly.MaxValue)
                break;
        }

        return starts;
    }
}
