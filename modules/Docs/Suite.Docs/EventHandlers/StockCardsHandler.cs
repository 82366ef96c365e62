using Suite.Docs.Data;
using Suite.Docs.Domain.Cards;
using Suite.Framework.Events;
using Suite.Stock.Events;

namespace Suite.Docs.EventHandlers;

/// <summary>Keeps Docs' copies of posted shipments (a waybill prints them) and of products (their units and prices).</summary>
internal sealed class StockCardsHandler(DocsDbContext db) :
    IIntegrationEventHandler<ShipmentPostedEto>,
    IIntegrationEventHandler<ShipmentCancelledEto>,
    IIntegrationEventHandler<ProductCreatedEto>,
    IIntegrationEventHandler<ProductUpdatedEto>,
    IIntegrationEventHandler<ProductRepublishedEto>
{
    public Task HandleAsync(ShipmentPostedEto e, CancellationToken ct) =>
        Shipment(e.DocumentId, e.Number, e.Date, e.WarehouseId, e.CompanyId, e.DealId, e.InvoiceId, e.Lines, false, e.PostedAt, ct);

    /// <summary>The shipment stays as it was printed, marked cancelled (the event's date is the reversal's).</summary>
    public async Task HandleAsync(ShipmentCancelledEto e, CancellationToken ct)
    {
        var card = await db.Cards.FindAsync([e.DocumentId], ct);
        if (card is null)
            await Shipment(e.DocumentId, e.Number, e.Date, e.WarehouseId, e.CompanyId, e.DealId, e.InvoiceId, e.Lines, true, e.CancelledAt, ct);
        else
            card.Change(card.OwnerId, CardCopies.Write(card.Read<ShipmentData>() with { IsCancelled = true }), e.CancelledAt);
    }

    public Task HandleAsync(ProductCreatedEto e, CancellationToken ct) =>
        Product(e.ProductId, e.Sku, e.Name, e.Unit, e.SalePrice, e.VatRate, e.IsService, e.ChangedAt, ct);

    public Task HandleAsync(ProductUpdatedEto e, CancellationToken ct) =>
        Product(e.ProductId, e.Sku, e.Name, e.Unit, e.SalePrice, e.VatRate, e.IsService, e.ChangedAt, ct);

    public Task HandleAsync(ProductRepublishedEto e, CancellationToken ct) =>
        Product(e.ProductId, e.Sku, e.Name, e.Unit, e.SalePrice, e.VatRate, e.IsService, e.ChangedAt, ct);

    // A shipment has no owner of its own: whoever may see documents sees it (Stock has no owner rule).
    private Task Shipment(Guid id, string number, DateOnly date, Guid warehouseId, Guid? companyId, Guid? dealId, Guid? invoiceId,
        IReadOnlyList<ShipmentLineCost> lines, bool cancelled, DateTimeOffset at, CancellationToken ct) =>
        db.ApplyAsync(CardTypes.Shipment, id, $"Отгрузка № {number}", Guid.Empty, companyId, dealId,
            new ShipmentData(number, date, warehouseId, companyId, dealId, invoiceId,
                lines.Select(l => new ShipmentLineData(l.ProductId, l.Sku, l.Name, l.Quantity)).ToList(), cancelled), at, ct);

    private Task Product(Guid id, string sku, string name, string unit, decimal salePrice, decimal? vatRate, bool isService,
        DateTimeOffset at, CancellationToken ct) =>
        db.ApplyAsync(CardTypes.Product, id, name, Guid.Empty, null, null, new ProductData(sku, name, unit, salePrice, vatRate, isService), at, ct);
}
