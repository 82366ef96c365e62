using System.Diagnostics;
using Shouldly;
using Xunit;

namespace Suite.Host.Tests;

/// <summary>An operator who misconfigures the database or the broker reads one line saying what is wrong, not a stack trace.</summary>
public sealed class StartupErrorTests
{
    [Fact]
    public async Task Should_Say_Which_Database_It_Cannot_Reach()
    {
        var (exitCode, errors) = await RunHostAsync(("ConnectionStrings__Suite", "Host=127.0.0.1;Port=1;Database=suite;Username=suite;Password=x;Timeout=3"));

        exitCode.ShouldBe(1);
        errors.ShouldContain("Suite cannot start: Cannot reach the PostgreSql database (127.0.0.1:1/suite)");
        errors.ShouldNotContain("   at ", customMessage: errors);
    }

    [Fact]
    public async Task Should_Say_Which_Broker_It_Cannot_Reach()
    {
        var (exitCode, errors) = await RunHostAsync(("RabbitMq__Uri", "amqp://guest:guest@127.0.0.1:1/"));

        exitCode.ShouldBe(1);
        errors.ShouldContain("Suite cannot start: Cannot reach RabbitMQ at 127.0.0.1:1");
        errors.ShouldNotContain("   at ", customMessage: errors);
    }

    private static async Task<(int ExitCode, string Errors)> RunHostAsync(params (string Name, string Value)[] settings)
    {
        var dataFolder = Directory.CreateTempSubdirectory("suite-startup-").FullName;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Suite.Host.dll")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Suite__DataPath"] = dataFolder;
        start.Environment["Suite__AdminPassword"] = "Admin-Test-123!";
        start.Environment["ConnectionStrings__Suite"] = "";
        start.Environment["RabbitMq__Uri"] = "";
        foreach (var (name, value) in settings)
            start.Environment[name] = value;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3)) /* a loaded CI machine takes a minute to seed */;
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(true);
            throw new TimeoutException("The host neither started nor stopped: " + await output);
        }
        finally
        {
            Directory.Delete(dataFolder, true);
        }

        return (process.ExitCode, await errors + await output);
    }
}
