using Microsoft.EntityFrameworkCore;
using Suite.Stock.Data;
using Suite.Stock.Domain.Ledger;
using Suite.Stock.Domain.Products;
using Suite.Stock.Events;

namespace Suite.Stock.Application.Products;

/// <summary>
/// After a change to stock or reservations, compares each product's available quantity over all warehouses with
/// its minimum and publishes <see cref="ProductBelowMinimumEto"/> on the way down only. The caller holds the
/// products' locks, so two postings cannot both see the crossing.
/// </summary>
internal sealed class LowStockWatch(StockDbContext db, TimeProvider clock)
{
    /// <param name="changed">The balances the caller changed, with their new figures (not saved yet).</param>
    public async Task CheckAsync(IReadOnlyCollection<Product> products, IReadOnlyCollection<StockBalance> changed, CancellationToken cancellationToken)
    {
        var watched = products.Where(p => p.MinQuantity is not null && !p.IsService).ToList();
        if (watched.Count == 0)
            return;
        var ids = watched.Select(p => p.Id).ToList();
        var stored = await db.Balances.AsNoTracking().Where(b => ids.Contains(b.ProductId))
            .Select(b => new { b.ProductId, b.WarehouseId, b.OnHand, b.Reserved }).ToListAsync(cancellationToken);
        var alerts = await db.LowStockAlerts.Where(a => ids.Contains(a.ProductId)).ToDictionaryAsync(a => a.ProductId, cancellationToken);

        foreach (var product in watched)
        {
            var fresh = changed.Where(b => b.ProductId == product.Id).ToList();
            var available = fresh.Sum(b => b.Available) + stored
                .Where(s => s.ProductId == product.Id && fresh.All(b => b.WarehouseId != s.WarehouseId))
                .Sum(s => s.OnHand - s.Reserved);
            var below = available < product.MinQuantity;
            if (below && !alerts.ContainsKey(product.Id))
            {
                db.LowStockAlerts.Add(new LowStockAlert(product.Id, clock.GetUtcNow()));
                db.Publish(new ProductBelowMinimumEto(product.Id, product.Sku, product.Name, product.Unit, available,
                    product.MinQuantity!.Value, clock.GetUtcNow()));
            }
            else if (!below && alerts.TryGetValue(product.Id, out var alert))
            {
                db.LowStockAlerts.Remove(alert);
            }
        }
    }
}
