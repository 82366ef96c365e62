namespace Suite.Framework.Time;

/// <summary>
/// One version of the company calendar, never changed once made (<see cref="CompanyCalendar"/> swaps whole versions).
/// Weekend days are ISO numbers (1 = Monday … 7 = Sunday). A date listed both as a holiday and as worked is a holiday:
/// the settings refuse such a list, this only keeps the answer defined.
/// </summary>
public sealed class WorkingDays
{
    /// <summary>Saturday and Sunday off, no holidays: a calendar nobody has set up yet.</summary>
    public static readonly WorkingDays Default = new([6, 7], [], []);

    private readonly bool[] _weekend = new bool[8];

    public WorkingDays(IEnumerable<int> weekendDays, IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> workdays)
    {
        foreach (var day in weekendDays)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(day, 1, nameof(weekendDays));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(day, 7, nameof(weekendDays));
            _weekend[day] = true;
        }

        // Every week must keep a working day, or counting working days would never end.
        if (_weekend.Count(w => w) == 7)
            throw new ArgumentException("At least one day of the week must be a working day.", nameof(weekendDays));
        WeekendDays = [.. Enumerable.Range(1, 7).Where(d => _weekend[d])];
        Holidays = holidays.ToHashSet();
        Workdays = workdays.ToHashSet();
    }

    public IReadOnlyList<int> WeekendDays { get; }

    public IReadOnlySet<DateOnly> Holidays { get; }

    public IReadOnlySet<DateOnly> Workdays { get; }

    public bool IsWorkingDay(DateOnly day) =>
        !Holidays.Contains(day) && (Workdays.Contains(day) || !_weekend[IsoDayOfWeek(day)]);

    /// <summary>1 = Monday … 7 = Sunday.</summary>
    public static int IsoDayOfWeek(DateOnly day) => day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;
}
