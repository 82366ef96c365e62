using Suite.Framework.Events;

namespace Suite.Stock.Events;

/// <summary>A catalog card changed (archiving included); carries the whole current state, like <see cref="ProductCreatedEto"/>.</summary>
[EventName("Stock.Product.Updated")]
public sealed record ProductUpdatedEto(
    Guid ProductId, string Sku, string Name, string Unit, string? Barcode, decimal SalePrice, decimal? VatRate,
    bool IsService, bool IsArchived, DateTimeOffset ChangedAt);
