using Suite.Framework.Domain;

namespace Suite.Stock.Domain.Ledger;

/// <summary>
/// FIFO: goods that came in together at one cost, and how much of them is left. Goods going out consume the oldest
/// layers first. The remaining value is kept exactly, so the layers always add up to the balance's value.
/// </summary>
public sealed class CostLayer : Entity
{
    private CostLayer() { }

    internal CostLayer(Guid productId, Guid warehouseId, Guid moveId, long sequence, decimal quantity, decimal value, int part = 0)
    {
        Part = part;
        ProductId = productId;
        WarehouseId = warehouseId;
        MoveId = moveId;
        Sequence = sequence;
        Quantity = quantity;
        Value = value;
        RemainingQuantity = quantity;
        RemainingValue = value;
    }

    public Guid ProductId { get; private set; }
    public Guid WarehouseId { get; private set; }

    /// <summary>The move that brought the goods in.</summary>
    public Guid MoveId { get; private set; }

    /// <summary>The order layers are consumed in: the incoming move's ledger sequence.</summary>
    public long Sequence { get; private set; }

    /// <summary>
    /// The order among the layers one move brought in: a FIFO transfer carries the source's layers over as they were,
    /// oldest first, all under the incoming move's sequence.
    /// </summary>
    public int Part { get; private set; }
    public decimal Quantity { get; private set; }
    public decimal Value { get; private set; }
    public decimal RemainingQuantity { get; private set; }
    public decimal RemainingValue { get; private set; }

    /// <summary>Takes up to <paramref name="wanted"/> units and returns how many were taken and what they cost.</summary>
    internal (decimal Quantity, decimal Value) Take(decimal wanted)
    {
        var quantity = Math.Min(wanted, RemainingQuantity);
        var value = quantity == RemainingQuantity
            ? RemainingValue
            : Math.Round(RemainingValue * quantity / RemainingQuantity, 2, MidpointRounding.AwayFromZero);
        RemainingQuantity -= quantity;
        RemainingValue -= value;
        return (quantity, value);
    }
}
