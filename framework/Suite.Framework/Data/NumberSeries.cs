using Microsoft.EntityFrameworkCore;

namespace Suite.Framework.Data;

/// <summary>
/// Gapless yearly number series (СЧ-2026-000123, Д-2026-0001): a table of <typeparamref name="TSeries"/> rows with
/// "Prefix", "Year" and "LastNumber" columns, one per series.
/// </summary>
public static class NumberSeries
{
    /// <summary>
    /// The next number of the series, taken inside the caller's transaction: the series row stays locked until the
    /// commit, and a rollback gives the number back, so numbers run 1..N without gaps or repeats.
    /// </summary>
    public static async Task<int> NextAsync<TSeries>(this DbContext db, string prefix, int year, CancellationToken cancellationToken)
        where TSeries : class
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("A number is taken inside the transaction that uses it.");
        var name = db.QuotedTableName<TSeries>();
        // One round trip takes the number; the row lock it leaves is held until the commit. A new year's (or a new
        // prefix's) series starts on first use: two first uses at once both get past the insert and then queue on the
        // update's row lock. The table name comes from the model.
#pragma warning disable EF1002
        async Task<int?> TakeAsync() => (await db.Database.SqlQueryRaw<int>(
                $"UPDATE {name} SET \"LastNumber\" = \"LastNumber\" + 1 WHERE \"Prefix\" = {{0}} AND \"Year\" = {{1}} RETURNING \"LastNumber\" AS \"Value\"",
                prefix, year)
            .ToListAsync(cancellationToken)).Cast<int?>().SingleOrDefault();
        var number = await TakeAsync();
        if (number is null)
        {
            await db.Database.ExecuteSqlRawAsync(
                $"INSERT INTO {name} (\"Prefix\", \"Year\", \"LastNumber\") VALUES ({{0}}, {{1}}, 0) ON CONFLICT DO NOTHING",
                [prefix, year], cancellationToken);
            number = await TakeAsync();
        }
#pragma warning restore EF1002
        return number!.Value;
    }
}
