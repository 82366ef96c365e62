using Microsoft.AspNetCore.Mvc;
using Suite.Framework.Time;

namespace Suite.Crm.Application.Reports;

/// <summary>
/// What every sales report is filtered by. <c>from</c> and <c>to</c> are the company's calendar days that bound the
/// deal's creation, both inclusive; the other filters narrow to one pipeline, owner or source.
/// </summary>
internal sealed class ReportFilter
{
    [FromQuery(Name = "from")] public DateOnly? From { get; set; }
    [FromQuery(Name = "to")] public DateOnly? To { get; set; }
    [FromQuery(Name = "pipelineId")] public Guid? PipelineId { get; set; }
    [FromQuery(Name = "ownerId")] public Guid? OwnerId { get; set; }
    [FromQuery(Name = "sourceId")] public Guid? SourceId { get; set; }

    /// <summary>The period as UTC instants; any date the API accepts gives a range (an open end past representable time).</summary>
    internal InstantRange Period(BusinessClock clock) => clock.Period(From, To);
}
