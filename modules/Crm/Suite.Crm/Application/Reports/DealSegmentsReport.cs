using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Domain.Deals;
using Suite.Crm.Domain.Pipelines;
using Suite.Framework.Domain;
using Suite.Framework.Time;
using Suite.Framework.Users;

namespace Suite.Crm.Application.Reports;

/// <summary>
/// New deals by budget range and stage. The database groups the period's deals (those the user may see: the deals'
/// record rule) by stage and range and adds their amounts, so money is exact and only a few rows come back.
/// </summary>
internal sealed class DealSegmentsReport(CrmDbContext db, ICurrentUser user, BusinessClock clock)
{
    public async Task<DealSegmentsReportDto> BuildAsync(ReportFilter filter, string? bounds, CancellationToken cancellationToken)
    {
        var cuts = DealSegmentBounds.Parse(bounds);
        var pipeline = filter.PipelineId is { } pipelineId && !await db.Pipelines.AnyAsync(p => p.Id == pipelineId, cancellationToken)
            ? throw new EntityNotFoundException("Pipeline", pipelineId)
            : filter.PipelineId;

        // One fixed expression for any number of bounds up to ten: the missing ones repeat the last, so an amount at or
        // above it falls through every test to the last range (10), which is the range past the last bound.
        var b = Enumerable.Range(0, DealSegmentBounds.MaxCount).Select(i => cuts[Math.Min(i, cuts.Count - 1)]).ToArray();
        decimal b0 = b[0], b1 = b[1], b2 = b[2], b3 = b[3], b4 = b[4], b5 = b[5], b6 = b[6], b7 = b[7], b8 = b[8], b9 = b[9];
        var rows = await Deals(filter)
            .Select(d => new
            {
                d.StageId,
                d.Amount,
                Segment = d.Amount < b0 ? 0 : d.Amount < b1 ? 1 : d.Amount < b2 ? 2 : d.Amount < b3 ? 3 : d.Amount < b4 ? 4
                    : d.Amount < b5 ? 5 : d.Amount < b6 ? 6 : d.Amount < b7 ? 7 : d.Amount < b8 ? 8 : d.Amount < b9 ? 9 : 10,
            })
            .GroupBy(x => new { x.StageId, x.Segment })
            .Select(g => new { g.Key.StageId, g.Key.Segment, Count = g.Count(), Amount = g.Sum(x => x.Amount) })
            .ToListAsync(cancellationToken);
        var cells = rows.Select(r => (r.StageId, Segment: Math.Min(r.Segment, cuts.Count), r.Count, r.Amount)).ToList();

        var stages = await StagesAsync(pipeline, cells.Select(c => c.StageId).Distinct().ToList(), cancellationToken);
        var stageDtos = stages.Select(s =>
        {
            var of = cells.Where(c => c.StageId == s.Stage.Id).ToList();
            return new SegmentStageDto(s.Stage.Id, s.Stage.Name, s.Stage.Kind.ToString().ToLowerInvariant(), s.Stage.PipelineId, s.PipelineName,
                of.Sum(c => c.Count), of.Sum(c => c.Amount));
        }).ToList();
        var segments = Enumerable.Range(0, cuts.Count + 1).Select(i =>
        {
            var of = cells.Where(c => c.Segment == i).ToList();
            return new DealSegmentDto(i == 0 ? 0m : cuts[i - 1], i < cuts.Count ? cuts[i] : null, of.Sum(c => c.Count), of.Sum(c => c.Amount),
                stages.Select(s => new SegmentCellDto(s.Stage.Id, of.Where(c => c.StageId == s.Stage.Id).Sum(c => c.Count),
                    of.Where(c => c.StageId == s.Stage.Id).Sum(c => c.Amount))).ToList());
        }).ToList();
        return new DealSegmentsReportDto(cuts, stageDtos, segments, cells.Sum(c => c.Count), cells.Sum(c => c.Amount));
    }

    /// <summary>The deals the user may see, created in the period, narrowed by pipeline, owner and source.</summary>
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

    /// <summary>The report's columns: one pipeline's stages in order; without a pipeline, the default one's first, then the others' with deals.</summary>
    private async Task<List<(Stage Stage, string PipelineName)>> StagesAsync(Guid? pipelineId, List<Guid> withDeals, CancellationToken cancellationToken)
    {
        var pipelines = await db.Pipelines.AsNoTracking()
            .Where(p => pipelineId != null ? p.Id == pipelineId : p.IsDefault || p.Stages.Any(s => withDeals.Contains(s.Id)))
            .ToListAsync(cancellationToken);
        return pipelines.OrderByDescending(p => p.IsDefault).ThenBy(p => p.Name, StringComparer.CurrentCulture)
            .SelectMany(p => p.OrderedStages.Select(s => (s, p.Name)))
            .ToList();
    }
}
