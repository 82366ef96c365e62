using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Domain.Leads;
using Suite.Framework.Time;
using Suite.Framework.Users;

namespace Suite.Crm.Application.Reports;

/// <summary>The leads a report counts: those the user may see (the leads' record rule), narrowed by the filter.</summary>
internal static class ReportLeads
{
    /// <summary><c>from</c>/<c>to</c> bound the lead's arrival (company days, inclusive); owner and source narrow it; leads have no pipeline.</summary>
    public static IQueryable<Lead> LeadsFor(this CrmDbContext db, ICurrentUser user, BusinessClock clock, ReportFilter filter)
    {
        var query = db.Leads.VisibleTo(user).AsNoTracking();
        var period = filter.Period(clock);
        if (period.From is { } start)
            query = query.Where(l => l.CreatedAt >= start);
        if (period.Before is { } end)
            query = query.Where(l => l.CreatedAt < end);

        if (filter.OwnerId is { } ownerId)
            query = query.Where(l => l.OwnerId == ownerId);
        if (filter.SourceId is { } sourceId)
            query = query.Where(l => l.SourceId == sourceId);
        return query;
    }
}
