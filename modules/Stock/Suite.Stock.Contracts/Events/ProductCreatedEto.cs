using Suite.Framework.Events;

namespace Suite.Stock.Events;

/// <summary>
/// A product or service was added to the catalog. Carries the whole card so other modules keep their own copy.
/// <see cref="VatRate"/> is a percentage (20 for 20 %), null when the sale is not subject to VAT.
/// </summary>
[EventName("Stock.Product.Created")]
public sealed record ProductCreatedEto(
    Guid ProductId, string Sku, string Name, string Unit, string? Barcode, decimal SalePrice, decimal? VatRate,
    bool IsService, bool IsArchived, DateTimeOffset ChangedAt);
