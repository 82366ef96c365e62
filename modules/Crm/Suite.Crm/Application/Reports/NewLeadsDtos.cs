namespace Suite.Crm.Application.Reports;

/// <summary>
/// Leads that arrived in the period by what became of them, by arrival period (day, week from Monday, or month, the
/// company's calendar) and by source. Each lead is in exactly one of processed, converted, junked and ignored, so
/// those four add up to received.
/// </summary>
/// <param name="GroupBy">day, week or month.</param>
/// <param name="Periods">Every period from the first to the last (of the filter's days, else of the leads'), empty ones included.</param>
internal sealed record NewLeadsReportDto(string GroupBy, NewLeadsCountsDto Total, IReadOnlyList<NewLeadsPeriodDto> Periods,
    IReadOnlyList<NewLeadsSourceDto> Sources);

/// <param name="Received">Leads that arrived.</param>
/// <param name="Processed">In work: a lead in work, or a new one a person has acted on (<see cref="LeadActions"/>).</param>
/// <param name="Converted">Converted into a client and a deal.</param>
/// <param name="Junked">Put aside as junk.</param>
/// <param name="Ignored">Still new and untouched: nobody has acted on it.</param>
internal sealed record NewLeadsCountsDto(int Received, int Processed, int Converted, int Junked, int Ignored);

/// <param name="Start">The period's first day.</param>
/// <param name="End">Its last day.</param>
internal sealed record NewLeadsPeriodDto(DateOnly Start, DateOnly End, NewLeadsCountsDto Counts);

/// <param name="SourceId">Null for leads without a source.</param>
internal sealed record NewLeadsSourceDto(Guid? SourceId, string? Name, NewLeadsCountsDto Counts);
