using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Suite.Tasks.Application.Overdue;

/// <summary>
/// At start and then every <see cref="OverdueWatchOptions.Interval"/> (15 seconds by default, so a task is overdue
/// within a minute of its due time) runs the overdue scan until no task is waiting. Every host runs one; the scan's
/// row claims keep them from announcing a task twice.
/// </summary>
internal sealed class OverdueWatch(IServiceScopeFactory scopes, OverdueWatchOptions options, ILogger<OverdueWatch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Interval);
        try
        {
            do
            {
                try
                {
                    await ScanAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // The next round tries again: a task whose batch failed stays unmarked.
                    logger.LogWarning(e, "The overdue task scan failed; it runs again in {Interval}", options.Interval);
                }
            } while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: an ending, not an error.
        }
    }

    /// <summary>One round: batch after batch while full ones come back.</summary>
    public async Task ScanAsync(CancellationToken cancellationToken)
    {
        int published;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            published = await scope.ServiceProvider.GetRequiredService<OverdueScan>().PublishBatchAsync(cancellationToken);
        } while (published == OverdueScan.BatchSize);
    }
}
