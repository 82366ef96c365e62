using System.Text.Json;
using Shouldly;
using Suite.Tasks.Events;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>The deal's next step on its board card and on the deal, kept from Tasks' reports through the real bus.</summary>
public abstract class DealNextTaskTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Show_The_Next_Task_On_The_Board_And_The_Deal_And_Ignore_An_Older_Report()
    {
        var admin = await host.AdminAsync();
        var companyId = await CrmApi.CompanyAsync(admin);
        var deal = await CrmApi.DealAsync(admin, companyId, CrmApi.Unique("Окна"));
        var dealId = deal.GetProperty("id").GetGuid();
        var pipelineId = deal.GetProperty("pipelineId").GetGuid();
        var other = (await CrmApi.DealAsync(admin, companyId, CrmApi.Unique("Двери"))).GetProperty("id").GetGuid();
        var taskId = Guid.NewGuid();
        var due = DateTimeOffset.UtcNow.AddDays(1);
        var at = DateTimeOffset.UtcNow;

        (await CardAsync(admin, pipelineId, dealId)).GetProperty("nextTask").ValueKind.ShouldBe(JsonValueKind.Null, "no task yet");

        await PublishAsync(new DealNextTaskChangedEto(dealId, taskId, "Позвонить клиенту", due, Guid.NewGuid(), 2, at));
        var card = await Eventually.Until(() => CardAsync(admin, pipelineId, dealId),
            c => c.GetProperty("nextTask").ValueKind == JsonValueKind.Object, what: "the next task on the board card");
        var next = card.GetProperty("nextTask");
        next.GetProperty("id").GetGuid().ShouldBe(taskId);
        next.GetProperty("title").GetString().ShouldBe("Позвонить клиенту");
        next.GetProperty("dueAt").GetDateTimeOffset().ShouldBe(due, TimeSpan.FromMilliseconds(1));
        next.GetProperty("isOverdue").GetBoolean().ShouldBeFalse();

        // A late report of an earlier state, then a report about another deal that shows both were handled.
        await PublishAsync(new DealNextTaskChangedEto(dealId, Guid.NewGuid(), "Старая задача", due, Guid.NewGuid(), 1, at.AddSeconds(-1)));
        await PublishAsync(new DealNextTaskChangedEto(other, Guid.NewGuid(), "Отправить КП", DateTimeOffset.UtcNow.AddHours(-1), null, 1, at));
        var overdue = await Eventually.Until(() => CardAsync(admin, pipelineId, other),
            c => c.GetProperty("nextTask").ValueKind == JsonValueKind.Object, what: "the other deal's next task");
        overdue.GetProperty("nextTask").GetProperty("isOverdue").GetBoolean().ShouldBeTrue("its due time has passed");
        (await CardAsync(admin, pipelineId, dealId)).GetProperty("nextTask").GetProperty("title").GetString()
            .ShouldBe("Позвонить клиенту", "an older version is ignored");

        var read = await Json(await admin.GetAsync($"/api/crm/deals/{dealId}"));
        read.GetProperty("nextTask").GetProperty("id").GetGuid().ShouldBe(taskId);

        // The last task done: the deal has no next step.
        await PublishAsync(new DealNextTaskChangedEto(dealId, null, null, null, null, 3, at.AddMinutes(1)));
        await Eventually.Until(() => CardAsync(admin, pipelineId, dealId), c => c.GetProperty("nextTask").ValueKind == JsonValueKind.Null,
            what: "the deal without a next step");
        (await Json(await admin.GetAsync($"/api/crm/deals/{dealId}"))).GetProperty("nextTask").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    private Task PublishAsync<TEvent>(TEvent eto) where TEvent : class => ModuleOutbox.PublishAsync(host, "tasks", eto);

    private static async Task<JsonElement> CardAsync(HttpClient client, Guid pipelineId, Guid dealId) =>
        (await Json(await client.GetAsync($"/api/crm/deals/board?pipelineId={pipelineId}&take=200"))).GetProperty("columns").EnumerateArray()
        .SelectMany(c => c.GetProperty("deals").EnumerateArray()).Single(d => d.GetProperty("id").GetGuid() == dealId).Clone();
}

public sealed class DealNextTaskTestsOnSqlite(SqliteHost host) : DealNextTaskTests(host), IClassFixture<SqliteHost>;

public sealed class DealNextTaskTestsOnPostgreSql(PostgreSqlHost host) : DealNextTaskTests(host), IClassFixture<PostgreSqlHost>;
