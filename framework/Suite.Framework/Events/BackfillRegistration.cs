using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Suite.Framework.Data;

namespace Suite.Framework.Events;

public static class BackfillRegistration
{
    /// <summary>
    /// Runs <typeparamref name="TBackfill"/> once per database, at start after migrations and seeding. The context
    /// must map the framework's tables (<see cref="EventBusModelBuilderExtensions.ConfigureEventBusAndAudit"/>).
    /// </summary>
    public static IServiceCollection AddBackfill<TContext, TBackfill>(this IServiceCollection services)
        where TContext : DbContext
        where TBackfill : class, IBackfill<TContext>
    {
        services.AddScoped<TBackfill>();
        services.AddSingleton<IBackfillRun, BackfillRun<TContext, TBackfill>>();
        services.TryAddSingleton<BackfillRunner>();
        return services;
    }
}

/// <summary>
/// Runs the registered backfills that have not run on this database yet. The host calls it at start, after migrations
/// and seeding; tests call it to re-run a backfill whose record they removed.
/// </summary>
public sealed class BackfillRunner(IServiceProvider services, IEnumerable<IBackfillRun> backfills)
{
    public async Task RunPendingAsync(CancellationToken cancellationToken)
    {
        foreach (var backfill in backfills)
            await backfill.RunAsync(services, cancellationToken);
    }
}

/// <summary>One registered backfill, callable without knowing its context type.</summary>
public interface IBackfillRun
{
    Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);
}

internal sealed class BackfillRun<TContext, TBackfill>(ILogger<BackfillRun<TContext, TBackfill>> logger, TimeProvider clock) : IBackfillRun
    where TContext : DbContext
    where TBackfill : class, IBackfill<TContext>
{
    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        // A scope of its own: the snapshot may track thousands of rows that nothing after it needs.
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var backfill = scope.ServiceProvider.GetRequiredService<TBackfill>();
        if (await db.Set<Backfill>().AnyAsync(b => b.Name == backfill.Name, cancellationToken))
            return;

        await backfill.PublishAsync(db, cancellationToken);
        db.Set<Backfill>().Add(new Backfill { Name = backfill.Name, CompletedAt = clock.GetUtcNow() });
        try
        {
            // One SaveChanges is one transaction: the events and the record commit together or not at all.
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Backfill {Name} published", backfill.Name);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            logger.LogInformation("Backfill {Name} was published by another host", backfill.Name);
        }
    }
}
