using Suite.Framework.Requisites;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Suite.TestBase;
using static Suite.TestBase.ResponseJson;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Suite.Crm.Tests;

/// <summary>The companies API as a client sees it; runs once on SQLite and once on PostgreSQL.</summary>
public abstract class CompanyApiTests(SuiteHost host)
{
    private static int _taxIdSeed = Random.Shared.Next(100_000_000, 200_000_000);

    protected static string NewTaxId() => TaxId.Complete(Interlocked.Increment(ref _taxIdSeed).ToString("D9"));

    private static object Company(string name, string? taxId = null, string? ownerId = null, string? stamp = null,
        Dictionary<string, string>? customFields = null) => new
    {
        name, taxId, kpp = taxId is null ? null : "770101001", address = "Москва, ул. Тверская, 1", phone = "+7 495 000-00-00",
        email = "info@example.ru", tags = new[] { "окна", "vip" }, customFields, ownerId, concurrencyStamp = stamp,
    };

    [Fact]
    public async Task Should_Create_A_Company_And_Read_It_Back()
    {
        var (sales, salesId) = await host.UserAsync("sales");
        var taxId = NewTaxId();
        // Custom fields are the admin's: a key nobody defined is refused (CustomFieldApiTests).
        await (await host.AdminAsync()).PostAsJsonAsync("/api/crm/custom-fields", new { entityType = "company", key = "fair", label = "Выставка", type = "text" });

        var created = await sales.PostAsJsonAsync("/api/crm/companies", Company("ООО «Окна Плюс»", taxId, customFields: new() { ["fair"] = "выставка" }));

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await Json(created);
        var id = body.GetProperty("id").GetGuid();
        created.Headers.Location!.ToString().ShouldBe($"/api/crm/companies/{id}");
        body.GetProperty("ownerId").GetGuid().ShouldBe(salesId);

        var read = await Json(await sales.GetAsync($"/api/crm/companies/{id}"));
        read.GetProperty("name").GetString().ShouldBe("ООО «Окна Плюс»");
        read.GetProperty("taxId").GetString().ShouldBe(taxId);
        read.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ShouldBe(["окна", "vip"]);
        read.GetProperty("customFields").GetProperty("fair").GetString().ShouldBe("выставка");
        read.GetProperty("concurrencyStamp").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Should_Refuse_Invalid_Fields_With_An_Error_Per_Field()
    {
        var admin = await host.AdminAsync();

        var response = await admin.PostAsJsonAsync("/api/crm/companies", new { name = " ", taxId = "1234567890", kpp = "12", email = "not-an-email" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await Json(response)).GetProperty("errors");
        errors.EnumerateObject().Select(p => p.Name).Order().ShouldBe(["email", "kpp", "name", "taxId"]);
    }

    [Fact]
    public async Task Should_Refuse_Malformed_Json_With_400()
    {
        var admin = await host.AdminAsync();
        var response = await admin.PostAsync("/api/crm/companies", new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Should_Not_Enter_The_Same_Client_Twice()
    {
        var admin = await host.AdminAsync();
        var (sales, _) = await host.UserAsync("sales");
        var taxId = NewTaxId();
        (await admin.PostAsJsonAsync("/api/crm/companies", Company("ООО «Первая»", taxId))).EnsureSuccessStatusCode();

        // Another manager, who cannot see the first card, still may not create a duplicate of the client.
        var duplicate = await sales.PostAsJsonAsync("/api/crm/companies", Company("ООО «Первая (копия)»", taxId));

        duplicate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(duplicate)).GetProperty("code").GetString().ShouldBe("Crm.Company.DuplicateTaxId");
    }

    [Fact]
    public async Task Should_Update_With_The_Current_Stamp_And_Refuse_A_Stale_One()
    {
        var admin = await host.AdminAsync();
        var created = await Json(await admin.PostAsJsonAsync("/api/crm/companies", Company("ООО «Версия»")));
        var id = created.GetProperty("id").GetGuid();
        var firstStamp = created.GetProperty("concurrencyStamp").GetString();

        var updated = await admin.PutAsJsonAsync($"/api/crm/companies/{id}", Company("ООО «Версия 2»", stamp: firstStamp));
        updated.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Json(updated)).GetProperty("name").GetString().ShouldBe("ООО «Версия 2»");

        var stale = await admin.PutAsJsonAsync($"/api/crm/companies/{id}", Company("ООО «Версия 3»", stamp: firstStamp));
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(stale)).GetProperty("code").GetString().ShouldBe("Concurrency.Stale");
        (await Json(await admin.GetAsync($"/api/crm/companies/{id}"))).GetProperty("name").GetString().ShouldBe("ООО «Версия 2»");
    }

    [Fact]
    public async Task Should_Delete_A_Company()
    {
        var admin = await host.AdminAsync();
        var id = (await Json(await admin.PostAsJsonAsync("/api/crm/companies", Company("ООО «Временная»")))).GetProperty("id").GetGuid();

        (await admin.DeleteAsync($"/api/crm/companies/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await admin.GetAsync($"/api/crm/companies/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.DeleteAsync($"/api/crm/companies/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Show_A_Sales_Manager_Only_Their_Own_Companies()
    {
        var (anna, _) = await host.UserAsync("sales");
        var (boris, _) = await host.UserAsync("sales");
        var marker = Guid.NewGuid().ToString("N")[..8];
        var annas = (await Json(await anna.PostAsJsonAsync("/api/crm/companies", Company($"Анна {marker}")))).GetProperty("id").GetGuid();
        (await boris.PostAsJsonAsync("/api/crm/companies", Company($"Борис {marker}"))).EnsureSuccessStatusCode();

        var annaSees = await Json(await anna.GetAsync($"/api/crm/companies?filter={marker}"));
        annaSees.GetProperty("totalCount").GetInt64().ShouldBe(1);
        annaSees.GetProperty("items")[0].GetProperty("name").GetString().ShouldBe($"Анна {marker}");

        // Someone else's card does not exist for Boris: reading, editing and deleting it are all 404.
        (await boris.GetAsync($"/api/crm/companies/{annas}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await boris.PutAsJsonAsync($"/api/crm/companies/{annas}", Company("Захват"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var director = (await host.UserAsync("director")).Client;
        (await Json(await director.GetAsync($"/api/crm/companies?filter={marker}"))).GetProperty("totalCount").GetInt64().ShouldBe(2);
    }

    [Fact]
    public async Task Should_Not_Let_A_Sales_Manager_Give_A_Company_To_Someone_Else()
    {
        var (sales, _) = await host.UserAsync("sales");
        var response = await sales.PostAsJsonAsync("/api/crm/companies", Company("ООО «Чужая»", ownerId: Guid.NewGuid().ToString()));
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_Deny_Users_Without_The_Permission()
    {
        var (warehouse, _) = await host.UserAsync("warehouse");
        (await warehouse.GetAsync("/api/crm/companies")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var (sales, _) = await host.UserAsync("sales");
        var id = (await Json(await sales.PostAsJsonAsync("/api/crm/companies", Company("ООО «Своя»")))).GetProperty("id").GetGuid();
        (await sales.DeleteAsync($"/api/crm/companies/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await host.Anonymous().GetAsync("/api/crm/companies")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_Page_Sort_And_Search_The_List()
    {
        var (sales, _) = await host.UserAsync("sales");
        foreach (var name in new[] { "Вега", "Альфа", "Гамма", "Бета", "Дельта" })
            (await sales.PostAsJsonAsync("/api/crm/companies", Company($"ООО «{name}»"))).EnsureSuccessStatusCode();

        var page = await Json(await sales.GetAsync("/api/crm/companies?skipCount=1&maxResultCount=2&sorting=name desc"));
        page.GetProperty("totalCount").GetInt64().ShouldBe(5);
        page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ShouldBe(["ООО «Гамма»", "ООО «Вега»"]);

        // Search ignores case, Cyrillic included, on both databases.
        var found = await Json(await sales.GetAsync("/api/crm/companies?filter=" + Uri.EscapeDataString("ГАММ")));
        found.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ShouldBe(["ООО «Гамма»"]);

        (await sales.GetAsync("/api/crm/companies?sorting=password")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await sales.GetAsync("/api/crm/companies?maxResultCount=1001")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_Record_Who_Changed_Which_Field()
    {
        var admin = await host.AdminAsync();
        var created = await Json(await admin.PostAsJsonAsync("/api/crm/companies", Company("ООО «Аудит»")));
        var id = created.GetProperty("id").GetGuid();
        (await admin.PutAsJsonAsync($"/api/crm/companies/{id}", new { name = "ООО «Аудит-2»", phone = "+7 900 000-00-00" })).EnsureSuccessStatusCode();

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.CrmDbContext>();
        var changes = db.EntityChanges.Where(c => c.EntityId == id).OrderBy(c => c.ChangedAt).ToList();
        changes.Select(c => c.Kind.ToString()).ShouldBe(["Created", "Updated"]);
        var fields = JsonDocument.Parse(changes[1].Changes).RootElement.EnumerateArray()
            .ToDictionary(f => f.GetProperty("field").GetString()!, f => (f.GetProperty("oldValue").GetString(), f.GetProperty("newValue").GetString()));
        fields["name"].ShouldBe(("ООО «Аудит»", "ООО «Аудит-2»"));
        fields["phone"].ShouldBe(("+7 495 000-00-00", "+7 900 000-00-00"));
        changes[1].UserId.ShouldNotBeNull();
    }
}

public sealed class CompanyApiTestsOnSqlite(SqliteHost host) : CompanyApiTests(host), IClassFixture<SqliteHost>;

public sealed class CompanyApiTestsOnPostgreSql(PostgreSqlHost host) : CompanyApiTests(host), IClassFixture<PostgreSqlHost>;
