using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Suite.Framework.Data;

namespace Suite.Framework.Events;

/// <summary>Deletes sent outbox rows and processed inbox rows once they are older than the retention window. Parked rows stay.</summary>
internal sealed class EventBusCleanup<TContext>(
    IServiceScopeFactory scopes,
    IOptions<EventBusOptions> options,
    TimeProvider clock,
    ILogger<EventBusCleanup<TContext>> logger) : BackgroundService where TContext : DbContext, IEventBusDbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanupInterval, clock);
        do
        {
            try
            {
                await CleanAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return; // the host is stopping in the middle of a cleanup: the next start does it
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Event bus cleanup failed: {Error}", e.Message);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken).AsTask().ContinueWith(t => t.IsCompletedSuccessfully && t.Result, TaskScheduler.Default));
    }

    internal async Task CleanAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var cutoff = clock.GetUtcNow() - options.Value.Retention;
        await db.OutboxMessages.Where(m => m.SentAt != null && m.SentAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        await db.InboxMessages.Where(m => m.ProcessedAt != null && m.ProcessedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
