namespace Suite.Host.Backups;

/// <summary>The "Backup" configuration section (README: Backups).</summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>A cron expression in the company's time zone ("0 2 * * *": every night at 02:00); six fields count seconds. Empty: no scheduled backups.</summary>
    public string? Schedule { get; set; }

    /// <summary>Where backups are written; Suite:DataPath/backups when empty.</summary>
    public string? Folder { get; set; }

    /// <summary>How many scheduled backups to keep (the newest); 0 or empty keeps all.</summary>
    public int Keep { get; set; }

    /// <summary>Scheduled backups older than this many days are deleted; 0 or empty keeps them.</summary>
    public int KeepDays { get; set; }

    /// <summary>How often each host looks whether a scheduled backup is due.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How late a scheduled backup may be before the health entry turns Degraded.</summary>
    public TimeSpan Grace { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A backup still "running" after this long was cut off (its host stopped); it no longer blocks new ones.</summary>
    public TimeSpan AbandonedAfter { get; set; } = TimeSpan.FromHours(12);
}
