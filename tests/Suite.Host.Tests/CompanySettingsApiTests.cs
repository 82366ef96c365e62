using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Framework.Time;
using Suite.Host.Settings;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Host.Tests;

/// <summary>The company settings: Moscow time by default, changed by an admin only, an IANA zone or a 400.</summary>
public abstract class CompanySettingsApiTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Start_In_Moscow_Time_And_Let_An_Admin_Move_The_Company_To_Another_Zone()
    {
        var admin = await host.AdminAsync();
        var (sales, _) = await host.UserAsync("sales");

        var initial = await Json(await sales.GetAsync("/api/settings/company"));
        initial.GetProperty("timeZone").GetString().ShouldBe("Europe/Moscow");
        var stamp = initial.GetProperty("concurrencyStamp").GetString();

        (await sales.PutAsJsonAsync("/api/settings/company", new { timeZone = "Asia/Yekaterinburg", concurrencyStamp = stamp }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        foreach (var unknown in new[] { "Mars/Olympus_Mons", "Russian Standard Time", "MSK", "", "../../etc/passwd", "Europe/Moscow/Kremlin" })
        {
            var refused = await admin.PutAsJsonAsync("/api/settings/company", new { timeZone = unknown, concurrencyStamp = stamp });
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest, unknown);
            (await Json(refused)).GetProperty("errors").TryGetProperty("timeZone", out _).ShouldBeTrue(unknown);
        }

        var changed = await admin.PutAsJsonAsync("/api/settings/company", new { timeZone = "Asia/Yekaterinburg", concurrencyStamp = stamp });
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        var saved = await Json(changed);
        saved.GetProperty("timeZone").GetString().ShouldBe("Asia/Yekaterinburg");
        (await Json(await sales.GetAsync("/api/settings/company"))).GetProperty("timeZone").GetString().ShouldBe("Asia/Yekaterinburg");
        host.Services.GetRequiredService<BusinessClock>().TimeZone.Id.ShouldBe("Asia/Yekaterinburg");

        var stale = await admin.PutAsJsonAsync("/api/settings/company", new { timeZone = "Europe/Kaliningrad", concurrencyStamp = stamp });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(stale)).GetProperty("code").GetString().ShouldBe("Concurrency.Stale");

        var back = await admin.PutAsJsonAsync("/api/settings/company",
            new { timeZone = "Europe/Moscow", concurrencyStamp = saved.GetProperty("concurrencyStamp").GetString() });
        back.StatusCode.ShouldBe(HttpStatusCode.OK);
        host.Services.GetRequiredService<BusinessClock>().TimeZone.Id.ShouldBe("Europe/Moscow");
    }
}

public sealed class CompanySettingsApiTestsOnSqlite(SqliteHost host) : CompanySettingsApiTests(host), IClassFixture<SqliteHost>;

public sealed class CompanySettingsApiTestsOnPostgreSql(PostgreSqlHost host) : CompanySettingsApiTests(host), IClassFixture<PostgreSqlHost>;

/// <summary>With several instances on one database, a zone saved by another instance reaches this one within seconds.</summary>
public sealed class CompanyTimeZoneRefreshTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Fact]
    public async Task Should_Pick_Up_A_Time_Zone_Saved_By_Another_Instance()
    {
        await (await host.AdminAsync()).GetAsync("/api/settings/company");
        using (var scope = host.Services.CreateScope())
        {
            // What another instance's PUT leaves in the shared database, without telling this one.
            var db = scope.ServiceProvider.GetRequiredService<SettingsDbContext>();
            if (!await db.Company.AnyAsync())
            {
                db.Company.Add(new CompanySettings());
                await db.SaveChangesAsync();
            }

            await db.Company.ExecuteUpdateAsync(s => s.SetProperty(c => c.TimeZone, "Asia/Vladivostok"));
        }

        var clock = host.Services.GetRequiredService<BusinessClock>();
        await Eventually.Until(() => Task.FromResult(clock.TimeZone.Id), id => id == "Asia/Vladivostok", TimeSpan.FromSeconds(15), "the new zone");
        var vladivostok = TimeZoneInfo.FindSystemTimeZoneById("Asia/Vladivostok");
        clock.Today.ShouldBe(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, vladivostok).DateTime));
    }
}
