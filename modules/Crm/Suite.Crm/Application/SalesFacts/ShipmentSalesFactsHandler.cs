using Suite.Crm.Domain.SalesFacts;
using Suite.Framework.Events;
using Suite.Stock.Events;

namespace Suite.Crm.Application.SalesFacts;

/// <summary>
/// The cost of goods as Finance books it from Stock: each shipped line's cost on the shipment's date, reversed on the
/// counter-document's date when the shipment is cancelled.
/// </summary>
internal sealed class ShipmentSalesFactsHandler(SalesFactBook book) :
    IIntegrationEventHandler<ShipmentPostedEto>,
    IIntegrationEventHandler<ShipmentCancelledEto>
{
    public async Task HandleAsync(ShipmentPostedEto e, CancellationToken cancellationToken)
    {
        var companyId = await book.CompanyOfAsync(e.CompanyId, e.DealId, cancellationToken);
        var facts = e.Lines.Select((l, i) => new SalesFact(SalesFactKind.Cost, e.DocumentId, i + 1, e.Date, e.DealId, companyId, l.ProductId,
            e.InvoiceId, l.Quantity, l.Cost)).ToList();
        await book.RecordAsync(SalesFactKind.Cost, e.DocumentId, facts, cancellationToken);
    }

    public Task HandleAsync(ShipmentCancelledEto e, CancellationToken cancellationToken) =>
        book.ReverseAsync(SalesFactKind.Cost, e.DocumentId, e.Date, cancellationToken);
}
