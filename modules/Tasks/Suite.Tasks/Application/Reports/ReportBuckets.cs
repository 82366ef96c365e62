using Suite.Framework.Time;
using Suite.Tasks.Domain.Tasks;

namespace Suite.Tasks.Application.Reports;

/// <summary>
/// Which tasks fall into each count of the by-employee report. The counts and the drill-down both filter with
/// <see cref="In"/>, so the list behind a number is exactly the tasks counted in it.
/// <list type="bullet">
/// <item>doneOnTime / doneLate: done, completed within the period; on time when completed at or before the task's
/// original due time (the first one it was given, else its due time; a task without one is on time). A task postponed
/// and then done after its first due time is late.</item>
/// <item>open: open (or in progress) now and created before the period's end.</item>
/// <item>overdue: those open ones whose due time has passed now (a subset of open).</item>
/// </list>
/// </summary>
internal static class ReportBuckets
{
    public static IQueryable<WorkTask> In(this IQueryable<WorkTask> tasks, ReportBucket bucket, InstantRange period, DateTimeOffset now) =>
        bucket switch
        {
            ReportBucket.DoneOnTime => tasks.CompletedWithin(period)
                .Where(t => (t.OriginalDueAt ?? t.DueAt) == null || t.CompletedAt <= (t.OriginalDueAt ?? t.DueAt)),
            ReportBucket.DoneLate => tasks.CompletedWithin(period)
                .Where(t => (t.OriginalDueAt ?? t.DueAt) != null && t.CompletedAt > (t.OriginalDueAt ?? t.DueAt)),
            ReportBucket.Open => tasks.OpenBy(period),
            _ => tasks.OpenBy(period).Where(t => t.DueAt <= now),
        };

    /// <summary>Done within the period (a task's CompletedAt is set exactly while it is done, and indexed).</summary>
    public static IQueryable<WorkTask> CompletedWithin(this IQueryable<WorkTask> tasks, InstantRange period)
    {
        tasks = tasks.Where(t => t.Status == WorkTaskStatus.Done && t.CompletedAt != null);
        if (period.From is { } from)
            tasks = tasks.Where(t => t.CompletedAt >= from);
        if (period.Before is { } before)
            tasks = tasks.Where(t => t.CompletedAt < before);
        return tasks;
    }

    /// <summary>Open now and already created at the period's end.</summary>
    private static IQueryable<WorkTask> OpenBy(this IQueryable<WorkTask> tasks, InstantRange period)
    {
        tasks = tasks.Where(t => t.Status == WorkTaskStatus.Open || t.Status == WorkTaskStatus.InProgress);
        if (period.Before is { } before)
            tasks = tasks.Where(t => t.CreatedAt < before);
        return tasks;
    }
}
