using Microsoft.Extensions.Options;
using Suite.Framework.Hosting;

namespace Suite.Host.Backups;

/// <summary>
/// Every host looks whether the schedule's latest occurrence has its backup; the first to claim it takes it (the
/// occurrence is unique in the backups' table), the others see it taken.
/// </summary>
internal sealed class BackupScheduleWatch(BackupSchedule schedule, BackupRuns runs, TimeProvider clock, IOptions<BackupOptions> options, ILogger<BackupScheduleWatch> logger)
    : PeriodicWatch(options.Value.CheckInterval, logger)
{
    protected override string What => "The scheduled backup";

    protected override async Task LookAsync(CancellationToken cancellationToken)
    {
        if (schedule.Cron is null)
            return;
        var last = await runs.LastOccurrenceAsync(cancellationToken) ?? schedule.StartedAt;
        var due = schedule.LatestDue(last, clock.GetUtcNow());
        if (due is null)
            return;
        var record = await runs.ClaimAsync(BackupTrigger.Scheduled, due, cancellationToken);
        if (record is not null)
            await runs.RunAsync(record, cancellationToken);
    }
}
