namespace Suite.Host.Backups;

/// <summary>One backup as the admin page lists it.</summary>
public sealed record BackupDto(
    Guid Id, string FileName, BackupTrigger Trigger, BackupStatus Status, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, long? SizeBytes, string? Error)
{
    public static BackupDto From(BackupRecord r) => new(r.Id, r.FileName, r.Trigger, r.Status, r.StartedAt, r.FinishedAt, r.SizeBytes, r.Error);
}

/// <summary>The backups page: the schedule, its health and the last backups.</summary>
public sealed record BackupOverviewDto(
    string? Schedule, DateTimeOffset? NextAt, string Folder, int Keep, int KeepDays, string HealthStatus, string? HealthDescription, IReadOnlyList<BackupDto> Items);
