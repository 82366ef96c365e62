using Suite.Crm.Domain.Pipelines;

namespace Suite.Crm.Application.Deals;

/// <summary>
/// A pipeline's board: every stage in order with the count and amount of all its matching deals and the first cards.
/// <see cref="Sorting"/> is the order of the cards; ask the deals list with it, the same filters, the column's stageId
/// and skipCount for the next cards of a column.
/// </summary>
internal sealed record DealBoardDto(Guid PipelineId, string Sorting, IReadOnlyList<DealBoardColumnDto> Columns);

internal sealed record DealBoardColumnDto(
    Guid StageId,
    string Name,
    StageKind Kind,
    int Order,
    int Probability,
    long Count,
    decimal Amount,
    IReadOnlyList<DealDto> Deals);
