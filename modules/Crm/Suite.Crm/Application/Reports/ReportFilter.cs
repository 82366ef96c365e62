using Microsoft.AspNetCore.Mvc;

namespace Suite.Crm.Application.Reports;

/// <summary>
/// What every sales report is filtered by. <c>from</c> and <c>to</c> are calendar days (UTC) that bound the deal's
/// creation date, both inclusive; the other filters narrow to one pipeline, owner or source.
/// </summary>
internal sealed class ReportFilter
{
    [FromQuery(Name = "from")] public DateOnly? From { get; set; }
    [FromQuery(Name = "to")] public DateOnly? To { get; set; }
    [FromQuery(Name = "pipelineId")] public Guid? PipelineId { get; set; }
    [FromQuery(Name = "ownerId")] public Guid? OwnerId { get; set; }
    [FromQuery(Name = "sourceId")] public Guid? SourceId { get; set; }
}
