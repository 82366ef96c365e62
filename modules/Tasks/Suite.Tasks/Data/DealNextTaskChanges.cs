using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Suite.Tasks.Domain.Tasks;
using Suite.Tasks.Events;

namespace Suite.Tasks.Data;

/// <summary>
/// Finds the deals whose tasks a save changes in a way that can move their next step (a task added, deleted, done,
/// reopened, cancelled, postponed, reassigned, renamed or moved to another card), works out each deal's next open task
/// with the pending changes, and publishes <c>Tasks.Deal.NextTaskChanged</c> with the deal's next version in the same
/// save. Being part of SaveChanges, no write path (the API, the rules, recurrence) can forget it.
/// </summary>
internal static class DealNextTaskChanges
{
    private const string Deal = "deal";

    private static readonly string[] Moving =
    [
        nameof(WorkTask.Status), nameof(WorkTask.DueAt), nameof(WorkTask.Title), nameof(WorkTask.AssigneeId),
        nameof(WorkTask.EntityType), nameof(WorkTask.EntityId),
    ];

    public static async Task PublishAsync(TasksDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var changed = db.ChangeTracker.Entries<WorkTask>()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted
                        || (e.State == EntityState.Modified && Moving.Any(p => e.Property(p).IsModified)))
            .ToList();
        var deals = changed.SelectMany(DealsOf).Distinct().ToList();
        if (deals.Count == 0)
            return;

        var changedIds = changed.Select(e => e.Entity.Id).ToList();
        foreach (var dealId in deals)
        {
            // The deal's saved open tasks that this save leaves alone, and those it adds or changes.
            var saved = await db.Tasks.AsNoTracking()
                .Where(t => t.EntityType == Deal && t.EntityId == dealId && !changedIds.Contains(t.Id)
                            && (t.Status == WorkTaskStatus.Open || t.Status == WorkTaskStatus.InProgress))
                .OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenBy(t => t.Id)
                .FirstOrDefaultAsync(cancellationToken);
            var pending = changed
                .Where(e => e.State != EntityState.Deleted && e.Entity.IsOpen && e.Entity.EntityType == Deal && e.Entity.EntityId == dealId)
                .Select(e => e.Entity);
            var next = pending.Append(saved).OfType<WorkTask>()
                .OrderBy(t => t.DueAt is null).ThenBy(t => t.DueAt).ThenBy(t => t.Id.ToString(), StringComparer.Ordinal)
                .FirstOrDefault();

            var row = await db.DealNextTasks.FindAsync([dealId], cancellationToken);
            if (row is null)
            {
                row = new DealNextTask(dealId);
                db.DealNextTasks.Add(row);
            }

            var version = row.Advance(next?.Id);
            db.Publish(new DealNextTaskChangedEto(dealId, next?.Id, next?.Title, next?.DueAt, next?.AssigneeId, version, now));
        }
    }

    /// <summary>The deal a task is on now and the one it was on before this save (when it moved or left).</summary>
    private static IEnumerable<Guid> DealsOf(EntityEntry<WorkTask> entry)
    {
        if (entry.State != EntityState.Deleted && entry.Entity.EntityType == Deal && entry.Entity.EntityId is { } current)
            yield return current;
        if (entry.State != EntityState.Added
            && entry.Property(t => t.EntityType).OriginalValue == Deal && entry.Property(t => t.EntityId).OriginalValue is { } before)
            yield return before;
    }
}
