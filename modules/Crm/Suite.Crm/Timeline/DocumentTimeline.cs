using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Domain.Timeline;

namespace Suite.Crm.Timeline;

/// <summary>
/// Puts Docs' facts about a document on the card it was made for: a deal's, company's, contact's or lead's own timeline;
/// for an invoice or a shipment, where Crm already shows that invoice's issue or that shipment (its deal or company).
/// A document of a record Crm has not heard of is left off: there is no card to show it on.
/// </summary>
internal sealed class DocumentTimeline(CrmDbContext db, TimelineWriter timeline)
{
    public async Task AddAsync(object integrationEvent, string entityType, Guid entityId, DateTimeOffset occurredAt, string kind,
        string title, object details, Guid? userId, CancellationToken cancellationToken)
    {
        if (await timeline.AddToCardAsync(integrationEvent, entityType, entityId, occurredAt, kind, title, details, userId, cancellationToken))
            return;
        switch (entityType)
        {
            case "invoice":
                await AddWhereShownAsync(integrationEvent, InvoiceIssuedTimelineHandler.Kind, "invoiceId", entityId, occurredAt, kind, title,
                    details, userId, cancellationToken);
                break;
            case "shipment":
                await AddWhereShownAsync(integrationEvent, ShipmentTimelineHandler.ShipmentPosted, "documentId", entityId, occurredAt, kind,
                    title, details, userId, cancellationToken);
                break;
        }
    }

    /// <summary>Next to the item that shows the record (an invoice's issue), found by the record's id in its details.</summary>
    private async Task AddWhereShownAsync(object integrationEvent, string shownAs, string idProperty, Guid recordId,
        DateTimeOffset occurredAt, string kind, string title, object details, Guid? userId, CancellationToken cancellationToken)
    {
        var needle = $"\"{idProperty}\":\"{recordId}\"";
        var shown = await db.TimelineItems.AsNoTracking().Where(t => t.Kind == shownAs && t.Details.Contains(needle))
            .OrderBy(t => t.OccurredAt).Select(t => new { t.EntityType, t.EntityId, t.CompanyId }).FirstOrDefaultAsync(cancellationToken);
        if (shown is not null)
            await timeline.AddOnceAsync(integrationEvent, shown.EntityType, shown.EntityId, shown.CompanyId, occurredAt, kind, title, details,
                userId, cancellationToken);
    }

    /// <summary>"Счёт СЧ-2026-000001" from "Счёт СЧ-2026-000001.pdf": the name people know the document by.</summary>
    public static string NameOf(string fileName) =>
        Path.GetFileNameWithoutExtension(fileName) is { Length: > 0 } name ? name : fileName;
}
