using System.Globalization;
using System.Text.RegularExpressions;

namespace Suite.Crm.Domain.SalesPlans;

/// <summary>A plan's period: a calendar month ("2026-12") or a quarter ("2026-Q4"), as company days from the first to the last.</summary>
public sealed partial record SalesPeriod(string Code, DateOnly From, DateOnly To)
{
    /// <summary>The period a code names, or null when it names none (wrong shape, month 13, quarter 5, year 0).</summary>
    public static SalesPeriod? Parse(string? code)
    {
        var match = code is null ? null : Shape().Match(code.Trim());
        if (match is not { Success: true })
            return null;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year < 1)
            return null;
        if (match.Groups["quarter"].Success)
        {
            var quarter = int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture);
            if (quarter is < 1 or > 4)
                return null;
            var last = quarter * 3;
            return new SalesPeriod($"{year:0000}-Q{quarter}", new DateOnly(year, last - 2, 1), new DateOnly(year, last, DateTime.DaysInMonth(year, last)));
        }

        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
            return null;
        return new SalesPeriod($"{year:0000}-{month:00}", new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
    }

    [GeneratedRegex(@"^(?<year>\d{4})-(?:(?<month>\d{2})|[Qq](?<quarter>\d))$")]
    private static partial Regex Shape();
}
