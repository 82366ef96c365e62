using Suite.Framework.Events;

namespace Suite.Tasks.Events;

/// <summary>A task passed from one assignee to another.</summary>
[EventName("Tasks.Task.Reassigned")]
public sealed record TaskReassignedEto(
    Guid TaskId, string Title, string? EntityType, Guid? EntityId, Guid FromAssigneeId, Guid ToAssigneeId,
    Guid? ChangedBy, DateTimeOffset? DueAt, DateTimeOffset At);
