using Suite.Framework.Events;

namespace Suite.Tasks.Events;

/// <summary>
/// An open task passed its due time; published once per due time (a postponed task that falls due again is overdue
/// again). <paramref name="SupervisorId"/> is the assignee's supervisor when they have one.
/// </summary>
[EventName("Tasks.Task.Overdue")]
public sealed record TaskOverdueEto(
    Guid TaskId, string Title, string? EntityType, Guid? EntityId, Guid AssigneeId, Guid? SupervisorId,
    DateTimeOffset DueAt, DateTimeOffset At);
