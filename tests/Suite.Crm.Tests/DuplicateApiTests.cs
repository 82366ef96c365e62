using Suite.Framework.Requisites;
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

/// <summary>Finding an existing card by tax id, phone or e-mail, and merging a duplicate company into the kept one.</summary>
public abstract class DuplicateApiTests(SuiteHost host)
{
    private static int _taxIdSeed = Random.Shared.Next(300_000_000, 400_000_000);

    private static string NewTaxId() => TaxId.Complete(Interlocked.Increment(ref _taxIdSeed).ToString("D9"));

    /// <summary>A phone number no other test uses, in the +7 9XX form.</summary>
    private static string NewPhone() => $"+7 9{Random.Shared.Next(10, 99)} {Random.Shared.Next(100, 999)}-{Random.Shared.Next(10, 99)}-{Random.Shared.Next(10, 99)}";

    private static async Task<JsonElement> CompanyAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/crm/companies", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    private static async Task<List<JsonElement>> DuplicatesAsync(HttpClient client, string query) =>
        (await Json(await client.GetAsync("/api/crm/duplicates?" + query))).GetProperty("items").EnumerateArray().ToList();

    [Fact]
    public async Task Should_Find_A_Company_By_Tax_Id_By_Normalised_Phone_And_By_Email()
    {
        var (sales, _) = await host.UserAsync("sales");
        var taxId = NewTaxId();
        var phone = NewPhone();
        var email = $"sales-{Guid.NewGuid():N}@Example.ru";
        var company = await CompanyAsync(sales, new { name = "ООО «Оригинал»", taxId, phone, email });
        var id = company.GetProperty("id").GetGuid();

        var byTaxId = (await DuplicatesAsync(sales, $"taxId={taxId}")).ShouldHaveSingleItem();
        byTaxId.GetProperty("id").GetGuid().ShouldBe(id);
        byTaxId.GetProperty("kind").GetString().ShouldBe("company");
        byTaxId.GetProperty("name").GetString().ShouldBe("ООО «Оригинал»");
        byTaxId.GetProperty("visible").GetBoolean().ShouldBeTrue();
        byTaxId.GetProperty("matchedBy").EnumerateArray().Select(r => r.GetString()).ShouldBe(["taxId"]);

        // "8 (9xx) …" without the country code is the same Russian number.
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        var localForm = $"8 ({digits[1..4]}) {digits[4..7]}-{digits[7..9]}-{digits[9..]}";
        var byPhone = (await DuplicatesAsync(sales, "phone=" + Uri.EscapeDataString(localForm))).ShouldHaveSingleItem();
        byPhone.GetProperty("id").GetGuid().ShouldBe(id);
        byPhone.GetProperty("matchedBy").EnumerateArray().Select(r => r.GetString()).ShouldBe(["phone"]);

        var byEmail = (await DuplicatesAsync(sales, "email=" + Uri.EscapeDataString("  " + email.ToUpperInvariant() + " "))).ShouldHaveSingleItem();
        byEmail.GetProperty("id").GetGuid().ShouldBe(id);
        byEmail.GetProperty("matchedBy").EnumerateArray().Select(r => r.GetString()).ShouldBe(["email"]);

        var all = (await DuplicatesAsync(sales, $"taxId={taxId}&phone={Uri.EscapeDataString(phone)}&email={Uri.EscapeDataString(email)}")).ShouldHaveSingleItem();
        all.GetProperty("matchedBy").EnumerateArray().Select(r => r.GetString()).ShouldBe(["taxId", "phone", "email"]);

        // The card being edited is not its own duplicate.
        (await DuplicatesAsync(sales, $"taxId={taxId}&excludeId={id}")).ShouldBeEmpty();
        (await DuplicatesAsync(sales, "phone=" + Uri.EscapeDataString(NewPhone()))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Find_A_Contact_By_Any_Of_Its_Phones_And_Emails()
    {
        var (sales, _) = await host.UserAsync("sales");
        var phone = NewPhone();
        var email = $"c-{Guid.NewGuid():N}@example.ru";
        var id = await ContactApiTests.ContactAsync(sales, new { firstName = "Дарья", lastName = "Орлова", phones = new[] { NewPhone(), phone }, emails = new[] { email } });

        var byPhone = (await DuplicatesAsync(sales, "phone=" + Uri.EscapeDataString(phone.Replace(" ", "").Replace("-", "")))).ShouldHaveSingleItem();
        byPhone.GetProperty("id").GetGuid().ShouldBe(id);
        byPhone.GetProperty("kind").GetString().ShouldBe("contact");
        byPhone.GetProperty("name").GetString().ShouldBe("Дарья Орлова");
        (await DuplicatesAsync(sales, "email=" + Uri.EscapeDataString(email.ToUpperInvariant()))).ShouldHaveSingleItem()
            .GetProperty("id").GetGuid().ShouldBe(id);
        (await DuplicatesAsync(sales, $"email={Uri.EscapeDataString(email)}&kind=company")).ShouldBeEmpty();

        // Changing the phones changes what matches.
        (await sales.PutAsJsonAsync($"/api/crm/contacts/{id}", new { firstName = "Дарья", phones = new[] { NewPhone() } })).EnsureSuccessStatusCode();
        (await DuplicatesAsync(sales, "phone=" + Uri.EscapeDataString(phone))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Say_Someone_Elses_Card_Exists_Without_Showing_It()
    {
        var (anna, _) = await host.UserAsync("sales");
        var (boris, _) = await host.UserAsync("sales");
        var taxId = NewTaxId();
        await CompanyAsync(anna, new { name = "ООО «Аннина»", taxId });

        var match = (await DuplicatesAsync(boris, $"taxId={taxId}")).ShouldHaveSingleItem();
        match.GetProperty("visible").GetBoolean().ShouldBeFalse();
        match.GetProperty("kind").GetString().ShouldBe("company");
        match.GetProperty("id").ValueKind.ShouldBe(JsonValueKind.Null);
        match.GetProperty("name").ValueKind.ShouldBe(JsonValueKind.Null);
        match.GetProperty("matchedBy").EnumerateArray().Select(r => r.GetString()).ShouldBe(["taxId"]);

        // And the tax id itself still cannot be entered twice.
        var twice = await boris.PostAsJsonAsync("/api/crm/companies", new { name = "ООО «Копия»", taxId });
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(twice)).GetProperty("code").GetString().ShouldBe("Crm.Company.DuplicateTaxId");

        var director = (await host.UserAsync("director")).Client;
        (await DuplicatesAsync(director, $"taxId={taxId}")).ShouldHaveSingleItem().GetProperty("name").GetString().ShouldBe("ООО «Аннина»");
    }

    [Fact]
    public async Task Should_Merge_Keeping_Every_Deal_And_Contact_And_Remove_The_Duplicate()
    {
        var (sales, _) = await host.UserAsync("sales");
        var taxId = NewTaxId();
        var kept = await CompanyAsync(sales, new { name = "ООО «Главная»", phone = "+7 495 111-11-11", tags = new[] { "vip" } });
        var duplicate = await CompanyAsync(sales, new
        {
            name = "Главная (дубль)", taxId, kpp = "770101001", phone = "+7 495 222-22-22", email = "main@example.ru",
            address = "Москва", tags = new[] { "VIP", "опт" },
        });
        var keptId = kept.GetProperty("id").GetGuid();
        var duplicateId = duplicate.GetProperty("id").GetGuid();
        var keptDeal = (await CrmApi.DealAsync(sales, keptId, "Старая")).GetProperty("id").GetGuid();
        var movedDeals = new[] { (await CrmApi.DealAsync(sales, duplicateId, "Первая")).GetProperty("id").GetGuid(), (await CrmApi.DealAsync(sales, duplicateId, "Вторая")).GetProperty("id").GetGuid() };
        var movedContact = await ContactApiTests.ContactAsync(sales, new { firstName = "Семён", companyId = duplicateId });

        var merged = await sales.PostAsJsonAsync($"/api/crm/companies/{keptId}/merge", new { duplicateId });

        merged.StatusCode.ShouldBe(HttpStatusCode.OK, await merged.Content.ReadAsStringAsync());
        var card = await Json(merged);
        card.GetProperty("id").GetGuid().ShouldBe(keptId);
        card.GetProperty("name").GetString().ShouldBe("ООО «Главная»");
        card.GetProperty("phone").GetString().ShouldBe("+7 495 111-11-11");
        card.GetProperty("taxId").GetString().ShouldBe(taxId);
        card.GetProperty("kpp").GetString().ShouldBe("770101001");
        card.GetProperty("email").GetString().ShouldBe("main@example.ru");
        card.GetProperty("address").GetString().ShouldBe("Москва");
        card.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ShouldBe(["vip", "опт"]);

        (await sales.GetAsync($"/api/crm/companies/{duplicateId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var deals = await Json(await sales.GetAsync($"/api/crm/deals?companyId={keptId}"));
        deals.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetGuid()).Order()
            .ShouldBe(movedDeals.Append(keptDeal).Order());
        (await Json(await sales.GetAsync($"/api/crm/contacts/{movedContact}"))).GetProperty("companyId").GetGuid().ShouldBe(keptId);
        (await DuplicatesAsync(sales, $"taxId={taxId}")).ShouldHaveSingleItem().GetProperty("id").GetGuid().ShouldBe(keptId);

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.CrmDbContext>();
        var mergedEvent = (await db.OutboxMessages.Where(m => m.EventName == "Crm.Company.Merged").ToListAsync())
            .Select(m => JsonDocument.Parse(m.Payload).RootElement)
            .ShouldHaveSingleItem(); // fresh host per class; only this test merges successfully
        mergedEvent.GetProperty("companyId").GetGuid().ShouldBe(keptId);
        mergedEvent.GetProperty("mergedCompanyId").GetGuid().ShouldBe(duplicateId);
    }

    [Fact]
    public async Task Should_Merge_Only_Cards_The_User_May_Edit_And_See()
    {
        var (anna, _) = await host.UserAsync("sales");
        var (boris, _) = await host.UserAsync("sales");
        var annas = (await CompanyAsync(anna, new { name = "Анны" })).GetProperty("id").GetGuid();
        var boriss = (await CompanyAsync(boris, new { name = "Бориса" })).GetProperty("id").GetGuid();

        (await anna.PostAsJsonAsync($"/api/crm/companies/{annas}/merge", new { duplicateId = boriss })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anna.PostAsJsonAsync($"/api/crm/companies/{boriss}/merge", new { duplicateId = annas })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anna.PostAsJsonAsync($"/api/crm/companies/{annas}/merge", new { duplicateId = annas })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await anna.PostAsJsonAsync($"/api/crm/companies/{annas}/merge", new { })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var (accountant, _) = await host.UserAsync("accountant");
        (await accountant.PostAsJsonAsync($"/api/crm/companies/{annas}/merge", new { duplicateId = boriss })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await anna.GetAsync($"/api/crm/companies/{annas}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await boris.GetAsync($"/api/crm/companies/{boriss}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class DuplicateApiTestsOnSqlite(SqliteHost host) : DuplicateApiTests(host), IClassFixture<SqliteHost>;

public sealed class DuplicateApiTestsOnPostgreSql(PostgreSqlHost host) : DuplicateApiTests(host), IClassFixture<PostgreSqlHost>;
