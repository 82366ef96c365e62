using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Suite.Host.Backups;

/// <summary>
/// "backup" in /health/ready: Degraded when the schedule's first occurrence after the last successful backup passed more
/// than Backup:Grace ago (the backups stopped or fail); Healthy, saying so, when no schedule is configured.
/// </summary>
internal sealed class BackupHealthCheck(BackupSchedule schedule, BackupRuns runs, TimeProvider clock, IOptions<BackupOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var last = await runs.LastSucceededAsync(cancellationToken);
        var data = new Dictionary<string, object>();
        if (last?.FinishedAt is { } finished)
            data["lastSucceededAt"] = finished;
        if (schedule.Cron is null)
            return HealthCheckResult.Healthy("No backup schedule is configured (Backup:Schedule): backups are taken by hand.", data);

        data["schedule"] = schedule.Expression!;
        var due = schedule.NextAfter(last?.FinishedAt ?? schedule.StartedAt);
        if (due is not null && due.Value + options.Value.Grace < clock.GetUtcNow())
            return HealthCheckResult.Degraded(last is null
                ? $"No backup has succeeded; one was due at {due:u}."
                : $"The last successful backup finished at {last.FinishedAt:u}; the next was due at {due:u}.", data: data);
        return HealthCheckResult.Healthy(last is null ? "No backup is due yet." : $"The last backup finished at {last.FinishedAt:u}.", data);
    }
}
