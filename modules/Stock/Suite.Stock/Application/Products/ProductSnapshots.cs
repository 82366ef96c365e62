using Microsoft.EntityFrameworkCore;
using Suite.Framework.Events;
using Suite.Stock.Data;
using Suite.Stock.Events;

namespace Suite.Stock.Application.Products;

/// <summary>
/// Re-publishes every catalog card once as <see cref="ProductRepublishedEto"/>, archived ones included, so Finance's
/// product copy (added after products existed) gets them too. A module that needs them again later gets a new version.
/// </summary>
internal sealed class ProductSnapshots : IBackfill<StockDbContext>
{
    public string Name => "Stock.Products.Republished.v2";

    public async Task PublishAsync(StockDbContext db, CancellationToken cancellationToken)
    {
        var products = db.Products.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => new ProductRepublishedEto(p.Id, p.Sku, p.Name, p.Unit, p.Barcode, p.SalePrice, p.VatRate, p.IsService,
                p.IsArchived, p.ModifiedAt ?? p.CreatedAt));
        await foreach (var product in products.AsAsyncEnumerable().WithCancellation(cancellationToken))
            db.Publish(product);
    }
}
