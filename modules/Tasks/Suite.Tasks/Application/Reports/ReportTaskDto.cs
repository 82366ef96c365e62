using Suite.Tasks.Domain.Tasks;

namespace Suite.Tasks.Application.Reports;

/// <summary>A task behind a count of the by-employee report.</summary>
internal sealed record ReportTaskDto(
    Guid Id, string Title, DateTimeOffset? DueAt, DateTimeOffset? OriginalDueAt, DateTimeOffset? CompletedAt,
    string? EntityType, Guid? EntityId, WorkTaskStatus Status)
{
    public static ReportTaskDto From(WorkTask t) =>
        new(t.Id, t.Title, t.DueAt, t.OriginalDueAt, t.CompletedAt, t.EntityType, t.EntityId, t.Status);
}
