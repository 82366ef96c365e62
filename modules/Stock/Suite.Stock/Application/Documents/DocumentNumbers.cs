using Microsoft.EntityFrameworkCore;
using Suite.Stock.Data;
using Suite.Stock.Domain.Documents;

namespace Suite.Stock.Application.Documents;

/// <summary>
/// Hands out the next number of a kind inside the caller's transaction: the counter row stays locked until it
/// commits, and a rollback gives the number back, so numbers have no gaps.
/// </summary>
internal sealed class DocumentNumbers(StockDbContext db)
{
    public async Task<string> NextAsync(DocumentKind kind, CancellationToken cancellationToken)
    {
        var updated = await db.DocumentNumbers.Where(c => c.Kind == kind)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastNumber, c => c.LastNumber + 1), cancellationToken);
        if (updated == 0)
            throw new InvalidOperationException($"The number counter of {kind} documents is missing; the module's seed creates it.");
        var number = await db.DocumentNumbers.Where(c => c.Kind == kind).Select(c => c.LastNumber).SingleAsync(cancellationToken);
        return DocumentNumberCounter.Format(kind, number);
    }

    /// <summary>Creates the counters that do not exist yet; run when the module starts.</summary>
    public static async Task SeedAsync(StockDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.DocumentNumbers.Select(c => c.Kind).ToListAsync(cancellationToken);
        foreach (var kind in Enum.GetValues<DocumentKind>().Except(existing))
            db.DocumentNumbers.Add(new DocumentNumberCounter(kind));
        await db.SaveChangesAsync(cancellationToken);
    }
}
