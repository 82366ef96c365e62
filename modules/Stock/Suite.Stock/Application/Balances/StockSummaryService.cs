using Microsoft.EntityFrameworkCore;
using Suite.Stock.Data;

namespace Suite.Stock.Application.Balances;

/// <summary>What the warehouse is worth and what runs short, in a few figures for a director's home.</summary>
internal sealed record StockSummaryDto(decimal Value, long ProductsInStock, long BelowMinimum, IReadOnlyList<LowStockItemDto> Shortest);

/// <summary>A product whose stock available over all warehouses is under its minimum.</summary>
internal sealed record LowStockItemDto(Guid ProductId, string Sku, string Name, string Unit, decimal Available, decimal MinQuantity);

internal sealed class StockSummaryService(StockDbContext db)
{
    /// <summary>How many of the products short of their minimum the summary names: the largest shortages first.</summary>
    private const int Shown = 10;

    /// <summary>
    /// The stock value over every warehouse (the balances' cost, as the balances page sums it) and the products below
    /// their minimum. "Below" is judged as the low-stock alert judges it: available (on hand less reserved) over all
    /// warehouses under the product's minimum; a product with a minimum and no stock at all is below it too.
    /// </summary>
    public async Task<StockSummaryDto> GetAsync(CancellationToken cancellationToken)
    {
        var balances = db.Balances.AsNoTracking();
        // One pass over the balances for both totals.
        var totals = await balances.GroupBy(_ => 1)
            .Select(g => new { Value = g.Sum(b => b.Value), InStock = g.Where(b => b.OnHand > 0).Select(b => b.ProductId).Distinct().LongCount() })
            .SingleOrDefaultAsync(cancellationToken);

        // Each product's availability summed once and joined to the products (not summed again per product).
        var available = balances.GroupBy(b => b.ProductId).Select(g => new { ProductId = g.Key, Available = g.Sum(b => b.OnHand - b.Reserved) });
        var shortages =
            from p in db.Products.AsNoTracking()
            where p.MinQuantity != null && !p.IsService && !p.IsArchived
            join a in available on p.Id equals a.ProductId into stock
            from a in stock.DefaultIfEmpty()
            let left = (decimal?)a.Available ?? 0m
            where left < p.MinQuantity
            select new { p.Id, p.Sku, p.Name, p.Unit, Available = left, MinQuantity = p.MinQuantity!.Value };
        var count = await shortages.LongCountAsync(cancellationToken);
        var shortest = await shortages
            .OrderBy(s => s.Available - s.MinQuantity).ThenBy(s => s.Name)
            .Take(Shown)
            .Select(s => new LowStockItemDto(s.Id, s.Sku, s.Name, s.Unit, s.Available, s.MinQuantity))
            .ToListAsync(cancellationToken);
        return new StockSummaryDto(totals?.Value ?? 0m, totals?.InStock ?? 0, count, shortest);
    }
}
