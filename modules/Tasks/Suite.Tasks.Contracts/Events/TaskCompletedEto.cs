using Suite.Framework.Events;

namespace Suite.Tasks.Events;

/// <summary>A task was done; <paramref name="OnTime"/> is false when it was completed after its due time.</summary>
[EventName("Tasks.Task.Completed")]
public sealed record TaskCompletedEto(
    Guid TaskId, string Title, string? EntityType, Guid? EntityId, Guid AssigneeId, Guid? CompletedBy, string? Result,
    DateTimeOffset? DueAt, bool OnTime, DateTimeOffset At);
