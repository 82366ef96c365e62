using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Suite.Host.Settings;

namespace Suite.Host.Backups;

/// <summary>
/// Puts a backup archive back into the configured database and folders. It refuses a target that already has Suite's
/// tables or stored files unless forced, because a restore replaces everything there. The outbox and inbox come back
/// with the data: unsent events are sent when a host starts on it, and the inbox's message ids keep dropping copies of
/// events it had already taken in.
/// </summary>
public sealed class SuiteRestore(IServiceProvider services)
{
    public async Task<BackupManifest> RestoreAsync(string path, bool force, CancellationToken cancellationToken)
    {
        var places = BackupPlaces.From(services);
        var source = Path.GetFullPath(path);
        if (!File.Exists(source))
            throw new BackupException($"There is no backup at {source}.");
        using var archive = ZipFile.OpenRead(source);
        var manifest = await ManifestAsync(archive, source, cancellationToken);
        var mode = places.IsEmbedded ? "embedded" : "server";
        if (manifest.Mode != mode)
            throw new BackupException($"{source} is a backup of the {manifest.Mode} mode; this host is configured for the {mode} mode.");

        var inUse = places.IsEmbedded ? await EmbeddedInUseAsync(places, cancellationToken) : await ServerInUseAsync(places, cancellationToken);
        if (inUse is not null && !force)
            throw new BackupException($"The target is not empty: {inUse}. Restore replaces everything there; run it again with --force to do that.");

        if (places.IsEmbedded)
            await RestoreEmbeddedAsync(archive, places, cancellationToken);
        else
            await RestoreServerAsync(archive, places, cancellationToken);

        // The restore checks itself: every table has the rows the backup counted in its snapshot.
        var differences = (await DatabaseContents.ReadAsync(places, cancellationToken)).DifferencesFrom(manifest.RowCounts);
        if (differences.Count > 0)
            throw new BackupException($"The restored database differs from the backup's manifest: {string.Join("; ", differences.Take(10))}.");

        if (manifest.RowCounts.Keys.Any(t => t.EndsWith("SettingsBackups", StringComparison.Ordinal))) // a backup of an older version has no log yet
            await EndInterruptedBackupsAsync(cancellationToken);
        // Key files are named by their id: keys already there stay and the backup's join them, so sign-ins made with either keep working.
        await ExtractAsync(archive, BackupManifest.KeysPrefix, places.KeysFolder, overwrite: false, cancellationToken);
        return manifest;
    }

