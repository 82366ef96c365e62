using Microsoft.EntityFrameworkCore;
using Suite.Framework.Data;
using Suite.Framework.Time;
using Suite.Tasks.Application.Tasks;
using Suite.Tasks.Data;
using Suite.Tasks.Domain.Recurrence;
using Suite.Tasks.Domain.Tasks;

namespace Suite.Tasks.Application.Recurrence;

/// <summary>
/// Makes the next occurrence of a recurring task: the same title, description, assignee, card, project, co-workers,
/// observers and checklist (unticked), due at the rule's next time, in the series of the first task. Two ways lead
/// here — the task is completed, or its due time passes (so a daily task appears every day, done or not) — and either
/// may run on several hosts: the occurrence's source key "series:{series}:{due}" is unique, and a later occurrence
/// already in the series means the work is done. A cancelled task makes none: cancelling ends its series.
/// </summary>
internal sealed class RecurringTasks(TasksDbContext db, BusinessClock clock)
{
    /// <summary>
    /// After <paramref name="task"/> was completed and saved: its next occurrence, due at the rule's first time after
    /// the completed one's due time; null when it is not recurring or the next one already exists.
    /// </summary>
    public Task<WorkTask?> ScheduleNextAsync(WorkTask task, CancellationToken cancellationToken) =>
        task.DueAt is { } due ? ScheduleAsync(task, Scheduled(task, due), cancellationToken) : Task.FromResult<WorkTask?>(null);

    /// <summary>
    /// When <paramref name="task"/>'s due time has passed: its next occurrence, at the rule's first time after now
    /// (a host that was down for days does not make up the missed ones).
    /// </summary>
    public Task<WorkTask?> ScheduleAtItsTimeAsync(WorkTask task, CancellationToken cancellationToken) =>
        ScheduleAsync(task, clock.UtcNow, cancellationToken);

    /// <summary>The latest occurrences of their series whose due time has passed and whose next one is not made yet.</summary>
    public Task<List<WorkTask>> DueAsync(int batchSize, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        return db.Tasks.AsNoTracking()
            .Where(t => t.Recurrence != null && !t.SeriesContinued && t.DueAt <= now && t.Status != WorkTaskStatus.Cancelled)
            .OrderBy(t => t.DueAt).Take(batchSize)
            .ToListAsync(cancellationToken);
    }

    private async Task<WorkTask?> ScheduleAsync(WorkTask current, DateTimeOffset after, CancellationToken cancellationToken)
    {
        if (current.Recurrence is null || current.DueAt is not { } due || current.Status == WorkTaskStatus.Cancelled)
            return null;
        var seriesId = current.SeriesId ?? current.Id;
        if (await db.Tasks.AnyAsync(t => t.SeriesId == seriesId && t.DueAt > due, cancellationToken) ||
            !RecurrenceRule.TryParse(current.Recurrence, out var rule, out _) || Next(rule, Scheduled(current, due), after) is not { } next)
        {
            await MarkContinuedAsync(current.Id, cancellationToken);
            return null;
        }

        var occurrence = new WorkTask(current.Title, current.Description, current.AssigneeId, next.Due, current.Priority, current.Card,
            current.ProjectId, current.Checklist.Select(i => i with { Done = false }).ToList(), next.Rule.ToString());
        occurrence.PartOfSeries(seriesId, $"series:{seriesId}:{next.Due.ToUniversalTime():O}");
        var participants = await db.Participants.AsNoTracking().Where(p => p.TaskId == current.Id).ToListAsync(cancellationToken);
        db.AddTask(occurrence, current.CreatedBy, clock.UtcNow,
            participants.Select(p => new TaskParticipant(occurrence.Id, p.UserId, p.Role)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await MarkContinuedAsync(current.Id, cancellationToken);
            return occurrence;
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            // Made a moment ago by the other way or another host.
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList())
                entry.State = EntityState.Detached;
            await MarkContinuedAsync(current.Id, cancellationToken);
            return null;
        }
    }

    /// <summary>
    /// This occurrence needs nothing more (its next one exists or the series ended), so the watch stops reading it.
    /// A plain UPDATE: saving the entity would renew its concurrency stamp under a user editing it.
    /// </summary>
    private Task<int> MarkContinuedAsync(Guid taskId, CancellationToken cancellationToken) =>
        db.Tasks.Where(t => t.Id == taskId).ExecuteUpdateAsync(u => u.SetProperty(t => t.SeriesContinued, true), cancellationToken);

    /// <summary>
    /// The rule's first time after both the scheduled due time and <paramref name="after"/>, in the company's zone, with
    /// the rule the occurrence carries (a COUNT counts what is left, so each skipped time uses one up).
    /// </summary>
    private (DateTimeOffset Due, RecurrenceRule Rule)? Next(RecurrenceRule rule, DateTimeOffset scheduled, DateTimeOffset after)
    {
        var next = rule.Next(scheduled, clock.TimeZone);
        var carried = rule.ForNextOccurrence();
        // Catching up past occurrences: bounded, a rule always moves forward.
        for (var i = 0; i < 10_000 && next is { } candidate && candidate <= after; i++)
        {
            next = carried.Next(candidate, clock.TimeZone);
            carried = carried.ForNextOccurrence();
        }

        return next is { } due ? (due, carried) : null;
    }

    /// <summary>The time the series put this occurrence at: a postponed task's next one keeps the series' rhythm.</summary>
    private static DateTimeOffset Scheduled(WorkTask task, DateTimeOffset due) => task.OriginalDueAt ?? due;
}
