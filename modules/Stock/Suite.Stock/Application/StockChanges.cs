using Microsoft.EntityFrameworkCore;
using Suite.Framework.Data;
using Suite.Stock.Application.Documents;
using Suite.Stock.Application.Products;
using Suite.Stock.Data;
using Suite.Stock.Domain.Ledger;
using Suite.Stock.Domain.Products;

namespace Suite.Stock.Application;

/// <summary>
/// The last step of every change to stock or reservations (postings, cancellations, reservations): the low-stock
/// watch looks at the balances as changed, then one save, where the database's own refusal of a negative balance
/// becomes the same 409 as the code's.
/// </summary>
internal sealed class StockChanges(StockDbContext db, LowStockWatch lowStock)
{
    /// <param name="products">The products the change touched, locked by the caller.</param>
    public async Task SaveAsync(IReadOnlyCollection<Product> products, CancellationToken cancellationToken)
    {
        await WatchAsync(products, cancellationToken);
        await SaveWatchedAsync(cancellationToken);
    }

    /// <summary>The low-stock watch alone, for a caller with more to write between it and the save (a posting's number).</summary>
    public Task WatchAsync(IReadOnlyCollection<Product> products, CancellationToken cancellationToken) =>
        lowStock.CheckAsync(products, db.ChangeTracker.Entries<StockBalance>().Select(e => e.Entity).ToList(), cancellationToken);

    /// <summary>The save after <see cref="WatchAsync"/>.</summary>
    public async Task SaveWatchedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsCheckViolation(e))
        {
            throw InsufficientStock.FromDatabase();
        }
    }
}
