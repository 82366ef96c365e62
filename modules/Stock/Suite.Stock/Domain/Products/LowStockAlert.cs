namespace Suite.Stock.Domain.Products;

/// <summary>
/// The product's available quantity is below its minimum and Stock has said so: present from the crossing down
/// until it is back at the minimum, so the alert is published once per crossing.
/// </summary>
public sealed class LowStockAlert
{
    private LowStockAlert() { }

    public LowStockAlert(Guid productId, DateTimeOffset since)
    {
        ProductId = productId;
        Since = since;
    }

    public Guid ProductId { get; private set; }
    public DateTimeOffset Since { get; private set; }
}
