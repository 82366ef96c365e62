using Suite.Framework.Domain;

namespace Suite.Stock.Domain.Products;

/// <summary>A catalog card: a stocked good, or a service that is sold but never stocked.</summary>
public sealed class Product : AuditedEntity
{
    private Product()
    {
        Sku = null!;
        Name = null!;
        Unit = null!;
        SearchText = null!;
    }

    public Product(ProductDetails details, ValuationMethod valuationMethod)
    {
        Sku = null!;
        Name = null!;
        Unit = null!;
        SearchText = null!;
        ValuationMethod = valuationMethod;
        Apply(details);
    }

    public string Sku { get; private set; }
    public string Name { get; private set; }
    public string Unit { get; private set; }
    public string? Barcode { get; private set; }
    public decimal SalePrice { get; private set; }

    /// <summary>Percent (20 for 20 %); null when the sale is not subject to VAT.</summary>
    public decimal? VatRate { get; private set; }
    public string? Category { get; private set; }
    public bool IsService { get; private set; }

    /// <summary>When the quantity available over all warehouses falls below it, Stock says so once.</summary>
    public decimal? MinQuantity { get; private set; }
    public ValuationMethod ValuationMethod { get; private set; }
    public bool IsArchived { get; private set; }

    /// <summary>SKU, name and barcode in lower case: one column search matches the same way on every database.</summary>
    public string SearchText { get; private set; }

    public void Update(ProductDetails details) => Apply(details);

    public void ChangeValuation(ValuationMethod method) => ValuationMethod = method;

    public void Archive(bool archived) => IsArchived = archived;

    private void Apply(ProductDetails d)
    {
        Sku = d.Sku;
        Name = d.Name;
        Unit = d.Unit;
        Barcode = d.Barcode;
        SalePrice = d.SalePrice;
        VatRate = d.VatRate;
        Category = d.Category;
        IsService = d.IsService;
        MinQuantity = d.MinQuantity;
        SearchText = string.Join(' ', new[] { Sku, Name, Barcode }.Where(v => v is not null)).ToLowerInvariant();
    }
}

/// <summary>The fields a user edits on a product card.</summary>
public sealed record ProductDetails(
    string Sku, string Name, string Unit, string? Barcode, decimal SalePrice, decimal? VatRate, string? Category,
    bool IsService, decimal? MinQuantity);
