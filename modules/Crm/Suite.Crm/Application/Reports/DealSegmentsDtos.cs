namespace Suite.Crm.Application.Reports;

/// <summary>
/// Deals created in the period by amount range and by the stage they are in now: how many and their amount in each
/// cell, with each range's and each stage's totals.
/// </summary>
/// <param name="Bounds">The bounds the ranges were cut at, ascending.</param>
/// <param name="Stages">The columns: the stages of the filter's pipeline, or without one the default pipeline's and those of any other pipeline with deals here.</param>
internal sealed record DealSegmentsReportDto(IReadOnlyList<decimal> Bounds, IReadOnlyList<SegmentStageDto> Stages,
    IReadOnlyList<DealSegmentDto> Segments, int Count, decimal Amount);

/// <param name="From">The range's lower bound, included (0 for the first range).</param>
/// <param name="To">Its upper bound, excluded; null for the last range, which has none.</param>
/// <param name="Stages">One cell per stage of the report, in the order of its <c>stages</c>.</param>
internal sealed record DealSegmentDto(decimal From, decimal? To, int Count, decimal Amount, IReadOnlyList<SegmentCellDto> Stages);

internal sealed record SegmentCellDto(Guid StageId, int Count, decimal Amount);

/// <param name="Kind">open, won or lost.</param>
/// <param name="Count">Deals in this stage, all ranges together.</param>
internal sealed record SegmentStageDto(Guid StageId, string Name, string Kind, Guid PipelineId, string PipelineName, int Count, decimal Amount);
