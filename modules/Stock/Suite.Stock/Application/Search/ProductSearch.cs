using Microsoft.EntityFrameworkCore;
using Suite.Framework.Search;
using Suite.Stock.Data;

namespace Suite.Stock.Application.Search;

/// <summary>Catalog cards by SKU, name or barcode; archived ones after the rest. The catalog has no owners: whoever may see products sees them all.</summary>
internal sealed class ProductSearch(StockDbContext db) : ISearchSource
{
    public string Kind => "product";
    public string Permission => StockPermissions.Products.Default;

    public async Task<IReadOnlyList<SearchHit>> FindAsync(SearchTerm term, int take, CancellationToken cancellationToken) =>
        (await db.Products.AsNoTracking().BestFirst(p => p.SearchText, term).ThenBy(p => p.IsArchived).ThenBy(p => p.Name).Take(take)
            .Select(p => new { p.Id, p.Sku, p.Name, p.Barcode })
            .ToListAsync(cancellationToken))
        .Select(p => new SearchHit(Kind, p.Id, p.Name, p.Barcode is null ? p.Sku : $"{p.Sku} · {p.Barcode}", $"/stock/products/{p.Id}"))
        .ToList();
}
