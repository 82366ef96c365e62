using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Host.Backups;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Host.Tests.Backups;

/// <summary>The admin's backups: take one now (in the background), one at a time, listed with size and status; admins only.</summary>
public sealed class BackupApiTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Fact]
    public async Task Should_Take_A_Backup_Now_In_The_Background_And_List_It_With_Its_Size()
    {
        var admin = await host.AdminAsync();

        var taken = await admin.PostAsync("/api/admin/backups", null);

        taken.StatusCode.ShouldBe(HttpStatusCode.Accepted, await taken.Content.ReadAsStringAsync());
        var id = (await Json(taken)).GetProperty("id").GetGuid();
        var listed = await Eventually.Until(async () => (await Json(await admin.GetAsync("/api/admin/backups"))).GetProperty("items").EnumerateArray()
            .Single(b => b.GetProperty("id").GetGuid() == id), b => b.GetProperty("status").GetString() != "running", what: "the backup to finish");
        listed.GetProperty("status").GetString().ShouldBe("succeeded", listed.ToString());
        listed.GetProperty("trigger").GetString().ShouldBe("manual");
        var file = Path.Combine(host.Database.Folder, "backups", listed.GetProperty("fileName").GetString()!);
        listed.GetProperty("sizeBytes").GetInt64().ShouldBe(new FileInfo(file).Length);
        listed.GetProperty("finishedAt").GetDateTimeOffset().ShouldBeGreaterThanOrEqualTo(listed.GetProperty("startedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Should_Refuse_A_Second_Backup_While_One_Runs()
    {
        var admin = await host.AdminAsync();
        var runs = host.Services.GetRequiredService<BackupRuns>();
        var running = (await runs.ClaimAsync(BackupTrigger.Manual, null, CancellationToken.None))!;
        try
        {
            var refused = await admin.PostAsync("/api/admin/backups", null);

            refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await Json(refused)).GetProperty("code").GetString().ShouldBe("Backup.AlreadyRunning");
        }
        finally
        {
            await runs.RunAsync(running, CancellationToken.None);
        }

        (await admin.PostAsync("/api/admin/backups", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task Should_Show_Backups_To_Admins_Only()
    {
        var (sales, _) = await host.UserAsync("sales");
        var (director, _) = await host.UserAsync("director");

        (await sales.GetAsync("/api/admin/backups")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await director.PostAsync("/api/admin/backups", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await host.Anonymous().GetAsync("/api/admin/backups")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_Say_When_No_Schedule_Is_Configured_And_Stay_Healthy()
    {
        var overview = await Json(await (await host.AdminAsync()).GetAsync("/api/admin/backups"));
        overview.GetProperty("schedule").ValueKind.ShouldBe(JsonValueKind.Null);
        overview.GetProperty("healthStatus").GetString().ShouldBe("Healthy");

        var backup = (await Json(await host.Anonymous().GetAsync("/health/ready"))).GetProperty("checks").GetProperty("backup");
        backup.GetProperty("status").GetString().ShouldBe("Healthy");
        backup.GetProperty("description").GetString()!.ShouldContain("No backup schedule");
    }
}
