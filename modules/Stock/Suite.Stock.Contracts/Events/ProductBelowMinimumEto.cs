using Suite.Framework.Events;

namespace Suite.Stock.Events;

/// <summary>
/// The quantity of a product available over all warehouses fell below its minimum. Published once per crossing:
/// again only after it has been back at the minimum.
/// </summary>
[EventName("Stock.Product.BelowMinimum")]
public sealed record ProductBelowMinimumEto(
    Guid ProductId, string Sku, string Name, string Unit, decimal Available, decimal MinQuantity, DateTimeOffset At);
