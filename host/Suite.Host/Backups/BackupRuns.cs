using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Suite.Framework.Data;
using Suite.Host.Hosting;
using Suite.Host.Settings;

namespace Suite.Host.Backups;

/// <summary>
/// Backups taken while the host runs (by hand from the admin page, or by the schedule): each is claimed as a running row
/// first, so two hosts never take the same occurrence and only one backup runs at a time; then taken and recorded.
/// </summary>
public sealed class BackupRuns(
    IServiceScopeFactory scopes, SuiteBackup backup, TimeProvider clock, IOptions<BackupOptions> options,
    IConfiguration configuration, IHostEnvironment environment, ILogger<BackupRuns> logger)
{
    public string Folder => string.IsNullOrWhiteSpace(options.Value.Folder)
        ? Path.Combine(RunMode.DataPath(configuration, environment.ContentRootPath), "backups")
        : Path.GetFullPath(options.Value.Folder);

    /// <summary>A running row for a new backup, or null when one is running already (or another host took this occurrence).</summary>
    public async Task<BackupRecord?> ClaimAsync(BackupTrigger trigger, DateTimeOffset? occurrence, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SettingsDbContext>();
        var now = clock.GetUtcNow().ToUniversalTime();
        await EndAbandonedAsync(db, now, cancellationToken);
        var record = new BackupRecord($"suite-{now:yyyyMMdd-HHmmss-fff}-{trigger.ToString().ToLowerInvariant()}.zip", trigger, now, occurrence?.ToUniversalTime());
        db.Backups.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return record;
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            return null;
        }
    }

    public async Task RunAsync(BackupRecord claimed, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Folder, claimed.FileName);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SettingsDbContext>();
        var record = await db.Backups.SingleAsync(r => r.Id == claimed.Id, CancellationToken.None);
        try
        {
            await backup.TakeAsync(path, cancellationToken);
            record.Succeed(clock.GetUtcNow().ToUniversalTime(), new FileInfo(path).Length);
            logger.LogInformation("Backup {File} taken ({Trigger}, {Size} bytes)", path, record.Trigger, record.SizeBytes);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Backup {File} failed", path);
            record.Fail(clock.GetUtcNow().ToUniversalTime(), e.Message);
        }

        await db.SaveChangesAsync(CancellationToken.None);
        if (record.Status == BackupStatus.Succeeded && record.Trigger == BackupTrigger.Scheduled)
            BackupRetention.Apply(Folder, options.Value, clock.GetUtcNow(), logger);
    }

    /// <summary>The last backups, newest first.</summary>
    public async Task<List<BackupRecord>> LastAsync(int count, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SettingsDbContext>();
        return await db.Backups.AsNoTracking().OrderByDescending(r => r.StartedAt).Take(count).ToListAsync(cancellationToken);
    }

    public async Task<BackupRecord?> LastSucceededAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SettingsDbContext>();
        return await db.Backups.AsNoTracking().Where(r => r.Status == BackupStatus.Succeeded)
            .OrderByDescending(r => r.FinishedAt).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<DateTimeOffset?> LastOccurrenceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SettingsDbContext>();
        return await db.Backups.AsNoTracking().Where(r => r.Occurrence != null)
            .OrderByDescending(r => r.Occurrence).Select(r => r.Occurrence).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>A host that stopped in the middle of a backup leaves its row running; after a while it is a failure, not a lock.</summary>
    private async Task EndAbandonedAsync(SettingsDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var before = now - options.Value.AbandonedAfter;
        var abandoned = await db.Backups.Where(r => r.Status == BackupStatus.Running && r.StartedAt < before).ToListAsync(cancellationToken);
        foreach (var record in abandoned)
            record.Fail(now, "The backup did not finish: its host stopped while taking it.");
        if (abandoned.Count > 0)
            await db.SaveChangesAsync(cancellationToken);
    }
}
