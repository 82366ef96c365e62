using System.Globalization;
using Suite.Framework.Domain;
using Suite.Framework.Time;

namespace Suite.Host.Settings;

/// <summary>
/// The company's working calendar as stored: one record, apart from <see cref="CompanySettings"/> so that saving the
/// calendar and saving the time zone never make each other stale. The lists are kept as text ("6,7",
/// "2027-01-01,2027-01-02"): small, readable in the audit log, and the same on SQLite and PostgreSQL.
/// </summary>
public sealed class WorkingCalendar : AuditedEntity
{
    public static readonly Guid SingletonId = new("5e770000-0000-7000-8000-000000000002");

    public WorkingCalendar() => Id = SingletonId;

    /// <summary>ISO days of the week off (1 = Monday … 7 = Sunday), comma-separated.</summary>
    public string WeekendDays { get; private set; } = "6,7";

    /// <summary>Days off although on a weekday, yyyy-MM-dd, comma-separated, in date order.</summary>
    public string Holidays { get; private set; } = "";

    /// <summary>Weekend days that are worked (Russia's transfers), yyyy-MM-dd, comma-separated, in date order.</summary>
    public string Workdays { get; private set; } = "";

    /// <summary>Replaces the calendar; <paramref name="days"/> has been validated (<see cref="WorkingCalendarInput"/>).</summary>
    public void Update(WorkingDays days)
    {
        WeekendDays = string.Join(',', days.WeekendDays);
        Holidays = Join(days.Holidays);
        Workdays = Join(days.Workdays);
    }

    public WorkingDays ToWorkingDays() => new(
        WeekendDays.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d => int.Parse(d, CultureInfo.InvariantCulture)),
        Split(Holidays),
        Split(Workdays));

    private static string Join(IEnumerable<DateOnly> days) =>
        string.Join(',', days.Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    private static IEnumerable<DateOnly> Split(string days) =>
        days.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture));
}
