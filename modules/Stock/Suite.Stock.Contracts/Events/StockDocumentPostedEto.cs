using Suite.Framework.Events;

namespace Suite.Stock.Events;

/// <summary>
/// Any stock document was posted: what each line was worth by Stock's valuation, so Finance books it against goods
/// (account 41) and account 41 stays equal to Stock's total value. <see cref="Kind"/> is receipt, shipment, transfer,
/// writeOff or count. Published with every posting, next to the shipment's own <see cref="ShipmentPostedEto"/>.
/// </summary>
[EventName("Stock.Document.Posted")]
public sealed record StockDocumentPostedEto(
    Guid DocumentId, string Number, string Kind, DateOnly Date, Guid WarehouseId, Guid? TargetWarehouseId, Guid? CompanyId,
    Guid? DealId, IReadOnlyList<StockDocumentLineValue> Lines, decimal TotalValue, Guid? PostedBy, DateTimeOffset PostedAt);

/// <summary>
/// A posted line's quantity and value at booked cost, rounded to kopecks. Positive for a receipt (the value received),
/// a shipment or write-off (the cost that went out) and a transfer (the value moved). For a count both are the signed
/// difference from the books: positive for a surplus, negative for a shortage.
/// </summary>
public sealed record StockDocumentLineValue(Guid ProductId, string Sku, string Name, decimal Quantity, decimal Value);
