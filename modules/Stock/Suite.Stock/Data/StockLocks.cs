using Microsoft.EntityFrameworkCore;
using Suite.Framework.Data;
using Suite.Stock.Domain.Documents;
using Suite.Stock.Domain.Products;

namespace Suite.Stock.Data;

/// <summary>
/// The locks that serialise the changes to one product's stock: a posting locks its document, then its products in id
/// order (<see cref="RowLocks"/>), so two postings of the same products wait for each other instead of deadlocking.
/// Only then does it take a document number (the series' row is the one lock every posting of a kind shares, so it is
/// taken last and held for the final writes alone).
/// </summary>
internal static class StockLocks
{
    public static Task LockDocumentAsync(this StockDbContext db, Guid documentId, CancellationToken cancellationToken) =>
        db.LockRowsAsync<StockDocument>([documentId], cancellationToken);

    public static Task LockProductsAsync(this StockDbContext db, IEnumerable<Guid> productIds, CancellationToken cancellationToken) =>
        db.LockRowsAsync<Product>(productIds, cancellationToken);

    /// <summary>
    /// The products, locked in id order and read (tracked) by the same statement: a posting needs their cards anyway,
    /// so the lock costs no round trip of its own. SQLite runs one writer at a time and needs no lock.
    /// </summary>
    public static async Task<Dictionary<Guid, Product>> LockedProductsAsync(
        this StockDbContext db, IEnumerable<Guid> productIds, CancellationToken cancellationToken)
    {
        var sorted = productIds.Distinct().Order().ToArray();
        if (!db.Database.IsNpgsql())
            return await db.Products.Where(p => sorted.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("A row lock outside a transaction would be released at once.");
        // The table name comes from the model, never from input; the ids go as a parameter.
#pragma warning disable EF1002
        return await db.Products.FromSqlRaw(
                $"SELECT * FROM {db.QuotedTableName<Product>()} WHERE \"Id\" = ANY({{0}}) ORDER BY \"Id\" FOR UPDATE", sorted)
            .ToDictionaryAsync(p => p.Id, cancellationToken);
#pragma warning restore EF1002
    }
}
