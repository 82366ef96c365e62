using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Suite.Framework.Domain;
using Suite.Framework.Permissions;

namespace Suite.Host.Backups;

internal static class BackupEndpoints
{
    public const string AlreadyRunning = "Backup.AlreadyRunning";

    public static void MapBackups(this IEndpointRouteBuilder endpoints)
    {
        var backups = endpoints.MapGroup("/api/admin/backups").WithTags("Backups")
            .RequirePermission(BackupPermissions.Manage)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        backups.MapGet("", OverviewAsync).WithName("GetBackups");

        // The backup runs in the background: a big database takes minutes, longer than a request should wait.
        backups.MapPost("", async (BackupRuns runs, IHostApplicationLifetime lifetime, CancellationToken ct) =>
            {
                var record = await runs.ClaimAsync(BackupTrigger.Manual, null, ct)
                    ?? throw new BusinessRuleException(AlreadyRunning, Framework.Localization.Text.Pick(
                        "Резервная копия уже создаётся; дождитесь её окончания.", "A backup is being taken already; wait for it to finish."));
                _ = Task.Run(() => runs.RunAsync(record, lifetime.ApplicationStopping), CancellationToken.None);
                return TypedResults.Accepted("/api/admin/backups", BackupDto.From(record));
            })
            .WithName("TakeBackup")
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<BackupOverviewDto> OverviewAsync(
        BackupRuns runs, BackupSchedule schedule, BackupHealthCheck health, IOptions<BackupOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var items = await runs.LastAsync(50, ct);
        var status = await health.CheckHealthAsync(new HealthCheckContext(), ct);
        return new BackupOverviewDto(schedule.Expression, schedule.NextAfter(clock.GetUtcNow()), runs.Folder, options.Value.Keep, options.Value.KeepDays,
            status.Status.ToString(), status.Description, items.Select(BackupDto.From).ToList());
    }
}
