using Microsoft.AspNetCore.Mvc;
using Suite.Framework.Paging;

namespace Suite.Tasks.Application.Tasks;

/// <summary>
/// The task list query: paging, sorting, a title search, and filters by assignee, status, card, project, overdue and
/// the company-local days of the due time (both inclusive), as the calendar asks for a week or a month.
/// </summary>
internal sealed class TaskListRequest : PageRequest
{
    [FromQuery(Name = "assigneeId")] public Guid? AssigneeId { get; set; }

    /// <summary>open, inProgress, done or cancelled.</summary>
    [FromQuery(Name = "status")] public string? Status { get; set; }

    [FromQuery(Name = "entityType")] public string? EntityType { get; set; }
    [FromQuery(Name = "entityId")] public Guid? EntityId { get; set; }
    [FromQuery(Name = "projectId")] public Guid? ProjectId { get; set; }
    [FromQuery(Name = "overdue")] public bool? Overdue { get; set; }
    [FromQuery(Name = "dueFrom")] public DateOnly? DueFrom { get; set; }
    [FromQuery(Name = "dueTo")] public DateOnly? DueTo { get; set; }
}
