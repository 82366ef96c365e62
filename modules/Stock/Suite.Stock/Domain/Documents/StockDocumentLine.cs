using Suite.Framework.Domain;

namespace Suite.Stock.Domain.Documents;

/// <summary>One product on a document. On a count, <see cref="Quantity"/> is the counted quantity.</summary>
public sealed class StockDocumentLine : Entity
{
    private StockDocumentLine() { }

    internal StockDocumentLine(Guid documentId, int lineNo, Guid productId, decimal quantity, decimal? unitCost)
    {
        DocumentId = documentId;
        LineNo = lineNo;
        ProductId = productId;
        Quantity = quantity;
        UnitCost = unitCost;
    }

    public Guid DocumentId { get; private set; }
    public int LineNo { get; private set; }
    public Guid ProductId { get; private set; }
    public decimal Quantity { get; private set; }

    /// <summary>The purchase cost of a receipt line; on a count, the cost of surplus found (else the current cost).</summary>
    public decimal? UnitCost { get; private set; }

    /// <summary>On a posted count: the quantity the books had when the count was posted.</summary>
    public decimal? BookQuantity { get; private set; }

    /// <summary>Once posted: what the line's goods cost (for a count, the difference's value, negative for a shortage).</summary>
    public decimal? Cost { get; private set; }

    public void RecordCost(decimal cost) => Cost = cost;

    public void RecordBookQuantity(decimal bookQuantity) => BookQuantity = bookQuantity;
}
