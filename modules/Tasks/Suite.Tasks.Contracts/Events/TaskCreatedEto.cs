using Suite.Framework.Events;

namespace Suite.Tasks.Events;

/// <summary>
/// A task was set for <paramref name="AssigneeId"/>, by hand (<paramref name="CreatedBy"/>), by an automation rule
/// (<paramref name="RuleId"/>) or as the next occurrence of a recurring one. <paramref name="EntityType"/> is
/// "deal", "company", "contact", "lead", "invoice" or "product" when the task is on a card.
/// </summary>
[EventName("Tasks.Task.Created")]
public sealed record TaskCreatedEto(
    Guid TaskId, string Title, string Priority, string? EntityType, Guid? EntityId, Guid AssigneeId, Guid? CreatedBy,
    DateTimeOffset? DueAt, Guid? RuleId, Guid? ProjectId, DateTimeOffset At);
