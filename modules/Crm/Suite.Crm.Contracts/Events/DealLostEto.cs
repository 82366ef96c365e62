using Suite.Framework.Events;

namespace Suite.Crm.Events;

/// <summary>A deal was lost, for the given reason.</summary>
[EventName("Crm.Deal.Lost")]
public sealed record DealLostEto(
    Guid DealId, Guid CompanyId, Guid PipelineId, Guid StageId, Guid OwnerId,
    decimal Amount, string Currency, Guid LossReasonId, string? Comment, Guid? ChangedBy, DateTimeOffset ChangedAt);
