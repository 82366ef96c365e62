using Suite.Framework.Events;

namespace Suite.Crm.Events;

/// <summary>A deal's card changed; carries the whole current state so a copy can be rebuilt from it, and the fields that changed.</summary>
[EventName("Crm.Deal.Updated")]
public sealed record DealUpdatedEto(
    Guid DealId, string Title, Guid CompanyId, Guid PipelineId, Guid StageId, string Status,
    decimal Amount, string Currency, Guid OwnerId, Guid? SourceId,
    IReadOnlyList<FieldChange> Changes, Guid? ChangedBy, DateTimeOffset ChangedAt);
