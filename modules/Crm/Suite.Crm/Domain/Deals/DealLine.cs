using Suite.Framework.Domain;

namespace Suite.Crm.Domain.Deals;

/// <summary>A product or service the deal is about, with its price; the amount is rounded to kopecks.</summary>
public sealed class DealLine : Entity
{
    private DealLine()
    {
        Description = null!;
    }

    public DealLine(int position, Guid? productId, string description, decimal quantity, decimal unitPrice)
    {
        Position = position;
        ProductId = productId;
        Description = description;
        Quantity = quantity;
        UnitPrice = unitPrice;
        Amount = Math.Round(quantity * unitPrice, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>The line's place in the deal, from 0; lines are shown in this order.</summary>
    public int Position { get; private set; }

    public Guid? ProductId { get; private set; }
    public string Description { get; private set; }
    public decimal Quantity { get; private set; }
    public decimal UnitPrice { get; private set; }
    public decimal Amount { get; private set; }
}
