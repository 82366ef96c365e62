using Microsoft.EntityFrameworkCore;
using Suite.Framework.Data;
using Suite.Tasks.Data;
using Suite.Tasks.Domain.Tasks;
using Suite.Tasks.Events;

namespace Suite.Tasks.Application.Overdue;

/// <summary>
/// One batch of the overdue scan: open tasks whose due time has passed and whose <c>Tasks.Task.Overdue</c> has not gone
/// out are marked and announced in one transaction. On PostgreSQL the batch is claimed with <c>FOR UPDATE SKIP
/// LOCKED</c>, so hosts scanning at the same moment take different rows and each task fires once; SQLite has one
/// writer and one host, and its transaction takes the write lock before reading.
/// </summary>
internal sealed class OverdueScan(TasksDbContext db, TimeProvider clock)
{
    public const int BatchSize = 500;

    /// <returns>How many tasks became overdue; <see cref="BatchSize"/> means more may be waiting.</returns>
    public async Task<int> PublishBatchAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await Claim(now).ToListAsync(cancellationToken);
        if (due.Count == 0)
            return 0;

        var ids = due.Select(t => t.Id).ToList();
        // Marked with a plain UPDATE rather than through the entity: the save would renew the concurrency stamp, and
        // someone editing the task at that moment would be refused for a change they cannot see.
        await db.Tasks.Where(t => ids.Contains(t.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.OverduePublished, true), cancellationToken);

        var assignees = due.Select(t => t.AssigneeId).Distinct().ToList();
        var supervisors = await db.People.AsNoTracking().Where(p => assignees.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.SupervisorId, cancellationToken);
        foreach (var task in due)
            db.Publish(new TaskOverdueEto(task.Id, task.Title, task.EntityType, task.EntityId, task.AssigneeId,
                supervisors.GetValueOrDefault(task.AssigneeId), task.DueAt!.Value, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    private IQueryable<WorkTask> Claim(DateTimeOffset now)
    {
        if (!db.Database.IsNpgsql())
            return db.Tasks.AsNoTracking()
                .Where(t => (t.Status == WorkTaskStatus.Open || t.Status == WorkTaskStatus.InProgress) && !t.OverduePublished && t.DueAt <= now)
                .OrderBy(t => t.DueAt).Take(BatchSize);

        var table = db.QuotedTableName<WorkTask>();
        // The table name comes from the model and the statuses are the enum's stored names; the time goes as a parameter.
#pragma warning disable EF1002
        return db.Tasks.FromSqlRaw(
            $$"""
              SELECT * FROM {{table}}
              WHERE "Status" IN ('{{WorkTaskStatus.Open}}', '{{WorkTaskStatus.InProgress}}') AND NOT "OverduePublished" AND "DueAt" <= {0}
              ORDER BY "DueAt" LIMIT {{BatchSize}} FOR UPDATE SKIP LOCKED
              """, now).AsNoTracking();
#pragma warning restore EF1002
    }
}
