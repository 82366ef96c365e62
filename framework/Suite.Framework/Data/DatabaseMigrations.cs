using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Suite.Framework.Hosting;

namespace Suite.Framework.Data;

/// <summary>
/// Brings every module's schema up to date, in module order. The host does it on start; `dotnet Suite.Host.dll
/// --migrate` does only this and exits, for a deploy step that migrates before the new hosts start (and for tests
/// that clone one migrated database instead of migrating each). Hosts that start together on one PostgreSQL database
/// take turns (<see cref="TakeTurnAsync"/>), so each migration is applied once and the others wait.
/// </summary>
public static class DatabaseMigrations
{
    public const string Option = "--migrate";

    /// <summary>
    /// Waits until no other host is preparing the same database and holds it until disposed: migrate and seed inside.
    /// Nothing to wait for on SQLite, which one host uses at a time.
    /// </summary>
    public static async Task<IAsyncDisposable> TakeTurnAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var database = services.GetRequiredService<DatabaseSettings>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<DatabaseStartLock>();
        try
        {
            return await DatabaseStartLock.AcquireAsync(database, logger, cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            throw Unreachable(database, e);
        }
    }

    /// <summary>Applies every module's pending migrations; call it inside <see cref="TakeTurnAsync"/> when other hosts may start too.</summary>
    public static async Task ApplyAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var database = services.GetRequiredService<DatabaseSettings>();
        await using var scope = services.CreateAsyncScope();
        try
        {
            if (database.Provider == DatabaseProvider.Sqlite)
                await PrepareSqliteAsync(database, cancellationToken);

            foreach (var context in scope.ServiceProvider.GetServices<ModuleDbContextType>())
            {
                var db = (DbContext)scope.ServiceProvider.GetRequiredService(context.ContextType);
                await db.Database.MigrateAsync(cancellationToken);
            }
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or SqliteException or TimeoutException)
        {
            throw Unreachable(database, e);
        }
    }

    /// <summary>The `--migrate` command: 0 when the schema is current, 1 with a one-line reason otherwise.</summary>
    public static async Task<int> RunAsync(IServiceProvider services)
    {
        try
        {
            await using (await TakeTurnAsync(services, CancellationToken.None))
                await ApplyAsync(services, CancellationToken.None);
            SqliteConnection.ClearAllPools(); // closes the file, so its WAL is folded in and the file is whole on its own
            Console.WriteLine("Suite's database is up to date.");
            return 0;
        }
        catch (StartupException e)
        {
            Console.Error.WriteLine($"Suite cannot migrate: {e.Message}");
            return 1;
        }
    }

    private static async Task PrepareSqliteAsync(DatabaseSettings database, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(database.ConnectionString);
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);

        // WAL lets the outbox and inbox workers read while a request writes.
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static StartupException Unreachable(DatabaseSettings database, Exception e) =>
        new($"Cannot reach the {database.Provider} database ({Describe(database)}): {e.Message}", e);

    private static string Describe(DatabaseSettings database)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
            return new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        return $"{builder.Host}:{builder.Port}/{builder.Database}";
    }
}
