using Suite.Framework.Events;

namespace Suite.Crm.Events;

/// <summary>
/// A deal's whole current state, re-published once by a backfill so that a module which starts keeping a copy later
/// also has the deals that existed before it. Not a change: nothing happened to the deal, so timelines and
/// notifications ignore it; a copy applies it like <see cref="DealUpdatedEto"/> unless it already holds a newer state.
/// Status is "open", "won" or "lost".
/// <see cref="Lines"/> are the deal's lines in order (empty when it has none); null only in events published before
/// deals carried their lines.
/// </summary>
[EventName("Crm.Deal.Republished")]
public sealed record DealRepublishedEto(
    Guid DealId, string Title, Guid CompanyId, Guid PipelineId, Guid StageId, string Status,
    decimal Amount, string Currency, Guid OwnerId, Guid? SourceId, DateTimeOffset ChangedAt,
    IReadOnlyList<DealLineEto>? Lines = null);
