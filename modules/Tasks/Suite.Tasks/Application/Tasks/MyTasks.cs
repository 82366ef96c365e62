using Microsoft.EntityFrameworkCore;
using Suite.Framework.Time;
using Suite.Framework.Users;
using Suite.Tasks.Data;
using Suite.Tasks.Domain.Tasks;

namespace Suite.Tasks.Application.Tasks;

/// <summary>
/// "My tasks": the user's open tasks by company-local day: overdue, the rest of today, tomorrow, the rest of the week
/// (to Sunday's end), later, and those without a due time. Every query is a range of the (assignee, status, due) index:
/// one for all the counts, one per group for its first items.
/// </summary>
internal sealed class MyTasks(TasksDbContext db, ICurrentUser user, BusinessClock clock, TaskViews views)
{
    public const int ItemsPerGroup = 100;

    public async Task<MyTasksDto> GroupsAsync(CancellationToken cancellationToken)
    {
        var b = Bounds();
        var counts = await CountsAsync(b, cancellationToken);
        var groups = new List<MyTaskGroupDto>();
        foreach (var (key, count, range) in new (string, int, Func<IQueryable<WorkTask>, IQueryable<WorkTask>>)[]
                 {
                     ("overdue", counts.Overdue, q => q.Where(t => t.DueAt < b.Now)),
                     ("today", counts.Today, q => q.Where(t => t.DueAt >= b.Now && t.DueAt < b.Tomorrow)),
                     ("tomorrow", counts.Tomorrow, q => q.Where(t => t.DueAt >= b.Tomorrow && t.DueAt < b.AfterTomorrow)),
                     ("thisWeek", counts.ThisWeek, q => q.Where(t => t.DueAt >= b.AfterTomorrow && t.DueAt < b.NextWeek)),
                     ("later", counts.Later, q => q.Where(t => t.DueAt >= b.NextWeek)),
                     ("noDate", counts.NoDate, q => q.Where(t => t.DueAt == null)),
                 })
        {
            var items = count == 0
                ? []
                : await range(Mine()).OrderBy(t => t.DueAt).ThenBy(t => t.Id).Take(ItemsPerGroup).ToListAsync(cancellationToken);
            groups.Add(new MyTaskGroupDto(key, count, await views.ViewAsync(items, cancellationToken)));
        }

        return new MyTasksDto(groups);
    }

    public async Task<MyTaskCountsDto> CountsAsync(CancellationToken cancellationToken)
    {
        var counts = await CountsAsync(Bounds(), cancellationToken);
        return new MyTaskCountsDto(counts.Overdue, counts.Today, counts.Open);
    }

    private IQueryable<WorkTask> Mine()
    {
        var me = user.Id ?? Guid.Empty;
        return db.Tasks.AsNoTracking()
            .Where(t => t.AssigneeId == me && (t.Status == WorkTaskStatus.Open || t.Status == WorkTaskStatus.InProgress));
    }

    private async Task<Counts> CountsAsync(DayBounds b, CancellationToken cancellationToken) =>
        await Mine().GroupBy(t => 1).Select(g => new Counts(
                g.Count(t => t.DueAt < b.Now),
                g.Count(t => t.DueAt >= b.Now && t.DueAt < b.Tomorrow),
                g.Count(t => t.DueAt >= b.Tomorrow && t.DueAt < b.AfterTomorrow),
                g.Count(t => t.DueAt >= b.AfterTomorrow && t.DueAt < b.NextWeek),
                g.Count(t => t.DueAt >= b.NextWeek),
                g.Count(t => t.DueAt == null),
                g.Count()))
            .SingleOrDefaultAsync(cancellationToken)
        ?? new Counts(0, 0, 0, 0, 0, 0, 0);

    /// <summary>The instants the groups start at, from the company's calendar (a week ends on Sunday night).</summary>
    private DayBounds Bounds()
    {
        var today = clock.Today;
        var daysToMonday = ((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7;
        var nextMonday = today.AddDays(daysToMonday == 0 ? 7 : daysToMonday);
        var tomorrow = Start(today.AddDays(1));
        var afterTomorrow = Start(today.AddDays(2));
        var nextWeek = Start(nextMonday);
        return new DayBounds(clock.UtcNow, tomorrow, afterTomorrow, nextWeek < afterTomorrow ? afterTomorrow : nextWeek);
    }

    private DateTimeOffset Start(DateOnly day) => clock.StartOf(day) ?? DateTimeOffset.MaxValue;

    private sealed record DayBounds(DateTimeOffset Now, DateTimeOffset Tomorrow, DateTimeOffset AfterTomorrow, DateTimeOffset NextWeek);

    private sealed record Counts(int Overdue, int Today, int Tomorrow, int ThisWeek, int Later, int NoDate, int Open);
}

internal sealed record MyTasksDto(IReadOnlyList<MyTaskGroupDto> Groups);

/// <summary>One group of "My tasks": its key, how many tasks it has and the first <see cref="MyTasks.ItemsPerGroup"/>.</summary>
internal sealed record MyTaskGroupDto(string Key, int Count, IReadOnlyList<TaskDto> Items);

/// <summary>The navigation's badges: overdue, due in the rest of today, and all open tasks of the user.</summary>
internal sealed record MyTaskCountsDto(int Overdue, int Today, int Open);
