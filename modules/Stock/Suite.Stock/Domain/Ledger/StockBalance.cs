namespace Suite.Stock.Domain.Ledger;

/// <summary>
/// A product's stock in one warehouse, kept by postings. The database refuses a negative quantity, reserve or value,
/// so no code path can leave one behind.
/// </summary>
public sealed class StockBalance
{
    private StockBalance() { }

    public StockBalance(Guid productId, Guid warehouseId)
    {
        ProductId = productId;
        WarehouseId = warehouseId;
    }

    public Guid ProductId { get; private set; }
    public Guid WarehouseId { get; private set; }
    public decimal OnHand { get; private set; }
    public decimal Reserved { get; private set; }
    public decimal Value { get; private set; }

    /// <summary>The cost of the last goods in, used to value surplus found by a count when nothing is on hand.</summary>
    public decimal LastUnitCost { get; private set; }

    /// <summary>The date of the latest move; a posting dated before it is refused (ADR 0011).</summary>
    public DateOnly? LastMoveDate { get; private set; }
    public long LastSequence { get; private set; }

    public decimal Available => OnHand - Reserved;

    /// <summary>What one unit is worth now: value over quantity, or the last known cost when nothing is on hand.</summary>
    public decimal UnitCost => OnHand > 0 ? Math.Round(Value / OnHand, 4) : LastUnitCost;

    internal void Add(decimal quantity, decimal value, DateOnly date)
    {
        OnHand += quantity;
        Value += value;
        if (quantity > 0)
            LastUnitCost = Math.Round(value / quantity, 4);
        Touch(date);
    }

    internal void Remove(decimal quantity, decimal value, DateOnly date)
    {
        OnHand -= quantity;
        Value -= value;
        Touch(date);
    }

    public void Reserve(decimal quantity) => Reserved += quantity;

    public void Release(decimal quantity) => Reserved -= quantity;

    private void Touch(DateOnly date)
    {
        LastSequence++;
        LastMoveDate = LastMoveDate is { } last && last > date ? last : date;
    }
}
