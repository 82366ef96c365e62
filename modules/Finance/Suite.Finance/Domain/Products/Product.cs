using Suite.Framework.Domain;

namespace Suite.Finance.Domain.Products;

/// <summary>
/// Finance's own copy of a Stock catalog card, under the same id, kept current from Stock's events: the invoice line
/// picker, and where a line drafted from a deal takes its unit and VAT rate.
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

    /// <summary>Percent; null when the sale is without VAT.</summary>
    public decimal? VatRate { get; private set; }

    public bool IsService { get; private set; }
    public bool IsArchived { get; private set; }

    /// <summary>When Stock made the change this copy reflects; an older event arriving late is ignored.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>SKU and name in lower case, for the picker.</summary>
    public string SearchText { get; private set; }

    /// <returns>False when the copy already reflects a newer change.</returns>
    public bool Apply(string sku, string name, string unit, decimal salePrice, decimal? vatRate, bool isService, bool isArchived,
        DateTimeOffset changedAt)
    {
        if (changedAt < ChangedAt)
            return false;
        Sku = sku;
        Name = name;
        Unit = unit;
        SalePrice = salePrice;
        VatRate = vatRate;
        IsService = isService;
        IsArchived = isArchived;
        ChangedAt = changedAt;
        SearchText = $"{sku} {name}".ToLowerInvariant();
        return true;
    }
}
