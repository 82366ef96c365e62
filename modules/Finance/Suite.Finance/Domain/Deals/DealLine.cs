using Suite.Framework.Domain;

namespace Suite.Finance.Domain.Deals;

/// <summary>A line of a deal as Crm sent it: what an invoice drafted from the deal starts from.</summary>
public sealed class DealLine : Entity
{
    private DealLine()
    {
        Description = null!;
    }

    public DealLine(int position, Guid? productId, string description, decimal quantity, decimal unitPrice, decimal amount)
    {
        Position = position;
        ProductId = productId;
        Description = description;
        Quantity = quantity;
        UnitPrice = unitPrice;
        Amount = amount;
    }

    public Guid DealId { get; private set; }
    public int Position { get; private set; }
    public Guid? ProductId { get; private set; }
    public string Description { get; private set; }
    public decimal Quantity { get; private set; }
    public decimal UnitPrice { get; private set; }
    public decimal Amount { get; private set; }
}
