using Microsoft.AspNetCore.Mvc;
using Suite.Framework.Paging;
using Suite.Stock.Domain.Products;

namespace Suite.Stock.Application.Products;

/// <summary>The body of creating or updating a product.</summary>
internal sealed record ProductInput
{
    public string? Sku { get; init; }
    public string? Name { get; init; }

    /// <summary>"шт" unless given.</summary>
    public string? Unit { get; init; }
    public string? Barcode { get; init; }
    public decimal? SalePrice { get; init; }
    public decimal? VatRate { get; init; }
    public string? Category { get; init; }
    public bool? IsService { get; init; }
    public decimal? MinQuantity { get; init; }

    /// <summary>The company default when left out on create; cannot change once the product has stock moves.</summary>
    public ValuationMethod? ValuationMethod { get; init; }
    public bool? IsArchived { get; init; }
    public string? ConcurrencyStamp { get; init; }

    internal ProductDetails ToDetails() => new(
        Sku!.Trim(),
        Name!.Trim(),
        Clean(Unit) ?? "шт",
        Clean(Barcode),
        SalePrice ?? 0m,
        VatRate,
        Clean(Category),
        IsService ?? false,
        MinQuantity);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The products list query: paging, sorting, text, and the category, services and archived filters.</summary>
internal sealed class ProductListRequest : PageRequest
{
    [FromQuery(Name = "category")] public string? Category { get; set; }
    [FromQuery(Name = "isService")] public bool? IsService { get; set; }

    /// <summary>Archived cards are left out unless asked for.</summary>
    [FromQuery(Name = "includeArchived")] public bool? IncludeArchived { get; set; }
}
