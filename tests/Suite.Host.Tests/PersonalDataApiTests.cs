using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Host.Tests;

/// <summary>A contact person's 152-FZ request: export what every module holds about them, then erase it and keep the books.</summary>
public abstract class PersonalDataApiTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Export_What_Every_Module_Holds_About_A_Contact_Then_Erase_It_Everywhere_And_Audit_Both()
    {
        var (sales, _) = await host.UserAsync("sales");
        var token = Guid.NewGuid().ToString("N")[..8];
        var phone = "+7 916 " + Random.Shared.Next(100, 999) + "-11-22";
        var email = $"ivan.{token}@example.ru";
        var created = await Json(await sales.PostAsJsonAsync("/api/crm/contacts",
            new { firstName = "Иван", lastName = $"Петров{token}", phones = new[] { phone }, emails = new[] { email }, position = "Главный инженер" }));
        var contactId = created.GetProperty("id").GetGuid();
        var moved = await sales.PutAsJsonAsync($"/api/crm/contacts/{contactId}", new
        {
            firstName = "Иван", lastName = $"Петров{token}", phones = new[] { phone }, emails = new[] { email }, position = "Директор",
            concurrencyStamp = created.GetProperty("concurrencyStamp").GetString(),
        });
        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        var task = await Json(await Eventually.Until(
            () => sales.PostAsJsonAsync("/api/tasks", new { title = $"Позвонить Петрову {token}", entityType = "contact", entityId = contactId }),
            r => r.StatusCode == HttpStatusCode.Created, what: "Tasks to know the contact's card"));
        var taskId = task.GetProperty("id").GetGuid();
        var admin = await host.AdminAsync();
        var timelineUrl = $"/api/crm/timeline?entityType=contact&entityId={contactId}&maxResultCount=100";
        await Eventually.Until(async () => (await Json(await admin.GetAsync(timelineUrl))).GetProperty("totalCount").GetInt64(),
            count => count >= 2, what: "the card's creation and change on its timeline");

        (await sales.GetAsync($"/api/admin/personal-data/contacts/{contactId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await sales.PostAsync($"/api/crm/contacts/{contactId}/erase-personal-data", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.GetAsync($"/api/admin/personal-data/contacts/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PostAsync($"/api/crm/contacts/{Guid.NewGuid()}/erase-personal-data", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var export = await admin.GetAsync($"/api/admin/personal-data/contacts/{contactId}");
        export.StatusCode.ShouldBe(HttpStatusCode.OK, await export.Content.ReadAsStringAsync());
        export.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"personal-data-{contactId:N}.json");
        var sections = (await Json(export)).GetProperty("sections").EnumerateArray()
            .ToDictionary(s => s.GetProperty("kind").GetString()!, s => s.GetProperty("records").EnumerateArray().ToList());
        var card = sections["contact"].Single();
        card.GetProperty("lastName").GetString().ShouldBe($"Петров{token}");
        card.GetProperty("phones").GetString().ShouldBe(phone);
        card.GetProperty("emails").GetString().ShouldBe(email);
        sections["tasks"].Single().GetProperty("title").GetString().ShouldBe($"Позвонить Петрову {token}");

        (await admin.PostAsync($"/api/crm/contacts/{contactId}/erase-personal-data", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var erased = await Json(await admin.GetAsync($"/api/crm/contacts/{contactId}"));
        erased.GetProperty("firstName").GetString().ShouldBe("Удалённый контакт");
        erased.GetProperty("lastName").ValueKind.ShouldBe(JsonValueKind.Null);
        erased.GetProperty("position").ValueKind.ShouldBe(JsonValueKind.Null);
        erased.GetProperty("phones").GetArrayLength().ShouldBe(0);
        erased.GetProperty("emails").GetArrayLength().ShouldBe(0);
        (await Json(await admin.GetAsync($"/api/crm/contacts?filter={token}"))).GetProperty("totalCount").GetInt64().ShouldBe(0);
        // Tasks' copy of the card is renamed through the bus.
        await Eventually.Until(async () => (await Json(await sales.GetAsync($"/api/tasks/{taskId}"))).GetProperty("entityTitle").GetString(),
            title => title == "Удалённый контакт", what: "the task's card to be renamed");

        var audit = await admin.GetAsync($"/api/admin/audit?entityId={contactId}&maxResultCount=100");
        var log = await audit.Content.ReadAsStringAsync();
        audit.StatusCode.ShouldBe(HttpStatusCode.OK, log);
        log.ShouldNotContain(token, customMessage: "the change log keeps no old value of the person's data");
        log.ShouldNotContain(email);
        log.ShouldNotContain("Главный инженер");
        var requests = (await Json(audit)).GetProperty("items").EnumerateArray()
            .SelectMany(e => e.GetProperty("changes").EnumerateArray()).Where(c => c.GetProperty("field").GetString() == "personalData")
            .Select(c => c.GetProperty("newValue").GetString()).ToList();
        requests.ShouldBe(["erased", "exported"], ignoreOrder: true);
        // The erasure shows on the card's timeline; what the person was called does not, anywhere on it.
        var timeline = await Eventually.Until(async () => await (await admin.GetAsync(timelineUrl)).Content.ReadAsStringAsync(),
            text => text.Contains("personalData"), what: "the erasure on the timeline");
        timeline.ShouldNotContain(token);
        timeline.ShouldNotContain(email);
    }
}

public sealed class PersonalDataApiTestsOnSqlite(SqliteHost host) : PersonalDataApiTests(host), IClassFixture<SqliteHost>;

public sealed class PersonalDataApiTestsOnPostgreSql(PostgreSqlHost host) : PersonalDataApiTests(host), IClassFixture<PostgreSqlHost>;
