using Microsoft.Data.Sqlite;
using Suite.Framework.Data;
using Suite.Host.Hosting;

namespace Suite.Host.Backups;

/// <summary>
/// What a backup holds besides the database: the key ring (Suite:DataPath/keys) and, in the embedded mode, the folder
/// of stored files (Docs keeps them in `docs` under Suite:DataPath, else beside the SQLite file: ADR 0019). In server
/// mode the files are in PostgreSQL, so the dump carries them.
/// </summary>
public sealed record BackupPlaces(DatabaseSettings Database, string KeysFolder, string? FilesFolder, IReadOnlyList<ModuleDatabase> Modules)
{
    public bool IsEmbedded => Database.Provider == DatabaseProvider.Sqlite;

    public string SqliteFile => Path.GetFullPath(new SqliteConnectionStringBuilder(Database.ConnectionString).DataSource);

    public static BackupPlaces From(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var contentRoot = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
        var database = services.GetRequiredService<DatabaseSettings>();
        var modules = services.GetServices<ModuleDbContextType>().Select(m => m.Module).DistinctBy(m => m.Schema).ToList();
        var keys = Path.Combine(RunMode.DataPath(configuration, contentRoot), "keys");
        string? files = null;
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var configured = configuration["Suite:DataPath"];
            var dataPath = string.IsNullOrWhiteSpace(configured)
                ? Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource))!
                : configured;
            files = Path.Combine(dataPath, "docs");
        }

        return new BackupPlaces(database, keys, files, modules);
    }
}
