using System.Diagnostics;
using System.Text.RegularExpressions;
using Npgsql;

namespace Suite.Host.Backups;

/// <summary>
/// pg_dump and pg_restore, found in PG_BIN_DIR, on PATH or in Debian's /usr/lib/postgresql/N/bin (newest first). They
/// connect through the PG* environment variables, so the password never shows in a process list.
/// </summary>
internal static partial class PostgresTools
{
    public static string Find(string tool)
    {
        var folders = new List<string>();
        if (Environment.GetEnvironmentVariable("PG_BIN_DIR") is { Length: > 0 } binDir)
            folders.Add(binDir);
        folders.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        if (Directory.Exists("/usr/lib/postgresql"))
            folders.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        return folders.Select(f => Path.Combine(f, tool)).FirstOrDefault(File.Exists)
            ?? throw new BackupException($"{tool} is not installed: install the PostgreSQL client (postgresql-client) or set PG_BIN_DIR to its bin folder.");
    }

    /// <summary>pg_dump refuses a server newer than itself; say so before it starts, in words an operator can act on.</summary>
    public static async Task EnsureNotOlderThanServerAsync(string tool, NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var (code, output) = await RunAsync(tool, ["--version"], connection.ConnectionString, cancellationToken);
        var match = MajorVersion().Match(output);
        if (code != 0 || !match.Success)
            throw new BackupException($"{tool} --version failed: {output.Trim()}");
        var toolMajor = int.Parse(match.Groups[1].Value);
        var serverMajor = connection.PostgreSqlVersion.Major;
        if (serverMajor > toolMajor)
            throw new BackupException($"{tool} is version {toolMajor} but the server is PostgreSQL {serverMajor}: install the PostgreSQL {serverMajor} client tools (or set PG_BIN_DIR to them).");
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(string tool, IEnumerable<string> arguments, string connectionString, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = connection.Username;
        start.Environment["PGPASSWORD"] = connection.Password;
        start.Environment["PGDATABASE"] = connection.Database;
        start.Environment["PGCONNECT_TIMEOUT"] = "30";
        if (connection.SslMode is SslMode.Require or SslMode.VerifyCA or SslMode.VerifyFull)
            start.Environment["PGSSLMODE"] = connection.SslMode.ToString().ToLowerInvariant().Replace("verifyca", "verify-ca").Replace("verifyfull", "verify-full");

        using var process = Process.Start(start) ?? throw new BackupException($"{tool} could not be started.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(true);
            throw;
        }

        return (process.ExitCode, await output + await errors);
    }

    [GeneratedRegex(@"\(PostgreSQL\)\s+(\d+)")]
    private static partial Regex MajorVersion();
}
