namespace Suite.Host.Backups;

/// <summary>
/// manifest.json of a backup archive: what made it and what is in it, so a restore can be checked against it (the row
/// counts are taken in the same snapshot as the data).
/// </summary>
public sealed record BackupManifest(
    string SuiteVersion,
    DateTimeOffset CreatedAt,
    string Mode,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Migrations,
    IReadOnlyDictionary<string, long> RowCounts,
    int Files,
    int Keys)
{
    public const string EntryName = "manifest.json";
    public const string SqliteEntry = "database/suite.db";
    public const string PostgresEntry = "database/suite.dump";
    public const string FilesPrefix = "files/";
    public const string KeysPrefix = "keys/";
}
