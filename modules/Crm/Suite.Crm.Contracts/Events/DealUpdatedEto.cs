using Suite.Framework.Events;

namespace Suite.Crm.Events;

/// <summary>
/// A deal's card changed; carries the whole current state so a copy can be rebuilt from it, and the fields that changed.
/// <see cref="Lines"/> are the deal's lines in order (empty when it has none); null only in events published before
/// deals carried their lines.
/// </summary>
[EventName("Crm.Deal.Updated")]
public sealed record DealUpdatedEto(
    Guid DealId, string Title, Guid CompanyId, Guid PipelineId, Guid StageId, string Status,
    decimal Amount, string Currency, Guid OwnerId, Guid? SourceId,
    IReadOnlyList<FieldChange> Changes, Guid? ChangedBy, DateTimeOffset ChangedAt,
    IReadOnlyList<DealLineEto>? Lines = null);
