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

/// <summary>Contact people: CRUD, the owner record rule, the company link and the events; runs on SQLite and PostgreSQL.</summary>
public abstract class ContactApiTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Create_A_Contact_At_A_Company_And_Read_It_Back()
    {
        var (sales, salesId) = await host.UserAsync("sales");
        var company = await CrmApi.CompanyAsync(sales);

        var created = await sales.PostAsJsonAsync("/api/crm/contacts", new
        {
            firstName = " Иван ", lastName = "Петров", companyId = company, position = "Директор",
            phones = new[] { "+7 900 111-22-33", " ", "+7 900 111-22-33" }, emails = new[] { "Ivan@Example.ru" },
            tags = new[] { "лпр", " ЛПР ", "vip" },
        });

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var body = await Json(created);
        var id = body.GetProperty("id").GetGuid();
        created.Headers.Location!.ToString().ShouldBe($"/api/crm/contacts/{id}");
        var read = await Json(await sales.GetAsync($"/api/crm/contacts/{id}"));
        read.GetProperty("firstName").GetString().ShouldBe("Иван");
        read.GetProperty("lastName").GetString().ShouldBe("Петров");
        read.GetProperty("companyId").GetGuid().ShouldBe(company);
        read.GetProperty("position").GetString().ShouldBe("Директор");
        read.GetProperty("phones").EnumerateArray().Select(p => p.GetString()).ShouldBe(["+7 900 111-22-33"]);
        read.GetProperty("emails").EnumerateArray().Select(p => p.GetString()).ShouldBe(["Ivan@Example.ru"]);
        read.GetProperty("tags").EnumerateArray().Select(p => p.GetString()).ShouldBe(["лпр", "vip"]);
        read.GetProperty("ownerId").GetGuid().ShouldBe(salesId);
        read.GetProperty("customFields").EnumerateObject().ShouldBeEmpty();
        read.GetProperty("concurrencyStamp").GetString().ShouldNotBeNullOrEmpty();
        read.GetProperty("createdAt").GetDateTimeOffset().ShouldBe(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Should_Refuse_Invalid_Fields_With_An_Error_Per_Field()
    {
        var admin = await host.AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/crm/contacts", new { firstName = "", phones = new[] { "12" }, emails = new[] { "nope" } });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await Json(response)).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order().ToList();
        errors.ShouldBe(["emails[0]", "firstName", "phones[0]"]);
    }

    [Fact]
    public async Task Should_Refuse_A_Company_The_User_Cannot_See()
    {
        var (anna, _) = await host.UserAsync("sales");
        var (boris, _) = await host.UserAsync("sales");
        var annas = await CrmApi.CompanyAsync(anna);

        foreach (var companyId in new[] { annas, Guid.NewGuid() })
        {
            var response = await boris.PostAsJsonAsync("/api/crm/contacts", new { firstName = "Пётр", companyId });
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await Json(response)).GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["companyId"]);
        }
    }

    [Fact]
    public async Task Should_Show_A_Sales_Manager_Only_Their_Own_Contacts()
    {
        var (anna, _) = await host.UserAsync("sales");
        var (boris, _) = await host.UserAsync("sales");
        var marker = Guid.NewGuid().ToString("N")[..8];
        var annas = await ContactAsync(anna, new { firstName = "Анна", lastName = marker });
        await ContactAsync(boris, new { firstName = "Борис", lastName = marker });

        var annaSees = await Json(await anna.GetAsync($"/api/crm/contacts?filter={marker}"));
        annaSees.GetProperty("totalCount").GetInt64().ShouldBe(1);
        annaSees.GetProperty("items")[0].GetProperty("firstName").GetString().ShouldBe("Анна");

        (await boris.GetAsync($"/api/crm/contacts/{annas}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await boris.PutAsJsonAsync($"/api/crm/contacts/{annas}", new { firstName = "Захват" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await boris.PostAsJsonAsync("/api/crm/contacts", new { firstName = "Чужой", ownerId = Guid.NewGuid() })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await boris.DeleteAsync($"/api/crm/contacts/{annas}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var director = (await host.UserAsync("director")).Client;
        (await Json(await director.GetAsync($"/api/crm/contacts?filter={marker}"))).GetProperty("totalCount").GetInt64().ShouldBe(2);
        (await director.DeleteAsync($"/api/crm/contacts/{annas}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await anna.GetAsync($"/api/crm/contacts/{annas}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var (warehouse, _) = await host.UserAsync("warehouse");
        (await warehouse.GetAsync("/api/crm/contacts")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await host.Anonymous().GetAsync("/api/crm/contacts")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_Filter_By_Company_Tag_And_Text_Sort_And_Page()
    {
        var (sales, _) = await host.UserAsync("sales");
        var company = await CrmApi.CompanyAsync(sales);
        var other = await CrmApi.CompanyAsync(sales);
        await ContactAsync(sales, new { firstName = "Вера", lastName = "Б", companyId = company, tags = new[] { "лпр" } });
        await ContactAsync(sales, new { firstName = "Алла", lastName = "А", companyId = company });
        await ContactAsync(sales, new { firstName = "Глеб", lastName = "В", companyId = other, tags = new[] { "лпр" }, phones = new[] { "+7 911 765-43-21" } });

        var atCompany = await Json(await sales.GetAsync($"/api/crm/contacts?companyId={company}&sorting=lastName desc"));
        atCompany.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("firstName").GetString()).ShouldBe(["Вера", "Алла"]);
        var tagged = await Json(await sales.GetAsync("/api/crm/contacts?tag=" + Uri.EscapeDataString("лпр")));
        tagged.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("firstName").GetString()).Order().ShouldBe(["Вера", "Глеб"]);
        var byPhone = await Json(await sales.GetAsync("/api/crm/contacts?filter=765-43"));
        byPhone.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("firstName").GetString()).ShouldBe(["Глеб"]);
        var page = await Json(await sales.GetAsync("/api/crm/contacts?sorting=firstName&skipCount=1&maxResultCount=1"));
        page.GetProperty("totalCount").GetInt64().ShouldBe(3);
        page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("firstName").GetString()).ShouldBe(["Вера"]);
        (await sales.GetAsync("/api/crm/contacts?sorting=ownerId")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_Publish_Created_And_Updated_With_The_Changed_Fields()
    {
        var (sales, salesId) = await host.UserAsync("sales");
        var company = await CrmApi.CompanyAsync(sales, "ООО «События»");
        var created = await Json(await sales.PostAsJsonAsync("/api/crm/contacts", new { firstName = "Ольга", phones = new[] { "+7 900 000-00-01" } }));
        var id = created.GetProperty("id").GetGuid();

        var updated = await sales.PutAsJsonAsync($"/api/crm/contacts/{id}", new
        {
            firstName = "Ольга", lastName = "Смирнова", companyId = company, phones = new[] { "+7 900 000-00-02" },
            concurrencyStamp = created.GetProperty("concurrencyStamp").GetString(),
        });
        updated.StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await sales.PutAsJsonAsync($"/api/crm/contacts/{id}", new { firstName = "Ольга", concurrencyStamp = created.GetProperty("concurrencyStamp").GetString() });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.CrmDbContext>();
        JsonElement Single(string name) => db.OutboxMessages.Where(m => m.EventName == name).AsEnumerable()
            .Select(m => JsonDocument.Parse(m.Payload).RootElement)
            .Single(p => p.GetProperty("contactId").GetGuid() == id);
        var createdEvent = Single("Crm.Contact.Created");
        createdEvent.GetProperty("firstName").GetString().ShouldBe("Ольга");
        createdEvent.GetProperty("phone").GetString().ShouldBe("+7 900 000-00-01");
        createdEvent.GetProperty("ownerId").GetGuid().ShouldBe(salesId);
        createdEvent.GetProperty("changedBy").GetGuid().ShouldBe(salesId);

        var updatedEvent = Single("Crm.Contact.Updated");
        updatedEvent.GetProperty("companyId").GetGuid().ShouldBe(company);
        updatedEvent.GetProperty("changedBy").GetGuid().ShouldBe(salesId);
        var changes = updatedEvent.GetProperty("changes").EnumerateArray()
            .ToDictionary(c => c.GetProperty("field").GetString()!, c => (Old: c.GetProperty("oldValue").GetString(), New: c.GetProperty("newValue").GetString()));
        changes.Keys.Order().ShouldBe(["company", "lastName", "phones"]);
        changes["lastName"].ShouldBe((null, "Смирнова"));
        changes["company"].ShouldBe((null, "ООО «События»"));
        changes["phones"].ShouldBe(("+7 900 000-00-01", "+7 900 000-00-02"));
    }

    [Fact]
    public async Task Should_Keep_A_Company_That_Has_Contacts()
    {
        var director = (await host.UserAsync("director")).Client;
        var company = await CrmApi.CompanyAsync(director);
        var contact = await ContactAsync(director, new { firstName = "Нина", companyId = company });

        var refused = await director.DeleteAsync($"/api/crm/companies/{company}");
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(refused)).GetProperty("code").GetString().ShouldBe("Crm.Company.HasContacts");

        (await director.DeleteAsync($"/api/crm/contacts/{contact}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await director.DeleteAsync($"/api/crm/companies/{company}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    internal static async Task<Guid> ContactAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/crm/contacts", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("id").GetGuid();
    }
}

public sealed class ContactApiTestsOnSqlite(SqliteHost host) : ContactApiTests(host), IClassFixture<SqliteHost>;

public sealed class ContactApiTestsOnPostgreSql(PostgreSqlHost host) : ContactApiTests(host), IClassFixture<PostgreSqlHost>;
