using System.Net;
using System.Text.Json;
using Shouldly;
using Xunit;
using static Suite.Tasks.Tests.NoonHost;
using static Suite.Tasks.Tests.TasksTestData;

namespace Suite.Tasks.Tests.Reports;

/// <summary>
/// The by-employee report for 1–7 December 2026 (Moscow days), read at noon on 10 December: which tasks count as done
/// on time, late, open and overdue, who sees whom along the supervisor chain, and the tasks behind each number.
/// </summary>
public abstract class EmployeeReportTests(NoonHost host)
{
    private const string Period = "from=2026-12-01&to=2026-12-07";

    [Fact]
    public async Task Should_Count_Each_Bucket_Judging_Lateness_By_The_Original_Due_Time_On_Company_Days()
    {
        var world = await WorldAsync();
        var a = await RowAsync(world.Director, world.A.Id);

        a.GetProperty("userName").GetString().ShouldBe(world.A.Name);
        a.GetProperty("doneOnTime").GetInt32().ShouldBe(3);
        a.GetProperty("doneLate").GetInt32().ShouldBe(1);
        a.GetProperty("open").GetInt32().ShouldBe(2);
        a.GetProperty("overdue").GetInt32().ShouldBe(1);
        // (74 + 26 + 97 + 159.5) / 4 = 89.125 hours from creation to completion.
        a.GetProperty("averageCompletionHours").GetDouble().ShouldBe(89.1);
    }

