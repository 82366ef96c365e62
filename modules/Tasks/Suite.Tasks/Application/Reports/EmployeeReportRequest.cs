using Microsoft.AspNetCore.Mvc;
using Suite.Framework.Time;

namespace Suite.Tasks.Application.Reports;

/// <summary>The period of the by-employee report: company-local days, both inclusive, either may be missing.</summary>
internal sealed class EmployeeReportRequest
{
    [FromQuery(Name = "from")] public DateOnly? From { get; set; }
    [FromQuery(Name = "to")] public DateOnly? To { get; set; }

    internal InstantRange Period(BusinessClock clock) => clock.Period(From, To);
}
