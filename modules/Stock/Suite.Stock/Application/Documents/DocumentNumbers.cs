using Microsoft.EntityFrameworkCore;
using Suite.Framework.Data;
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
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("A number is taken inside the transaction that uses it.");
        var table = db.QuotedTableName<DocumentNumberCounter>();
        // One round trip, as the framework's NumberSeries takes its numbers: the update returns the number it wrote and
        // leaves the row locked until the commit. The table name comes from the model; the kind goes as a parameter.
#pragma warning disable EF1002
        var taken = await db.Database.SqlQueryRaw<long>(
                $"UPDATE {table} SET \"LastNumber\" = \"LastNumber\" + 1 WHERE \"Kind\" = {{0}} RETURNING \"LastNumber\" AS \"Value\"",
                kind.ToString())
            .ToListAsync(cancellationToken);
#pragma warning restore EF1002
        if (taken.Count == 0)
            throw new InvalidOperationException($"The number counter of {kind} documents is missing; the module's seed creates it.");
        return DocumentNumberCounter.Format(kind, taken[0]);
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
