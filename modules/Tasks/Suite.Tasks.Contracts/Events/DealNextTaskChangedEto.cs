using Suite.Framework.Events;

namespace Suite.Tasks.Events;

/// <summary>
/// The deal's next step changed: its open task with the earliest due time (undated ones last) is now
/// <paramref name="TaskId"/>, or the deal has no open task (all task fields null). Published on every change that
/// can move it (a task set, done, postponed, reassigned, reopened, cancelled or deleted).
/// <paramref name="Version"/> grows with each change of the deal's tasks, so a late message is ignored.
/// </summary>
[EventName("Tasks.Deal.NextTaskChanged")]
public sealed record DealNextTaskChangedEto(
    Guid DealId, Guid? TaskId, string? Title, DateTimeOffset? DueAt, Guid? AssigneeId, long Version, DateTimeOffset At);
