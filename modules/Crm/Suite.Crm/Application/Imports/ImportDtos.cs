using Suite.Crm.Domain.Imports;

namespace Suite.Crm.Application.Imports;

/// <summary>An uploaded file before it runs: its columns, its first rows, and a suggested column mapping.</summary>
internal sealed record ImportPreviewDto(
    Guid Id,
    ImportTarget Target,
    string FileName,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    int Total,
    IReadOnlyDictionary<string, string> SuggestedMapping,
    IReadOnlyList<ImportFieldDto> Fields);

/// <summary>An import's progress and its per-row errors; rows are numbered as in the file, the header being row 1.</summary>
internal sealed record ImportJobDto(
    Guid Id,
    ImportTarget Target,
    string FileName,
    ImportStatus Status,
    DuplicateHandling Duplicates,
    int Total,
    int Processed,
    int Created,
    int Updated,
    int Skipped,
    int ErrorCount,
    IReadOnlyList<ImportRowError> Errors,
    string? Failure,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt)
{
    internal static ImportJobDto From(ImportJob j) => new(j.Id, j.Target, j.FileName, j.Status, j.Duplicates, j.Total, j.Processed,
        j.Created, j.Updated, j.Skipped, j.ErrorCount, j.Errors, j.Failure, j.CreatedAt, j.FinishedAt);
}

/// <summary>Starts an uploaded import: which column fills which field, and what to do with rows matching an existing card.</summary>
internal sealed record ImportRunInput
{
    /// <summary>Column header → field key (name, taxId, phones, customFields.&lt;key&gt; …); unmapped columns are ignored.</summary>
    public Dictionary<string, string>? Mapping { get; init; }

    /// <summary>skip, update or create.</summary>
    public string? Duplicates { get; init; }
}
