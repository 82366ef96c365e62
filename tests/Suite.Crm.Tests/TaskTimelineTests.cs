using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Suite.Tasks.Events;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>
/// Tasks' facts on the cards' timelines. The events are put into Tasks' outbox as Tasks publishes them, and the real
/// bus brings them to Crm.
/// </summary>
public abstract class TaskTimelineTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Show_A_Task_Set_Passed_On_Overdue_And_Done_On_The_Deal_Naming_The_People_Once_Even_When_Replayed()
    {
        var admin = await host.AdminAsync();
        // Users made without a full name are known by their user name.
        var anna = Login("anna");
        var boris = Login("boris");
        var (_, annaId) = await host.UserAsync("sales", anna);
        var (_, borisId) = await host.UserAsync("sales", boris);
        var companyId = await CrmApi.CompanyAsync(admin);
        var dealId = (await CrmApi.DealAsync(admin, companyId, "Окна в коттедж")).GetProperty("id").GetGuid();
        var taskId = Guid.NewGuid();
        var due = new DateTimeOffset(2026, 12, 4, 7, 0, 0, TimeSpan.Zero);
        var at = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

        var created = new TaskCreatedEto(taskId, "Замер", "high", "deal", dealId, annaId, annaId, due, null, null, at);
        var reassigned = new TaskReassignedEto(taskId, "Замер", "deal", dealId, annaId, borisId, annaId, due, at.AddMinutes(5));
        var overdue = new TaskOverdueEto(taskId, "Замер", "deal", dealId, borisId, null, due, due.AddMinutes(1));
        var completed = new TaskCompletedEto(taskId, "Замер", "deal", dealId, borisId, borisId, "Замерили", due, false, due.AddHours(2));
        await PublishAsync(created);
        await PublishAsync(reassigned);
        await PublishAsync(overdue);
        await PublishAsync(completed);
        // A backfill replays what was published, under new message ids: nothing may show twice.
        await PublishAsync(created);
        await PublishAsync(completed);
        // Tasks on a record that is not a card, or on none, are no card's history.
        await PublishAsync(new TaskCreatedEto(Guid.NewGuid(), "Пересчитать склад", "normal", "product", dealId, annaId, annaId, due, null, null, at));
        await PublishAsync(new TaskCreatedEto(Guid.NewGuid(), "Без карточки", "normal", null, null, annaId, annaId, due, null, null, at));
        // The last one tells that the earlier ones were all handled.
        await PublishAsync(new TaskCreatedEto(Guid.NewGuid(), "Отметка", "normal", "deal", dealId, annaId, null, null, null, null, at.AddDays(1)));

        var items = await Eventually.Until(() => TaskItemsAsync(admin, "deal", dealId),
            i => i.Any(t => t.GetProperty("subject").GetString() == "Отметка"), what: "the tasks on the deal's timeline");
        items.Count.ShouldBe(5, "four facts of one task and the marker, each once");
        Heading(items, "taskCreated", "Замер").ShouldBe($"Задача «Замер» поставлена, исполнитель — {anna}");
        Heading(items, "taskReassigned", "Замер").ShouldBe($"Задача «Замер» передана: {anna} → {boris}");
        Heading(items, "taskOverdue", "Замер").ShouldBe($"Задача «Замер» просрочена, исполнитель — {boris}");
        Heading(items, "taskCompleted", "Замер").ShouldBe($"Задача «Замер» выполнена с опозданием: {boris}");
        var done = items.Single(i => i.GetProperty("kind").GetString() == "taskCompleted");
        done.GetProperty("userFullName").GetString().ShouldBe(boris);
        done.GetProperty("details").GetProperty("taskId").GetGuid().ShouldBe(taskId);
        done.GetProperty("details").GetProperty("result").GetString().ShouldBe("Замерили");
        items.Single(i => i.GetProperty("kind").GetString() == "taskCreated" && i.GetProperty("subject").GetString() == "Замер")
            .GetProperty("details").GetProperty("dueAt").GetDateTimeOffset().ShouldBe(due);

        var onCompany = await TaskItemsAsync(admin, "company", companyId);
        onCompany.Count.ShouldBe(5, "the company's card shows its deal's tasks too");
    }

    [Fact]
    public async Task Should_Show_Tasks_On_A_Contact_And_A_Lead_In_English_For_An_English_Reader()
    {
        var admin = await host.AdminAsync();
        var boris = Login("boris");
        var (_, borisId) = await host.UserAsync("sales", boris);
        var companyId = await CrmApi.CompanyAsync(admin);
        var contact = await Json(await admin.PostAsJsonAsync("/api/crm/contacts", new { firstName = "Иван", companyId }));
        var contactId = contact.GetProperty("id").GetGuid();
        var lead = await Json(await admin.PostAsJsonAsync("/api/crm/leads", new { title = "Заявка с сайта", name = "Пётр" }));
        var leadId = lead.GetProperty("id").GetGuid();
        var at = DateTimeOffset.UtcNow;

        await PublishAsync(new TaskCreatedEto(Guid.NewGuid(), "Позвонить", "normal", "contact", contactId, borisId, null, null, null, null, at));
        await PublishAsync(new TaskCreatedEto(Guid.NewGuid(), "Квалифицировать", "normal", "lead", leadId, borisId, null, null, null, null, at));

        var onContact = await Eventually.Until(() => TaskItemsAsync(admin, "contact", contactId, "en"), i => i.Count == 1,
            what: "the task on the contact's timeline");
        onContact[0].GetProperty("title").GetString().ShouldBe($"Task «Позвонить» set for {boris}");
        var onLead = await Eventually.Until(() => TaskItemsAsync(admin, "lead", leadId, "en"), i => i.Count == 1,
            what: "the task on the lead's timeline");
        onLead[0].GetProperty("title").GetString().ShouldBe($"Task «Квалифицировать» set for {boris}");
    }

    private static string Heading(List<JsonElement> items, string kind, string title) =>
        items.Single(i => i.GetProperty("kind").GetString() == kind && i.GetProperty("subject").GetString() == title)
            .GetProperty("title").GetString()!;

    private Task PublishAsync<TEvent>(TEvent eto) where TEvent : class => ModuleOutbox.PublishAsync(host, "tasks", eto);

    private static string Login(string name) => $"{name}-{Guid.NewGuid():N}"[..16];

    private static async Task<List<JsonElement>> TaskItemsAsync(HttpClient client, string entityType, Guid entityId, string language = "ru")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/crm/timeline?entityType={entityType}&entityId={entityId}&maxResultCount=100");
        request.Headers.AcceptLanguage.ParseAdd(language);
        var page = await Json(await client.SendAsync(request));
        return page.GetProperty("items").EnumerateArray().Select(i => i.Clone())
            .Where(i => i.GetProperty("kind").GetString()!.StartsWith("task", StringComparison.Ordinal)).ToList();
    }
}

public sealed class TaskTimelineTestsOnSqlite(SqliteHost host) : TaskTimelineTests(host), IClassFixture<SqliteHost>;

public sealed class TaskTimelineTestsOnPostgreSql(PostgreSqlHost host) : TaskTimelineTests(host), IClassFixture<PostgreSqlHost>;
