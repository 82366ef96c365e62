using System.Diagnostics;
using System.Text.RegularExpressions;
using Npgsql;

namespace Suite.Bench;

/// <summary>pgbench on the same cluster, in a database of its own: the reference the write figures are divided by.</summary>
internal static partial class Pgbench
{
    public static async Task<double?> TpsAsync(string server, string databaseName, BenchOptions options)
    {
        var binary = PgbenchBinary();
        if (binary is null)
        {
            Console.WriteLine("pgbench  not found (set PG_BIN_DIR or SUITE_BENCH_PGBENCH): no comparison");
            return null;
        }

        var target = new NpgsqlConnectionStringBuilder(server);
        var name = databaseName + "_pgbench";
        await ExecuteAsync(server, $"CREATE DATABASE {name}");
        try
        {
            var step = Stopwatch.StartNew();
            await RunAsync(binary, target, ["-i", "-q", name]);
            Console.WriteLine($"pgbench  -i (scale 1) in {StockGenerator.Seconds(step)} into {name}");
            var output = await RunAsync(binary, target, ["-c", options.PostingClients.ToString(), "-T", options.Duration.TotalSeconds.ToString("0"), name]);
            foreach (var line in output.Split('\n').Where(l => l.StartsWith("tps") || l.StartsWith("latency") || l.StartsWith("number of")))
                Console.WriteLine($"  pgbench {line.Trim()}");
            var match = TpsPattern().Match(output);
            return match.Success ? double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    [GeneratedRegex(@"tps = ([0-9.]+)")]
    private static partial Regex TpsPattern();

    /// <summary>Next to the cluster's own binaries (scripts/services.sh's PG_BIN_DIR), or as told, or on the PATH.</summary>
    private static string? PgbenchBinary()
    {
        if (Environment.GetEnvironmentVariable("SUITE_BENCH_PGBENCH") is { Length: > 0 } given)
            return given;
        foreach (var dir in new[] { Environment.GetEnvironmentVariable("PG_BIN_DIR"), "/usr/lib/postgresql/15/bin" })
            if (!string.IsNullOrEmpty(dir) && File.Exists(Path.Combine(dir, "pgbench")))
                return Path.Combine(dir, "pgbench");
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "pgbench")).FirstOrDefault(File.Exists);
    }

    private static async Task<string> RunAsync(string binary, NpgsqlConnectionStringBuilder target, string[] args)
    {
        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-h", target.Host!, "-p", target.Port.ToString(), "-U", target.Username! }.Concat(args))
            start.ArgumentList.Add(arg);
        start.Environment["PGPASSWORD"] = target.Password ?? "";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"pgbench {string.Join(' ', args)} exited with {process.ExitCode}:\n{await stderr}");
        return await stdout + await stderr;
    }


    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
