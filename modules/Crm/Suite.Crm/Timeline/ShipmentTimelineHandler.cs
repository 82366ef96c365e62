using Microsoft.EntityFrameworkCore;
using Suite.Crm.Data;
using Suite.Crm.Domain.Timeline;
using Suite.Framework.Events;
using Suite.Stock.Events;

namespace Suite.Crm.Timeline;

/// <summary>
/// Stock's shipments on the cards: a shipment for a deal becomes an item of the deal, carrying the company, so it shows
/// on the deal's card and on its company's; a shipment to a company without a deal becomes an item of the company.
/// A cancelled shipment adds its own item, with the counter-document. Items name the products and their quantities.
/// </summary>
internal sealed class ShipmentTimelineHandler(CrmDbContext db, TimelineWriter timeline) :
    IIntegrationEventHandler<ShipmentPostedEto>,
    IIntegrationEventHandler<ShipmentCancelledEto>
{
    public const string ShipmentPosted = "shipmentPosted";
    public const string ShipmentCancelled = "shipmentCancelled";

    public Task HandleAsync(ShipmentPostedEto e, CancellationToken cancellationToken) =>
        AddAsync(e, e.DealId, e.CompanyId, e.PostedAt, ShipmentPosted, e.Number,
            new { e.DocumentId, e.Number, e.Date, e.WarehouseId, e.InvoiceId, e.TotalCost, lines = Lines(e.Lines) },
            e.PostedBy, cancellationToken);

    public Task HandleAsync(ShipmentCancelledEto e, CancellationToken cancellationToken) =>
        AddAsync(e, e.DealId, e.CompanyId, e.CancelledAt, ShipmentCancelled, e.Number,
            new
            {
                e.DocumentId, e.Number, e.ReversalDocumentId, e.ReversalNumber, e.Date, e.WarehouseId, e.InvoiceId, e.TotalCost,
                lines = Lines(e.Lines),
            },
            e.CancelledBy, cancellationToken);

    private async Task AddAsync(object e, Guid? dealId, Guid? companyId, DateTimeOffset at, string kind, string title, object details,
        Guid? userId, CancellationToken cancellationToken)
    {
        // The deal's company when the shipment names none; a deal Crm no longer has leaves the company's card.
        var deal = dealId is { } id
            ? await db.Deals.AsNoTracking().IgnoreAutoIncludes().Where(d => d.Id == id).Select(d => new { d.Id, d.CompanyId })
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        var company = companyId ?? deal?.CompanyId;
        if (deal is not null)
            await timeline.AddOnceAsync(e, TimelineEntityTypes.Deal, deal.Id, company, at, kind, title, details, userId, cancellationToken);
        else if (company is { } c && await db.Companies.AnyAsync(x => x.Id == c, cancellationToken))
            await timeline.AddOnceAsync(e, TimelineEntityTypes.Company, c, c, at, kind, title, details, userId, cancellationToken);
    }

    private static object[] Lines(IReadOnlyList<ShipmentLineCost> lines) =>
        lines.Select(l => (object)new { l.ProductId, l.Sku, l.Name, l.Quantity, l.Cost }).ToArray();
}
