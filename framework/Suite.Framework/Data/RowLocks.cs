using Microsoft.EntityFrameworkCore;

namespace Suite.Framework.Data;

/// <summary>
/// Row locks that serialise changes to the same records: on PostgreSQL <c>SELECT … ORDER BY "Id" FOR UPDATE</c> inside
/// the caller's transaction, in id order so two transactions locking the same rows wait instead of deadlocking. SQLite
/// needs none: its write transactions already run one at a time.
/// </summary>
public static class RowLocks
{
    public static async Task LockRowsAsync<T>(this DbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
        where T : class
    {
        var sorted = ids.Distinct().Order().ToArray();
        if (!db.Database.IsNpgsql() || sorted.Length == 0)
            return;
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("A row lock outside a transaction would be released at once.");
        var name = db.QuotedTableName<T>();
        // The table name comes from the model, never from input; the ids go as a parameter.
#pragma warning disable EF1002
        await db.Database.ExecuteSqlRawAsync(
            $"SELECT 1 FROM {name} WHERE \"Id\" = ANY({{0}}) ORDER BY \"Id\" FOR UPDATE", [sorted], cancellationToken);
#pragma warning restore EF1002
    }
}
