using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Framework.People;
using Suite.Framework.Time;
using Suite.Framework.Users;

namespace Suite.Crm.Application.Reports;

/// <summary>
/// Lead response speed: from a lead's arrival (its creation) to the first action on it by a person, in wall-clock
/// minutes. The period bounds the arrival; actions count whenever they happened, so a lead of the period answered the
/// next morning is answered, late. Leads follow their record rule: a sales user counts only the leads they own.
/// The minutes are taken here from each lead's two timestamps (SQLite cannot subtract its stored times, and a median
/// needs every value), one row per lead of the period.
/// </summary>
internal sealed class LeadResponseReport(CrmDbContext db, ICurrentUser user, BusinessClock clock)
{
    /// <summary>How many untouched leads the report lists by name; their number is in the rows.</summary>
    public const int UntouchedShown = 200;

    public const double AnswerWithinMinutes = 15;

    public async Task<LeadResponseReportDto> BuildAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        var leads = await db.LeadsFor(user, clock, filter).WithFirstAction(db).ToListAsync(cancellationToken);
        var owners = await db.People.NamesAsync(leads.Select(l => (Guid?)l.OwnerId).Distinct(), cancellationToken);
        var sourceIds = leads.Where(l => l.SourceId != null).Select(l => l.SourceId!.Value).Distinct().ToList();
        var sources = await db.Sources.AsNoTracking().Where(s => sourceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);

        var byOwner = leads.GroupBy(l => l.OwnerId)
            .Select(g => Row(g.Key, owners.GetValueOrDefault(g.Key), g.ToList()))
            .OrderByDescending(r => r.Leads).ThenBy(r => r.Name, StringComparer.CurrentCulture).ToList();
        var bySource = leads.GroupBy(l => l.SourceId)
            .Select(g => Row(g.Key, g.Key is { } id ? sources.GetValueOrDefault(id) : null, g.ToList()))
            .OrderByDescending(r => r.Leads).ThenBy(r => r.Id is null).ThenBy(r => r.Name, StringComparer.CurrentCulture).ToList();

        var now = clock.UtcNow;
        var untouched = leads.Where(l => l.FirstActionAt is null).OrderBy(l => l.CreatedAt).ThenBy(l => l.Id).Take(UntouchedShown)
            .Select(l => new UntouchedLeadDto(l.Id, l.Title, l.Name, l.Status, l.OwnerId, owners.GetValueOrDefault(l.OwnerId),
                l.SourceId, l.SourceId is { } id ? sources.GetValueOrDefault(id) : null, l.CreatedAt,
                Round(Math.Max(0, (now - l.CreatedAt).TotalMinutes))))
            .ToList();
        return new LeadResponseReportDto(Row(null, null, leads), byOwner, bySource, untouched);
    }

    private static LeadResponseRowDto Row(Guid? id, string? name, IReadOnlyList<LeadWithFirstAction> leads)
    {
        var minutes = leads.Select(l => l.ResponseMinutes).OfType<double>().Order().ToList();
        var within = minutes.Count(m => m <= AnswerWithinMinutes);
        return new LeadResponseRowDto(id, name, leads.Count, minutes.Count, leads.Count - minutes.Count,
            minutes.Count == 0 ? null : Round(Median(minutes)),
            minutes.Count == 0 ? null : Round(minutes.Average()),
            within, leads.Count == 0 ? null : (double)within / leads.Count);
    }

    /// <summary>The middle value of sorted values; for an even count, the mean of the two middle ones.</summary>
    private static double Median(IReadOnlyList<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;

    private static double Round(double minutes) => Math.Round(minutes, 1, MidpointRounding.AwayFromZero);
}
