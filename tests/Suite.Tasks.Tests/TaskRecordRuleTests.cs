using System.Net;
using System.Net.Http.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.Tasks.Tests.TasksApi;
using static Suite.TestBase.ResponseJson;

namespace Suite.Tasks.Tests;

/// <summary>
/// The record rule on every task endpoint: a sales user sees the tasks assigned to them, set by them, those they work
/// on or watch and those on the cards they own; anyone else's task is "not found" whatever they try.
/// </summary>
public abstract class TaskRecordRuleTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Answer_Not_Found_On_Every_Endpoint_For_Someone_Elses_Task()
    {
        var (anna, _) = await host.UserAsync("sales");
        var (stranger, strangerId) = await host.UserAsync("sales");
        var task = await CreatedAsync(anna, new { title = Unique("Личная задача"), dueAt = DateTimeOffset.UtcNow.AddDays(1) });
        var id = task.Id();

        var attempts = new (string What, Func<Task<HttpResponseMessage>> Call)[]
        {
            ("get", () => stranger.GetAsync($"/api/tasks/{id}")),
            ("put", () => stranger.PutAsJsonAsync($"/api/tasks/{id}", new { title = "Чужая" })),
            ("delete", () => stranger.DeleteAsync($"/api/tasks/{id}")),
            ("start", () => stranger.PostAsync($"/api/tasks/{id}/start", null)),
            ("complete", () => stranger.PostAsJsonAsync($"/api/tasks/{id}/complete", new { result = "готово" })),
            ("reopen", () => stranger.PostAsync($"/api/tasks/{id}/reopen", null)),
            ("cancel", () => stranger.PostAsync($"/api/tasks/{id}/cancel", null)),
            ("postpone", () => stranger.PostAsJsonAsync($"/api/tasks/{id}/postpone", new { dueAt = DateTimeOffset.UtcNow.AddDays(5) })),
            ("reassign", () => stranger.PostAsJsonAsync($"/api/tasks/{id}/reassign", new { assigneeId = strangerId })),
            ("comments", () => stranger.GetAsync($"/api/tasks/{id}/comments")),
            ("comment", () => stranger.PostAsJsonAsync($"/api/tasks/{id}/comments", new { text = "Привет" })),
            ("history", () => stranger.GetAsync($"/api/tasks/{id}/history")),
        };
        foreach (var (what, call) in attempts)
            (await call()).StatusCode.ShouldBe(HttpStatusCode.NotFound, what);

        (await Json(await stranger.GetAsync("/api/tasks"))).GetProperty("items").EnumerateArray().ShouldNotContain(t => t.Id() == id);
        var untouched = await TaskAsync(anna, id);
        untouched.Str("status").ShouldBe("open");
        untouched.Str("title").ShouldBe(task.Str("title"));
    }

    [Fact]
    public async Task Should_Show_A_Task_To_Its_Assignee_Participants_And_The_Owner_Of_Its_Card()
    {
        var admin = await host.AdminAsync();
        var (anna, annaId) = await host.UserAsync("sales");
        var (boris, _) = await host.UserAsync("sales");
        var (carl, carlId) = await host.UserAsync("sales");
        var (stranger, _) = await host.UserAsync("sales");
        var deal = await DealAsync(boris);

        // Someone who sees every task sets one on Boris's deal for Anna, with Carl watching.
        var task = await CreatedOnCardAsync(admin, "deal", deal.Id, new { title = "Замер на объекте", assigneeId = annaId, observerIds = new[] { carlId } });
        task.Str("entityTitle").ShouldBe(deal.Title);

        foreach (var who in new[] { anna, boris, carl })
            (await who.GetAsync($"/api/tasks/{task.Id()}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await stranger.GetAsync($"/api/tasks/{task.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var onDeal = (await Json(await boris.GetAsync($"/api/tasks?entityType=deal&entityId={deal.Id}"))).GetProperty("items").EnumerateArray();
        onDeal.Select(t => t.Id()).ShouldBe([task.Id()]);
        (await Json(await stranger.GetAsync($"/api/tasks?entityType=deal&entityId={deal.Id}"))).GetProperty("items").GetArrayLength().ShouldBe(0);

        // Whoever sees the task may change it; only the one who set it may delete it.
        (await ActionAsync(boris, task.Id(), "postpone", new { dueAt = DateTimeOffset.UtcNow.AddDays(2) })).Str("status").ShouldBe("open");
        (await boris.DeleteAsync($"/api/tasks/{task.Id()}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // A sales user cannot hang a task on a card they do not own: to them it does not exist.
        (await anna.PostAsJsonAsync("/api/tasks", new { title = "Чужая сделка", entityType = "deal", entityId = deal.Id }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class TaskRecordRuleTestsOnSqlite(SqliteHost host) : TaskRecordRuleTests(host), IClassFixture<SqliteHost>;

public sealed class TaskRecordRuleTestsOnPostgreSql(PostgreSqlHost host) : TaskRecordRuleTests(host), IClassFixture<PostgreSqlHost>;
