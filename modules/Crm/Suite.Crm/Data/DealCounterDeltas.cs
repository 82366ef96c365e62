using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Suite.Crm.Domain.Deals;

namespace Suite.Crm.Data;

/// <summary>
/// What a save changes in the deal counters: each added deal adds one to its counter row, each deleted one takes
/// one away, and a changed pipeline, stage, owner, status, furthest stage or amount moves the deal from its old row
/// to its new one. Applied with atomic upserts (count = count + delta) in the save's own transaction, rows in key
/// order so that two saves touching the same rows lock them in the same order and cannot deadlock on them.
/// </summary>
internal sealed class DealCounterDeltas
{
    private readonly SortedDictionary<Key, (long Count, decimal Amount)> _deltas = [];

    public bool IsEmpty => _deltas.Count == 0;

    /// <summary>The deltas of the tracked deal changes (call after DetectChanges).</summary>
    public static DealCounterDeltas Of(ChangeTracker tracker)
    {
        var deltas = new DealCounterDeltas();
        foreach (var entry in tracker.Entries<Deal>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    deltas.Add(Current(entry), 1, entry.Entity.Amount);
                    break;
                case EntityState.Deleted:
                    deltas.Add(Original(entry), -1, -entry.Property(d => d.Amount).OriginalValue);
                    break;
                case EntityState.Modified:
                    deltas.Add(Original(entry), -1, -entry.Property(d => d.Amount).OriginalValue);
                    deltas.Add(Current(entry), 1, entry.Entity.Amount);
                    break;
            }
        }

        return deltas;
    }

    /// <summary>Adds a change made without the change tracker (a bulk statement).</summary>
    public void Add(Guid pipelineId, Guid stageId, Guid ownerId, DealStatus status, int? reachedStageOrder, long count, decimal amount) =>
        Add(new Key(pipelineId, stageId, ownerId, status, reachedStageOrder ?? DealCounter.ReachedUnknown), count, amount);

    private void Add(Key key, long count, decimal amount)
    {
        var (c, a) = _deltas.GetValueOrDefault(key);
        c += count;
        a += amount;
        if (c == 0 && a == 0m)
            _deltas.Remove(key);
        else
            _deltas[key] = (c, a);
    }

    /// <summary>Upserts the deltas in one statement; the caller's transaction must be the deal changes' own.</summary>
    public async Task ApplyAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        if (IsEmpty)
            return;
        var postgreSql = db.Database.IsNpgsql();
        var table = postgreSql ? $"{CrmDbProperties.Database.Schema}.\"{Table}\"" : $"\"{Table}\"";
        var sql = new StringBuilder($"""
            INSERT INTO {table} AS c ("PipelineId", "StageId", "OwnerId", "Status", "ReachedStageOrder", "Count", "Amount") VALUES
            """);
        var parameters = new List<object>();
        foreach (var (key, (count, amount)) in _deltas)
        {
            if (parameters.Count > 0)
                sql.Append(',');
            var at = parameters.Count;
            sql.Append(CultureInfo.InvariantCulture, $"({{{at}}}, {{{at + 1}}}, {{{at + 2}}}, {{{at + 3}}}, {{{at + 4}}}, {{{at + 5}}}, {{{at + 6}}})");
            parameters.Add(Id(key.PipelineId, postgreSql));
            parameters.Add(Id(key.StageId, postgreSql));
            parameters.Add(Id(key.OwnerId, postgreSql));
            parameters.Add(key.Status.ToString());
            parameters.Add(key.ReachedStageOrder);
            parameters.Add(count);
            // SQLite keeps whole kopecks (see the model).
            parameters.Add(postgreSql ? amount : (long)Math.Round(amount * 100m, MidpointRounding.AwayFromZero));
        }

        sql.Append("""

            ON CONFLICT ("PipelineId", "StageId", "OwnerId", "Status", "ReachedStageOrder")
            DO UPDATE SET "Count" = c."Count" + excluded."Count", "Amount" = c."Amount" + excluded."Amount"
            """);
        await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
    }

    internal static string Table => CrmDbProperties.Database.TablePrefix + "DealCounters";

    /// <summary>SQLite keeps ids as upper-case text (EF Core's mapping); a raw parameter would be bound as a blob.</summary>
    private static object Id(Guid id, bool postgreSql) => postgreSql ? id : id.ToString().ToUpperInvariant();

    private static Key Current(EntityEntry<Deal> entry)
    {
        var d = entry.Entity;
        return new Key(d.PipelineId, d.StageId, d.OwnerId, d.Status, d.ReachedStageOrder ?? DealCounter.ReachedUnknown);
    }

    private static Key Original(EntityEntry<Deal> entry) => new(
        entry.Property(d => d.PipelineId).OriginalValue,
        entry.Property(d => d.StageId).OriginalValue,
        entry.Property(d => d.OwnerId).OriginalValue,
        entry.Property(d => d.Status).OriginalValue,
        entry.Property(d => d.ReachedStageOrder).OriginalValue ?? DealCounter.ReachedUnknown);

    private readonly record struct Key(Guid PipelineId, Guid StageId, Guid OwnerId, DealStatus Status, int ReachedStageOrder)
        : IComparable<Key>
    {
        public int CompareTo(Key other)
        {
            var c = PipelineId.CompareTo(other.PipelineId);
            if (c == 0) c = StageId.CompareTo(other.StageId);
            if (c == 0) c = OwnerId.CompareTo(other.OwnerId);
            if (c == 0) c = Status.CompareTo(other.Status);
            return c != 0 ? c : ReachedStageOrder.CompareTo(other.ReachedStageOrder);
        }
    }
}
