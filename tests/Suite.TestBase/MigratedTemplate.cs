using System.Diagnostics;
using Npgsql;
using Suite.Framework.Data;

namespace Suite.TestBase;

/// <summary>
/// One database per test process with every module's migrations applied (by the host's own `--migrate`), cloned for
/// each test host: a test host then only checks the migration history, seeds and runs its backfills, as a first start
/// does, instead of building some hundred tables. A SQLite template is a file copied; a PostgreSQL one is
/// `CREATE DATABASE … TEMPLATE`.
/// </summary>
internal static class MigratedTemplate
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _sqliteFile;
    private static string? _postgresName;

    public static async Task<string> SqliteFileAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_sqliteFile is null)
            {
                var folder = Directory.CreateTempSubdirectory("suite-template-").FullName;
                await MigrateAsync(("Suite__DataPath", folder), ("ConnectionStrings__Suite", ""));
                _sqliteFile = Path.Combine(folder, "suite.db");
            }
            return _sqliteFile;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task<string> PostgresNameAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_postgresName is null)
            {
                var name = "suite_template_" + Guid.NewGuid().ToString("N")[..12];
                await ExecuteAsync($"CREATE DATABASE {name}");
                var connection = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgreSql) { Database = name, Pooling = false }.ToString();
                await MigrateAsync(("Suite__DataPath", Directory.CreateTempSubdirectory("suite-template-").FullName),
                    ("ConnectionStrings__Suite", connection));
                AppDomain.CurrentDomain.ProcessExit += (_, _) => Drop(name);
                _postgresName = name;
            }
            return _postgresName;
        }
        finally
        {
            Gate.Release();
        }
    }

    internal static async Task ExecuteAsync(string sql)
    {
        await using var admin = new NpgsqlConnection(TestEnvironment.PostgreSql);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }

    private static void Drop(string name)
    {
        try
        {
            ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)").GetAwaiter().GetResult();
        }
        catch (NpgsqlException)
        {
            // ./test stops the whole cluster anyway.
        }
    }

    private static async Task MigrateAsync(params (string Name, string Value)[] settings)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Suite.Host.dll"), DatabaseMigrations.Option])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Suite__AdminPassword"] = SuiteHost.AdminPassword;
        start.Environment["RabbitMq__Uri"] = "";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        foreach (var (name, value) in settings)
            start.Environment[name] = value;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"The template database could not be migrated (exit {process.ExitCode}): {await errors} {await output}");
    }
}
