using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Suite.Framework.Hosting;
using Suite.Framework.Time;

namespace Suite.Tasks.Application.NextStep;

/// <summary>
/// Runs the "deal without a next step" check once a company day, at the first look at or after
/// <see cref="NextStepWatchOptions.TimeOfDay"/> (09:00 by default). It looks at start and then every
/// <see cref="NextStepWatchOptions.Interval"/>, so a host started (or restarted) later in the day catches up at once.
/// </summary>
internal sealed class NextStepWatch(IServiceScopeFactory scopes, NextStepWatchOptions options, ILogger<NextStepWatch> logger)
    : PeriodicWatch(options.Interval, logger)
{
    protected override string What => "The check for deals without a next step";

    protected override async Task LookAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var clock = scope.ServiceProvider.GetRequiredService<BusinessClock>();
        var now = clock.Now;
        if (TimeOnly.FromDateTime(now.DateTime) < options.TimeOfDay)
            return;
        await scope.ServiceProvider.GetRequiredService<DealsWithoutNextStep>().CheckAsync(clock.Today, cancellationToken);
    }
}
