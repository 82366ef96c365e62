using Microsoft.EntityFrameworkCore;
using Suite.Crm.Application.Deals;
using Suite.Crm.Data;
using Suite.Crm.Domain.Deals;
using Suite.Crm.Domain.Leads;
using Suite.Crm.Domain.Pipelines;
using Suite.Framework.Domain;
using Suite.Framework.People;
using Suite.Framework.Time;
using Suite.Framework.Users;

namespace Suite.Crm.Application.Reports;

/// <summary>
/// The sales reports, computed by the database with GROUP BY over the deals the user may see: with
/// <see cref="CrmPermissions.Deals.ViewAll"/> every deal, otherwise only the user's own (the record rule of deals).
/// Money is added up by the database (kopecks in an integer column on SQLite, numeric on PostgreSQL), so sums are exact.
/// </summary>
internal sealed class ReportService(CrmDbContext db, ICurrentUser user, BusinessClock clock, DealCounterService counters)
{
    /// <summary>
    /// Whether the deal counters answer the filter: they know pipeline, owner and status, not the creation date
    /// nor the source, so a period or a source is added up from the deals themselves (with the indexes of ReportsModel).
    /// </summary>
    private bool Countable(ReportFilter filter) => filter.From is null && filter.To is null && filter.SourceId is null;

    /// <summary>The deals the user may see, narrowed by the filter; <c>from</c>/<c>to</c> bound the creation date (company days, inclusive).</summary>
    private IQueryable<Deal> Deals(ReportFilter filter)
    {
        var query = db.Deals.VisibleTo(user).AsNoTracking().IgnoreAutoIncludes();
        var period = filter.Period(clock);
        if (period.From is { } start)
            query = query.Where(d => d.CreatedAt >= start);
        if (period.Before is { } end)
            query = query.Where(d => d.CreatedAt < end);

        if (filter.PipelineId is { } pipelineId)
            query = query.Where(d => d.PipelineId == pipelineId);
        if (filter.OwnerId is { } ownerId)
            query = query.Where(d => d.OwnerId == ownerId);
        if (filter.SourceId is { } sourceId)
            query = query.Where(d => d.SourceId == sourceId);
        return query;
    }

    /// <summary>
    /// The funnel of one pipeline (the filter's, or the default one). A stage's count is the number of deals that
    /// <b>reached this stage or went further</b>: for each deal the furthest open stage it has ever entered is taken
    /// from its stage history (by stage order), and the deal counts in that stage and in every open stage before it,
    /// even ones it skipped. A won deal went through the whole funnel: it counts in every open stage and in won.
    /// A lost deal counts in the open stages it reached and in lost. So counts never grow down the funnel and
    /// <c>conversionToNext</c> = next stage's count ÷ this stage's count is a fraction 0..1 (after the last open
    /// stage the next one is won; null for won and lost, and for a stage no deal reached).
    /// </summary>
    public async Task<FunnelReportDto> FunnelAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        var pipeline = filter.PipelineId is { } pipelineId
            ? await db.Pipelines.AsNoTracking().SingleOrDefaultAsync(p => p.Id == pipelineId, cancellationToken)
              ?? throw new EntityNotFoundException("Pipeline", pipelineId)
            : await db.Pipelines.AsNoTracking().SingleAsync(p => p.IsDefault, cancellationToken);
        var id = pipeline.Id;

