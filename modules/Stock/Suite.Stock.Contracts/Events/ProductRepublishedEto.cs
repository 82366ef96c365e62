using Suite.Framework.Events;

namespace Suite.Stock.Events;

/// <summary>
/// A catalog card's whole current state, re-published once by a backfill so that a module which starts keeping a copy
/// of the catalog later (Finance) also has the products that existed before it. Not a change: a copy applies it like
/// <see cref="ProductUpdatedEto"/> unless it already holds a newer state (by <see cref="ChangedAt"/>).
/// </summary>
[EventName("Stock.Product.Republished")]
public sealed record ProductRepublishedEto(
    Guid ProductId, string Sku, string Name, string Unit, string? Barcode, decimal SalePrice, decimal? VatRate,
    bool IsService, bool IsArchived, DateTimeOffset ChangedAt);
