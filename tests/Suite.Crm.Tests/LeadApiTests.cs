using Suite.Framework.Requisites;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Crm.Domain.Companies;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>Leads from entry to junk or conversion into a client; runs once on SQLite and once on PostgreSQL.</summary>
public abstract class LeadApiTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Create_A_New_Lead_Owned_By_Its_Author_And_Titled_By_The_Name()
    {
        var (sales, salesId) = await host.UserAsync("sales");

        var created = await sales.PostAsJsonAsync("/api/crm/leads", new
        {
            name = "Ирина Петрова", phone = "+7 900 111-22-33", email = "Irina@Example.RU", companyName = "ООО «Окна»", comment = "Перезвонить после обеда",
        });

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var lead = await Json(created);
        var id = lead.GetProperty("id").GetGuid();
        created.Headers.Location!.ToString().ShouldBe($"/api/crm/leads/{id}");
        lead.GetProperty("title").GetString().ShouldBe("Ирина Петрова");
        lead.GetProperty("status").GetString().ShouldBe("new");
        lead.GetProperty("ownerId").GetGuid().ShouldBe(salesId);
        lead.GetProperty("email").GetString().ShouldBe("irina@example.ru");
        lead.GetProperty("webFormId").ValueKind.ShouldBe(JsonValueKind.Null);
        lead.GetProperty("dealId").ValueKind.ShouldBe(JsonValueKind.Null);
        lead.GetProperty("concurrencyStamp").GetString().ShouldNotBeNullOrEmpty();

        var read = await Json(await sales.GetAsync($"/api/crm/leads/{id}"));
        read.GetProperty("comment").GetString().ShouldBe("Перезвонить после обеда");
        read.GetProperty("companyName").GetString().ShouldBe("ООО «Окна»");
    }

    [Fact]
    public async Task Should_Refuse_Leads_Without_Anything_To_Reach_Or_With_Bad_Fields()
    {
        var (sales, _) = await host.UserAsync("sales");

        await ShouldBeInvalid(await sales.PostAsJsonAsync("/api/crm/leads", new { comment = "без контактов" }), "name");
        await ShouldBeInvalid(await sales.PostAsJsonAsync("/api/crm/leads", new { name = "Иван", email = "не почта" }), "email");
        await ShouldBeInvalid(await sales.PostAsJsonAsync("/api/crm/leads", new { name = "Иван", taxId = "1234567890" }), "taxId");
        await ShouldBeInvalid(await sales.PostAsJsonAsync("/api/crm/leads", new { name = "Иван", status = "junk" }), "status");
        await ShouldBeInvalid(await sales.PostAsJsonAsync("/api/crm/leads", new { name = "Иван", sourceId = Guid.NewGuid() }), "sourceId");
        await ShouldBeInvalid(await sales.PostAsJsonAsync("/api/crm/leads", new { name = new string('и', 201) }), "name");
        (await sales.GetAsync("/api/crm/leads?status=spam")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_Show_A_Manager_Only_Their_Own_Leads_And_A_Director_All()
    {
        var (anna, annaId) = await host.UserAsync("sales");
        var (boris, borisId) = await host.UserAsync("sales");
        var marker = CrmApi.Unique("Лид").Split(' ')[1];
        var annas = await LeadAsync(anna, new { name = $"Анна {marker}", phone = "111" });
        var boriss = await LeadAsync(boris, new { name = $"Борис {marker}", phone = "222" });

        var annaList = await Json(await anna.GetAsync($"/api/crm/leads?filter={marker}"));
        annaList.GetProperty("totalCount").GetInt64().ShouldBe(1);
        annaList.GetProperty("items")[0].GetProperty("id").GetGuid().ShouldBe(annas);
        (await Json(await anna.GetAsync($"/api/crm/leads?ownerId={borisId}"))).GetProperty("totalCount").GetInt64().ShouldBe(0);

        (await anna.GetAsync($"/api/crm/leads/{boriss}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anna.PutAsJsonAsync($"/api/crm/leads/{boriss}", new { name = "Захват" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anna.PostAsJsonAsync($"/api/crm/leads/{boriss}/junk", new { reason = "спам" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anna.PostAsJsonAsync($"/api/crm/leads/{boriss}/convert", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anna.GetAsync($"/api/crm/leads/{boriss}/convert-preview")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anna.PostAsJsonAsync("/api/crm/leads", new { name = "Чужой", ownerId = borisId })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var director = (await host.UserAsync("director")).Client;
        (await Json(await director.GetAsync($"/api/crm/leads?filter={marker}"))).GetProperty("totalCount").GetInt64().ShouldBe(2);
        var onlyBoris = await Json(await director.GetAsync($"/api/crm/leads?filter={marker}&ownerId={borisId}"));
        onlyBoris.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldBe([boriss]);

        // The director hands Boris's lead to Anna: now she sees it and he does not.
        var lead = await Json(await director.GetAsync($"/api/crm/leads/{boriss}"));
        var moved = await director.PutAsJsonAsync($"/api/crm/leads/{boriss}", new
        {
            name = $"Борис {marker}", phone = "222", ownerId = annaId, concurrencyStamp = lead.GetProperty("concurrencyStamp").GetString(),
        });
        moved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anna.GetAsync($"/api/crm/leads/{boriss}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await boris.GetAsync($"/api/crm/leads/{boriss}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Filter_By_Status_And_Source_And_Sort()
    {
        var admin = await host.AdminAsync();
        var source = await SourceAsync(admin);
        var marker = CrmApi.Unique("м").Split(' ')[1];
        var first = await LeadAsync(admin, new { name = $"Б {marker}", email = $"b{marker}@x.ru", sourceId = source });
        var second = await LeadAsync(admin, new { name = $"А {marker}", email = $"a{marker}@x.ru", status = "inWork" });

        var bySource = await Json(await admin.GetAsync($"/api/crm/leads?sourceId={source}"));
        bySource.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldBe([first]);
        var inWork = await Json(await admin.GetAsync($"/api/crm/leads?filter={marker}&status=inWork"));
        inWork.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldBe([second]);
        var sorted = await Json(await admin.GetAsync($"/api/crm/leads?filter={marker}&sorting=name"));
        sorted.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldBe([second, first]);
    }

    [Fact]
    public async Task Should_Need_A_Reason_To_Mark_A_Lead_Junk_And_Forget_It_When_Taken_Back()
    {
        var (sales, _) = await host.UserAsync("sales");
        var id = await LeadAsync(sales, new { name = "Спамер", phone = "000" });

        await ShouldBeInvalid(await sales.PostAsJsonAsync($"/api/crm/leads/{id}/junk", new { }), "reason");
        await ShouldBeInvalid(await sales.PostAsJsonAsync($"/api/crm/leads/{id}/junk", new { reason = "   " }), "reason");
        (await Json(await sales.GetAsync($"/api/crm/leads/{id}"))).GetProperty("status").GetString().ShouldBe("new");

        var junk = await sales.PostAsJsonAsync($"/api/crm/leads/{id}/junk", new { reason = "Рассылка рекламы" });
        junk.StatusCode.ShouldBe(HttpStatusCode.OK);
        var lead = await Json(junk);
        lead.GetProperty("status").GetString().ShouldBe("junk");
        lead.GetProperty("junkReason").GetString().ShouldBe("Рассылка рекламы");
        (await Json(await sales.GetAsync("/api/crm/leads?status=junk"))).GetProperty("totalCount").GetInt64().ShouldBe(1);

        var back = await Json(await sales.PutAsJsonAsync($"/api/crm/leads/{id}", new { name = "Не спамер", phone = "000", status = "inWork" }));
        back.GetProperty("status").GetString().ShouldBe("inWork");
        back.GetProperty("junkReason").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Should_Refuse_A_Stale_Edit()
    {
        var (sales, _) = await host.UserAsync("sales");
        var id = await LeadAsync(sales, new { name = "Версия 1", phone = "1" });
        var stamp = (await Json(await sales.GetAsync($"/api/crm/leads/{id}"))).GetProperty("concurrencyStamp").GetString();
        (await sales.PutAsJsonAsync($"/api/crm/leads/{id}", new { name = "Версия 2", phone = "1", concurrencyStamp = stamp })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var stale = await sales.PutAsJsonAsync($"/api/crm/leads/{id}", new { name = "Версия 3", phone = "1", concurrencyStamp = stamp });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(stale)).GetProperty("code").GetString().ShouldBe("Concurrency.Stale");
    }

    [Fact]
    public async Task Should_Convert_Into_A_Company_And_A_Deal_With_The_Leads_Owner_And_Source()
    {
        var (sales, salesId) = await host.UserAsync("sales");
        var admin = await host.AdminAsync();
        var source = await SourceAsync(admin);
        var taxId = NewTaxId();
        var companyName = CrmApi.Unique("ООО «Новый клиент»");
        var phone = Phone();
        var email = $"{Guid.NewGuid():N}@client.ru";
        var id = await LeadAsync(sales, new { title = "Окна в коттедж", name = "Олег", phone, email, companyName, taxId, sourceId = source });

        var preview = await Json(await sales.GetAsync($"/api/crm/leads/{id}/convert-preview"));
        preview.GetProperty("companyId").ValueKind.ShouldBe(JsonValueKind.Null);

        var converted = await sales.PostAsJsonAsync($"/api/crm/leads/{id}/convert", new { amount = 120000.50m });
        converted.StatusCode.ShouldBe(HttpStatusCode.OK, await converted.Content.ReadAsStringAsync());
        var result = await Json(converted);
        var companyId = result.GetProperty("companyId").GetGuid();
        var dealId = result.GetProperty("dealId").GetGuid();
        result.GetProperty("companyReused").GetBoolean().ShouldBeFalse();

        var company = await Json(await sales.GetAsync($"/api/crm/companies/{companyId}"));
        company.GetProperty("name").GetString().ShouldBe(companyName);
        company.GetProperty("taxId").GetString().ShouldBe(taxId);
        company.GetProperty("ownerId").GetGuid().ShouldBe(salesId);
        company.GetProperty("sourceId").GetGuid().ShouldBe(source);

        var deal = await Json(await sales.GetAsync($"/api/crm/deals/{dealId}"));
        deal.GetProperty("title").GetString().ShouldBe("Окна в коттедж");
        deal.GetProperty("companyId").GetGuid().ShouldBe(companyId);
        deal.GetProperty("ownerId").GetGuid().ShouldBe(salesId);
        deal.GetProperty("sourceId").GetGuid().ShouldBe(source);
        deal.GetProperty("amount").GetDecimal().ShouldBe(120000.50m);
        deal.GetProperty("stageId").GetGuid().ShouldBe((await CrmApi.DefaultStagesAsync(sales))["Первый звонок"]);

        var contactId = result.GetProperty("contactId").GetGuid();
        var contact = await Json(await sales.GetAsync($"/api/crm/contacts/{contactId}"));
        contact.GetProperty("firstName").GetString().ShouldBe("Олег");
        contact.GetProperty("companyId").GetGuid().ShouldBe(companyId);
        contact.GetProperty("ownerId").GetGuid().ShouldBe(salesId);
        contact.GetProperty("phones").EnumerateArray().Select(p => p.GetString()).ShouldBe([phone]);
        contact.GetProperty("emails").EnumerateArray().Select(p => p.GetString()).ShouldBe([email]);

        var lead = await Json(await sales.GetAsync($"/api/crm/leads/{id}"));
        lead.GetProperty("status").GetString().ShouldBe("converted");
        lead.GetProperty("companyId").GetGuid().ShouldBe(companyId);
        lead.GetProperty("contactId").GetGuid().ShouldBe(contactId);
        lead.GetProperty("dealId").GetGuid().ShouldBe(dealId);
        deal.GetProperty("contactId").GetGuid().ShouldBe(contactId);
    }

    [Fact]
    public async Task Should_Keep_The_Managers_Ownership_When_A_Director_Converts_Into_Another_Pipeline()
    {
        var (sales, salesId) = await host.UserAsync("sales");
        var director = (await host.UserAsync("director")).Client;
        var pipeline = await Json(await director.PostAsJsonAsync("/api/crm/pipelines", new
        {
            name = CrmApi.Unique("Опт"),
            stages = new object[]
            {
                new { name = "Заявка", probability = 10, kind = "open" },
                new { name = "Счёт", probability = 50, kind = "open" },
                new { name = "Успешно", probability = 100, kind = "won" },
                new { name = "Отказ", probability = 0, kind = "lost" },
            },
        }));
        var pipelineId = pipeline.GetProperty("id").GetGuid();
        var id = await LeadAsync(sales, new { name = "Оптовик", email = $"{Guid.NewGuid():N}@opt.ru" });

        var result = await Json(await director.PostAsJsonAsync($"/api/crm/leads/{id}/convert", new { pipelineId, dealTitle = "Опт: первая партия" }));

        var deal = await Json(await sales.GetAsync($"/api/crm/deals/{result.GetProperty("dealId").GetGuid()}"));
        deal.GetProperty("ownerId").GetGuid().ShouldBe(salesId);
        deal.GetProperty("pipelineId").GetGuid().ShouldBe(pipelineId);
        deal.GetProperty("title").GetString().ShouldBe("Опт: первая партия");
        var firstStage = pipeline.GetProperty("stages").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Заявка");
        deal.GetProperty("stageId").GetGuid().ShouldBe(firstStage.GetProperty("id").GetGuid());
        (await Json(await sales.GetAsync($"/api/crm/companies/{result.GetProperty("companyId").GetGuid()}")))
            .GetProperty("name").GetString().ShouldBe("Оптовик");
    }

    [Theory]
    [InlineData("taxId")]
    [InlineData("email")]
    [InlineData("phone")]
    public async Task Should_Reuse_The_Existing_Company_With_The_Same_Tax_Id_Email_Or_Phone(string matchedBy)
    {
        var (sales, _) = await host.UserAsync("sales");
        var taxId = NewTaxId();
        var email = $"{Guid.NewGuid():N}@known.ru";
        var phone = Phone();
        var existing = await Json(await sales.PostAsJsonAsync("/api/crm/companies", new { name = CrmApi.Unique("ООО «Старый клиент»"), taxId, email, phone }));
        var existingId = existing.GetProperty("id").GetGuid();
        object lead = matchedBy switch
        {
            "taxId" => new { name = "Пётр", companyName = "Другое название", taxId },
            "email" => new { name = "Пётр", email = email.ToUpperInvariant() },
            _ => new { name = "Пётр", phone = "8" + phone[2..] }, // the same number written the Russian way
        };
        var id = await LeadAsync(sales, lead);

        var preview = await Json(await sales.GetAsync($"/api/crm/leads/{id}/convert-preview"));
        preview.GetProperty("companyId").GetGuid().ShouldBe(existingId);
        preview.GetProperty("matchedBy").GetString().ShouldBe(matchedBy);
        preview.GetProperty("companyName").GetString().ShouldBe(existing.GetProperty("name").GetString());

        var result = await Json(await sales.PostAsJsonAsync($"/api/crm/leads/{id}/convert", new { }));
        result.GetProperty("companyId").GetGuid().ShouldBe(existingId);
        result.GetProperty("companyReused").GetBoolean().ShouldBeTrue();
        var deals = await Json(await sales.GetAsync($"/api/crm/deals?companyId={existingId}"));
        deals.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetGuid()).ShouldBe([result.GetProperty("dealId").GetGuid()]);
        (await Json(await sales.GetAsync($"/api/crm/contacts/{result.GetProperty("contactId").GetGuid()}")))
            .GetProperty("companyId").GetGuid().ShouldBe(existingId);
    }

    [Fact]
    public async Task Should_Reuse_The_Contact_Of_The_Company_With_The_Same_Email()
    {
        var (sales, _) = await host.UserAsync("sales");
        var email = $"{Guid.NewGuid():N}@known.ru";
        var companyId = await CrmApi.CompanyAsync(sales);
        var contact = await sales.PostAsJsonAsync("/api/crm/contacts", new { firstName = "Мария", companyId, emails = new[] { email } });
        contact.StatusCode.ShouldBe(HttpStatusCode.Created, await contact.Content.ReadAsStringAsync());
        var contactId = (await Json(contact)).GetProperty("id").GetGuid();
        await sales.PutAsJsonAsync($"/api/crm/companies/{companyId}", new { name = CrmApi.Unique("ООО «С почтой»"), email });
        var id = await LeadAsync(sales, new { name = "Мария Иванова", email });

        var result = await Json(await sales.PostAsJsonAsync($"/api/crm/leads/{id}/convert", new { }));

        result.GetProperty("companyId").GetGuid().ShouldBe(companyId);
        result.GetProperty("contactId").GetGuid().ShouldBe(contactId);
        (await Json(await sales.GetAsync($"/api/crm/contacts?companyId={companyId}"))).GetProperty("totalCount").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task Should_Refuse_A_Second_Conversion_And_Any_Change_To_A_Converted_Lead()
    {
        var (sales, _) = await host.UserAsync("sales");
        var id = await LeadAsync(sales, new { name = "Единожды", phone = Phone() });
        (await sales.PostAsJsonAsync($"/api/crm/leads/{id}/convert", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);

        foreach (var refused in new[]
                 {
                     await sales.PostAsJsonAsync($"/api/crm/leads/{id}/convert", new { }),
                     await sales.PutAsJsonAsync($"/api/crm/leads/{id}", new { name = "Снова", phone = "1" }),
                     await sales.PostAsJsonAsync($"/api/crm/leads/{id}/junk", new { reason = "передумал" }),
                 })
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await Json(refused)).GetProperty("code").GetString().ShouldBe("Crm.Lead.AlreadyConverted");
        }

        var deals = await Json(await sales.GetAsync("/api/crm/deals"));
        deals.GetProperty("totalCount").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task Should_Refuse_To_Convert_Into_Another_Managers_Client_And_Create_Nothing()
    {
        var (anna, _) = await host.UserAsync("sales");
        var (boris, _) = await host.UserAsync("sales");
        var taxId = NewTaxId();
        await anna.PostAsJsonAsync("/api/crm/companies", new { name = CrmApi.Unique("ООО «Клиент Анны»"), taxId });
        var id = await LeadAsync(boris, new { name = "Тот же клиент", taxId, companyName = "ООО «Клиент Анны»" });

        var preview = await Json(await boris.GetAsync($"/api/crm/leads/{id}/convert-preview"));
        preview.GetProperty("ownedByAnother").GetBoolean().ShouldBeTrue();
        preview.GetProperty("companyId").ValueKind.ShouldBe(JsonValueKind.Null);

        var refused = await boris.PostAsJsonAsync($"/api/crm/leads/{id}/convert", new { });
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(refused)).GetProperty("code").GetString().ShouldBe("Crm.Lead.ClientOfAnotherOwner");
        (await Json(await boris.GetAsync("/api/crm/companies"))).GetProperty("totalCount").GetInt64().ShouldBe(0);
        (await Json(await boris.GetAsync("/api/crm/contacts"))).GetProperty("totalCount").GetInt64().ShouldBe(0);
        (await Json(await boris.GetAsync($"/api/crm/leads/{id}"))).GetProperty("status").GetString().ShouldBe("new");
    }

    [Fact]
    public async Task Should_Leave_Nothing_Behind_When_The_Conversion_Fails_Halfway()
    {
        var (sales, _) = await host.UserAsync("sales");
        var id = await LeadAsync(sales, new { name = "Без воронки", phone = Phone() });

        // The company and the contact are written before the deal finds out the pipeline does not exist.
        var failed = await sales.PostAsJsonAsync($"/api/crm/leads/{id}/convert", new { pipelineId = Guid.NewGuid() });

        await ShouldBeInvalid(failed, "pipelineId");
        (await Json(await sales.GetAsync("/api/crm/companies"))).GetProperty("totalCount").GetInt64().ShouldBe(0);
        (await Json(await sales.GetAsync("/api/crm/contacts"))).GetProperty("totalCount").GetInt64().ShouldBe(0);
        (await Json(await sales.GetAsync($"/api/crm/leads/{id}"))).GetProperty("status").GetString().ShouldBe("new");
        (await sales.PostAsJsonAsync($"/api/crm/leads/{id}/convert", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Json(await sales.GetAsync("/api/crm/companies"))).GetProperty("totalCount").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task Should_Publish_The_Leads_Events_And_Those_Of_The_Records_The_Conversion_Made()
    {
        var (sales, salesId) = await host.UserAsync("sales");
        var id = await LeadAsync(sales, new { name = "Событийный", phone = Phone(), companyName = "ООО «События»" });
        var result = await Json(await sales.PostAsJsonAsync($"/api/crm/leads/{id}/convert", new { }));

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.CrmDbContext>();
        async Task<JsonElement> Single(string name, string idProperty, Guid value) =>
            (await db.OutboxMessages.Where(m => m.EventName == name).ToListAsync())
            .Select(m => JsonDocument.Parse(m.Payload).RootElement)
            .Where(p => p.GetProperty(idProperty).GetGuid() == value)
            .ShouldHaveSingleItem();

        var created = await Single("Crm.Lead.Created", "leadId", id);
        created.GetProperty("name").GetString().ShouldBe("Событийный");
        created.GetProperty("ownerId").GetGuid().ShouldBe(salesId);
        created.GetProperty("changedBy").GetGuid().ShouldBe(salesId);
        var converted = await Single("Crm.Lead.Converted", "leadId", id);
        converted.GetProperty("companyId").GetGuid().ShouldBe(result.GetProperty("companyId").GetGuid());
        converted.GetProperty("contactId").GetGuid().ShouldBe(result.GetProperty("contactId").GetGuid());
        converted.GetProperty("dealId").GetGuid().ShouldBe(result.GetProperty("dealId").GetGuid());
        converted.GetProperty("ownerId").GetGuid().ShouldBe(salesId);
        await Single("Crm.Company.Created", "companyId", result.GetProperty("companyId").GetGuid());
        await Single("Crm.Contact.Created", "contactId", result.GetProperty("contactId").GetGuid());
        await Single("Crm.Deal.Created", "dealId", result.GetProperty("dealId").GetGuid());
    }

    [Fact]
    public async Task Should_Let_Only_Sales_And_Directors_Work_Leads_And_Only_Directors_Delete()
    {
        var (sales, _) = await host.UserAsync("sales");
        var id = await LeadAsync(sales, new { name = "Удаляемый", phone = "5" });
        (await sales.DeleteAsync($"/api/crm/leads/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var director = (await host.UserAsync("director")).Client;
        (await director.DeleteAsync($"/api/crm/leads/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await sales.GetAsync($"/api/crm/leads/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var (warehouse, _) = await host.UserAsync("warehouse");
        (await warehouse.GetAsync("/api/crm/leads")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await host.Anonymous().GetAsync("/api/crm/leads")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    internal static async Task<Guid> LeadAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/crm/leads", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("id").GetGuid();
    }

    internal static async Task<Guid> SourceAsync(HttpClient admin)
    {
        var response = await admin.PostAsJsonAsync("/api/crm/sources", new { name = CrmApi.Unique("Сайт") });
        response.EnsureSuccessStatusCode();
        return (await Json(response)).GetProperty("id").GetGuid();
    }

    internal static async Task ShouldBeInvalid(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(body);
    }

    private static string NewTaxId() => TaxId.Complete(Random.Shared.NextInt64(100_000_000, 999_999_999).ToString());

    private static string Phone() => $"+7 9{Random.Shared.NextInt64(100_000_000, 999_999_999)}";
}

public sealed class LeadApiTestsOnSqlite(SqliteHost host) : LeadApiTests(host), IClassFixture<SqliteHost>;

public sealed class LeadApiTestsOnPostgreSql(PostgreSqlHost host) : LeadApiTests(host), IClassFixture<PostgreSqlHost>;