    [Fact]
    public async Task Should_List_Exactly_The_Counted_Tasks_Behind_Each_Number()
    {
        var world = await WorldAsync();
        (await DrillAsync(world.Lead.Client, world.A.Id, "doneOnTime")).ShouldBe(new[] { world.DoneBeforeDue, world.DoneBeforeOriginalDue, world.DoneWithoutDue }, ignoreOrder: true);
        (await DrillAsync(world.Lead.Client, world.A.Id, "doneLate")).ShouldBe(new[] { world.PostponedThenDoneLate });
        (await DrillAsync(world.Lead.Client, world.A.Id, "open")).ShouldBe(new[] { world.OpenOverdue, world.OpenLater }, ignoreOrder: true);
        (await DrillAsync(world.Lead.Client, world.A.Id, "overdue")).ShouldBe(new[] { world.OpenOverdue });

        var late = Items(await OkAsync(await world.Lead.Client.GetAsync(
            $"/api/tasks/reports/by-employee/{world.A.Id}/tasks?{Period}&bucket=doneLate"))).ShouldHaveSingleItem();
        late.GetProperty("originalDueAt").GetDateTimeOffset().ShouldBe(Moscow(3, 10));
        late.GetProperty("dueAt").GetDateTimeOffset().ShouldBe(Moscow(5, 10));
        late.GetProperty("completedAt").GetDateTimeOffset().ShouldBe(Moscow(4, 10));
        late.GetProperty("status").GetString().ShouldBe("done");

        (await world.Lead.Client.GetAsync($"/api/tasks/reports/by-employee/{world.A.Id}/tasks?{Period}&bucket=someday"))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_Show_A_Supervisor_Their_Team_At_Any_Depth_But_Not_Another_Team()
    {
        var world = await WorldAsync();

        (await UsersAsync(world.Lead.Client)).ShouldBe(new[] { world.Lead.Id, world.A.Id }, ignoreOrder: true);
        (await UsersAsync(world.Boss.Client)).ShouldBe(new[] { world.Boss.Id, world.Lead.Id, world.A.Id }, ignoreOrder: true);
        (await UsersAsync(world.A.Client)).ShouldBe(new[] { world.A.Id });
        (await RowAsync(world.Lead.Client, world.Lead.Id)).GetProperty("doneLate").GetInt32().ShouldBe(1);

        (await world.Lead.Client.GetAsync($"/api/tasks/reports/by-employee/{world.B.Id}/tasks?{Period}&bucket=overdue"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await world.A.Client.GetAsync($"/api/tasks/reports/by-employee/{world.Lead.Id}/tasks?{Period}&bucket=open"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Show_The_Director_Everyone()
    {
        var world = await WorldAsync();

        var users = await UsersAsync(world.Director);
        users.ShouldContain(world.A.Id);
        users.ShouldContain(world.B.Id);
        users.ShouldContain(world.Boss.Id);
        var b = await RowAsync(world.Director, world.B.Id);
        (b.GetProperty("open").GetInt32(), b.GetProperty("overdue").GetInt32(), b.GetProperty("doneOnTime").GetInt32()).ShouldBe((1, 1, 0));
        b.GetProperty("averageCompletionHours").ValueKind.ShouldBe(JsonValueKind.Null);
        (await DrillAsync(world.Director, world.B.Id, "overdue")).ShouldBe(new[] { world.OtherTeamOverdue });
    }

    private Task<ReportWorld> WorldAsync() => ((IReportWorldHost)host).WorldAsync(BuildAsync);

    /// <summary>
    /// Boss ← Lead ← A is one chain of supervisors, B is in another team. A's tasks, all created on 1 December at 08:00
    /// unless said otherwise, cover each rule once.
    /// </summary>
    private async Task<ReportWorld> BuildAsync()
    {
        var director = await PersonAsync(host, "director");
        var boss = await PersonAsync(host, "sales");
        var lead = await PersonAsync(host, "sales", boss.Id);
        var a = await PersonAsync(host, "sales", lead.Id);
        var b = await PersonAsync(host, "sales");
        var created = Moscow(1, 8);

        var postponedThenLate = await TaskAsync(host, a.Id, created, Moscow(3, 10), postponedTo: Moscow(5, 10), completedAt: Moscow(4, 10)); // 74 h
        var beforeDue = await TaskAsync(host, a.Id, created, Moscow(3, 10), completedAt: Moscow(2, 10)); // 26 h
        var beforeOriginal = await TaskAsync(host, a.Id, created, Moscow(5, 10), postponedTo: Moscow(6, 10), completedAt: Moscow(5, 9)); // 97 h
        var withoutDue = await TaskAsync(host, a.Id, created, null, completedAt: Moscow(7, 23, 30)); // 159.5 h, the period's last hour
        await TaskAsync(host, a.Id, created, Moscow(7, 10), completedAt: Moscow(8, 0, 30)); // 8 December in Moscow, still 7th in UTC
        await TaskAsync(host, a.Id, Moscow(27, 8, month: 11), Moscow(28, 10, month: 11), completedAt: Moscow(28, 9, month: 11));
        var openOverdue = await TaskAsync(host, a.Id, Moscow(2, 8), Moscow(9, 10));
        var openLater = await TaskAsync(host, a.Id, Moscow(3, 8), Moscow(20, 10));
        await TaskAsync(host, a.Id, Moscow(8, 8), Moscow(9, 10)); // created after the period
        await TaskAsync(host, a.Id, created, Moscow(2, 10), cancelled: true);
        await TaskAsync(host, lead.Id, created, Moscow(2, 10), completedAt: Moscow(3, 10));
        var otherTeamOverdue = await TaskAsync(host, b.Id, created, Moscow(4, 10));

        return new ReportWorld(director.Client, boss, lead, a, b,
            postponedThenLate, beforeDue, beforeOriginal, withoutDue, openOverdue, openLater, otherTeamOverdue);
    }

    private static async Task<JsonElement> RowAsync(HttpClient client, Guid userId) =>
        Items(await OkAsync(await client.GetAsync($"/api/tasks/reports/by-employee?{Period}")))
            .Single(i => i.GetProperty("userId").GetGuid() == userId);

    private static async Task<List<Guid>> UsersAsync(HttpClient client) =>
        Items(await OkAsync(await client.GetAsync($"/api/tasks/reports/by-employee?{Period}")))
            .Select(i => i.GetProperty("userId").GetGuid()).ToList();

    private static async Task<List<Guid>> DrillAsync(HttpClient client, Guid userId, string bucket)
    {
        var page = await OkAsync(await client.GetAsync($"/api/tasks/reports/by-employee/{userId}/tasks?{Period}&bucket={bucket}"));
        var ids = Items(page).Select(t => t.GetProperty("id").GetGuid()).ToList();
        page.GetProperty("totalCount").GetInt32().ShouldBe(ids.Count);
        return ids;
    }
}

/// <summary>The people and tasks of <see cref="EmployeeReportTests"/>, made once per host.</summary>
public sealed record ReportWorld(
    HttpClient Director,
    (HttpClient Client, Guid Id, string Name) Boss,
    (HttpClient Client, Guid Id, string Name) Lead,
    (HttpClient Client, Guid Id, string Name) A,
    (HttpClient Client, Guid Id, string Name) B,
    Guid PostponedThenDoneLate, Guid DoneBeforeDue, Guid DoneBeforeOriginalDue, Guid DoneWithoutDue,
    Guid OpenOverdue, Guid OpenLater, Guid OtherTeamOverdue);

public interface IReportWorldHost
{
    Task<ReportWorld> WorldAsync(Func<Task<ReportWorld>> build);
}

/// <summary>A host that keeps the report's data set, built by the first test that asks.</summary>
public abstract class ReportHost(Suite.Framework.Data.DatabaseProvider provider) : NoonHost(provider), IReportWorldHost
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ReportWorld? _world;

    public async Task<ReportWorld> WorldAsync(Func<Task<ReportWorld>> build)
    {
        await _gate.WaitAsync();
        try
        {
            return _world ??= await build();
        }
        finally
        {
            _gate.Release();
        }
    }
}

public sealed class ReportSqliteHost() : ReportHost(Suite.Framework.Data.DatabaseProvider.Sqlite);

public sealed class ReportPostgreSqlHost() : ReportHost(Suite.Framework.Data.DatabaseProvider.PostgreSql);

public sealed class EmployeeReportTestsOnSqlite(ReportSqliteHost host) : EmployeeReportTests(host), IClassFixture<ReportSqliteHost>;

public sealed class EmployeeReportTestsOnPostgreSql(ReportPostgreSqlHost host) : EmployeeReportTests(host), IClassFixture<ReportPostgreSqlHost>;
