using Npgsql;

namespace Suite.Host.Backups;

/// <summary>Each module's applied migrations and the row count of every table, as of one snapshot of the database.</summary>
public sealed record DatabaseContents(IReadOnlyDictionary<string, IReadOnlyList<string>> Migrations, IReadOnlyDictionary<string, long> RowCounts)
{
    /// <summary>What the database of <paramref name="places"/> holds now (a restore checks itself against the manifest with it).</summary>
    public static async Task<DatabaseContents> ReadAsync(BackupPlaces places, CancellationToken cancellationToken)
    {
        if (places.IsEmbedded)
            return await SqliteSnapshot.ReadAsync(places.SqliteFile, places, cancellationToken);
        await using var connection = new NpgsqlConnection(places.Database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return await PostgresSnapshot.ReadAsync(connection, null, places, cancellationToken);
    }

    /// <summary>The tables whose counts differ from <paramref name="expected"/>, as "table: expected → found".</summary>
    public IReadOnlyList<string> DifferencesFrom(IReadOnlyDictionary<string, long> expected) =>
        expected.Keys.Union(RowCounts.Keys).Order(StringComparer.Ordinal)
            .Where(t => expected.GetValueOrDefault(t, -1) != RowCounts.GetValueOrDefault(t, -1))
            .Select(t => $"{t}: {(expected.TryGetValue(t, out var e) ? e : "none")} → {(RowCounts.TryGetValue(t, out var f) ? f : "none")}")
            .ToList();
}
