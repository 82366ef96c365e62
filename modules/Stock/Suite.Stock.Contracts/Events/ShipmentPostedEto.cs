using Suite.Framework.Events;

namespace Suite.Stock.Events;

/// <summary>
/// Goods left a warehouse for a client. Each line carries its cost by the product's valuation, so Finance books
/// the cost of goods sold against inventory.
/// </summary>
[EventName("Stock.Shipment.Posted")]
public sealed record ShipmentPostedEto(
    Guid DocumentId, string Number, DateOnly Date, Guid WarehouseId, Guid? CompanyId, Guid? DealId, Guid? InvoiceId,
    IReadOnlyList<ShipmentLineCost> Lines, decimal TotalCost, Guid? PostedBy, DateTimeOffset PostedAt);

/// <summary>A shipped product: quantity and what those units cost (not their sale price).</summary>
public sealed record ShipmentLineCost(Guid ProductId, string Sku, string Name, decimal Quantity, decimal Cost);
