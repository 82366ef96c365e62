using System.Diagnostics;
using Suite.Framework.Data;

namespace Suite.IntegrationTests.Backups;

/// <summary>`dotnet Suite.Host.dll ARGS` as an operator runs it, with the configuration of one database and data folder.</summary>
internal static class HostCommand
{
    public static async Task<(int ExitCode, string Output)> RunAsync(DatabaseProvider provider, string connectionString, string dataPath, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Suite.Host.dll"), .. args])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ConnectionStrings__Suite"] = provider == DatabaseProvider.PostgreSql ? connectionString : "";
        start.Environment["Suite__DataPath"] = dataPath;
        start.Environment["Suite__AdminPassword"] = TestBase.SuiteHost.AdminPassword;
        start.Environment["RabbitMq__Uri"] = "";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(true);
            throw new TimeoutException($"Suite.Host {string.Join(' ', args)} did not exit: " + await output);
        }

        return (process.ExitCode, await output + await errors);
    }
}
