using Suite.Framework.Domain;

namespace Suite.Host.Backups;

/// <summary>
/// One backup taken or being taken. At most one is running across all hosts (a unique index over the running ones);
/// a scheduled backup carries its occurrence, unique too, so of several hosts only one takes it.
/// </summary>
public sealed class BackupRecord : Entity
{
    public const int MaxFileNameLength = 260;

    private BackupRecord()
    {
    }

    public BackupRecord(string fileName, BackupTrigger trigger, DateTimeOffset startedAt, DateTimeOffset? occurrence)
    {
        FileName = fileName;
        Trigger = trigger;
        StartedAt = startedAt;
        Occurrence = occurrence;
        Status = BackupStatus.Running;
    }

    public string FileName { get; private set; } = "";
    public BackupTrigger Trigger { get; private set; }
    public BackupStatus Status { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }
    public long? SizeBytes { get; private set; }
    public string? Error { get; private set; }

    /// <summary>The schedule's occurrence a scheduled backup is for; null for one taken by hand.</summary>
    public DateTimeOffset? Occurrence { get; private set; }

    public void Succeed(DateTimeOffset at, long sizeBytes)
    {
        Status = BackupStatus.Succeeded;
        FinishedAt = at;
        SizeBytes = sizeBytes;
    }

    public void Fail(DateTimeOffset at, string error)
    {
        Status = BackupStatus.Failed;
        FinishedAt = at;
        Error = error.Length > 2000 ? error[..2000] : error;
    }
}

public enum BackupTrigger
{
    Scheduled,
    Manual,
}

public enum BackupStatus
{
    Running,
    Succeeded,
    Failed,
}
