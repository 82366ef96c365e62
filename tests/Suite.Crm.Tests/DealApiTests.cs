using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>Deals through the pipeline as a sales team works them; runs once on SQLite and once on PostgreSQL.</summary>
public abstract class DealApiTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Open_A_Deal_In_The_Default_Pipeline_At_Its_First_Stage()
    {
        var (sales, salesId) = await host.UserAsync("sales");
        var company = await CrmApi.CompanyAsync(sales);
        var stages = await CrmApi.DefaultStagesAsync(sales);
        var pipeline = (await CrmApi.DefaultPipelineAsync(sales)).GetProperty("id").GetGuid();

        var created = await sales.PostAsJsonAsync("/api/crm/deals", new { title = "Окна в офис", companyId = company, amount = 1500.50m, expectedCloseDate = "2026-12-31" });

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var deal = await Json(created);
        var id = deal.GetProperty("id").GetGuid();
        created.Headers.Location!.ToString().ShouldBe($"/api/crm/deals/{id}");
        deal.GetProperty("pipelineId").GetGuid().ShouldBe(pipeline);
        deal.GetProperty("stageId").GetGuid().ShouldBe(stages["Первый звонок"]);
        deal.GetProperty("status").GetString().ShouldBe("open");
        deal.GetProperty("currency").GetString().ShouldBe("RUB");
        deal.GetProperty("amount").GetDecimal().ShouldBe(1500.50m);
        deal.GetProperty("ownerId").GetGuid().ShouldBe(salesId);
        deal.GetProperty("contactId").ValueKind.ShouldBe(JsonValueKind.Null);
        deal.GetProperty("closedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        deal.GetProperty("expectedCloseDate").GetString().ShouldBe("2026-12-31");
        deal.GetProperty("concurrencyStamp").GetString().ShouldNotBeNullOrEmpty();

        var read = await Json(await sales.GetAsync($"/api/crm/deals/{id}"));
        read.GetProperty("title").GetString().ShouldBe("Окна в офис");
        read.GetProperty("stageEnteredAt").GetDateTimeOffset().ShouldBe(deal.GetProperty("createdAt").GetDateTimeOffset(), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Should_Take_The_Amount_From_The_Lines()
    {
        var admin = await host.AdminAsync();
        var company = await CrmApi.CompanyAsync(admin);

        var deal = await CrmApi.DealAsync(admin, company, extra: new
        {
            amount = 5m,
            currency = "USD",
            lines = new object[]
            {
                new { description = "Окно ПВХ", quantity = 1.5m, unitPrice = 333.33m },   // 499.995 → 500.00
                new { description = "Монтаж", quantity = 3m, unitPrice = 100.10m, productId = Guid.NewGuid() },
            },
        });

        deal.GetProperty("amount").GetDecimal().ShouldBe(800.30m);
        deal.GetProperty("currency").GetString().ShouldBe("USD");
        var lines = deal.GetProperty("lines").EnumerateArray().ToList();
        lines.Select(l => l.GetProperty("description").GetString()).ShouldBe(["Окно ПВХ", "Монтаж"]);
        lines.Select(l => l.GetProperty("amount").GetDecimal()).ShouldBe([500.00m, 300.30m]);

        // Editing the lines recomputes the amount; removing them all keeps the amount sent.
        var id = deal.GetProperty("id").GetGuid();
        var updated = await Json(await admin.PutAsJsonAsync($"/api/crm/deals/{id}", new
        {
            title = "Сделка", companyId = company, lines = new[] { new { description = "Дверь", quantity = 2m, unitPrice = 10_000.01m } },
        }));
        updated.GetProperty("amount").GetDecimal().ShouldBe(20_000.02m);
        updated.GetProperty("lines").GetArrayLength().ShouldBe(1);

        var withoutLines = await Json(await admin.PutAsJsonAsync($"/api/crm/deals/{id}", new { title = "Сделка", companyId = company, amount = 77.7m }));
        withoutLines.GetProperty("amount").GetDecimal().ShouldBe(77.7m);
        (await Json(await admin.GetAsync($"/api/crm/deals/{id}"))).GetProperty("lines").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Should_Refuse_Invalid_Fields_With_An_Error_Per_Field()
    {
        var (anna, _) = await host.UserAsync("sales");
        var (boris, _) = await host.UserAsync("sales");
        var borisCompany = await CrmApi.CompanyAsync(boris);

        // Boris's client does not exist for Anna.
        var response = await anna.PostAsJsonAsync("/api/crm/deals", new
        {
            title = " ", companyId = borisCompany, currency = "rub", amount = 1.005m,
            lines = new[] { new { description = "", quantity = 0m, unitPrice = -1m } },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(response)).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order().ShouldBe(
            ["amount", "currency", "lines[0].description", "lines[0].quantity", "lines[0].unitPrice", "title"]);

        var unknownCompany = await anna.PostAsJsonAsync("/api/crm/deals", new { title = "Сделка", companyId = borisCompany });
        unknownCompany.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(unknownCompany)).GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["companyId"]);
    }

    [Fact]
    public async Task Should_Show_A_Sales_Manager_Only_Their_Own_Deals()
    {
        var (anna, annaId) = await host.UserAsync("sales");
        var (boris, _) = await host.UserAsync("sales");
        var marker = Guid.NewGuid().ToString("N")[..8];
        var annas = (await CrmApi.DealAsync(anna, await CrmApi.CompanyAsync(anna), $"Анна {marker}")).GetProperty("id").GetGuid();
        await CrmApi.DealAsync(boris, await CrmApi.CompanyAsync(boris), $"Борис {marker}");
        var stages = await CrmApi.DefaultStagesAsync(anna);

        var annaSees = await Json(await anna.GetAsync($"/api/crm/deals?filter={marker}"));
        annaSees.GetProperty("totalCount").GetInt64().ShouldBe(1);
        annaSees.GetProperty("items")[0].GetProperty("title").GetString().ShouldBe($"Анна {marker}");

        // Someone else's deal does not exist for Boris, whatever he tries to do with it.
        (await boris.GetAsync($"/api/crm/deals/{annas}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await boris.PutAsJsonAsync($"/api/crm/deals/{annas}", new { title = "Захват", companyId = Guid.NewGuid() })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await boris.PostAsJsonAsync($"/api/crm/deals/{annas}/move", new { stageId = stages["Замер"] })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await boris.PostAsync($"/api/crm/deals/{annas}/win", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Json(await boris.GetAsync($"/api/crm/deals?filter={marker}&ownerId={annaId}"))).GetProperty("totalCount").GetInt64().ShouldBe(0);
        (await Json(await anna.GetAsync($"/api/crm/deals/{annas}"))).GetProperty("stageId").GetGuid().ShouldBe(stages["Первый звонок"]);

        var director = (await host.UserAsync("director")).Client;
        (await Json(await director.GetAsync($"/api/crm/deals?filter={marker}"))).GetProperty("totalCount").GetInt64().ShouldBe(2);
        var accountant = (await host.UserAsync("accountant")).Client;
        (await Json(await accountant.GetAsync($"/api/crm/deals?filter={marker}"))).GetProperty("totalCount").GetInt64().ShouldBe(2);
    }

    [Fact]
    public async Task Should_Not_Let_A_Sales_Manager_Give_A_Deal_To_Someone_Else()
    {
        var (sales, _) = await host.UserAsync("sales");
        var company = await CrmApi.CompanyAsync(sales);
        var response = await sales.PostAsJsonAsync("/api/crm/deals", new { title = "Чужая", companyId = company, ownerId = Guid.NewGuid() });
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var (other, otherId) = await host.UserAsync("sales");
        var director = (await host.UserAsync("director")).Client;
        var given = await CrmApi.DealAsync(director, await CrmApi.CompanyAsync(director), extra: new { ownerId = otherId });
        given.GetProperty("ownerId").GetGuid().ShouldBe(otherId);
        (await other.GetAsync($"/api/crm/deals/{given.GetProperty("id").GetGuid()}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_Move_Win_Reopen_And_Lose_Recording_Every_Stage()
    {
        var (sales, _) = await host.UserAsync("sales");
        var stages = await CrmApi.DefaultStagesAsync(sales);
        var reason = await CrmApi.IdOfAsync(sales, "/api/crm/loss-reasons", "Дорого");
        var id = (await CrmApi.DealAsync(sales, await CrmApi.CompanyAsync(sales))).GetProperty("id").GetGuid();

        // Stages may be skipped.
        var moved = await Json(await sales.PostAsJsonAsync($"/api/crm/deals/{id}/move", new { stageId = stages["Согласование"] }));
        moved.GetProperty("stageId").GetGuid().ShouldBe(stages["Согласование"]);

        var won = await sales.PostAsync($"/api/crm/deals/{id}/win", null);
        won.StatusCode.ShouldBe(HttpStatusCode.OK);
        var wonBody = await Json(won);
        wonBody.GetProperty("status").GetString().ShouldBe("won");
        wonBody.GetProperty("stageId").GetGuid().ShouldBe(stages["Успешно"]);
        wonBody.GetProperty("closedAt").ValueKind.ShouldBe(JsonValueKind.String);

        var moveClosed = await sales.PostAsJsonAsync($"/api/crm/deals/{id}/move", new { stageId = stages["Замер"] });
        moveClosed.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(moveClosed)).GetProperty("code").GetString().ShouldBe("Crm.Deal.Closed");
        var winAgain = await sales.PostAsync($"/api/crm/deals/{id}/win", null);
        (await Json(winAgain)).GetProperty("code").GetString().ShouldBe("Crm.Deal.Closed");

        var reopened = await Json(await sales.PostAsync($"/api/crm/deals/{id}/reopen", null));
        reopened.GetProperty("status").GetString().ShouldBe("open");
        reopened.GetProperty("stageId").GetGuid().ShouldBe(stages["Согласование"]);
        reopened.GetProperty("closedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        var reopenOpen = await sales.PostAsync($"/api/crm/deals/{id}/reopen", null);
        reopenOpen.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(reopenOpen)).GetProperty("code").GetString().ShouldBe("Crm.Deal.NotClosed");

        var noReason = await sales.PostAsJsonAsync($"/api/crm/deals/{id}/lose", new { comment = "дорого" });
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(noReason)).GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["lossReasonId"]);
        var unknownReason = await sales.PostAsJsonAsync($"/api/crm/deals/{id}/lose", new { lossReasonId = Guid.NewGuid() });
        unknownReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var lost = await Json(await sales.PostAsJsonAsync($"/api/crm/deals/{id}/lose", new { lossReasonId = reason, comment = "Нашли дешевле" }));
        lost.GetProperty("status").GetString().ShouldBe("lost");
        lost.GetProperty("stageId").GetGuid().ShouldBe(stages["Отказ"]);
        lost.GetProperty("lossReasonId").GetGuid().ShouldBe(reason);
        lost.GetProperty("lossComment").GetString().ShouldBe("Нашли дешевле");

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.CrmDbContext>();
        var history = (await db.DealStageHistory.Where(h => h.DealId == id).ToListAsync()).OrderBy(h => h.EnteredAt).ToList();
        history.Select(h => h.StageId).ShouldBe([
            stages["Первый звонок"], stages["Согласование"], stages["Успешно"], stages["Согласование"], stages["Отказ"],
        ]);
        history[^1].LeftAt.ShouldBeNull();
        for (var i = 0; i < history.Count - 1; i++)
            history[i].LeftAt.ShouldBe(history[i + 1].EnteredAt);
    }

    [Fact]
    public async Task Should_Refuse_Moves_The_Pipeline_Does_Not_Allow()
    {
        var admin = await host.AdminAsync();
        var stages = await CrmApi.DefaultStagesAsync(admin);
        var id = (await CrmApi.DealAsync(admin, await CrmApi.CompanyAsync(admin))).GetProperty("id").GetGuid();
        var other = await Json(await admin.PostAsJsonAsync("/api/crm/pipelines", new
        {
            name = CrmApi.Unique("Другая"),
            stages = new object[]
            {
                new { name = "Старт", probability = 10, kind = "open" }, new { name = "Да", kind = "won" }, new { name = "Нет", kind = "lost" },
            },
        }));

        var toWon = await admin.PostAsJsonAsync($"/api/crm/deals/{id}/move", new { stageId = stages["Успешно"] });
        toWon.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(toWon)).GetProperty("code").GetString().ShouldBe("Crm.Deal.UseWinOrLose");

        var toLost = await admin.PostAsJsonAsync($"/api/crm/deals/{id}/move", new { stageId = stages["Отказ"] });
        (await Json(toLost)).GetProperty("code").GetString().ShouldBe("Crm.Deal.UseWinOrLose");

        var foreign = await admin.PostAsJsonAsync($"/api/crm/deals/{id}/move", new { stageId = other.GetProperty("stages")[0].GetProperty("id").GetGuid() });
        foreign.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(foreign)).GetProperty("code").GetString().ShouldBe("Crm.Deal.StageOfAnotherPipeline");

        (await admin.PostAsJsonAsync($"/api/crm/deals/{id}/move", new { stageId = Guid.NewGuid() })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(await admin.GetAsync($"/api/crm/deals/{id}"))).GetProperty("stageId").GetGuid().ShouldBe(stages["Первый звонок"]);
    }

    [Fact]
    public async Task Should_Update_With_The_Current_Stamp_And_Refuse_A_Stale_One()
    {
        var admin = await host.AdminAsync();
        var company = await CrmApi.CompanyAsync(admin);
        var created = await CrmApi.DealAsync(admin, company, "Версия 1");
        var id = created.GetProperty("id").GetGuid();
        var firstStamp = created.GetProperty("concurrencyStamp").GetString();

        var updated = await admin.PutAsJsonAsync($"/api/crm/deals/{id}", new { title = "Версия 2", companyId = company, concurrencyStamp = firstStamp });
        updated.StatusCode.ShouldBe(HttpStatusCode.OK);

        var stale = await admin.PutAsJsonAsync($"/api/crm/deals/{id}", new { title = "Версия 3", companyId = company, concurrencyStamp = firstStamp });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(stale)).GetProperty("code").GetString().ShouldBe("Concurrency.Stale");
        (await Json(await admin.GetAsync($"/api/crm/deals/{id}"))).GetProperty("title").GetString().ShouldBe("Версия 2");
    }

    [Fact]
    public async Task Should_Put_A_StageChanged_Event_In_The_Outbox()
    {
        var (sales, salesId) = await host.UserAsync("sales");
        var stages = await CrmApi.DefaultStagesAsync(sales);
        var deal = await CrmApi.DealAsync(sales, await CrmApi.CompanyAsync(sales), extra: new { amount = 12_345.67m, currency = "EUR" });
        var id = deal.GetProperty("id").GetGuid();

        (await sales.PostAsJsonAsync($"/api/crm/deals/{id}/move", new { stageId = stages["Оплата"] })).EnsureSuccessStatusCode();

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.CrmDbContext>();
        var payloads = (await db.OutboxMessages.Where(m => m.EventName == "Crm.Deal.StageChanged").ToListAsync())
            .Select(m => JsonDocument.Parse(m.Payload).RootElement)
            .Where(p => p.GetProperty("dealId").GetGuid() == id)
            .ToList();
        var payload = payloads.ShouldHaveSingleItem();
        payload.GetProperty("pipelineId").GetGuid().ShouldBe(deal.GetProperty("pipelineId").GetGuid());
        payload.GetProperty("fromStageId").GetGuid().ShouldBe(stages["Первый звонок"]);
        payload.GetProperty("toStageId").GetGuid().ShouldBe(stages["Оплата"]);
        payload.GetProperty("ownerId").GetGuid().ShouldBe(salesId);
        payload.GetProperty("amount").GetDecimal().ShouldBe(12_345.67m);
        payload.GetProperty("currency").GetString().ShouldBe("EUR");
        payload.GetProperty("changedAt").GetDateTimeOffset().ShouldBe(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));

        var created = (await db.OutboxMessages.Where(m => m.EventName == "Crm.Deal.Created").ToListAsync())
            .Count(m => JsonDocument.Parse(m.Payload).RootElement.GetProperty("dealId").GetGuid() == id);
        created.ShouldBe(1);
    }

    [Fact]
    public async Task Should_Filter_And_Sort_The_List_By_Amount_On_Every_Database()
    {
        var admin = await host.AdminAsync();
        var stages = await CrmApi.DefaultStagesAsync(admin);
        var company = await CrmApi.CompanyAsync(admin);
        foreach (var (title, amount) in new[] { ("Средняя", 100.5m), ("Крупная", 2000m), ("Мелкая", 15.25m), ("Копеечная", 100.49m) })
            await CrmApi.DealAsync(admin, company, title, new { amount });
        var won = (await CrmApi.DealAsync(admin, company, "Выигранная", new { amount = 1m })).GetProperty("id").GetGuid();
        (await admin.PostAsync($"/api/crm/deals/{won}/win", null)).EnsureSuccessStatusCode();

        var byAmount = await Json(await admin.GetAsync($"/api/crm/deals?companyId={company}&status=open&sorting=amount desc"));
        byAmount.GetProperty("totalCount").GetInt64().ShouldBe(4);
        byAmount.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("amount").GetDecimal()).ShouldBe([2000m, 100.5m, 100.49m, 15.25m]);

        var wonOnly = await Json(await admin.GetAsync($"/api/crm/deals?companyId={company}&status=won"));
        wonOnly.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("title").GetString()).ShouldBe(["Выигранная"]);
        var inWonStage = await Json(await admin.GetAsync($"/api/crm/deals?companyId={company}&stageId={stages["Успешно"]}"));
        inWonStage.GetProperty("totalCount").GetInt64().ShouldBe(1);

        var byTitle = await Json(await admin.GetAsync($"/api/crm/deals?companyId={company}&sorting=title&maxResultCount=2&skipCount=1"));
        byTitle.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("title").GetString()).ShouldBe(["Копеечная", "Крупная"]);

        var found = await Json(await admin.GetAsync($"/api/crm/deals?companyId={company}&filter=" + Uri.EscapeDataString("КРУПН")));
        found.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("title").GetString()).ShouldBe(["Крупная"]);

        (await admin.GetAsync("/api/crm/deals?status=done")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync("/api/crm/deals?status=1")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync("/api/crm/deals?sorting=ownerId")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_Let_Only_The_Director_Delete_And_Keep_Companies_That_Have_Deals()
    {
        var (sales, _) = await host.UserAsync("sales");
        var company = await CrmApi.CompanyAsync(sales);
        var id = (await CrmApi.DealAsync(sales, company)).GetProperty("id").GetGuid();
        (await sales.DeleteAsync($"/api/crm/deals/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var director = (await host.UserAsync("director")).Client;
        var companyDelete = await director.DeleteAsync($"/api/crm/companies/{company}");
        companyDelete.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(companyDelete)).GetProperty("code").GetString().ShouldBe("Crm.Company.HasDeals");

        (await director.DeleteAsync($"/api/crm/deals/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await sales.GetAsync($"/api/crm/deals/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await director.DeleteAsync($"/api/crm/companies/{company}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var (warehouse, _) = await host.UserAsync("warehouse");
        (await warehouse.GetAsync("/api/crm/deals")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await host.Anonymous().GetAsync("/api/crm/deals")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_Name_A_Contact_Of_The_Deals_Company_And_Keep_The_Contact_While_Deals_Name_It()
    {
        var (sales, _) = await host.UserAsync("sales");
        var (other, _) = await host.UserAsync("sales");
        var company = await CrmApi.CompanyAsync(sales);
        var elsewhere = await CrmApi.CompanyAsync(sales);
        var contact = await ContactAsync(sales, company, "Анна");
        var stranger = await ContactAsync(sales, elsewhere, "Борис");
        var notMine = await ContactAsync(other, null, "Глеб");

        var deal = await CrmApi.DealAsync(sales, company, extra: new { contactId = contact });
        deal.GetProperty("contactId").GetGuid().ShouldBe(contact);
        (await Json(await sales.GetAsync($"/api/crm/deals/{deal.GetProperty("id").GetGuid()}"))).GetProperty("contactId").GetGuid().ShouldBe(contact);

        var wrongCompany = await sales.PostAsJsonAsync("/api/crm/deals", new { title = "x", companyId = company, contactId = stranger });
        wrongCompany.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(wrongCompany)).GetProperty("errors").TryGetProperty("contactId", out _).ShouldBeTrue();
        var hidden = await sales.PostAsJsonAsync("/api/crm/deals", new { title = "x", companyId = company, contactId = notMine });
        hidden.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var director = await host.AdminAsync();
        var refused = await director.DeleteAsync($"/api/crm/contacts/{contact}");
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(refused)).GetProperty("code").GetString().ShouldBe("Crm.Contact.HasDeals");
        (await sales.GetAsync($"/api/crm/contacts/{contact}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<Guid> ContactAsync(HttpClient client, Guid? companyId, string firstName)
    {
        var response = await client.PostAsJsonAsync("/api/crm/contacts", new { firstName, lastName = CrmApi.Unique("Тест"), companyId });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("id").GetGuid();
    }
}

public sealed class DealApiTestsOnSqlite(SqliteHost host) : DealApiTests(host), IClassFixture<SqliteHost>;

public sealed class DealApiTestsOnPostgreSql(PostgreSqlHost host) : DealApiTests(host), IClassFixture<PostgreSqlHost>;
