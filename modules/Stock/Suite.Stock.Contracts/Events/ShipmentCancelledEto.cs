using Suite.Framework.Events;

namespace Suite.Stock.Events;

/// <summary>
/// A posted shipment was reversed by a counter-document dated <see cref="Date"/>: the goods are back, at the cost
/// they left with, so Finance reverses the cost of goods sold it booked.
/// </summary>
[EventName("Stock.Shipment.Cancelled")]
public sealed record ShipmentCancelledEto(
    Guid DocumentId, string Number, Guid ReversalDocumentId, string ReversalNumber, DateOnly Date, Guid WarehouseId,
    Guid? CompanyId, Guid? DealId, Guid? InvoiceId, IReadOnlyList<ShipmentLineCost> Lines, decimal TotalCost,
    Guid? CancelledBy, DateTimeOffset CancelledAt);
