using Microsoft.EntityFrameworkCore;
using Suite.Framework.Domain;
using Suite.Framework.Paging;
using Suite.Framework.People;
using Suite.Framework.Time;
using Suite.Framework.Users;
using Suite.Tasks.Data;
using Suite.Tasks.Domain.Tasks;

namespace Suite.Tasks.Application.Reports;

/// <summary>
/// Task discipline per employee, counted by the database (one GROUP BY assignee per count) over the people the user
/// sees (<see cref="Team"/>), and the tasks behind each count.
/// </summary>
internal sealed class EmployeeReportService(TasksDbContext db, ICurrentUser user, BusinessClock clock)
{
    private static readonly ReportBucket[] Buckets = Enum.GetValues<ReportBucket>();

    private static readonly SortMap<WorkTask> Sorting = new SortMap<WorkTask>("dueAt, id")
        .Add("id", t => t.Id)
        .Add("title", t => t.Title)
        .Add("dueAt", t => t.DueAt)
        .Add("originalDueAt", t => t.OriginalDueAt)
        .Add("completedAt", t => t.CompletedAt)
        .Add("createdAt", t => t.CreatedAt);

    public async Task<EmployeeReportDto> ByEmployeeAsync(EmployeeReportRequest request, CancellationToken cancellationToken)
    {
        var period = request.Period(clock);
        var now = clock.UtcNow;
        var team = await Team.SeenByAsync(db, user, cancellationToken);
        var tasks = db.Tasks.AsNoTracking();
        if (team is not null)
        {
            var members = team.ToList();
            tasks = tasks.Where(t => members.Contains(t.AssigneeId));
        }

        var counts = new Dictionary<ReportBucket, Dictionary<Guid, int>>();
        foreach (var bucket in Buckets)
            counts[bucket] = await tasks.In(bucket, period, now)
                .GroupBy(t => t.AssigneeId)
                .Select(g => new { AssigneeId = g.Key, Count = g.Count() })
                .ToDictionaryAsync(r => r.AssigneeId, r => r.Count, cancellationToken);
        var hours = await CompletionHours.ByAssigneeAsync(db, period, cancellationToken);

        // Everyone in view who is active gets a row, with zeros too (a quiet employee is something a supervisor wants
        // to see); someone disabled only while they still have tasks to count.
        var active = (await db.People.AsNoTracking().Where(p => p.IsActive).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
        var ids = (team ?? active).Concat(counts.Values.SelectMany(c => c.Keys)).Distinct().ToList();
        var names = await db.People.NamesAsync(ids, cancellationToken);

        int Count(ReportBucket bucket, Guid id) => counts[bucket].GetValueOrDefault(id);
        var items = ids
            .Select(id => new EmployeeReportItemDto(id, names.GetValueOrDefault(id),
                Count(ReportBucket.DoneOnTime, id), Count(ReportBucket.DoneLate, id), Count(ReportBucket.Open, id), Count(ReportBucket.Overdue, id),
                hours.TryGetValue(id, out var h) ? Math.Round(h, 1, MidpointRounding.AwayFromZero) : null))
            .Where(i => active.Contains(i.UserId) || i.DoneOnTime + i.DoneLate + i.Open > 0)
            .OrderBy(i => i.UserName ?? "", StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        return new EmployeeReportDto(items);
    }

    /// <summary>The tasks counted in one bucket for one employee; someone outside the user's view is not found (404).</summary>
    public async Task<PagedResult<ReportTaskDto>> TasksAsync(Guid userId, EmployeeTasksRequest request, CancellationToken cancellationToken)
    {
        var bucket = request.ParsedBucket();
        request.Validate();
        var team = await Team.SeenByAsync(db, user, cancellationToken);
        if (team is not null && !team.Contains(userId))
            throw new EntityNotFoundException("Employee", userId);
        return await db.Tasks.AsNoTracking()
            .Where(t => t.AssigneeId == userId)
            .In(bucket, request.Period(clock), clock.UtcNow)
            .ToPageAsync(request, Sorting, ReportTaskDto.From, cancellationToken);
    }
}
