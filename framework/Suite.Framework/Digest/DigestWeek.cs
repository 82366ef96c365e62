namespace Suite.Framework.Digest;

/// <summary>A company week, Monday to Sunday (company days, both inclusive), and the one before it to compare with.</summary>
public sealed record DigestWeek(DateOnly From, DateOnly To)
{
    public DateOnly PreviousFrom => From.AddDays(-7);
    public DateOnly PreviousTo => To.AddDays(-7);

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The last whole week before <paramref name="today"/>: on any day of a week, the Monday..Sunday before it.</summary>
    public static DigestWeek Before(DateOnly today)
    {
        var monday = MondayOf(today).AddDays(-7);
        return new DigestWeek(monday, monday.AddDays(6));
    }
}
