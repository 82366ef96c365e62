using Microsoft.AspNetCore.Mvc;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Time;

namespace Suite.Crm.Application.SalesReports;

/// <summary>
/// The period of a sales money report: company days <c>from</c> to <c>to</c>, both inclusive, the dates of the facts
/// (issue, payment, shipment, the day a deal was won). Defaults as Finance's reports: the year so far.
/// </summary>
internal sealed class SalesReportPeriod
{
    [FromQuery(Name = "from")] public DateOnly? From { get; set; }
    [FromQuery(Name = "to")] public DateOnly? To { get; set; }

    public (DateOnly From, DateOnly To) Resolve(BusinessClock clock)
    {
        var from = From ?? (To is { } to ? new DateOnly(to.Year, 1, 1) : clock.StartOfYear);
        var last = To ?? (From is null ? clock.Today : (from > clock.Today ? from : clock.Today));
        if (from > last)
            throw InputValidationException.For("from", Text.Pick("Начало периода позже его конца.", "The period starts after it ends."));
        return (from, last);
    }
}
