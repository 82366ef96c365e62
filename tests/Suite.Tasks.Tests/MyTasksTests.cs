using System.Net;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.Tasks.Tests.TasksApi;
using static Suite.TestBase.ResponseJson;

namespace Suite.Tasks.Tests;

/// <summary>
/// "My tasks" groups by the company's calendar day (Moscow), not UTC's: at 00:30 on Wednesday 2 December in Moscow
/// (still 1 December in UTC) and again after the next Moscow midnight.
/// </summary>
public abstract class MyTasksTests(MoscowNightHost host)
{
    private static readonly TimeSpan Moscow = TimeSpan.FromHours(3);

    [Fact]
    public async Task Should_Group_My_Open_Tasks_By_Company_Local_Day_And_Move_Them_At_Midnight()
    {
        var name = Unique("my");
        var (anna, _) = await host.UserAsync("sales", name);
        var (boris, borisId) = await host.UserAsync("sales");
        async Task<Guid> Set(string title, DateTimeOffset? due) => (await CreatedAsync(anna, new { title, dueAt = due })).Id();

        var yesterday = await Set("Вчерашняя", new DateTimeOffset(2026, 12, 1, 23, 0, 0, Moscow));
        var today = await Set("Сегодня вечером", new DateTimeOffset(2026, 12, 2, 18, 0, 0, Moscow));
        var tomorrow = await Set("Завтра утром", new DateTimeOffset(2026, 12, 3, 10, 0, 0, Moscow));
        var sunday = await Set("В воскресенье", new DateTimeOffset(2026, 12, 6, 23, 0, 0, Moscow));
        var monday = await Set("В понедельник", new DateTimeOffset(2026, 12, 7, 0, 0, 0, Moscow));
        var undated = await Set("Без срока", null);
        var done = await Set("Сделана", new DateTimeOffset(2026, 12, 2, 12, 0, 0, Moscow));
        await ActionAsync(anna, done, "complete");
        await CreatedAsync(anna, new { title = "Чужая", assigneeId = borisId, dueAt = new DateTimeOffset(2026, 12, 2, 12, 0, 0, Moscow) });

        var groups = await GroupsAsync(anna);
        groups["overdue"].ShouldBe([yesterday]);
        groups["today"].ShouldBe([today]);
        groups["tomorrow"].ShouldBe([tomorrow]);
        groups["thisWeek"].ShouldBe([sunday]);
        groups["later"].ShouldBe([monday]);
        groups["noDate"].ShouldBe([undated]);
        (await CountsAsync(anna)).ShouldBe((1, 1, 6));

        // After the next Moscow midnight: Wednesday's evening task is overdue, Thursday's is today's.
        host.Clock.Set(new DateTimeOffset(2026, 12, 3, 0, 5, 0, Moscow));
        anna = await host.SignInAsync(name, SuiteHost.UserPassword);
        groups = await GroupsAsync(anna);
        groups["overdue"].ShouldBe([yesterday, today]);
        groups["today"].ShouldBe([tomorrow]);
        groups["tomorrow"].ShouldBeEmpty();
        groups["thisWeek"].ShouldBe([sunday]);
        groups["later"].ShouldBe([monday]);
        (await CountsAsync(anna)).ShouldBe((2, 1, 6));
    }

    private static async Task<Dictionary<string, List<Guid>>> GroupsAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/tasks/my");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var groups = (await Json(response)).GetProperty("groups").EnumerateArray().ToList();
        groups.Select(g => g.Str("key")).ShouldBe(["overdue", "today", "tomorrow", "thisWeek", "later", "noDate"]);
        foreach (var g in groups)
            g.GetProperty("count").GetInt32().ShouldBe(g.GetProperty("items").GetArrayLength());
        return groups.ToDictionary(g => g.Str("key")!, g => g.GetProperty("items").EnumerateArray().Select(t => t.Id()).ToList());
    }

    private static async Task<(int Overdue, int Today, int Open)> CountsAsync(HttpClient client)
    {
        var json = await Json(await client.GetAsync("/api/tasks/my/counts"));
        return (json.GetProperty("overdue").GetInt32(), json.GetProperty("today").GetInt32(), json.GetProperty("open").GetInt32());
    }
}

public sealed class MyTasksTestsOnSqlite(MoscowNightSqliteHost host) : MyTasksTests(host), IClassFixture<MoscowNightSqliteHost>;

public sealed class MyTasksTestsOnPostgreSql(MoscowNightPostgreSqlHost host) : MyTasksTests(host), IClassFixture<MoscowNightPostgreSqlHost>;
