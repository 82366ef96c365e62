using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Host.Identity;
using Suite.TestBase;
using static Suite.TestBase.ResponseJson;
using Xunit;

namespace Suite.Host.Tests;

/// <summary>
/// Anyone can lock `admin` out with five wrong passwords; the lockout stays, but it is audited and an admin account
/// is always recoverable: another admin unlocks it, or the `--reset-admin` command line option does.
/// </summary>
public sealed class AdminRecoveryTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Fact]
    public async Task Should_Audit_The_Lockout_Of_Admin_And_Let_Another_Admin_Unlock_It()
    {
        var deputyName = "deputy-" + Guid.NewGuid().ToString("N")[..8];
        (await (await host.AdminAsync()).PostAsJsonAsync("/api/identity/users",
            new { userName = deputyName, password = "Deputy-Pass-123", roles = new[] { "admin" } })).EnsureSuccessStatusCode();
        var deputy = await host.SignInAsync(deputyName, "Deputy-Pass-123");
        var before = (await LockoutsOfAsync(null)).Count;
        var adminId = await LockOutAdminAsync();

        var changes = await LockoutsOfAsync(adminId);
        changes.Count.ShouldBe(before + 1); // one row per lockout, not one per failed attempt
        var fields = JsonDocument.Parse(changes.OrderBy(c => c.ChangedAt).Last().Changes).RootElement.EnumerateArray()
            .ToDictionary(f => f.GetProperty("field").GetString()!, f => f.GetProperty("newValue").GetString());
        fields["userName"].ShouldBe("admin");
        fields["remoteAddress"].ShouldNotBeNullOrEmpty();
        fields["lockoutEnd"].ShouldNotBeNullOrEmpty();
        var listed = await Json(await deputy.GetAsync($"/api/identity/users/{adminId}"));
        listed.GetProperty("isLockedOut").GetBoolean().ShouldBeTrue();

        var unlocked = await deputy.PostAsync($"/api/identity/users/{adminId}/unlock", null);

        unlocked.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Json(unlocked)).GetProperty("isLockedOut").GetBoolean().ShouldBeFalse();
        (await host.Anonymous().PostAsJsonAsync("/api/account/login", new { userName = "admin", password = SuiteHost.AdminPassword }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_Reset_A_Locked_Out_Admin_From_The_Command_Line_Without_Starting_The_Web_Server()
    {
        await LockOutAdminAsync();

        var (exitCode, output) = await RunResetAdminAsync("Recovered-Admin-1");

        exitCode.ShouldBe(0, output);
        output.ShouldContain("Reset the user admin");
        output.ShouldNotContain("Suite is running");
        (await host.Anonymous().PostAsJsonAsync("/api/account/login", new { userName = "admin", password = "Recovered-Admin-1" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await RunResetAdminAsync(SuiteHost.AdminPassword)).ExitCode.ShouldBe(0); // leave the fixture as it was
    }

    private async Task<Guid> LockOutAdminAsync()
    {
        var client = host.Anonymous();
        for (var i = 0; i < 5; i++)
            (await client.PostAsJsonAsync("/api/account/login", new { userName = "admin", password = $"guess-{i}" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var locked = await client.PostAsJsonAsync("/api/account/login", new { userName = "admin", password = SuiteHost.AdminPassword });
        locked.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await using var scope = host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<SuiteIdentityDbContext>().Users.SingleAsync(u => u.UserName == "admin")).Id;
    }

    private async Task<List<Framework.Data.EntityChange>> LockoutsOfAsync(Guid? userId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SuiteIdentityDbContext>().EntityChanges.AsNoTracking()
            .Where(c => c.EntityType == "UserLockout" && (userId == null || c.EntityId == userId)).ToListAsync();
    }

    /// <summary>`dotnet Suite.Host.dll --reset-admin` against the fixture's database, as an operator would run it.</summary>
    private async Task<(int ExitCode, string Output)> RunResetAdminAsync(string password)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Suite.Host.dll"), "--reset-admin"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Suite__DataPath"] = host.Database.Folder;
        start.Environment["Suite__AdminPassword"] = password;
        start.Environment["ConnectionStrings__Suite"] = "";
        start.Environment["RabbitMq__Uri"] = "";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        // A cold start of the whole host on a loaded machine can take more than a minute.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(true);
            throw new TimeoutException("--reset-admin did not exit: " + await output);
        }

        return (process.ExitCode, await output + await errors);
    }
}
