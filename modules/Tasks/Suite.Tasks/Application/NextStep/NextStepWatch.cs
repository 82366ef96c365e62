using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Suite.Framework.Time;

namespace Suite.Tasks.Application.NextStep;

/// <summary>
/// Runs the "deal without a next step" check once a company day, at the first look at or after
/// <see cref="NextStepWatchOptions.TimeOfDay"/> (09:00 by default). It looks at start and then every
/// <see cref="NextStepWatchOptions.Interval"/>, so a host started (or restarted) later in the day catches up at once.
/// </summary>
internal sealed class NextStepWatch(IServiceScopeFactory scopes, NextStepWatchOptions options, ILogger<NextStepWatch> logger) : BackgroundService
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
                    await LookAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(e, "The check for deals without a next step failed; it is tried again in {Interval}", options.Interval);
                }
            } while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: an ending, not an error.
        }
    }

    private async Task LookAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var clock = scope.ServiceProvider.GetRequiredService<BusinessClock>();
        var now = clock.Now;
        if (TimeOnly.FromDateTime(now.DateTime) < options.TimeOfDay)
            return;
        await scope.ServiceProvider.GetRequiredService<DealsWithoutNextStep>().CheckAsync(clock.Today, cancellationToken);
    }
}
