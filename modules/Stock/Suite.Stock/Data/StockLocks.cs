using Microsoft.EntityFrameworkCore;
using Suite.Stock.Domain.Documents;
using Suite.Stock.Domain.Products;

namespace Suite.Stock.Data;

/// <summary>
/// Row locks that serialise the changes to one product's stock. On PostgreSQL a posting locks its document, then its
/// products in id order, so two postings of the same products wait for each other instead of deadlocking. SQLite
/// needs none: its write transactions (BEGIN IMMEDIATE) already run one at a time.
/// </summary>
internal static class StockLocks
{
    public static Task LockDocumentAsync(this StockDbContext db, Guid documentId, CancellationToken cancellationToken) =>
        LockAsync<StockDocument>(db, [documentId], cancellationToken);

    public static Task LockProductsAsync(this StockDbContext db, IEnumerable<Guid> productIds, CancellationToken cancellationToken) =>
        LockAsync<Product>(db, productIds.Distinct().Order().ToArray(), cancellationToken);

    private static async Task LockAsync<T>(StockDbContext db, Guid[] ids, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql() || ids.Length == 0)
            return;
        var table = db.Model.FindEntityType(typeof(T))!;
        var name = $"\"{table.GetSchema()}\".\"{table.GetTableName()}\"";
        // The table name comes from the model, never from input; the ids go as a parameter.
#pragma warning disable EF1002
        await db.Database.ExecuteSqlRawAsync(
            $"SELECT 1 FROM {name} WHERE \"Id\" = ANY({{0}}) ORDER BY \"Id\" FOR UPDATE", [ids], cancellationToken);
#pragma warning restore EF1002
    }
}
