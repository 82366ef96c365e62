using Suite.Framework.Events;

namespace Suite.Crm.Events;

/// <summary>A deal left one stage for another: a move, a win, a loss or a reopening.</summary>
[EventName("Crm.Deal.StageChanged")]
public sealed record DealStageChangedEto(
    Guid DealId, Guid PipelineId, Guid FromStageId, Guid ToStageId, Guid OwnerId,
    decimal Amount, string Currency, Guid? ChangedBy, DateTimeOffset ChangedAt);
