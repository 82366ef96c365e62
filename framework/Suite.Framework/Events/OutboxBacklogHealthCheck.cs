using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Suite.Framework.Events;

/// <summary>
/// Unhealthy when some module's oldest unsent outbox row is older than the limit: events are being
/// written but not delivered (broker down for long, sender stuck).
/// </summary>
public sealed class OutboxBacklogHealthCheck(IServiceScopeFactory scopes, TimeSpan limit) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var states = await scope.ServiceProvider.GetRequiredService<EventBusState>().ReadAsync(cancellationToken);
        var ages = states.ToDictionary(s => s.Module, s => (object)s.OutboxOldestAge.TotalSeconds);
        var worst = states.Select(s => s.OutboxOldestAge).DefaultIfEmpty(TimeSpan.Zero).Max();

        return worst > limit
            ? HealthCheckResult.Unhealthy($"The oldest unsent event waits for {worst.TotalSeconds:0} s.", data: ages)
            : HealthCheckResult.Healthy("Events are being delivered.", ages);
    }
}
