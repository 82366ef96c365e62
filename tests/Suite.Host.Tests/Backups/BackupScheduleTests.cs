using System.Text.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Host.Tests.Backups;

/// <summary>Backups taken by the schedule, with retention; and the health entry that notices when they stop.</summary>
public sealed class BackupScheduleTests
{
    [Fact]
    public async Task Should_Take_Scheduled_Backups_And_Keep_Only_The_Newest()
    {
        var host = new EverySecondBackupHost();
        await host.InitializeAsync();
        try
        {
            var admin = await host.AdminAsync();
            var folder = Path.Combine(host.Database.Folder, "backups");

            var (scheduled, files) = await Eventually.Until(async () =>
            {
                var items = (await Json(await admin.GetAsync("/api/admin/backups"))).GetProperty("items").EnumerateArray()
                    .Where(b => b.GetProperty("trigger").GetString() == "scheduled" && b.GetProperty("status").GetString() == "succeeded")
                    .Select(b => b.GetProperty("fileName").GetString()!).ToList(); // newest first
                var onDisk = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.zip").Select(Path.GetFileName).Order().ToList() : [];
                return (items, onDisk);
            }, r => r.items.Count >= 3 && r.onDisk.SequenceEqual(r.items.Take(2).Order()), TimeSpan.FromSeconds(60),
                "three scheduled backups, the newest two kept");

            files.Count.ShouldBe(2);
            File.Exists(Path.Combine(folder, scheduled[2])).ShouldBeFalse("the oldest was deleted");
        }
        finally
        {
            await ((IAsyncLifetime)host).DisposeAsync();
        }
    }

    [Fact]
    public async Task Should_Turn_Degraded_When_The_Last_Backup_Is_Older_Than_The_Schedule_Allows()
    {
        var host = new NightlyBackupHost();
        await host.InitializeAsync();
        try
        {
            var admin = await host.AdminAsync();
            (await BackupCheckAsync(host)).GetProperty("status").GetString().ShouldBe("Healthy");
            (await admin.PostAsync("/api/admin/backups", null)).EnsureSuccessStatusCode();
            await Eventually.Until(async () => (await BackupCheckAsync(host)).GetProperty("description").GetString()!.Contains("last backup finished"),
                what: "the backup taken by hand");

            host.Clock.Advance(TimeSpan.FromHours(20)); // 06:00 the next morning: 02:00 passed, its backup was not taken

            var late = await BackupCheckAsync(host);
            late.GetProperty("status").GetString().ShouldBe("Degraded");
            late.GetProperty("description").GetString()!.ShouldContain("was due at");
            var overview = await Json(await (await host.AdminAsync()).GetAsync("/api/admin/backups")); // a new sign-in: the first token has expired by now
            overview.GetProperty("healthStatus").GetString().ShouldBe("Degraded");
            overview.GetProperty("schedule").GetString().ShouldBe("0 2 * * *");
        }
        finally
        {
            await ((IAsyncLifetime)host).DisposeAsync();
        }
    }

    private static async Task<JsonElement> BackupCheckAsync(SuiteHost host)
    {
        var ready = await Json(await host.Anonymous().GetAsync("/health/ready"));
        ready.TryGetProperty("checks", out var checks).ShouldBeTrue(ready.ToString());
        checks.TryGetProperty("backup", out var backup).ShouldBeTrue(ready.ToString());
        return backup;
    }
}
