using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Suite.Framework.Events;
using Suite.Framework.Hosting;
using Suite.Framework.Modularity;

namespace Suite.Framework.Data;

/// <summary>
/// Runs before every other hosted service: applies each module's migrations in module order, then lets
/// the modules seed (and, when configured, seed demo data), then runs the one-time backfills. An unreachable database stops the start with
/// a one-line reason instead of a stack trace.
/// </summary>
internal sealed class DatabaseInitializer(
    IServiceProvider services,
    ModuleCatalog modules,
    DatabaseSettings database,
    IConfiguration configuration,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        try
        {
            if (database.Provider == DatabaseProvider.Sqlite)
                await PrepareSqliteAsync(cancellationToken);

            foreach (var context in scope.ServiceProvider.GetServices<ModuleDbContextType>())
            {
                var db = (DbContext)scope.ServiceProvider.GetRequiredService(context.ContextType);
                await db.Database.MigrateAsync(cancellationToken);
            }
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or SqliteException or TimeoutException)
        {
            throw new StartupException($"Cannot reach the {database.Provider} database ({Describe()}): {e.Message}", e);
        }

        foreach (var module in modules.Modules)
            await module.InitializeAsync(scope.ServiceProvider, cancellationToken);

        if (configuration.GetValue<bool>("Suite:DemoData"))
            foreach (var module in modules.Modules)
                await module.SeedDemoDataAsync(scope.ServiceProvider, cancellationToken);

        // After seeding, so a backfill also re-publishes the records seeding created before a consumer existed.
        if (scope.ServiceProvider.GetService<BackfillRunner>() is { } backfills)
            await backfills.RunPendingAsync(cancellationToken);

        logger.LogInformation("Database ready: {Provider}", database.Provider);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task PrepareSqliteAsync(CancellationToken cancellationToken)
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

    private string Describe()
    {
        if (database.Provider == DatabaseProvider.Sqlite)
            return new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        return $"{builder.Host}:{builder.Port}/{builder.Database}";
    }
}