        var deals = Deals(filter).Where(d => d.PipelineId == id);
        // Grouped on the column itself (a hash aggregate over the index, no sort of every deal), and apart from
        // the deals saved before ReachedStageOrder was kept, whose furthest stage is read from their history.
        // Without a period or a source the counters have the same groups, a few rows per owner.
        var countable = Countable(filter);
        var kept = countable
            ? await counters.Rows(id, counters.Scope(filter.OwnerId))
                .Where(c => c.ReachedStageOrder != DealCounter.ReachedUnknown)
                .GroupBy(c => new { c.Status, c.ReachedStageOrder })
                .Select(g => new FunnelRow(g.Key.Status, g.Key.ReachedStageOrder, g.Sum(c => c.Count), g.Sum(c => c.Amount)))
                .ToListAsync(cancellationToken)
            : await deals
                .Where(d => d.ReachedStageOrder != null)
                .GroupBy(d => new { d.Status, d.ReachedStageOrder })
                .Select(g => new FunnelRow(g.Key.Status, g.Key.ReachedStageOrder, g.LongCount(), g.Sum(d => d.Amount)))
                .ToListAsync(cancellationToken);
        var anyOlder = !countable || await counters.Rows(id, counters.Scope(filter.OwnerId))
            .AnyAsync(c => c.ReachedStageOrder == DealCounter.ReachedUnknown, cancellationToken);
        var older = !anyOlder ? [] : await deals
            .Where(d => d.ReachedStageOrder == null)
            .Select(d => new
            {
                d.Status,
                d.Amount,
                Reached = db.DealStageHistory
                    .Where(h => h.DealId == d.Id)
                    .Join(db.Stages, h => h.StageId, s => s.Id, (h, s) => s)
                    .Where(s => s.PipelineId == id && s.Kind == StageKind.Open)
                    .Max(s => (int?)s.Order),
            })
            .GroupBy(x => new { x.Status, x.Reached })
            .Select(g => new FunnelRow(g.Key.Status, g.Key.Reached, g.LongCount(), g.Sum(x => x.Amount)))
            .ToListAsync(cancellationToken);
        var rows = kept.Concat(older).ToList();

        var open = pipeline.OrderedStages.Where(s => s.Kind == StageKind.Open).ToList();
        var counts = new List<(Stage Stage, long Count, decimal Amount)>();
        foreach (var stage in open)
        {
            var reached = rows.Where(r => r.Status == DealStatus.Won || (r.Reached is { } order && order >= stage.Order)).ToList();
            counts.Add((stage, reached.Sum(r => r.Count), reached.Sum(r => r.Amount)));
        }

        var won = rows.Where(r => r.Status == DealStatus.Won).ToList();
        var lost = rows.Where(r => r.Status == DealStatus.Lost).ToList();
        counts.Add((pipeline.WonStage, won.Sum(r => r.Count), won.Sum(r => r.Amount)));
        counts.Add((pipeline.LostStage, lost.Sum(r => r.Count), lost.Sum(r => r.Amount)));

