using Suite.Framework.Events;

namespace Suite.Crm.Events;

/// <summary>A deal was won: the client agreed to buy.</summary>
[EventName("Crm.Deal.Won")]
public sealed record DealWonEto(
    Guid DealId, Guid CompanyId, Guid PipelineId, Guid StageId, Guid OwnerId,
    decimal Amount, string Currency, Guid? ChangedBy, DateTimeOffset ChangedAt);
