using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Domain.Timeline;
using Suite.Framework.Users;

namespace Suite.Crm.Application.Timeline;

/// <summary>
/// A kind of card that has a timeline, with the record rule of its own list: the timeline of an entity the user
/// may not see is "not found", like the entity itself. One implementation per entity type, registered in CrmModule.
/// </summary>
internal interface ITimelineSubject
{
    string EntityType { get; }

    /// <summary>The permission that lets a user read such cards at all.</summary>
    string ReadPermission { get; }

    /// <summary>Whether the current user sees the entity, and the company its timeline items also belong to.</summary>
    Task<TimelineSubjectRef?> FindVisibleAsync(Guid id, CancellationToken cancellationToken);
}

/// <param name="CompanyId">The client company of the entity (the entity itself for a company), if any.</param>
internal sealed record TimelineSubjectRef(Guid? CompanyId);

internal sealed class CompanyTimelineSubject(CrmDbContext db, ICurrentUser user) : ITimelineSubject
{
    public string EntityType => TimelineEntityTypes.Company;
    public string ReadPermission => CrmPermissions.Companies.Default;

    public async Task<TimelineSubjectRef?> FindVisibleAsync(Guid id, CancellationToken cancellationToken)
    {
        var seesAll = user.HasPermission(CrmPermissions.Companies.ViewAll);
        var visible = await db.Companies.AnyAsync(c => c.Id == id && (seesAll || c.OwnerId == user.Id), cancellationToken);
        return visible ? new TimelineSubjectRef(id) : null;
    }
}

internal sealed class DealTimelineSubject(CrmDbContext db, ICurrentUser user) : ITimelineSubject
{
    public string EntityType => TimelineEntityTypes.Deal;
    public string ReadPermission => CrmPermissions.Deals.Default;

    public async Task<TimelineSubjectRef?> FindVisibleAsync(Guid id, CancellationToken cancellationToken)
    {
        var seesAll = user.HasPermission(CrmPermissions.Deals.ViewAll);
        var deal = await db.Deals.AsNoTracking().IgnoreAutoIncludes()
            .Where(d => d.Id == id && (seesAll || d.OwnerId == user.Id))
            .Select(d => new { d.CompanyId }).SingleOrDefaultAsync(cancellationToken);
        return deal is null ? null : new TimelineSubjectRef(deal.CompanyId);
    }
}

internal sealed class ContactTimelineSubject(CrmDbContext db, ICurrentUser user) : ITimelineSubject
{
    public string EntityType => TimelineEntityTypes.Contact;
    public string ReadPermission => CrmPermissions.Contacts.Default;

    public async Task<TimelineSubjectRef?> FindVisibleAsync(Guid id, CancellationToken cancellationToken)
    {
        var seesAll = user.HasPermission(CrmPermissions.Contacts.ViewAll);
        var contact = await db.Contacts.AsNoTracking()
            .Where(c => c.Id == id && (seesAll || c.OwnerId == user.Id))
            .Select(c => new { c.CompanyId }).SingleOrDefaultAsync(cancellationToken);
        return contact is null ? null : new TimelineSubjectRef(contact.CompanyId);
    }
}

internal sealed class LeadTimelineSubject(CrmDbContext db, ICurrentUser user) : ITimelineSubject
{
    public string EntityType => TimelineEntityTypes.Lead;
    public string ReadPermission => CrmPermissions.Leads.Default;

    public async Task<TimelineSubjectRef?> FindVisibleAsync(Guid id, CancellationToken cancellationToken)
    {
        var seesAll = user.HasPermission(CrmPermissions.Leads.ViewAll);
        var lead = await db.Leads.AsNoTracking()
            .Where(l => l.Id == id && (seesAll || l.OwnerId == user.Id))
            .Select(l => new { l.CompanyId }).SingleOrDefaultAsync(cancellationToken);
        return lead is null ? null : new TimelineSubjectRef(lead.CompanyId);
    }
}
