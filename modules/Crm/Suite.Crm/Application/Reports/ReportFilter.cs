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

    /// <summary>The first instant of <see cref="From"/> (UTC), if given.</summary>
    internal DateTimeOffset? StartsAt() =>
        From is { } from ? new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    /// <summary>The first instant after <see cref="To"/> (UTC), if given: the period includes the whole of that day.</summary>
    internal DateTimeOffset? EndsBefore() =>
        To is { } to ? new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
}
