using Suite.Framework.Events;

namespace Suite.Tasks.Events;

/// <summary>An open deal has no open task: found by the daily check, once per deal and company day.</summary>
[EventName("Tasks.Deal.WithoutNextStep")]
public sealed record DealWithoutNextStepEto(Guid DealId, string Title, Guid OwnerId, DateOnly Day, DateTimeOffset At);
