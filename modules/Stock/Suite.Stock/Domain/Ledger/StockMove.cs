using Suite.Framework.Domain;

namespace Suite.Stock.Domain.Ledger;

/// <summary>
/// One line of the stock ledger: goods in (positive quantity) or out (negative) of one warehouse, with their value
/// and the product's quantity and value in that warehouse right after it. Written once by a posting, never changed.
/// </summary>
public sealed class StockMove : Entity
{
    private StockMove() { }

    internal StockMove(StockBalance balance, Guid documentId, Guid documentLineId, DateOnly date, DateTimeOffset postedAt,
        decimal quantity, decimal value)
    {
        ProductId = balance.ProductId;
        WarehouseId = balance.WarehouseId;
        DocumentId = documentId;
        DocumentLineId = documentLineId;
        Date = date;
        PostedAt = postedAt;
        Sequence = balance.LastSequence;
        Quantity = quantity;
        Value = value;
        QuantityAfter = balance.OnHand;
        ValueAfter = balance.Value;
    }

    public Guid ProductId { get; private set; }
    public Guid WarehouseId { get; private set; }
    public Guid DocumentId { get; private set; }
    public Guid DocumentLineId { get; private set; }
    public DateOnly Date { get; private set; }
    public DateTimeOffset PostedAt { get; private set; }

    /// <summary>The move's place in its product and warehouse's ledger: 1, 2, 3…</summary>
    public long Sequence { get; private set; }
    public decimal Quantity { get; private set; }
    public decimal Value { get; private set; }
    public decimal QuantityAfter { get; private set; }
    public decimal ValueAfter { get; private set; }
}
