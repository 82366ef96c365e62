namespace Suite.Host.Backups;

/// <summary>
/// Deletes scheduled backups beyond Backup:Keep (the newest stay) and older than Backup:KeepDays. Backups taken by hand
/// are the admin's own and stay until someone deletes them.
/// </summary>
internal static class BackupRetention
{
    public const string ScheduledPattern = "suite-*-scheduled.zip";

    public static void Apply(string folder, BackupOptions options, DateTimeOffset now, ILogger logger)
    {
        if (!Directory.Exists(folder))
            return;
        // The names start with the UTC time they were taken, so name order is age order.
        var scheduled = Directory.GetFiles(folder, ScheduledPattern).OrderByDescending(Path.GetFileName, StringComparer.Ordinal).ToList();
        var expired = new HashSet<string>();
        if (options.Keep > 0)
            expired.UnionWith(scheduled.Skip(options.Keep));
        if (options.KeepDays > 0)
            expired.UnionWith(scheduled.Where(f => File.GetLastWriteTimeUtc(f) < now.UtcDateTime.AddDays(-options.KeepDays)));
        foreach (var file in expired)
        {
            File.Delete(file);
            logger.LogInformation("Backup {File} deleted (Backup:Keep {Keep}, Backup:KeepDays {KeepDays})", file, options.Keep, options.KeepDays);
        }
    }
}