        var stages = counts.Select((c, i) => new FunnelStageDto(c.Stage.Id, c.Stage.Name, Wire(c.Stage.Kind), (int)c.Count, c.Amount,
                c.Stage.Kind == StageKind.Open && c.Count > 0 ? (double)counts[i + 1].Count / c.Count : null))
            .ToList();
        return new FunnelReportDto(id, stages);
    }

    /// <summary>
    /// Average days a deal spends in each stage, over the finished stays (entered → left) of the filtered deals'
    /// stage history; and the average sale duration, from the deal's creation to its win, over won deals.
    /// </summary>
    public async Task<VelocityReportDto> VelocityAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        var deals = Deals(filter);
        var stays = await db.DealStageHistory.AsNoTracking()
            .Where(h => h.LeftAt != null && deals.Any(d => d.Id == h.DealId))
            .Select(h => new { h.StageId, h.EnteredAt, LeftAt = h.LeftAt!.Value })
            .ToListAsync(cancellationToken);
        var won = await deals.Where(d => d.Status == DealStatus.Won && d.ClosedAt != null)
            .Select(d => new { d.CreatedAt, ClosedAt = d.ClosedAt!.Value })
            .ToListAsync(cancellationToken);

        // Differences of timestamps are taken here: SQLite keeps them as packed integers it cannot subtract.
        var byStage = stays.GroupBy(s => s.StageId)
            .ToDictionary(g => g.Key, g => (Average: g.Average(s => (s.LeftAt - s.EnteredAt).TotalDays), Count: g.Count()));
        var stageIds = byStage.Keys.ToList();
        var pipelineFilter = filter.PipelineId;
        var stages = await db.Stages.AsNoTracking()
            .Where(s => stageIds.Contains(s.Id) || (pipelineFilter != null && s.PipelineId == pipelineFilter))
            .ToListAsync(cancellationToken);
        var pipelines = await db.Pipelines.AsNoTracking().IgnoreAutoIncludes()
            .Select(p => new { p.Id, p.IsDefault, p.Name }).ToListAsync(cancellationToken);
        var pipelineRank = pipelines.OrderByDescending(p => p.IsDefault).ThenBy(p => p.Name)
            .Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);

        var rows = stages
            .Where(s => s.Kind == StageKind.Open)
            .OrderBy(s => pipelineRank.GetValueOrDefault(s.PipelineId, int.MaxValue)).ThenBy(s => s.Order)
            .Select(s => byStage.TryGetValue(s.Id, out var a)
                ? new VelocityStageDto(s.Id, s.Name, s.PipelineId, s.Order, Math.Round(a.Average, 2), a.Count)
                : new VelocityStageDto(s.Id, s.Name, s.PipelineId, s.Order, null, 0))
            .ToList();
        double? averageSale = won.Count > 0 ? Math.Round(won.Average(w => (w.ClosedAt - w.CreatedAt).TotalDays), 2) : null;
        return new VelocityReportDto(rows, averageSale, won.Count);
    }

    /// <summary>Open deals by expected close month: their amount, and the amount weighted by the probability of the stage each is in.</summary>
    public async Task<ForecastReportDto> ForecastAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        var rows = await Deals(filter)
            .Where(d => d.Status == DealStatus.Open)
            .Join(db.Stages, d => d.StageId, s => s.Id, (d, s) => new
            {
                Year = d.ExpectedCloseDate == null ? (int?)null : d.ExpectedCloseDate.Value.Year,
                Month = d.ExpectedCloseDate == null ? (int?)null : d.ExpectedCloseDate.Value.Month,
                s.Probability,
                d.Amount,
            })
            .GroupBy(x => new { x.Year, x.Month, x.Probability })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Probability, Count = g.Count(), Amount = g.Sum(x => x.Amount) })
            .ToListAsync(cancellationToken);

        // Weighting is done per probability group here, so the database only adds up amounts.
        var months = rows.GroupBy(r => (r.Year, r.Month))
            .OrderBy(g => g.Key.Year is null).ThenBy(g => g.Key.Year).ThenBy(g => g.Key.Month)
            .Select(g => new ForecastMonthDto(g.Key.Year, g.Key.Month, g.Sum(r => r.Count), g.Sum(r => r.Amount),
                Math.Round(g.Sum(r => r.Amount * r.Probability / 100m), 2, MidpointRounding.AwayFromZero)))
            .ToList();
        return new ForecastReportDto(months, months.Sum(m => m.OpenAmount), months.Sum(m => m.WeightedAmount));
    }

    /// <summary>Lost deals by loss reason: how many and the revenue lost, the largest loss first.</summary>
    public async Task<LossReasonReportDto> LossReasonsAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        var rows = await Deals(filter)
            .Where(d => d.Status == DealStatus.Lost)
            .GroupBy(d => d.LossReasonId)
            .Select(g => new { LossReasonId = g.Key, Count = g.Count(), Amount = g.Sum(d => d.Amount) })
            .ToListAsync(cancellationToken);
        var names = await db.LossReasons.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        var items = rows
            .Select(r => new LossReasonRowDto(r.LossReasonId, r.LossReasonId is { } id && names.TryGetValue(id, out var n) ? n : "—", r.Count, r.Amount))
            .OrderByDescending(r => r.Amount).ThenByDescending(r => r.Count).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        return new LossReasonReportDto(items);
    }

    /// <summary>
    /// Deals by source with how many were won and their conversion to won; deals without a source are the row
    /// with a null source. Leads are counted per source with the same period (their creation date), owner and source
    /// filters and the leads' own record rule; leads belong to no pipeline, so the pipeline filter does not narrow them.
    /// </summary>
    public async Task<SourceReportDto> SourcesAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        var deals = await Deals(filter)
            .GroupBy(d => new { d.SourceId, d.Status })
            .Select(g => new { g.Key.SourceId, g.Key.Status, Count = g.Count(), Amount = g.Sum(d => d.Amount) })
            .ToListAsync(cancellationToken);
        var leads = await Leads(filter)
            .GroupBy(l => l.SourceId)
            .Select(g => new { SourceId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var names = await db.Sources.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);

        var items = deals.Select(r => r.SourceId).Concat(leads.Select(l => l.SourceId)).Distinct()
            .Select(sourceId =>
            {
                var rows = deals.Where(r => r.SourceId == sourceId).ToList();
                var dealsCount = rows.Sum(r => r.Count);
                var won = rows.Where(r => r.Status == DealStatus.Won).ToList();
                var wonCount = won.Sum(r => r.Count);
                return new SourceRowDto(sourceId, sourceId is { } id && names.TryGetValue(id, out var n) ? n : null,
                    leads.Where(l => l.SourceId == sourceId).Sum(l => l.Count), dealsCount,
                    wonCount, won.Sum(r => r.Amount), rows.Where(r => r.Status == DealStatus.Lost).Sum(r => r.Count),
                    dealsCount > 0 ? (double)wonCount / dealsCount : null);
            })
            .OrderByDescending(r => r.WonAmount).ThenByDescending(r => r.DealsCount).ThenByDescending(r => r.LeadsCount)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        return new SourceReportDto(items);
    }

    /// <summary>The leads the user may see, narrowed by the filter's period, owner and source.</summary>
    private IQueryable<Lead> Leads(ReportFilter filter) => db.LeadsFor(user, clock, filter);

    /// <summary>Owners by won amount: won count and amount, average won deal and win rate = won ÷ (won + lost).</summary>
    public async Task<ManagerRankingDto> ManagerRankingAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        var rows = Countable(filter)
            ? await counters.Rows(filter.PipelineId, counters.Scope(filter.OwnerId))
                .GroupBy(c => new { c.OwnerId, c.Status })
                .Select(g => new RankingRow(g.Key.OwnerId, g.Key.Status, g.Sum(c => c.Count), g.Sum(c => c.Amount)))
                .ToListAsync(cancellationToken)
            : await Deals(filter)
                .GroupBy(d => new { d.OwnerId, d.Status })
                .Select(g => new RankingRow(g.Key.OwnerId, g.Key.Status, g.LongCount(), g.Sum(d => d.Amount)))
                .ToListAsync(cancellationToken);
        var items = rows.GroupBy(r => r.OwnerId)
            .Select(g =>
            {
                var won = g.SingleOrDefault(r => r.Status == DealStatus.Won);
                var wonCount = (int)(won?.Count ?? 0);
                var wonAmount = won?.Amount ?? 0m;
                var lostCount = (int)g.Where(r => r.Status == DealStatus.Lost).Sum(r => r.Count);
                return new ManagerRankingRowDto(g.Key, wonCount, wonAmount,
                    wonCount > 0 ? Math.Round(wonAmount / wonCount, 2, MidpointRounding.AwayFromZero) : 0m,
                    wonCount + lostCount > 0 ? (double)wonCount / (wonCount + lostCount) : null,
                    lostCount, (int)g.Where(r => r.Status == DealStatus.Open).Sum(r => r.Count));
            })
            .OrderByDescending(r => r.WonAmount).ThenByDescending(r => r.WonCount).ThenBy(r => r.OwnerId)
            .ToList();
        return new ManagerRankingDto(await db.People.WithNamesAsync(items,
            r => r.OwnerId, (r, name) => r with { OwnerName = name }, cancellationToken));
    }

    private sealed record RankingRow(Guid OwnerId, DealStatus Status, long Count, decimal Amount);

    private sealed record FunnelRow(DealStatus Status, int? Reached, long Count, decimal Amount);

    private static string Wire(StageKind kind) => kind.ToString().ToLowerInvariant();
}
