namespace Suite.Host.Backups;

/// <summary>
/// `dotnet Suite.Host.dll --backup PATH` and `--restore PATH [--force]`: one backup or restore with the host's usual
/// configuration, without starting the web server; exit code 0, or 1 with one line saying why.
/// </summary>
internal static class BackupCommand
{
    public const string BackupOption = "--backup";
    public const string RestoreOption = "--restore";
    public const string ForceOption = "--force";

    public static bool IsAsked(string[] args) => args.Contains(BackupOption) || args.Contains(RestoreOption);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var restore = args.Contains(RestoreOption);
        var option = restore ? RestoreOption : BackupOption;
        var index = Array.IndexOf(args, option);
        if (index + 1 >= args.Length || args[index + 1].StartsWith("--", StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"Usage: Suite.Host {BackupOption} PATH | {RestoreOption} PATH [{ForceOption}]");
            return 2;
        }

        var path = args[index + 1];
        try
        {
            if (restore)
            {
                var manifest = await services.GetRequiredService<SuiteRestore>().RestoreAsync(path, args.Contains(ForceOption), CancellationToken.None);
                Console.WriteLine($"Restored the backup of {manifest.CreatedAt:u} ({manifest.Mode}, Suite {manifest.SuiteVersion}, " +
                    $"{manifest.RowCounts.Values.Sum()} rows, {manifest.Files} files) from {Path.GetFullPath(path)}.");
            }
            else
            {
                var manifest = await services.GetRequiredService<SuiteBackup>().TakeAsync(path, CancellationToken.None);
                Console.WriteLine($"Backed up Suite ({manifest.Mode}, {manifest.RowCounts.Values.Sum()} rows in {manifest.RowCounts.Count} tables, " +
                    $"{manifest.Files} files, {manifest.Keys} keys) to {Path.GetFullPath(path)} ({new FileInfo(path).Length} bytes).");
            }

            return 0;
        }
        catch (Exception e) when (e is BackupException or IOException or UnauthorizedAccessException or Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException or System.IO.InvalidDataException)
        {
            Console.Error.WriteLine($"Suite cannot {(restore ? "restore" : "back up")}: {e.Message}");
            return 1;
        }
    }
}
