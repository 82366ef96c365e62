using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Crm.Events;
using Suite.Crm.Timeline;
using Suite.Framework.Events;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>The card's timeline: the user's entries, Crm's own changes fed through the bus, and who may read it.</summary>
public abstract class TimelineApiTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Show_Comments_Calls_And_Meetings_Newest_First()
    {
        var (sales, salesId) = await host.UserAsync("sales");
        var company = await CrmApi.CompanyAsync(sales);
        var now = DateTimeOffset.UtcNow;

        var call = await sales.PostAsJsonAsync("/api/crm/timeline/calls", new
        {
            entityType = "company", entityId = company, direction = "outgoing", durationSeconds = 185, result = "Договорились о встрече",
            note = "Перезвонить в пятницу", occurredAt = now.AddHours(-2),
        });
        call.StatusCode.ShouldBe(HttpStatusCode.Created, await call.Content.ReadAsStringAsync());
        var comment = await sales.PostAsJsonAsync("/api/crm/timeline/comments", new { entityType = "company", entityId = company, text = "  Клиент просит скидку  " });
        comment.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await Json(comment)).GetProperty("kind").GetString().ShouldBe("comment");
        var meeting = await sales.PostAsJsonAsync("/api/crm/timeline/meetings", new
        {
            entityType = "company", entityId = company, subject = "Замер на объекте", startsAt = now.AddDays(1), durationMinutes = 90,
            place = "Тверская, 1", note = "Взять образцы",
        });
        meeting.StatusCode.ShouldBe(HttpStatusCode.Created);

        var items = await ItemsAsync(sales, "company", company, i => i.Any(x => x.Kind == "created"));
        items.Where(i => i.Kind is "comment" or "call" or "meeting").Select(i => i.Kind).ShouldBe(["meeting", "comment", "call"]);
        items.Select(i => i.OccurredAt).ShouldBe(items.Select(i => i.OccurredAt).OrderByDescending(t => t));
        items[^1].Kind.ShouldBe("call");

        var c = items.Single(i => i.Kind == "comment");
        c.Details.GetProperty("text").GetString().ShouldBe("Клиент просит скидку");
        c.UserId.ShouldBe(salesId);
        var k = items.Single(i => i.Kind == "call");
        k.Details.GetProperty("direction").GetString().ShouldBe("outgoing");
        k.Details.GetProperty("durationSeconds").GetInt32().ShouldBe(185);
        k.Details.GetProperty("result").GetString().ShouldBe("Договорились о встрече");
        k.OccurredAt.ShouldBe(now.AddHours(-2), TimeSpan.FromSeconds(1));
        var m = items.Single(i => i.Kind == "meeting");
        m.Details.GetProperty("place").GetString().ShouldBe("Тверская, 1");
        m.Details.GetProperty("durationMinutes").GetInt32().ShouldBe(90);
        m.Title.ShouldContain("Замер на объекте");

        var page = await Json(await sales.GetAsync($"/api/crm/timeline?entityType=company&entityId={company}&skipCount=1&maxResultCount=1"));
        page.GetProperty("totalCount").GetInt64().ShouldBe(4);
        page.GetProperty("items").EnumerateArray().Single().GetProperty("kind").GetString().ShouldBe("comment");
    }

    [Fact]
    public async Task Should_Refuse_Entries_That_Are_Not_Valid()
    {
        var admin = await host.AdminAsync();
        var company = await CrmApi.CompanyAsync(admin);

        (await admin.PostAsJsonAsync("/api/crm/timeline/comments", new { entityType = "company", entityId = company, text = " " }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostAsJsonAsync("/api/crm/timeline/comments", new { entityType = "invoice", entityId = company, text = "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostAsJsonAsync("/api/crm/timeline/calls", new { entityType = "company", entityId = company, direction = "sideways", durationSeconds = 5 }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostAsJsonAsync("/api/crm/timeline/meetings", new { entityType = "company", entityId = company, subject = "Встреча", durationMinutes = 30 }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync($"/api/crm/timeline?entityType=planet&entityId={company}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync($"/api/crm/timeline?entityType=company&entityId={Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Show_A_Stage_Change_And_Field_Changes_On_The_Deal_And_On_Its_Company()
    {
        var (sales, _) = await host.UserAsync("sales");
        var company = await CrmApi.CompanyAsync(sales, "ООО «Старое имя»");
        var stages = await CrmApi.DefaultStagesAsync(sales);
        var deal = (await CrmApi.DealAsync(sales, company, "Окна", new { amount = 1000m })).GetProperty("id").GetGuid();

        (await sales.PostAsJsonAsync($"/api/crm/deals/{deal}/move", new { stageId = stages["Замер"] })).EnsureSuccessStatusCode();
        (await sales.PutAsJsonAsync($"/api/crm/deals/{deal}", new { title = "Окна и двери", companyId = company, amount = 2500.5m }))
            .EnsureSuccessStatusCode();
        (await sales.PutAsJsonAsync($"/api/crm/companies/{company}", new { name = "ООО «Новое имя»" })).EnsureSuccessStatusCode();

        var dealItems = await ItemsAsync(sales, "deal", deal, i => i.Any(x => x.Kind == "stageChanged") && i.Any(x => x.Kind == "updated"));
        var stage = dealItems.Single(i => i.Kind == "stageChanged");
        stage.Details.GetProperty("fromStage").GetString().ShouldBe("Первый звонок");
        stage.Details.GetProperty("toStage").GetString().ShouldBe("Замер");
        var updated = dealItems.Single(i => i.Kind == "updated");
        Changes(updated).ShouldBe([("title", "Окна", "Окна и двери"), ("amount", "1000.00", "2500.50")]);
        dealItems.Select(i => i.Kind).ShouldBe(["updated", "stageChanged", "created"]);
        dealItems.ShouldAllBe(i => i.EntityType == "deal" && i.EntityId == deal);

        var companyItems = await ItemsAsync(sales, "company", company,
            i => i.Any(x => x.Kind == "updated" && x.EntityType == "company") && i.Count(x => x.EntityType == "deal") == 3);
        companyItems.Where(i => i.EntityType == "deal").Select(i => i.Id).ShouldBe(dealItems.Select(i => i.Id));
        companyItems.Single(i => i.Kind == "stageChanged").Title.ShouldContain("Окна");
        Changes(companyItems.Single(i => i.Kind == "updated" && i.EntityType == "company"))
            .ShouldBe([("name", "ООО «Старое имя»", "ООО «Новое имя»")]);
        companyItems.Single(i => i.Kind == "created" && i.EntityType == "company").Subject.ShouldBe("ООО «Старое имя»");
    }

    [Fact]
    public async Task Should_Show_Won_And_Lost_With_The_Reason_And_Reopened()
    {
        var admin = await host.AdminAsync();
        var company = await CrmApi.CompanyAsync(admin);
        var deal = (await CrmApi.DealAsync(admin, company)).GetProperty("id").GetGuid();
        var reasons = await Json(await admin.GetAsync("/api/crm/loss-reasons?maxResultCount=100"));
        var reason = reasons.GetProperty("items")[0];

        (await admin.PostAsync($"/api/crm/deals/{deal}/win", null)).EnsureSuccessStatusCode();
        (await admin.PostAsync($"/api/crm/deals/{deal}/reopen", null)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/crm/deals/{deal}/lose", new { lossReasonId = reason.GetProperty("id").GetGuid(), comment = "Дорого" }))
            .EnsureSuccessStatusCode();

        var items = await ItemsAsync(admin, "deal", deal, i => i.Any(x => x.Kind == "lost"));
        items.Select(i => i.Kind).ShouldBe(["lost", "reopened", "won", "created"]);
        var lost = items[0];
        lost.Details.GetProperty("reason").GetString().ShouldBe(reason.GetProperty("name").GetString());
        lost.Details.GetProperty("comment").GetString().ShouldBe("Дорого");
        items[1].Details.GetProperty("fromStage").GetString().ShouldBe("Успешно");
        items[1].Details.GetProperty("toStage").GetString().ShouldBe("Первый звонок");
    }

    [Fact]
    public async Task Should_Show_An_Owner_Change_As_Its_Own_Item()
    {
        var (director, directorId) = await host.UserAsync("director");
        var (_, salesId) = await host.UserAsync("sales");
        var company = await CrmApi.CompanyAsync(director);
        var deal = (await CrmApi.DealAsync(director, company)).GetProperty("id").GetGuid();

        (await director.PutAsJsonAsync($"/api/crm/deals/{deal}", new { title = "Сделка", companyId = company, ownerId = salesId }))
            .EnsureSuccessStatusCode();
        (await director.PutAsJsonAsync($"/api/crm/companies/{company}", new { name = "ООО «Передана»", ownerId = salesId }))
            .EnsureSuccessStatusCode();

        var dealItems = await ItemsAsync(director, "deal", deal, i => i.Any(x => x.Kind == "ownerChanged"));
        var owner = dealItems.Single(i => i.Kind == "ownerChanged");
        Changes(owner).ShouldBe([("ownerId", directorId.ToString(), salesId.ToString())]);
        owner.UserId.ShouldBe(directorId);
        dealItems.ShouldNotContain(i => i.Kind == "updated"); // only the owner changed

        var companyItems = await ItemsAsync(director, "company", company,
            i => i.Any(x => x.Kind == "ownerChanged" && x.EntityType == "company"));
        Changes(companyItems.Single(i => i.Kind == "ownerChanged" && i.EntityType == "company"))
            .ShouldBe([("ownerId", directorId.ToString(), salesId.ToString())]);
        Changes(companyItems.Single(i => i.Kind == "updated" && i.EntityType == "company")).Single().Field.ShouldBe("name");
    }

    [Fact]
    public async Task Should_Hide_The_Timeline_Of_Cards_The_User_May_Not_See()
    {
        var (anna, _) = await host.UserAsync("sales");
        var (boris, _) = await host.UserAsync("sales");
        var company = await CrmApi.CompanyAsync(anna);
        var deal = (await CrmApi.DealAsync(anna, company)).GetProperty("id").GetGuid();

        foreach (var (type, id) in new[] { ("company", company), ("deal", deal) })
        {
            (await boris.GetAsync($"/api/crm/timeline?entityType={type}&entityId={id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await boris.PostAsJsonAsync("/api/crm/timeline/comments", new { entityType = type, entityId = id, text = "Чужое" }))
                .StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await boris.PostAsJsonAsync("/api/crm/timeline/calls", new { entityType = type, entityId = id, direction = "incoming", durationSeconds = 1 }))
                .StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await anna.GetAsync($"/api/crm/timeline?entityType={type}&entityId={id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        // The accountant reads every card but does not write on them; the warehouse does not read them.
        var (accountant, _) = await host.UserAsync("accountant");
        (await accountant.GetAsync($"/api/crm/timeline?entityType=deal&entityId={deal}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await accountant.PostAsJsonAsync("/api/crm/timeline/comments", new { entityType = "deal", entityId = deal, text = "Счёт выставлен" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var (warehouse, _) = await host.UserAsync("warehouse");
        (await warehouse.GetAsync($"/api/crm/timeline?entityType=company&entityId={company}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await host.Anonymous().GetAsync($"/api/crm/timeline?entityType=company&entityId={company}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_Leave_The_Timeline_Unchanged_When_An_Event_Is_Delivered_Again()
    {
        var admin = await host.AdminAsync();
        var company = await CrmApi.CompanyAsync(admin);
        var stages = await CrmApi.DefaultStagesAsync(admin);
        var deal = (await CrmApi.DealAsync(admin, company)).GetProperty("id").GetGuid();
        (await admin.PostAsJsonAsync($"/api/crm/deals/{deal}/move", new { stageId = stages["Замер"] })).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync($"/api/crm/deals/{deal}", new { title = "Другое название", companyId = company })).EnsureSuccessStatusCode();
        var before = await ItemsAsync(admin, "company", company, i => i.Count == 4); // company created, deal created, moved, updated

        // Every message Crm's inbox handled for this deal and company arrives once more, under a new message id
        // (a re-publish) and under its own id (a redelivery).
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Data.CrmDbContext>();
            var handled = (await db.InboxMessages.AsNoTracking().Where(m => m.ProcessedAt != null).ToListAsync())
                .Where(m => m.Payload.Contains(deal.ToString()) || m.Payload.Contains(company.ToString())).ToList();
            handled.Count.ShouldBe(4);
            var inbox = host.Services.GetServices<IInboxWriter>().Single(i => i.Module == Data.CrmDbProperties.Database.Module);
            var again = new List<Guid>();
            foreach (var message in handled)
            {
                (await inbox.WriteAsync(message.Id, message.EventName, message.Payload, CancellationToken.None)).ShouldBeFalse();
                var id = Guid.NewGuid();
                (await inbox.WriteAsync(id, message.EventName, message.Payload, CancellationToken.None)).ShouldBeTrue();
                again.Add(id);
            }

            await Eventually.Until(async () =>
            {
                await using var check = host.Services.CreateAsyncScope();
                var checkDb = check.ServiceProvider.GetRequiredService<Data.CrmDbContext>();
                return await checkDb.InboxMessages.CountAsync(m => again.Contains(m.Id) && m.ProcessedAt != null && m.LastError == null) == again.Count;
            }, what: "the repeated messages to be handled");
        }

        var after = await ItemsAsync(admin, "company", company, _ => true);
        after.Select(i => i.Id).ShouldBe(before.Select(i => i.Id));
    }

    [Fact]
    public async Task Should_Give_The_Kept_Company_The_History_Of_The_Merged_Duplicate()
    {
        var admin = await host.AdminAsync();
        var kept = await CrmApi.CompanyAsync(admin, CrmApi.Unique("ООО «Основная»"));
        var duplicate = await CrmApi.CompanyAsync(admin, "ООО «Дубль»");
        (await admin.PostAsJsonAsync("/api/crm/timeline/comments", new { entityType = "company", entityId = duplicate, text = "Звонили с дубля" }))
            .EnsureSuccessStatusCode();
        await ItemsAsync(admin, "company", duplicate, i => i.Count == 2);

        var merged = new CompanyMergedEto(kept, duplicate, null, DateTimeOffset.UtcNow);
        for (var delivery = 0; delivery < 2; delivery++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<CompanyTimelineHandler>().HandleAsync(merged, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<Data.CrmDbContext>().SaveChangesAsync();
        }

        var items = await ItemsAsync(admin, "company", kept, _ => true);
        items.Select(i => i.Kind).ShouldBe(["merged", "comment", "created", "created"], ignoreOrder: true);
        items.Single(i => i.Kind == "merged").Subject.ShouldBe("ООО «Дубль»");
        items.Single(i => i.Kind == "comment").EntityId.ShouldBe(kept);
    }

    [Fact]
    public async Task Should_Show_Contacts_And_A_Converted_Lead_On_The_Company_Card()
    {
        var admin = await host.AdminAsync();
        var company = await CrmApi.CompanyAsync(admin);
        var deal = (await CrmApi.DealAsync(admin, company, "Из заявки")).GetProperty("id").GetGuid();
        var contact = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;

        // Contacts and leads publish these events from their own slices; the timeline already handles them.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var contacts = scope.ServiceProvider.GetRequiredService<ContactTimelineHandler>();
            await contacts.HandleAsync(new ContactCreatedEto(contact, "Иван", "Петров", company, null, null, Guid.Empty, null, now), CancellationToken.None);
            await contacts.HandleAsync(new ContactUpdatedEto(contact, "Иван", "Петров", company, "+7 900 000-00-00", null, Guid.Empty,
                [new FieldChange("phone", null, "+7 900 000-00-00")], null, now.AddSeconds(1)), CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<LeadTimelineHandler>().HandleAsync(
                new LeadConvertedEto(Guid.NewGuid(), company, contact, deal, Guid.Empty, null, now.AddSeconds(2)), CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<Data.CrmDbContext>().SaveChangesAsync();
        }

        var items = await ItemsAsync(admin, "company", company, i => i.Count(x => x.EntityType == "deal") == 2);
        var converted = items.Single(i => i.Kind == "converted");
        converted.EntityType.ShouldBe("deal");
        converted.Subject.ShouldBe("Из заявки");
        Changes(items.Single(i => i.EntityType == "contact" && i.Kind == "updated")).ShouldBe([("phone", null, "+7 900 000-00-00")]);
        items.Single(i => i.EntityType == "contact" && i.Kind == "created").Subject.ShouldBe("Иван Петров");
        (await ItemsAsync(admin, "deal", deal, _ => true)).Select(i => i.Kind).ShouldContain("converted");
    }

    [Fact]
    public async Task Should_Keep_A_Timeline_On_Contact_And_Lead_Cards_For_Their_Owner_Only()
    {
        var (sales, _) = await host.UserAsync("sales");
        var (other, _) = await host.UserAsync("sales");
        var company = await CrmApi.CompanyAsync(sales);
        var created = await sales.PostAsJsonAsync("/api/crm/contacts", new { firstName = "Ольга", lastName = "Смирнова", companyId = company });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var contact = await Json(created);
        var contactId = contact.GetProperty("id").GetGuid();
        (await sales.PostAsJsonAsync("/api/crm/timeline/comments", new { entityType = "contact", entityId = contactId, text = "Любит звонки после обеда" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var items = await ItemsAsync(sales, "contact", contactId, i => i.Any(x => x.Kind == "created"));
        items.Select(i => i.Kind).ShouldBe(["comment", "created"], ignoreOrder: true);
        var onCompany = await ItemsAsync(sales, "company", company, i => i.Any(x => x.EntityType == "contact"));
        onCompany.ShouldContain(i => i.EntityType == "contact" && i.Kind == "comment");
        (await other.GetAsync($"/api/crm/timeline?entityType=contact&entityId={contactId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsJsonAsync("/api/crm/timeline/comments", new { entityType = "contact", entityId = contactId, text = "чужой" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var lead = await sales.PostAsJsonAsync("/api/crm/leads", new { title = "Заявка с сайта", name = "Пётр", phone = "+7 912 345-67-89" });
        lead.StatusCode.ShouldBe(HttpStatusCode.Created, await lead.Content.ReadAsStringAsync());
        var leadId = (await Json(lead)).GetProperty("id").GetGuid();
        (await sales.PostAsJsonAsync("/api/crm/timeline/calls", new { entityType = "lead", entityId = leadId, direction = "outgoing", durationSeconds = 60, result = "Ждёт КП" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ItemsAsync(sales, "lead", leadId, i => i.Any(x => x.Kind == "call"))).ShouldContain(i => i.Kind == "call");
        (await other.GetAsync($"/api/crm/timeline?entityType=lead&entityId={leadId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Not_Show_On_A_Company_Timeline_The_Items_Of_A_Deal_The_Reader_May_Not_See()
    {
        var (director, _) = await host.UserAsync("director");
        var (anna, _) = await host.UserAsync("sales");
        var (boris, borisId) = await host.UserAsync("sales");
        var company = await CrmApi.CompanyAsync(anna);
        var deal = (await CrmApi.DealAsync(director, company, "Сделка Бориса", new { ownerId = borisId })).GetProperty("id").GetGuid();
        (await boris.PostAsJsonAsync("/api/crm/timeline/comments", new { entityType = "deal", entityId = deal, text = "Скидка 20% — только между нами" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await anna.PostAsJsonAsync("/api/crm/timeline/comments", new { entityType = "company", entityId = company, text = "Звонила Анна" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        // The director sees the deal, so its items (comment and creation) are on the company's timeline for them.
        await ItemsAsync(director, "company", company, i => i.Any(x => x.EntityType == "deal" && x.Kind == "comment") && i.Any(x => x.Kind == "created" && x.EntityType == "deal"));

        var annas = await ItemsAsync(anna, "company", company, i => i.Any(x => x.Kind == "comment"));
        annas.ShouldNotContain(i => i.EntityType == "deal");
        annas.ShouldContain(i => i.Kind == "comment" && i.EntityType == "company");
        var page = await Json(await anna.GetAsync($"/api/crm/timeline?entityType=company&entityId={company}&maxResultCount=100"));
        page.GetProperty("totalCount").GetInt64().ShouldBe(annas.Count);
    }

    private static async Task<List<Item>> ItemsAsync(HttpClient client, string entityType, Guid entityId, Func<List<Item>, bool> done) =>
        await Eventually.Until(async () =>
        {
            var response = await client.GetAsync($"/api/crm/timeline?entityType={entityType}&entityId={entityId}&maxResultCount=100");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            return (await Json(response)).GetProperty("items").EnumerateArray().Select(Item.From).ToList();
        }, done, what: $"the {entityType} timeline");

    private static List<(string Field, string? Old, string? New)> Changes(Item item) =>
        item.Details.GetProperty("changes").EnumerateArray()
            .Select(c => (c.GetProperty("field").GetString()!, c.GetProperty("oldValue").GetString(), c.GetProperty("newValue").GetString()))
            .ToList();

    private sealed record Item(Guid Id, string Kind, string EntityType, Guid EntityId, DateTimeOffset OccurredAt, string Title, string? Subject,
        JsonElement Details, Guid? UserId)
    {
        public static Item From(JsonElement e) => new(
            e.GetProperty("id").GetGuid(), e.GetProperty("kind").GetString()!, e.GetProperty("entityType").GetString()!,
            e.GetProperty("entityId").GetGuid(), e.GetProperty("occurredAt").GetDateTimeOffset(), e.GetProperty("title").GetString()!,
            e.GetProperty("subject").GetString(), e.GetProperty("details").Clone(),
            e.GetProperty("userId").ValueKind == JsonValueKind.Null ? null : e.GetProperty("userId").GetGuid());
    }
}

public sealed class TimelineApiTestsOnSqlite(SqliteHost host) : TimelineApiTests(host), IClassFixture<SqliteHost>;

public sealed class TimelineApiTestsOnPostgreSql(PostgreSqlHost host) : TimelineApiTests(host), IClassFixture<PostgreSqlHost>;
