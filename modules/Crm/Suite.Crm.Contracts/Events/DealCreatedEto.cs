using Suite.Framework.Events;

namespace Suite.Crm.Events;

/// <summary>
/// A deal was opened; carries its whole state. Status is "open", "won" or "lost".
/// <see cref="Lines"/> are the deal's lines in order (empty when it has none); null only in events published before
/// deals carried their lines.
/// </summary>
[EventName("Crm.Deal.Created")]
public sealed record DealCreatedEto(
    Guid DealId, string Title, Guid CompanyId, Guid PipelineId, Guid StageId, string Status,
    decimal Amount, string Currency, Guid OwnerId, Guid? SourceId, Guid? ChangedBy, DateTimeOffset ChangedAt,
    IReadOnlyList<DealLineEto>? Lines = null);
