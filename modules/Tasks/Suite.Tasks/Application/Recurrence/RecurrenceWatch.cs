using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Suite.Framework.Hosting;

namespace Suite.Tasks.Application.Recurrence;

/// <summary>
/// Makes recurring tasks' next occurrences at their time: at start and then every
/// <see cref="RecurrenceWatchOptions.Interval"/> (15 seconds by default), for each series whose latest occurrence's due
/// time has passed. Every host runs one; the occurrence's unique source key keeps them from making it twice.
/// </summary>
internal sealed class RecurrenceWatch(IServiceScopeFactory scopes, RecurrenceWatchOptions options, ILogger<RecurrenceWatch> logger)
    : PeriodicWatch(options.Interval, logger)
{
    private const int BatchSize = 500;

    protected override string What => "Making recurring tasks' next occurrences";

    protected override Task LookAsync(CancellationToken cancellationToken) => ScheduleAsync(cancellationToken);

    /// <summary>One batch a round: a series whose rule has ended stays in the query, so the round must not loop on it.</summary>
    private async Task ScheduleAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var recurring = scope.ServiceProvider.GetRequiredService<RecurringTasks>();
        foreach (var task in await recurring.DueAsync(BatchSize, cancellationToken))
            await recurring.ScheduleAtItsTimeAsync(task, cancellationToken);
    }
}
