using Suite.Framework.Domain;

namespace Suite.Crm.Domain.Products;

/// <summary>
/// Crm's own copy of a Stock catalog card, under the same id, kept current from Stock's events, so a deal line
/// can name a product and its price without Crm reading Stock's tables.
/// </summary>
public sealed class Product : Entity
{
    private Product()
    {
        Sku = null!;
        Name = null!;
        Unit = null!;
        SearchText = null!;
    }

    public Product(Guid productId)
    {
        Id = productId;
        Sku = null!;
        Name = null!;
        Unit = null!;
        SearchText = null!;
    }

    public string Sku { get; private set; }
    public string Name { get; private set; }
    public string Unit { get; private set; }
    public decimal SalePrice { get; private set; }
    public bool IsService { get; private set; }
    public bool IsArchived { get; private set; }

    /// <summary>When Stock made the change this copy reflects; an older event arriving late is ignored.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>SKU, name and barcode in lower case, for the deal line picker's search.</summary>
    public string SearchText { get; private set; }

    public void Apply(string sku, string name, string unit, string? barcode, decimal salePrice, bool isService, bool isArchived,
        DateTimeOffset changedAt)
    {
        if (changedAt < ChangedAt)
            return;
        Sku = sku;
        Name = name;
        Unit = unit;
        SalePrice = salePrice;
        IsService = isService;
        IsArchived = isArchived;
        ChangedAt = changedAt;
        SearchText = string.Join(' ', new[] { sku, name, barcode }.Where(v => v is not null)).ToLowerInvariant();
    }
}
