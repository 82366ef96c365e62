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
/// <param name="Title">What people call the card: a company's or contact's name, a deal's or lead's title.</param>
internal sealed record TimelineSubjectRef(Guid? CompanyId, string Title);

internal sealed class CompanyTimelineSubject(CrmDbContext db, ICurrentUser user) : ITimelineSubject
{
    public string EntityType => TimelineEntityTypes.Company;
    public string ReadPermission => CrmPermissions.Companies.Default;

    public async Task<TimelineSubjectRef?> FindVisibleAsync(Guid id, CancellationToken cancellationToken)
    {
        var name = await db.Companies.VisibleTo(user).Where(c => c.Id == id).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken);
        return name is null ? null : new TimelineSubjectRef(id, name);
    }
}

internal sealed class DealTimelineSubject(CrmDbContext db, ICurrentUser user) : ITimelineSubject
{
    public string EntityType => TimelineEntityTypes.Deal;
    public string ReadPermission => CrmPermissions.Deals.Default;

    public async Task<TimelineSubjectRef?> FindVisibleAsync(Guid id, CancellationToken cancellationToken)
    {
        var deal = await db.Deals.VisibleTo(user).AsNoTracking().IgnoreAutoIncludes()
            .Where(d => d.Id == id)
            .Select(d => new { d.CompanyId, d.Title }).SingleOrDefaultAsync(cancellationToken);
        return deal is null ? null : new TimelineSubjectRef(deal.CompanyId, deal.Title);
    }
}

internal sealed class ContactTimelineSubject(CrmDbContext db, ICurrentUser user) : ITimelineSubject
{
    public string EntityType => TimelineEntityTypes.Contact;
    public string ReadPermission => CrmPermissions.Contacts.Default;

    public async Task<TimelineSubjectRef?> FindVisibleAsync(Guid id, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.VisibleTo(user).AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new { c.CompanyId, c.FirstName, c.LastName }).SingleOrDefaultAsync(cancellationToken);
        return contact is null
            ? null
            : new TimelineSubjectRef(contact.CompanyId, contact.LastName is null ? contact.FirstName : $"{contact.FirstName} {contact.LastName}");
    }
}

internal sealed class LeadTimelineSubject(CrmDbContext db, ICurrentUser user) : ITimelineSubject
{
    public string EntityType => TimelineEntityTypes.Lead;
    public string ReadPermission => CrmPermissions.Leads.Default;

    public async Task<TimelineSubjectRef?> FindVisibleAsync(Guid id, CancellationToken cancellationToken)
    {
        var lead = await db.Leads.VisibleTo(user).AsNoTracking()
            .Where(l => l.Id == id)
            .Select(l => new { l.CompanyId, l.Title }).SingleOrDefaultAsync(cancellationToken);
        return lead is null ? null : new TimelineSubjectRef(lead.CompanyId, lead.Title);
    }
}
