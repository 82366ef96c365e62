using Suite.Framework.Domain;

namespace Suite.Crm.Domain.Imports;

public enum ImportTarget
{
    Company,
    Contact,
}

public enum ImportStatus
{
    /// <summary>The file is read and previewed; the user has not started it yet.</summary>
    Uploaded,
    Running,
    Completed,
    Failed,
}

/// <summary>What to do with a row that matches an existing card by tax id, phone or e-mail.</summary>
public enum DuplicateHandling
{
    Skip,
    Update,
    Create,
}

/// <summary>One row that could not be imported, with the field to blame; the other rows are imported regardless.</summary>
public sealed record ImportRowError(int Row, string Field, string Message);

/// <summary>
/// A file of companies or contacts being loaded: the file itself until the run ends, the user's column mapping,
/// and the progress and per-row errors the page polls. Not audited: its progress is bookkeeping, and the file would
/// land in the change log.
/// </summary>
public sealed class ImportJob : Entity
{
    public const int MaxStoredErrors = 5000;

    private ImportJob()
    {
        FileName = null!;
        Content = null!;
    }

    public ImportJob(ImportTarget target, string fileName, byte[] content, int total, Guid userId, DateTimeOffset now)
    {
        CreatedAt = now;
        Target = target;
        FileName = fileName;
        Content = content;
        Total = total;
        UserId = userId;
    }

    public DateTimeOffset CreatedAt { get; private set; }
    public ImportTarget Target { get; private set; }
    public string FileName { get; private set; }
    public byte[]? Content { get; private set; }
    public ImportStatus Status { get; private set; }
    public DuplicateHandling Duplicates { get; private set; }

    /// <summary>Column header → card field (name, taxId, phones, customFields.key …).</summary>
    public Dictionary<string, string> Mapping { get; private set; } = [];

    /// <summary>The importing user and the permissions they had when they started it: the background run acts as them.</summary>
    public Guid UserId { get; private set; }
    public List<string> Permissions { get; private set; } = [];

    public int Total { get; private set; }
    public int Processed { get; private set; }
    public int Created { get; private set; }
    public int Updated { get; private set; }
    public int Skipped { get; private set; }
    public int ErrorCount { get; private set; }
    public List<ImportRowError> Errors { get; private set; } = [];
    public string? Failure { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }

    public void EnsureNotStarted()
    {
        if (Status != ImportStatus.Uploaded)
            throw new BusinessRuleException("Crm.Import.AlreadyStarted", Suite.Framework.Localization.Text.Pick(
                "Этот импорт уже запущен.", "This import has already been started."));
    }

    public void Start(Dictionary<string, string> mapping, DuplicateHandling duplicates, IEnumerable<string> permissions)
    {
        EnsureNotStarted();
        Mapping = mapping;
        Duplicates = duplicates;
        Permissions = permissions.ToList();
        Status = ImportStatus.Running;
    }

    public void Progress(int processed, int created, int updated, int skipped, IReadOnlyList<ImportRowError> errors)
    {
        Processed = processed;
        Created = created;
        Updated = updated;
        Skipped = skipped;
        ErrorCount += errors.Count;
        if (errors.Count > 0 && Errors.Count < MaxStoredErrors)
            Errors = Errors.Concat(errors).Take(MaxStoredErrors).ToList();
    }

    public void Complete(DateTimeOffset now)
    {
        Status = ImportStatus.Completed;
        Content = null;
        FinishedAt = now;
    }

    public void Fail(string reason, DateTimeOffset now)
    {
        Status = ImportStatus.Failed;
        Failure = reason.Length > 1000 ? reason[..1000] : reason;
        Content = null;
        FinishedAt = now;
    }
}
