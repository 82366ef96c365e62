namespace Suite.Host.Backups;

/// <summary>Each module's applied migrations and the row count of every table, as of one snapshot of the database.</summary>
public sealed record DatabaseContents(IReadOnlyDictionary<string, IReadOnlyList<string>> Migrations, IReadOnlyDictionary<string, long> RowCounts);
