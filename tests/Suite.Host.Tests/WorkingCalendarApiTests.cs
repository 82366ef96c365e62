using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Framework.Time;
using Suite.Host.Settings;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Host.Tests;

/// <summary>
/// The company's working calendar: Russia's public holidays from the start, read by everyone, changed by an admin
/// only, refused with a 400 on the wrong field, and counted with at once by this host.
/// </summary>
public abstract class WorkingCalendarApiTests(SuiteHost host)
{
    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public async Task Should_Start_With_Russian_Holidays_And_Let_Only_An_Admin_Change_The_Calendar()
    {
        var admin = await host.AdminAsync();
        var (sales, _) = await host.UserAsync("sales");

        var initial = await Json(await sales.GetAsync("/api/settings/calendar"));
        initial.GetProperty("weekendDays").EnumerateArray().Select(d => d.GetInt32()).ShouldBe([6, 7]);
        var year = host.Services.GetRequiredService<BusinessClock>().Today.Year;
        var holidays = Strings(initial.GetProperty("holidays"));
        holidays.ShouldContain($"{year}-01-01");
        holidays.ShouldContain($"{year}-01-08");
        holidays.ShouldContain($"{year + 1}-05-09");
        holidays.ShouldContain($"{year + 1}-11-04");
        holidays.Length.ShouldBe(2 * 14);
        Strings(initial.GetProperty("workdays")).ShouldBeEmpty();
        var stamp = initial.GetProperty("concurrencyStamp").GetString();

        var wanted = new { weekendDays = new[] { 7, 6 }, holidays = new[] { "2027-03-08", "2027-02-23", "2027-02-23" }, workdays = new[] { "2027-03-06" }, concurrencyStamp = stamp };
        (await sales.PutAsJsonAsync("/api/settings/calendar", wanted)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var changed = await admin.PutAsJsonAsync("/api/settings/calendar", wanted);
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        var saved = await Json(changed);
        saved.GetProperty("weekendDays").EnumerateArray().Select(d => d.GetInt32()).ShouldBe([6, 7]);
        Strings(saved.GetProperty("holidays")).ShouldBe(["2027-02-23", "2027-03-08"]);
        Strings(saved.GetProperty("workdays")).ShouldBe(["2027-03-06"]);
        var read = await Json(await sales.GetAsync("/api/settings/calendar"));
        Strings(read.GetProperty("holidays")).ShouldBe(["2027-02-23", "2027-03-08"]);

        // This host counts with the new calendar at once: Friday 5 March plus one working day is the worked Saturday.
        var calendar = host.Services.GetRequiredService<CompanyCalendar>();
        calendar.AddWorkingDays(new DateOnly(2027, 3, 5), 1).ShouldBe(new DateOnly(2027, 3, 6));
        calendar.AddWorkingDays(new DateOnly(2027, 3, 6), 1).ShouldBe(new DateOnly(2027, 3, 9));

        var stale = await admin.PutAsJsonAsync("/api/settings/calendar", wanted);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(stale)).GetProperty("code").GetString().ShouldBe("Concurrency.Stale");
    }

    [Theory]
    [InlineData("""{ "weekendDays": [0] }""", "weekendDays")]
    [InlineData("""{ "weekendDays": [8] }""", "weekendDays")]
    [InlineData("""{ "weekendDays": [6, 6] }""", "weekendDays")]
    [InlineData("""{ "weekendDays": [1, 2, 3, 4, 5, 6, 7] }""", "weekendDays")]
    [InlineData("""{ "weekendDays": [6, 7], "holidays": ["2027-02-30"] }""", "holidays")]
    [InlineData("""{ "weekendDays": [6, 7], "holidays": ["01.01.2027"] }""", "holidays")]
    [InlineData("""{ "weekendDays": [6, 7], "holidays": [""] }""", "holidays")]
    [InlineData("""{ "weekendDays": [6, 7], "workdays": ["2027-13-01"] }""", "workdays")]
    [InlineData("""{ "weekendDays": [6, 7], "holidays": ["2027-03-06"], "workdays": ["2027-03-06"] }""", "workdays")]
    public async Task Should_Refuse_A_Calendar_That_Makes_No_Sense_On_Its_Field(string body, string field)
    {
        var admin = await host.AdminAsync();

        var refused = await admin.PutAsync("/api/settings/calendar", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await refused.Content.ReadAsStringAsync());
        (await Json(refused)).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(body);
    }

    [Fact]
    public async Task Should_Refuse_More_Than_A_Thousand_Holidays()
    {
        var admin = await host.AdminAsync();
        var days = Enumerable.Range(0, 1001).Select(i => new DateOnly(2030, 1, 1).AddDays(i).ToString("yyyy-MM-dd")).ToArray();

        var refused = await admin.PutAsJsonAsync("/api/settings/calendar", new { weekendDays = new[] { 6, 7 }, holidays = days });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(refused)).GetProperty("errors").TryGetProperty("holidays", out _).ShouldBeTrue();
    }
}

public sealed class WorkingCalendarApiTestsOnSqlite(SqliteHost host) : WorkingCalendarApiTests(host), IClassFixture<SqliteHost>;

public sealed class WorkingCalendarApiTestsOnPostgreSql(PostgreSqlHost host) : WorkingCalendarApiTests(host), IClassFixture<PostgreSqlHost>;

/// <summary>With several instances on one database, a calendar saved by another instance reaches this one within seconds.</summary>
public sealed class WorkingCalendarRefreshTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Fact]
    public async Task Should_Pick_Up_A_Calendar_Saved_By_Another_Instance()
    {
        await (await host.AdminAsync()).GetAsync("/api/settings/calendar");
        using (var scope = host.Services.CreateScope())
        {
            // What another instance's PUT leaves in the shared database, without telling this one.
            var db = scope.ServiceProvider.GetRequiredService<SettingsDbContext>();
            await db.Calendar.ExecuteUpdateAsync(s => s
                .SetProperty(c => c.WeekendDays, "7")
                .SetProperty(c => c.Holidays, "2031-01-17")
                .SetProperty(c => c.ConcurrencyStamp, Guid.NewGuid().ToString()));
        }

        var calendar = host.Services.GetRequiredService<CompanyCalendar>();
        // Friday 2031-01-17 is a holiday there, and Saturdays are worked.
        await Eventually.Until(() => Task.FromResult(calendar.AddWorkingDays(new DateOnly(2031, 1, 16), 1)),
            day => day == new DateOnly(2031, 1, 18), TimeSpan.FromSeconds(15), "the calendar saved elsewhere");
        calendar.IsWorkingDay(new DateOnly(2031, 1, 17)).ShouldBeFalse();
    }
}
