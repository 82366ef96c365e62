using Microsoft.AspNetCore.Mvc;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Time;

namespace Suite.Finance.Application.Reports;

/// <summary>The period of a money report: company days <c>from</c> to <c>to</c>, both inclusive.</summary>
internal sealed class ReportPeriodRequest
{
    [FromQuery(Name = "from")] public DateOnly? From { get; set; }
    [FromQuery(Name = "to")] public DateOnly? To { get; set; }

    /// <summary>From the start of the year to today when not given; refused when reversed or longer than the report shows.</summary>
    public ReportPeriod Resolve(BusinessClock clock)
    {
        var from = From ?? (To is { } to ? new DateOnly(to.Year, 1, 1) : clock.StartOfYear);
        var last = To ?? (From is null ? clock.Today : Max(from, clock.Today));
        if (from > last)
            throw InputValidationException.For("from", Text.Pick("Начало периода позже его конца.", "The period starts after it ends."));
        if (ReportPeriod.MonthsBetween(from, last) > ReportPeriod.MaxMonths)
            throw InputValidationException.For("to", Text.Pick(
                $"Период длиннее {ReportPeriod.MaxMonths / 12} лет: выберите период короче.",
                $"The period is longer than {ReportPeriod.MaxMonths / 12} years: choose a shorter one."));
        return new ReportPeriod(from, last);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}

/// <summary>A resolved report period and its calendar months, the columns of the monthly reports.</summary>
internal sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    /// <summary>Ten years of monthly columns at most.</summary>
    public const int MaxMonths = 120;

    /// <summary>The months the period touches, as "2026-01".</summary>
    public IReadOnlyList<string> Months
    {
        get
        {
            var months = new List<string>();
            for (var m = new DateOnly(From.Year, From.Month, 1); m <= To; m = m.AddMonths(1))
            {
                months.Add(Month(m));
                if (m.Year == 9999 && m.Month == 12)
                    break;
            }

            return months;
        }
    }

    public static string Month(DateOnly day) => $"{day.Year:0000}-{day.Month:00}";

    public static int MonthsBetween(DateOnly from, DateOnly to) => (to.Year - from.Year) * 12 + to.Month - from.Month + 1;
}
