using Suite.Framework.Events;

namespace Suite.Stock.Events;

/// <summary>
/// A posted document was reversed by a counter-document (<see cref="ReversalNumber"/>) dated <see cref="Date"/>. The
/// lines are the quantities and values reversed, with the same signs as in <see cref="StockDocumentPostedEto"/> for the
/// original, so Finance reverses exactly what it booked. Published next to the shipment's own
/// <see cref="ShipmentCancelledEto"/>.
/// </summary>
[EventName("Stock.Document.Cancelled")]
public sealed record StockDocumentCancelledEto(
    Guid DocumentId, string Number, string Kind, Guid ReversalDocumentId, string ReversalNumber, DateOnly Date,
    Guid WarehouseId, Guid? TargetWarehouseId, IReadOnlyList<StockDocumentLineValue> Lines, decimal TotalValue,
    Guid? CancelledBy, DateTimeOffset CancelledAt);
