using Suite.Framework.Domain;

namespace Suite.Stock.Domain.Reservations;

/// <summary>Goods in one warehouse held for a deal: nobody else may ship them, and the deal's own shipment releases them.</summary>
public sealed class Reservation : AuditedEntity
{
    private Reservation() { }

    public Reservation(Guid productId, Guid warehouseId, Guid dealId, decimal quantity, string? comment)
    {
        ProductId = productId;
        WarehouseId = warehouseId;
        DealId = dealId;
        Quantity = quantity;
        Comment = comment;
    }

    public Guid ProductId { get; private set; }
    public Guid WarehouseId { get; private set; }
    public Guid DealId { get; private set; }
    public decimal Quantity { get; private set; }
    public string? Comment { get; private set; }

    /// <summary>Holds <paramref name="quantity"/> more; a new comment replaces the old one.</summary>
    public void Add(decimal quantity, string? comment)
    {
        Quantity += quantity;
        if (comment is not null)
            Comment = comment;
    }

    /// <summary>Releases up to <paramref name="quantity"/> and returns how much was released.</summary>
    public decimal Release(decimal quantity)
    {
        var released = Math.Min(quantity, Quantity);
        Quantity -= released;
        return released;
    }
}
