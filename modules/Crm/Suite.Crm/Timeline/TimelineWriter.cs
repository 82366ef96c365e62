using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Domain.Timeline;
using Suite.Framework.Events;

namespace Suite.Crm.Timeline;

/// <summary>
/// Adds timeline items for the handlers. An event delivered twice (a re-publish under a new message id, a replay)
/// must not show twice: the item's id is derived from the event, and an item already stored is left alone.
/// </summary>
internal sealed class TimelineWriter(CrmDbContext db)
{
    public static string Json(object details) => JsonSerializer.Serialize(details, EventSerializer.Options);

    /// <summary>The same event, entity and item kind always give the same id.</summary>
    public static Guid IdFor(object integrationEvent, string entityType, Guid entityId, string kind)
    {
        var source = $"{EventNameAttribute.For(integrationEvent.GetType())}|{EventSerializer.Serialize(integrationEvent)}|{entityType}|{entityId}|{kind}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(source));
        return new Guid(hash.AsSpan(0, 16));
    }

    /// <returns>False when the event was handled before.</returns>
    public async Task<bool> AddOnceAsync(object integrationEvent, string entityType, Guid entityId, Guid? companyId,
        DateTimeOffset occurredAt, string kind, string? title, object details, Guid? userId, CancellationToken cancellationToken)
    {
        var id = IdFor(integrationEvent, entityType, entityId, kind);
        if (db.TimelineItems.Local.Any(t => t.Id == id) || await db.TimelineItems.AnyAsync(t => t.Id == id, cancellationToken))
            return false;
        db.TimelineItems.Add(new TimelineItem(id, entityType, entityId, companyId, occurredAt, kind, title, Json(details), userId));
        return true;
    }

    /// <summary>
    /// Another module's fact about a deal or a client (a shipment, an invoice): an item of the deal, carrying its company
    /// so it shows on both cards; without a deal, or for a deal Crm no longer has, an item of the company when Crm knows
    /// it. <paramref name="companyId"/> may be null when the deal names it.
    /// </summary>
    public async Task AddToDealOrCompanyAsync(object integrationEvent, Guid? dealId, Guid? companyId, DateTimeOffset occurredAt,
        string kind, string? title, object details, Guid? userId, CancellationToken cancellationToken)
    {
        var deal = dealId is { } id
            ? await db.Deals.AsNoTracking().IgnoreAutoIncludes().Where(d => d.Id == id).Select(d => new { d.Id, d.CompanyId })
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        var company = companyId ?? deal?.CompanyId;
        if (deal is not null)
            await AddOnceAsync(integrationEvent, TimelineEntityTypes.Deal, deal.Id, company, occurredAt, kind, title, details, userId, cancellationToken);
        else if (company is { } c && await db.Companies.AnyAsync(x => x.Id == c, cancellationToken))
            await AddOnceAsync(integrationEvent, TimelineEntityTypes.Company, c, c, occurredAt, kind, title, details, userId, cancellationToken);
    }

    /// <summary>
    /// A fact about a card named by type and id (a document, a task): on the deal's, company's, contact's or lead's own
    /// timeline, with the company it also belongs to. A card Crm does not know is left off.
    /// </summary>
    /// <returns>False when <paramref name="entityType"/> is not one of Crm's cards, so the caller may place it otherwise.</returns>
    public async Task<bool> AddToCardAsync(object integrationEvent, string? entityType, Guid entityId, DateTimeOffset occurredAt,
        string kind, string? title, object details, Guid? userId, CancellationToken cancellationToken)
    {
        switch (entityType)
        {
            case TimelineEntityTypes.Deal:
                await AddToDealOrCompanyAsync(integrationEvent, entityId, null, occurredAt, kind, title, details, userId, cancellationToken);
                return true;
            case TimelineEntityTypes.Company:
                await AddToDealOrCompanyAsync(integrationEvent, null, entityId, occurredAt, kind, title, details, userId, cancellationToken);
                return true;
            case TimelineEntityTypes.Contact:
                var contact = await db.Contacts.AsNoTracking().Where(c => c.Id == entityId).Select(c => new { c.CompanyId })
                    .SingleOrDefaultAsync(cancellationToken);
                if (contact is not null)
                    await AddOnceAsync(integrationEvent, TimelineEntityTypes.Contact, entityId, contact.CompanyId, occurredAt, kind, title, details, userId,
                        cancellationToken);
                return true;
            case TimelineEntityTypes.Lead:
                var lead = await db.Leads.AsNoTracking().Where(l => l.Id == entityId).Select(l => new { l.CompanyId })
                    .SingleOrDefaultAsync(cancellationToken);
                if (lead is not null)
                    await AddOnceAsync(integrationEvent, TimelineEntityTypes.Lead, entityId, lead.CompanyId, occurredAt, kind, title, details, userId,
                        cancellationToken);
                return true;
            default:
                return false;
        }
    }
}
