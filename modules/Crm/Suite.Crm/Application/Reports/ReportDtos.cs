namespace Suite.Crm.Application.Reports;

/// <summary>The funnel of one pipeline: its open stages in order, then won, then lost.</summary>
internal sealed record FunnelReportDto(Guid PipelineId, IReadOnlyList<FunnelStageDto> Stages);

/// <param name="Count">
/// Deals that reached this stage or went further: a deal counts in every open stage up to the furthest one it
/// has ever been in (stages it skipped included), a won deal counts in every open stage and in won, a lost deal
/// counts in the open stages it reached and in lost.
/// </param>
/// <param name="Amount">The amount of those deals.</param>
/// <param name="ConversionToNext">
/// The share, 0..1, of this stage's deals that reached the next one (the next open stage, or won after the last
/// open stage); null for won and lost, and when no deal reached this stage.
/// </param>
internal sealed record FunnelStageDto(Guid StageId, string Name, string Kind, int Count, decimal Amount, double? ConversionToNext);

/// <summary>Average days per stage and the average sale duration (created → won), in days.</summary>
internal sealed record VelocityReportDto(IReadOnlyList<VelocityStageDto> Stages, double? AverageSaleDays, int WonCount);

/// <param name="AverageDays">Average length of the finished stays in this stage (entered → left), in days.</param>
/// <param name="Stays">How many finished stays the average is taken over.</param>
internal sealed record VelocityStageDto(Guid StageId, string Name, Guid PipelineId, int Order, double? AverageDays, int Stays);

/// <summary>Open deals by the month they are expected to close; deals without a date are in the row with null year and month.</summary>
internal sealed record ForecastReportDto(IReadOnlyList<ForecastMonthDto> Months, decimal OpenAmount, decimal WeightedAmount);

/// <param name="WeightedAmount">Σ amount × the probability of the deal's stage.</param>
internal sealed record ForecastMonthDto(int? Year, int? Month, int Count, decimal OpenAmount, decimal WeightedAmount);

internal sealed record LossReasonReportDto(IReadOnlyList<LossReasonRowDto> Items);

/// <param name="Amount">The revenue lost: the amount of the lost deals with this reason.</param>
internal sealed record LossReasonRowDto(Guid? LossReasonId, string Name, int Count, decimal Amount);

internal sealed record SourceReportDto(IReadOnlyList<SourceRowDto> Items);

/// <param name="SourceId">Null for deals without a source.</param>
/// <param name="LeadsCount">Leads that came from this source in the period (the pipeline filter does not apply to leads).</param>
/// <param name="ConversionToWon">Won deals ÷ deals, 0..1; null without deals.</param>
internal sealed record SourceRowDto(Guid? SourceId, string? Name, int LeadsCount, int DealsCount, int WonCount, decimal WonAmount,
    int LostCount, double? ConversionToWon);

internal sealed record ManagerRankingDto(IReadOnlyList<ManagerRankingRowDto> Items);

/// <param name="AverageDeal">Won amount ÷ won count; 0 without won deals.</param>
/// <param name="WinRate">Won ÷ (won + lost), 0..1; null while none of the owner's deals is closed.</param>
internal sealed record ManagerRankingRowDto(Guid OwnerId, int WonCount, decimal WonAmount, decimal AverageDeal, double? WinRate,
    int LostCount, int OpenCount)
{
    /// <summary>The owner's full name from Crm's copy of people; null until the copy knows the user.</summary>
    public string? OwnerName { get; init; }
}
