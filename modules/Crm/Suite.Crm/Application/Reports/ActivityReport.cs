using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Domain.Timeline;
using Suite.Crm.Timeline;
using Suite.Framework.People;
using Suite.Framework.Time;
using Suite.Framework.Users;

namespace Suite.Crm.Application.Reports;

/// <summary>
/// Calls, e-mails and meetings per manager per day, counted from the timeline items people logged (calls, meetings and
/// e-mails on any card, and documents sent by e-mail). The manager is whoever logged it; a user without
/// <see cref="CrmPermissions.Deals.ViewAll"/> (the reports' record rule) sees only their own. The source filter does
/// not apply: activities belong to cards, not to a source. The company-local day of each is taken here.
/// </summary>
internal sealed class ActivityReport(CrmDbContext db, ICurrentUser user, BusinessClock clock)
{
    private static readonly string[] Kinds = [TimelineKinds.Call, TimelineKinds.Email, DocumentSentTimelineHandler.Kind, TimelineKinds.Meeting];

    public async Task<ActivityReportDto> BuildAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        var query = db.TimelineItems.AsNoTracking().Where(t => t.UserId != null && Kinds.Contains(t.Kind));
        var period = filter.Period(clock);
        if (period.From is { } start)
            query = query.Where(t => t.OccurredAt >= start);
        if (period.Before is { } end)
            query = query.Where(t => t.OccurredAt < end);
        if (!user.HasPermission(CrmPermissions.Deals.ViewAll))
        {
            var self = user.Id ?? Guid.Empty;
            query = query.Where(t => t.UserId == self);
        }

        if (filter.OwnerId is { } ownerId)
            query = query.Where(t => t.UserId == ownerId);

        var items = (await query.Select(t => new { UserId = t.UserId!.Value, t.Kind, t.OccurredAt }).ToListAsync(cancellationToken))
            .Select(t => (t.UserId, t.Kind, Day: clock.DayOf(t.OccurredAt)))
            .ToList();
        var names = await db.People.NamesAsync(items.Select(i => i.UserId).Distinct(), cancellationToken);

        var managers = items.GroupBy(i => i.UserId)
            .Select(g => new ActivityManagerDto(g.Key, names.GetValueOrDefault(g.Key), Counts(g.Select(i => i.Kind)),
                g.GroupBy(i => i.Day).OrderBy(d => d.Key).Select(d => Day(d.Key, d.Select(i => i.Kind))).ToList()))
            .OrderByDescending(m => m.Total.Calls + m.Total.Emails + m.Total.Meetings).ThenBy(m => m.Name, StringComparer.CurrentCulture)
            .ToList();

        var days = new List<ActivityDayDto>();
        if (items.Count > 0 || (filter.From is not null && filter.To is not null))
        {
            var byDay = items.ToLookup(i => i.Day, i => i.Kind);
            var first = filter.From ?? items.Min(i => i.Day);
            var last = filter.To ?? items.Max(i => i.Day);
            days.AddRange(ReportBuckets.Day.Between(first, last, byDay.Select(g => g.Key)).Select(d => Day(d, byDay[d])));
        }

        return new ActivityReportDto(Counts(items.Select(i => i.Kind)), days, managers);
    }

    private static ActivityDayDto Day(DateOnly day, IEnumerable<string> kinds)
    {
        var counts = Counts(kinds);
        return new ActivityDayDto(day, counts.Calls, counts.Emails, counts.Meetings);
    }

    private static ActivityCountsDto Counts(IEnumerable<string> kinds)
    {
        var list = kinds.ToList();
        return new ActivityCountsDto(list.Count(k => k == TimelineKinds.Call),
            list.Count(k => k is TimelineKinds.Email or DocumentSentTimelineHandler.Kind), list.Count(k => k == TimelineKinds.Meeting));
    }
}
