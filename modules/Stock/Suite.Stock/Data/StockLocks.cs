using Suite.Framework.Data;
using Suite.Stock.Domain.Documents;
using Suite.Stock.Domain.Products;

namespace Suite.Stock.Data;

/// <summary>
/// The locks that serialise the changes to one product's stock: a posting locks its document, then its products in id
/// order (<see cref="RowLocks"/>), so two postings of the same products wait for each other instead of deadlocking.
/// </summary>
internal static class StockLocks
{
    public static Task LockDocumentAsync(this StockDbContext db, Guid documentId, CancellationToken cancellationToken) =>
        db.LockRowsAsync<StockDocument>([documentId], cancellationToken);

    public static Task LockProductsAsync(this StockDbContext db, IEnumerable<Guid> productIds, CancellationToken cancellationToken) =>
        db.LockRowsAsync<Product>(productIds, cancellationToken);
}
