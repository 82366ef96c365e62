using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Domain.Leads;
using Suite.Framework.Time;
using Suite.Framework.Users;

namespace Suite.Crm.Application.Reports;

/// <summary>
/// New leads: received, processed, converted, junked and ignored, by arrival period and by source. A lead's fate is its
/// status now and whether a person has acted on it (<see cref="LeadActions"/>), so last month's figures move as its leads
/// are worked on. Leads follow their record rule. The company-local day of each arrival is taken here (the database
/// does not know the company's time zone), one row per lead of the period.
/// </summary>
internal sealed class NewLeadsReport(CrmDbContext db, ICurrentUser user, BusinessClock clock)
{
    public async Task<NewLeadsReportDto> BuildAsync(ReportFilter filter, string? groupBy, CancellationToken cancellationToken)
    {
        var buckets = ReportBuckets.Parse(groupBy);
        var leads = await db.LeadsFor(user, clock, filter).WithFirstAction(db).ToListAsync(cancellationToken);
        var rows = leads.Select(l => (Start: buckets.StartOf(clock.DayOf(l.CreatedAt)), l.SourceId, Fate: FateOf(l))).ToList();

        var periods = new List<NewLeadsPeriodDto>();
        if (rows.Count > 0 || (filter.From is not null && filter.To is not null))
        {
            var first = filter.From ?? rows.Min(r => r.Start);
            var last = filter.To ?? rows.Max(r => r.Start);
            var byStart = rows.ToLookup(r => r.Start, r => r.Fate);
            periods.AddRange(buckets.Between(first, last, byStart.Select(g => g.Key))
                .Select(start => new NewLeadsPeriodDto(start, buckets.EndOf(start), Counts(byStart[start]))));
        }

        var sourceIds = rows.Where(r => r.SourceId != null).Select(r => r.SourceId!.Value).Distinct().ToList();
        var names = await db.Sources.AsNoTracking().Where(s => sourceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var sources = rows.GroupBy(r => r.SourceId)
            .Select(g => new NewLeadsSourceDto(g.Key, g.Key is { } id ? names.GetValueOrDefault(id) : null, Counts(g.Select(r => r.Fate))))
            .OrderByDescending(s => s.Counts.Received).ThenBy(s => s.SourceId is null).ThenBy(s => s.Name, StringComparer.CurrentCulture)
            .ToList();
        return new NewLeadsReportDto(buckets.Name, Counts(rows.Select(r => r.Fate)), periods, sources);
    }

    private enum Fate
    {
        Processed,
        Converted,
        Junked,
        Ignored,
    }

    private static Fate FateOf(LeadWithFirstAction lead) => lead.Status switch
    {
        LeadStatus.Converted => Fate.Converted,
        LeadStatus.Junk => Fate.Junked,
        LeadStatus.New when lead.FirstActionAt is null => Fate.Ignored,
        _ => Fate.Processed,
    };

    private static NewLeadsCountsDto Counts(IEnumerable<Fate> fates)
    {
        var list = fates.ToList();
        return new NewLeadsCountsDto(list.Count, list.Count(f => f == Fate.Processed), list.Count(f => f == Fate.Converted),
            list.Count(f => f == Fate.Junked), list.Count(f => f == Fate.Ignored));
    }
}
