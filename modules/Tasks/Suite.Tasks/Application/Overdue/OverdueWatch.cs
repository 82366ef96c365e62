using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Suite.Framework.Hosting;

namespace Suite.Tasks.Application.Overdue;

/// <summary>
/// At start and then every <see cref="OverdueWatchOptions.Interval"/> (15 seconds by default, so a task is overdue
/// within a minute of its due time) runs the overdue scan until no task is waiting. Every host runs one; the scan's
/// row claims keep them from announcing a task twice.
/// </summary>
internal sealed class OverdueWatch(IServiceScopeFactory scopes, OverdueWatchOptions options, ILogger<OverdueWatch> logger)
    : PeriodicWatch(options.Interval, logger)
{
    protected override string What => "The overdue task scan";

    protected override Task LookAsync(CancellationToken cancellationToken) => ScanAsync(cancellationToken);

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
