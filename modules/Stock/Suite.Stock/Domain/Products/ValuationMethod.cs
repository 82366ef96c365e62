namespace Suite.Stock.Domain.Products;

/// <summary>How the cost of goods going out is worked out.</summary>
public enum ValuationMethod
{
    /// <summary>First in, first out: each receipt is a cost layer, consumed oldest first.</summary>
    Fifo,

    /// <summary>The value on hand divided by the quantity on hand, recomputed with every receipt.</summary>
    MovingAverage,
}
