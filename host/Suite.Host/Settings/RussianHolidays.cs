namespace Suite.Host.Settings;

/// <summary>
/// The public holidays of the Russian Labour Code (article 112), which fall on the same dates every year: 1–8 January,
/// 23 February, 8 March, 1 and 9 May, 12 June, 4 November. A new installation starts with them for the current and the
/// next year. The transfers (a holiday on a weekend moves a day off, worked Saturdays) are set by a government decree
/// each autumn, so they are left to the administrator rather than guessed.
/// </summary>
internal static class RussianHolidays
{
    public static IEnumerable<DateOnly> Of(int year)
    {
        for (var day = 1; day <= 8; day++)
            yield return new DateOnly(year, 1, day);
        yield return new DateOnly(year, 2, 23);
        yield return new DateOnly(year, 3, 8);
        yield return new DateOnly(year, 5, 1);
        yield return new DateOnly(year, 5, 9);
        yield return new DateOnly(year, 6, 12);
        yield return new DateOnly(year, 11, 4);
    }
}
