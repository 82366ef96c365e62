using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Suite.Framework.Data;

namespace Suite.Framework.Events;

/// <summary>
/// Unhealthy when some module's oldest unsent outbox row is older than the limit: events are being
/// written but not delivered (broker down for long, sender stuck).
/// </summary>
public sealed class OutboxBacklogHealthCheck(IServiceScopeFactory scopes, TimeProvider clock, TimeSpan limit) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var now = clock.GetUtcNow();
        var ages = new Dictionary<string, object>();
        var worst = TimeSpan.Zero;
        foreach (var module in scope.ServiceProvider.GetServices<ModuleDbContextType>())
        {
            if (scope.ServiceProvider.GetRequiredService(module.ContextType) is not IEventBusDbContext db)
                continue;
            var oldest = await db.OutboxMessages.Where(m => m.SentAt == null)
                .OrderBy(m => m.CreatedAt).Select(m => (DateTimeOffset?)m.CreatedAt).FirstOrDefaultAsync(cancellationToken);
            var age = oldest is null ? TimeSpan.Zero : now - oldest.Value;
            ages[module.Module.Module] = age.TotalSeconds;
            if (age > worst)
                worst = age;
        }

        return worst > limit
            ? HealthCheckResult.Unhealthy($"The oldest unsent event waits for {worst.TotalSeconds:0} s.", data: ages)
            : HealthCheckResult.Healthy("Events are being delivered.", ages);
    }
}
