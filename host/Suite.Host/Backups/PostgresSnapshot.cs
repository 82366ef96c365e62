using System.Data;
using System.IO.Compression;
using Npgsql;

namespace Suite.Host.Backups;

/// <summary>
/// Every schema Suite owns in one pg_dump run (custom format). The row counts and migrations are read in a repeatable-read
/// transaction whose snapshot pg_dump is given (--snapshot), so the manifest describes exactly the data in the dump.
/// </summary>
internal static class PostgresSnapshot
{
    public static async Task<DatabaseContents> TakeAsync(BackupPlaces places, string workFolder, ZipArchive archive, CancellationToken cancellationToken)
    {
        var pgDump = PostgresTools.Find("pg_dump");
        var dump = Path.Combine(workFolder, "suite.dump");
        await using var connection = new NpgsqlConnection(places.Database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await PostgresTools.EnsureNotOlderThanServerAsync(pgDump, connection, cancellationToken);

        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var snapshot = (string)(await new NpgsqlCommand("SELECT pg_export_snapshot()", connection, transaction).ExecuteScalarAsync(cancellationToken))!;
        var arguments = new List<string> { "--format=custom", "--no-owner", "--no-privileges", $"--snapshot={snapshot}", $"--file={dump}" };
        arguments.AddRange(places.Modules.Select(m => $"--schema={m.Schema}"));
        var dumping = PostgresTools.RunAsync(pgDump, arguments, places.Database.ConnectionString, cancellationToken);
        // Counted while pg_dump runs (its own process and connection), in the snapshot it dumps.
        var contents = await ReadAsync(connection, transaction, places, cancellationToken);
        var (exitCode, output) = await dumping;
        await transaction.CommitAsync(cancellationToken);
        if (exitCode != 0)
            throw new BackupException($"pg_dump failed (exit code {exitCode}): {output.Trim()}");

        // The custom format is compressed already.
        await archive.CreateEntryFromFileAsync(dump, BackupManifest.PostgresEntry, CompressionLevel.NoCompression, cancellationToken);
        return contents;
    }

    public static async Task<DatabaseContents> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, BackupPlaces places, CancellationToken cancellationToken)
    {
        var tables = await TablesAsync(connection, transaction, places, cancellationToken);
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (schema, table) in tables)
            counts[$"{schema}.{table}"] = (long)(await new NpgsqlCommand($"SELECT COUNT(*) FROM \"{schema}\".\"{table}\"", connection, transaction)
                .ExecuteScalarAsync(cancellationToken))!;

        var migrations = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var module in places.Modules.Where(m => tables.Contains((m.Schema, "__EFMigrationsHistory"))))
        {
            var ids = new List<string>();
            await using var command = new NpgsqlCommand($"SELECT \"MigrationId\" FROM \"{module.Schema}\".\"__EFMigrationsHistory\" ORDER BY 1", connection, transaction);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                ids.Add(reader.GetString(0));
            migrations[module.Module] = ids;
        }

        return new DatabaseContents(migrations, counts);
    }

    /// <summary>The tables in Suite's schemas (none in an empty database).</summary>
    public static async Task<List<(string Schema, string Table)>> TablesAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, BackupPlaces places, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema = ANY(@schemas) ORDER BY 1, 2",
            connection, transaction);
        command.Parameters.AddWithValue("schemas", places.Modules.Select(m => m.Schema).ToArray());
        var tables = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            tables.Add((reader.GetString(0), reader.GetString(1)));
        return tables;
    }
}
