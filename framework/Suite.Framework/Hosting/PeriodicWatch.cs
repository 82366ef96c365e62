using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Suite.Framework.Hosting;

/// <summary>
/// Work a host does on its own, on every host: one look at start and then one every <see cref="Interval"/>. A look that
/// fails is logged and the next one tries again (what it did not finish stays to be done: each watch keeps its work
/// safe to repeat and to share between hosts); stopping the host is an ending, not an error.
/// </summary>
public abstract class PeriodicWatch(TimeSpan interval, ILogger logger) : BackgroundService
{
    public TimeSpan Interval => interval;

    /// <summary>What a failed look was, for the log: "The overdue task scan".</summary>
    protected abstract string What { get; }

    protected abstract Task LookAsync(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            do
            {
                try
                {
                    await LookAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(e, "{What} failed; it is tried again in {Interval}", What, interval);
                }
            } while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: an ending, not an error.
        }
    }
}
