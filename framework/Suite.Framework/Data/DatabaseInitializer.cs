using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Suite.Framework.Events;
using Suite.Framework.Modularity;

namespace Suite.Framework.Data;

/// <summary>
/// Runs before every other hosted service: applies each module's migrations in module order, then lets
/// the modules seed (and, when configured, seed demo data), then runs the one-time backfills. An unreachable database stops the start with
/// a one-line reason instead of a stack trace. All of it in this host's turn: hosts starting together on one PostgreSQL
/// database prepare it one after another, so a migration is applied once and a seed's "is it there yet?" sees the
/// other host's rows (ADR 0028).
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
        await using (await DatabaseMigrations.TakeTurnAsync(services, cancellationToken))
            await PrepareAsync(cancellationToken);
        logger.LogInformation("Database ready: {Provider}", database.Provider);
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await DatabaseMigrations.ApplyAsync(services, cancellationToken);

        await using var scope = services.CreateAsyncScope();
        foreach (var module in modules.Modules)
            await module.InitializeAsync(scope.ServiceProvider, cancellationToken);

        if (configuration.GetValue<bool>("Suite:DemoData"))
            foreach (var module in modules.Modules)
                await module.SeedDemoDataAsync(scope.ServiceProvider, cancellationToken);

        // After seeding, so a backfill also re-publishes the records seeding created before a consumer existed.
        if (scope.ServiceProvider.GetService<BackfillRunner>() is { } backfills)
            await backfills.RunPendingAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
