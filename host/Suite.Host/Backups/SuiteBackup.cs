using System.IO.Compression;
using System.Reflection;
using System.Text.Json;

namespace Suite.Host.Backups;

/// <summary>
/// Takes a backup into one zip archive: the database (SQLite's backup API, or one pg_dump of every Suite schema), the
/// stored files of the embedded mode, the key ring and manifest.json. The archive is written beside its final name and
/// moved into place, so a failed backup never leaves a file that looks whole.
/// </summary>
public sealed class SuiteBackup(IServiceProvider services, TimeProvider clock)
{
    internal static readonly JsonSerializerOptions Json = Hosting.ReadableJson.Options;

    public async Task<BackupManifest> TakeAsync(string path, CancellationToken cancellationToken)
    {
        var places = BackupPlaces.From(services);
        var target = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        var work = Directory.CreateTempSubdirectory("suite-backup-").FullName;
        try
        {
            var createdAt = clock.GetUtcNow();
            BackupManifest manifest;
            await using (var stream = new FileStream(partial, FileMode.Create, FileAccess.ReadWrite))
            await using (var archive = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                var contents = places.IsEmbedded
                    ? await SqliteSnapshot.TakeAsync(places, work, archive, cancellationToken)
                    : await PostgresSnapshot.TakeAsync(places, work, archive, cancellationToken);
                var files = places.FilesFolder is null ? 0 : await AddFolderAsync(archive, places.FilesFolder, BackupManifest.FilesPrefix, cancellationToken);
                var keys = await AddFolderAsync(archive, places.KeysFolder, BackupManifest.KeysPrefix, cancellationToken);
                manifest = new BackupManifest(Version, createdAt, places.IsEmbedded ? "embedded" : "server",
                    contents.Migrations, contents.RowCounts, files, keys);
                await using var entry = await archive.CreateEntry(BackupManifest.EntryName).OpenAsync(cancellationToken);
                await JsonSerializer.SerializeAsync(entry, manifest, Json, cancellationToken);
            }

            File.Move(partial, target, overwrite: true);
            return manifest;
        }
        finally
        {
            File.Delete(partial);
            Directory.Delete(work, recursive: true);
        }
    }

    public static string Version =>
        typeof(SuiteBackup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(SuiteBackup).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>Files are added one by one as they are on disk: the stores only ever add new files under new names.</summary>
    private static async Task<int> AddFolderAsync(ZipArchive archive, string folder, string prefix, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
            return 0;
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = prefix + Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
            await archive.CreateEntryFromFileAsync(file, name, CompressionLevel.Fastest, cancellationToken);
            count++;
        }

        return count;
    }
}