    /// <summary>
    /// A scheduled or manual backup is "running" in its own snapshot; in the restored installation nothing is running it,
    /// and a running row would keep every new backup waiting until it is taken for abandoned.
    /// </summary>
    private async Task EndInterruptedBackupsAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SettingsDbContext>().Backups.Where(r => r.Status == BackupStatus.Running)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, BackupStatus.Failed)
                .SetProperty(r => r.Error, "Was running when the restored backup was taken; its file is on the installation that took it."), cancellationToken);
    }

    public static async Task<BackupManifest> ManifestAsync(ZipArchive archive, string source, CancellationToken cancellationToken)
    {
        var entry = archive.GetEntry(BackupManifest.EntryName) ?? throw new BackupException($"{source} is not a Suite backup (it has no {BackupManifest.EntryName}).");
        await using var stream = await entry.OpenAsync(cancellationToken);
        return await JsonSerializer.DeserializeAsync<BackupManifest>(stream, SuiteBackup.Json, cancellationToken)
            ?? throw new BackupException($"{source} has an empty {BackupManifest.EntryName}.");
    }

    private static async Task<string?> EmbeddedInUseAsync(BackupPlaces places, CancellationToken cancellationToken)
    {
        SqliteConnection.ClearAllPools();
        var tables = await SqliteSnapshot.TablesAsync(places.SqliteFile, cancellationToken);
        if (tables.Count > 0)
            return $"the database {places.SqliteFile} has {tables.Count} tables";
        if (places.FilesFolder is not null && Directory.Exists(places.FilesFolder) && Directory.EnumerateFiles(places.FilesFolder, "*", SearchOption.AllDirectories).Any())
            return $"the folder {places.FilesFolder} has stored files";
        return null;
    }

    private static async Task<string?> ServerInUseAsync(BackupPlaces places, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(places.Database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var tables = await PostgresSnapshot.TablesAsync(connection, null, places, cancellationToken);
        return tables.Count > 0 ? $"the database {connection.Database} has {tables.Count} of Suite's tables" : null;
    }

    private static async Task RestoreEmbeddedAsync(ZipArchive archive, BackupPlaces places, CancellationToken cancellationToken)
    {
        var entry = archive.GetEntry(BackupManifest.SqliteEntry) ?? throw new BackupException($"The backup has no {BackupManifest.SqliteEntry}.");
        SqliteConnection.ClearAllPools();
        var file = places.SqliteFile;
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var partial = file + ".restoring";
        await entry.ExtractToFileAsync(partial, overwrite: true, cancellationToken);
        foreach (var stale in new[] { file, file + "-wal", file + "-shm" })
            File.Delete(stale);
        File.Move(partial, file);

        if (places.FilesFolder is null)
            return;
        if (Directory.Exists(places.FilesFolder))
            Directory.Delete(places.FilesFolder, recursive: true);
        await ExtractAsync(archive, BackupManifest.FilesPrefix, places.FilesFolder, overwrite: true, cancellationToken);
    }

    private static async Task RestoreServerAsync(ZipArchive archive, BackupPlaces places, CancellationToken cancellationToken)
    {
        var entry = archive.GetEntry(BackupManifest.PostgresEntry) ?? throw new BackupException($"The backup has no {BackupManifest.PostgresEntry}.");
        var pgRestore = PostgresTools.Find("pg_restore");
        var work = Directory.CreateTempSubdirectory("suite-restore-").FullName;
        try
        {
            var dump = Path.Combine(work, "suite.dump");
            await entry.ExtractToFileAsync(dump, overwrite: true, cancellationToken);
            await using (var connection = new NpgsqlConnection(places.Database.ConnectionString))
            {
                await connection.OpenAsync(cancellationToken);
                await PostgresTools.EnsureNotOlderThanServerAsync(pgRestore, connection, cancellationToken);
                // Reached only when the schemas are empty or the operator forced it. pg_trgm lives outside Suite's
                // schemas (public), so the dump does not carry it; the indexes in it need it.
                var sql = string.Join(";", places.Modules.Select(m => $"DROP SCHEMA IF EXISTS \"{m.Schema}\" CASCADE"))
                    + ";CREATE EXTENSION IF NOT EXISTS pg_trgm";
                await new NpgsqlCommand(sql, connection).ExecuteNonQueryAsync(cancellationToken);
            }

            var (exitCode, output) = await PostgresTools.RunAsync(pgRestore,
                ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", $"--dbname={new NpgsqlConnectionStringBuilder(places.Database.ConnectionString).Database}", dump],
                places.Database.ConnectionString, cancellationToken);
            if (exitCode != 0)
                throw new BackupException($"pg_restore failed (exit code {exitCode}): {output.Trim()}");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task ExtractAsync(ZipArchive archive, string prefix, string folder, bool overwrite, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        foreach (var entry in archive.Entries.Where(e => e.FullName.StartsWith(prefix, StringComparison.Ordinal) && e.Name.Length > 0))
        {
            var target = Path.GetFullPath(Path.Combine(folder, entry.FullName[prefix.Length..]));
            if (!target.StartsWith(root, StringComparison.Ordinal))
                throw new BackupException($"The backup's entry {entry.FullName} points outside {folder}.");
            if (!overwrite && File.Exists(target))
                continue;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await entry.ExtractToFileAsync(target, overwrite, cancellationToken);
        }
    }
}
