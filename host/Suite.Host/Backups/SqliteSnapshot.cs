using System.IO.Compression;
using Microsoft.Data.Sqlite;

namespace Suite.Host.Backups;

/// <summary>
/// The embedded database through SQLite's online backup API: a page-by-page copy that is consistent even while the host
/// writes (a file copy of a WAL database is not). Migrations and row counts are read from the copy, so they match it.
/// </summary>
internal static class SqliteSnapshot
{
    public static async Task<DatabaseContents> TakeAsync(BackupPlaces places, string workFolder, ZipArchive archive, CancellationToken cancellationToken)
    {
        var copy = Path.Combine(workFolder, "suite.db");
        await using (var source = new SqliteConnection(places.Database.ConnectionString))
        await using (var target = new SqliteConnection(Connection(copy)))
        {
            await source.OpenAsync(cancellationToken);
            await target.OpenAsync(cancellationToken);
            source.BackupDatabase(target);
            // The copy stands alone: no -wal file beside it.
            await ExecuteAsync(target, "PRAGMA journal_mode=DELETE;", cancellationToken);
        }

        var contents = await ReadAsync(copy, places, cancellationToken);
        await archive.CreateEntryFromFileAsync(copy, BackupManifest.SqliteEntry, CompressionLevel.Fastest, cancellationToken);
        return contents;
    }

    public static async Task<DatabaseContents> ReadAsync(string file, BackupPlaces places, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(Connection(file));
        await connection.OpenAsync(cancellationToken);
        var tables = await TablesAsync(connection, cancellationToken);
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
            counts[table] = await ScalarAsync(connection, $"SELECT COUNT(*) FROM \"{table}\"", cancellationToken);

        var migrations = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var module in places.Modules.Where(m => tables.Contains(m.MigrationsHistoryTable)))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT \"MigrationId\" FROM \"{module.MigrationsHistoryTable}\" ORDER BY \"MigrationId\"";
            var ids = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                ids.Add(reader.GetString(0));
            migrations[module.Module] = ids;
        }

        return new DatabaseContents(migrations, counts);
    }

    /// <summary>The user tables of a SQLite file, none when it does not exist.</summary>
    public static async Task<List<string>> TablesAsync(string file, CancellationToken cancellationToken)
    {
        if (!File.Exists(file) || new FileInfo(file).Length == 0)
            return [];
        await using var connection = new SqliteConnection(Connection(file));
        await connection.OpenAsync(cancellationToken);
        return await TablesAsync(connection, cancellationToken);
    }

    private static async Task<List<string>> TablesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            tables.Add(reader.GetString(0));
        return tables;
    }

    // Not pooled: the file must be closed (and whole) as soon as the work with it ends.
    private static string Connection(string file) => new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
