using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.Tasks.Tests.TasksApi;
using static Suite.TestBase.ResponseJson;

namespace Suite.Tasks.Tests;

/// <summary>Tasks on Crm's deals: the card's title follows Crm's events, and every change of the deal's tasks publishes its next step.</summary>
public abstract class DealTaskTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Publish_The_Deals_Next_Open_Task_With_A_Growing_Version_On_Every_Change()
    {
        var (boris, _) = await host.UserAsync("sales");
        var deal = await DealAsync(boris);
        var now = DateTimeOffset.UtcNow;

        var later = await CreatedOnCardAsync(boris, "deal", deal.Id, new { title = "Отправить КП", dueAt = now.AddDays(2) });
        var sooner = await CreatedAsync(boris, new { title = "Позвонить", dueAt = now.AddDays(1), entityType = "deal", entityId = deal.Id });
        var undated = await CreatedAsync(boris, new { title = "Когда-нибудь", entityType = "deal", entityId = deal.Id });
        await CreatedAsync(boris, new { title = "Не по сделке", dueAt = now.AddHours(1) });
        await ActionAsync(boris, sooner.Id(), "complete");
        await ActionAsync(boris, later.Id(), "postpone", new { dueAt = now.AddDays(3) });
        (await boris.DeleteAsync($"/api/tasks/{later.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await ActionAsync(boris, undated.Id(), "cancel");
        await ActionAsync(boris, undated.Id(), "reopen");

        var events = await NextTaskEventsAsync(host, deal.Id);
        events.Select(e => e.GetProperty("version").GetInt64()).ShouldBe([1, 2, 3, 4, 5, 6, 7, 8]);
        events.Select(TaskOf).ShouldBe([later.Id(), sooner.Id(), sooner.Id(), later.Id(), later.Id(), undated.Id(), null, undated.Id()]);
        events[4].GetProperty("dueAt").GetDateTimeOffset().ShouldBe(now.AddDays(3), TimeSpan.FromMilliseconds(1));
        events[1].GetProperty("title").GetString().ShouldBe("Позвонить");
        events[6].GetProperty("title").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Should_Not_Publish_A_Next_Step_For_A_Change_That_Cannot_Move_It()
    {
        var (boris, _) = await host.UserAsync("sales");
        var deal = await DealAsync(boris);
        var task = await CreatedOnCardAsync(boris, "deal", deal.Id, new { title = "Замер" });

        (await boris.PostAsJsonAsync($"/api/tasks/{task.Id()}/comments", new { text = "Клиент просил после обеда" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var edited = await boris.PutAsJsonAsync($"/api/tasks/{task.Id()}", new { title = "Замер", description = "Третий этаж" });
        edited.StatusCode.ShouldBe(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());

        (await NextTaskEventsAsync(host, deal.Id)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Should_Show_The_Deals_Current_Title_From_Crms_Events()
    {
        var (boris, _) = await host.UserAsync("sales");
        var deal = await DealAsync(boris);
        var task = await CreatedOnCardAsync(boris, "deal", deal.Id, new { title = "Выставить счёт" });
        task.Str("entityTitle").ShouldBe(deal.Title);

        var current = await Json(await boris.GetAsync($"/api/crm/deals/{deal.Id}"));
        var renamed = Unique("Окна в офис");
        var put = await boris.PutAsJsonAsync($"/api/crm/deals/{deal.Id}", new
        {
            title = renamed, companyId = current.GetProperty("companyId").GetGuid(),
            concurrencyStamp = current.Str("concurrencyStamp"),
        });
        put.StatusCode.ShouldBe(HttpStatusCode.OK, await put.Content.ReadAsStringAsync());

        await Eventually.Until(async () => (await TaskAsync(boris, task.Id())).Str("entityTitle"), title => title == renamed,
            what: "the task's card title after the deal was renamed");
    }

    private static Guid? TaskOf(JsonElement e) =>
        e.GetProperty("taskId").ValueKind == JsonValueKind.Null ? null : e.GetProperty("taskId").GetGuid();
}

public sealed class DealTaskTestsOnSqlite(SqliteHost host) : DealTaskTests(host), IClassFixture<SqliteHost>;

public sealed class DealTaskTestsOnPostgreSql(PostgreSqlHost host) : DealTaskTests(host), IClassFixture<PostgreSqlHost>;
