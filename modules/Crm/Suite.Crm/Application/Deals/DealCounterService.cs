using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Domain.Deals;
using Suite.Framework.Users;

namespace Suite.Crm.Application.Deals;

/// <summary>
/// Reads the deal counters for the board, the funnel and the ranking, with the record rule: a user who does not
/// see every deal reads only their own owner rows. And recounts them from the deals.
/// </summary>
internal sealed class DealCounterService(CrmDbContext db, ICurrentUser user)
{
    /// <summary>
    /// The one owner whose rows answer (null: every owner), or <c>Nobody</c> when the asked owners contradict each
    /// other (another owner than oneself for a user who sees only their own deals, or two different ones).
    /// </summary>
    public (bool Nobody, Guid? Owner) Scope(params Guid?[] asked)
    {
        var owners = asked.OfType<Guid>().ToList();
        if (!user.SeesAll<Deal>())
            owners.Add(user.Id ?? Guid.Empty);
        var distinct = owners.Distinct().ToList();
        return distinct.Count switch
        {
            0 => (false, null),
            1 => (false, distinct[0]),
            _ => (true, null),
        };
    }

    /// <summary>The counter rows of a pipeline (all pipelines when null) for one owner or all.</summary>
    public IQueryable<DealCounter> Rows(Guid? pipelineId, (bool Nobody, Guid? Owner) scope)
    {
        var rows = db.DealCounters.AsNoTracking().Where(c => c.Count != 0);
        if (scope.Nobody)
            return rows.Where(c => false);
        if (pipelineId is { } pipeline)
            rows = rows.Where(c => c.PipelineId == pipeline);
        if (scope.Owner is { } owner)
            rows = rows.Where(c => c.OwnerId == owner);
        return rows;
    }

    /// <summary>
    /// Replaces the counters by a recount of the deals, and says how many rows were wrong. Writers wait on the
    /// counters table while it runs (PostgreSQL), so a deal saved meanwhile is counted once: by the recount or by its delta after it.
    /// </summary>
    public async Task<DealCounterRebuildDto> RebuildAsync(CancellationToken cancellationToken)
    {
        var postgreSql = db.Database.IsNpgsql();
        var table = postgreSql ? $"{CrmDbProperties.Database.Schema}.\"{DealCounterDeltas.Table}\"" : $"\"{DealCounterDeltas.Table}\"";
        var deals = postgreSql ? $"{CrmDbProperties.Database.Schema}.\"{CrmDbProperties.Database.TablePrefix}Deals\"" : $"\"{CrmDbProperties.Database.TablePrefix}Deals\"";

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (postgreSql)
            await db.Database.ExecuteSqlRawAsync($"LOCK TABLE {table} IN EXCLUSIVE MODE", cancellationToken);

        var recount = await db.Deals.AsNoTracking().IgnoreAutoIncludes()
            .GroupBy(d => new { d.PipelineId, d.StageId, d.OwnerId, d.Status, Reached = d.ReachedStageOrder ?? DealCounter.ReachedUnknown })
            .Select(g => new Row(g.Key.PipelineId, g.Key.StageId, g.Key.OwnerId, g.Key.Status, g.Key.Reached, g.LongCount(), g.Sum(d => d.Amount)))
            .ToListAsync(cancellationToken);
        var kept = await db.DealCounters.AsNoTracking().Where(c => c.Count != 0 || c.Amount != 0m)
            .Select(c => new Row(c.PipelineId, c.StageId, c.OwnerId, c.Status, c.ReachedStageOrder, c.Count, c.Amount))
            .ToListAsync(cancellationToken);
        var mismatched = recount.Except(kept).Count() + kept.Except(recount).Count();

        await db.Database.ExecuteSqlRawAsync($"DELETE FROM {table}", cancellationToken);
        await db.Database.ExecuteSqlRawAsync($"""
            INSERT INTO {table} ("PipelineId", "StageId", "OwnerId", "Status", "ReachedStageOrder", "Count", "Amount")
            SELECT "PipelineId", "StageId", "OwnerId", "Status", COALESCE("ReachedStageOrder", {DealCounter.ReachedUnknown}), count(*), sum("Amount")
            FROM {deals}
            GROUP BY "PipelineId", "StageId", "OwnerId", "Status", COALESCE("ReachedStageOrder", {DealCounter.ReachedUnknown})
            """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new DealCounterRebuildDto(recount.Count, recount.Sum(r => r.Count), mismatched);
    }

    private sealed record Row(Guid PipelineId, Guid StageId, Guid OwnerId, DealStatus Status, int Reached, long Count, decimal Amount);
}

/// <summary>What a rebuild found: the counter rows, the deals counted and how many rows differed from the recount (0 when all was right).</summary>
internal sealed record DealCounterRebuildDto(int Counters, long Deals, int Mismatched);
