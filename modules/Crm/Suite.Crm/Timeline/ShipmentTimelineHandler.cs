using Suite.Framework.Events;
using Suite.Stock.Events;

namespace Suite.Crm.Timeline;

/// <summary>
/// Stock's shipments on the cards: a shipment for a deal becomes an item of the deal, carrying the company, so it shows
/// on the deal's card and on its company's; a shipment to a company without a deal becomes an item of the company.
/// A cancelled shipment adds its own item, with the counter-document. Items name the products and their quantities.
/// </summary>
internal sealed class ShipmentTimelineHandler(TimelineWriter timeline) :
    IIntegrationEventHandler<ShipmentPostedEto>,
    IIntegrationEventHandler<ShipmentCancelledEto>
{
    public const string ShipmentPosted = "shipmentPosted";
    public const string ShipmentCancelled = "shipmentCancelled";

    public Task HandleAsync(ShipmentPostedEto e, CancellationToken cancellationToken) =>
        timeline.AddToDealOrCompanyAsync(e, e.DealId, e.CompanyId, e.PostedAt, ShipmentPosted, e.Number,
            new { e.DocumentId, e.Number, e.Date, e.WarehouseId, e.InvoiceId, e.TotalCost, lines = Lines(e.Lines) },
            e.PostedBy, cancellationToken);

    public Task HandleAsync(ShipmentCancelledEto e, CancellationToken cancellationToken) =>
        timeline.AddToDealOrCompanyAsync(e, e.DealId, e.CompanyId, e.CancelledAt, ShipmentCancelled, e.Number,
            new
            {
                e.DocumentId, e.Number, e.ReversalDocumentId, e.ReversalNumber, e.Date, e.WarehouseId, e.InvoiceId, e.TotalCost,
                lines = Lines(e.Lines),
            },
            e.CancelledBy, cancellationToken);

    private static object[] Lines(IReadOnlyList<ShipmentLineCost> lines) =>
        lines.Select(l => (object)new { l.ProductId, l.Sku, l.Name, l.Quantity, l.Cost }).ToArray();
}
