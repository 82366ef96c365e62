using System.Net;
using System.Net.Http.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>
/// "Only what I own", endpoint by endpoint: anna (sales) owns a company, a contact, a lead, a deal and a reservation; boris
/// (sales) tries every Crm and Stock endpoint that reads or changes owned records with her ids. Each row is listed here
/// by hand, so a new endpoint is a new row: a list must give boris exactly what it gives carol, who owns nothing (while
/// anna's differs, so the row can fail), and a card or an action on anna's record must be "not found".
/// </summary>
public abstract class OwnerRuleTests(SuiteHost host)
{
    private sealed record Anna(
        Guid Company, Guid SecondCompany, string TaxId, string Marker, Guid Contact, Guid Lead, Guid Deal, Guid Reservation,
        Guid Stage, Guid LossReason, Guid Warehouse, Guid Product);

    /// <summary>A read that must answer boris exactly as it answers carol.</summary>
    private sealed record ListRow(string Url);

    /// <summary>A card or an action on anna's record that must be refused: <paramref name="Status"/> and, for a 409, its code.</summary>
    private sealed record RefusedRow(string Name, HttpMethod Method, string Url, object? Body, HttpStatusCode Status = HttpStatusCode.NotFound, string? Code = null);

    private static List<ListRow> Lists(Anna a) =>
    [
        new($"/api/crm/companies?filter={a.Marker}"),
        new("/api/crm/companies"),
        new("/api/crm/contacts"),
        new("/api/crm/leads"),
        new("/api/crm/deals"),
        new($"/api/crm/deals?companyId={a.Company}"),
        new("/api/crm/deals/board"),
        new("/api/crm/companies/export?format=csv"),
        new("/api/crm/contacts/export?format=csv"),
        new("/api/crm/leads/export?format=csv"),
        new("/api/crm/deals/export?format=csv"),
        new($"/api/crm/duplicates?taxId={a.TaxId}"),
        new("/api/crm/reports/funnel"),
        new("/api/crm/reports/velocity"),
        new("/api/crm/reports/forecast"),
        new("/api/crm/reports/sources"),
        new("/api/crm/reports/manager-ranking"),
        new("/api/stock/reservations"),
        new($"/api/stock/reservations?dealId={a.Deal}"),
        new($"/api/stock/reservations?productId={a.Product}"),
        new("/api/stock/deals"),
        new($"/api/stock/deals?companyId={a.Company}"),
    ];

    private static List<RefusedRow> Refusals(Anna a) =>
    [
        new("company card", HttpMethod.Get, $"/api/crm/companies/{a.Company}", null),
        new("company edit", HttpMethod.Put, $"/api/crm/companies/{a.Company}", new { name = "Чужая" }),
        new("company merge", HttpMethod.Post, $"/api/crm/companies/{a.Company}/merge", new { duplicateId = a.SecondCompany }),
        new("company delete", HttpMethod.Delete, $"/api/crm/companies/{a.SecondCompany}", null),
        new("contact card", HttpMethod.Get, $"/api/crm/contacts/{a.Contact}", null),
        new("contact edit", HttpMethod.Put, $"/api/crm/contacts/{a.Contact}", new { firstName = "Чужой" }),
        new("contact delete", HttpMethod.Delete, $"/api/crm/contacts/{a.Contact}", null),
        new("lead card", HttpMethod.Get, $"/api/crm/leads/{a.Lead}", null),
        new("lead edit", HttpMethod.Put, $"/api/crm/leads/{a.Lead}", new { title = "Чужой", name = "Пётр" }),
        new("lead junk", HttpMethod.Post, $"/api/crm/leads/{a.Lead}/junk", new { reason = "спам" }),
        new("lead conversion preview", HttpMethod.Get, $"/api/crm/leads/{a.Lead}/convert-preview", null),
        new("lead conversion", HttpMethod.Post, $"/api/crm/leads/{a.Lead}/convert", new { }),
        new("lead delete", HttpMethod.Delete, $"/api/crm/leads/{a.Lead}", null),
        new("deal card", HttpMethod.Get, $"/api/crm/deals/{a.Deal}", null),
        new("deal edit", HttpMethod.Put, $"/api/crm/deals/{a.Deal}", new { title = "Чужая", companyId = a.Company }),
        new("deal move", HttpMethod.Post, $"/api/crm/deals/{a.Deal}/move", new { stageId = a.Stage }),
        new("deal win", HttpMethod.Post, $"/api/crm/deals/{a.Deal}/win", null),
        new("deal loss", HttpMethod.Post, $"/api/crm/deals/{a.Deal}/lose", new { lossReasonId = a.LossReason }),
        new("deal reopen", HttpMethod.Post, $"/api/crm/deals/{a.Deal}/reopen", null),
        new("deal delete", HttpMethod.Delete, $"/api/crm/deals/{a.Deal}", null),
        new("company timeline", HttpMethod.Get, $"/api/crm/timeline?entityType=company&entityId={a.Company}", null),
        new("contact timeline", HttpMethod.Get, $"/api/crm/timeline?entityType=contact&entityId={a.Contact}", null),
        new("lead timeline", HttpMethod.Get, $"/api/crm/timeline?entityType=lead&entityId={a.Lead}", null),
        new("deal timeline", HttpMethod.Get, $"/api/crm/timeline?entityType=deal&entityId={a.Deal}", null),
        new("comment on the deal", HttpMethod.Post, "/api/crm/timeline/comments", new { entityType = "deal", entityId = a.Deal, text = "чужой" }),
        new("call on the company", HttpMethod.Post, "/api/crm/timeline/calls",
            new { entityType = "company", entityId = a.Company, direction = "outgoing", durationSeconds = 10 }),
        new("meeting on the contact", HttpMethod.Post, "/api/crm/timeline/meetings",
            new { entityType = "contact", entityId = a.Contact, subject = "Встреча", startsAt = DateTimeOffset.UtcNow.AddDays(1), durationMinutes = 30 }),
        new("deal on her company", HttpMethod.Post, "/api/crm/deals", new { title = "На чужую компанию", companyId = a.Company },
            HttpStatusCode.BadRequest),
        new("contact at her company", HttpMethod.Post, "/api/crm/contacts", new { firstName = "Иван", companyId = a.Company },
            HttpStatusCode.BadRequest),
        new("reservation card", HttpMethod.Get, $"/api/stock/reservations/{a.Reservation}", null),
        new("reservation release", HttpMethod.Post, $"/api/stock/reservations/{a.Reservation}/release", new { quantity = 1m }),
        new("reservation delete", HttpMethod.Delete, $"/api/stock/reservations/{a.Reservation}", null),
        new("reservation for her deal", HttpMethod.Post, "/api/stock/reservations",
            new { productId = a.Product, warehouseId = a.Warehouse, dealId = a.Deal, quantity = 1m }, HttpStatusCode.Conflict, "Stock.Deal.NotFound"),
        new("reservation for no deal", HttpMethod.Post, "/api/stock/reservations",
            new { productId = a.Product, warehouseId = a.Warehouse, dealId = Guid.NewGuid(), quantity = 1m }, HttpStatusCode.Conflict, "Stock.Deal.NotFound"),
    ];

    [Fact]
    public async Task Should_Give_A_Sales_User_Nothing_Of_Another_Managers_Records_On_Any_Endpoint()
    {
        var admin = await host.AdminAsync();
        var (anna, _) = await host.UserAsync("sales");
        var (boris, _) = await host.UserAsync("sales");
        var (carol, _) = await host.UserAsync("sales");
        var a = await AnnasRecordsAsync(admin, anna);

        var lists = Lists(a);
        var refusals = Refusals(a);
        lists.ShouldNotBeEmpty();
        refusals.ShouldNotBeEmpty();

        foreach (var row in lists)
        {
            var nobody = await BodyAsync(carol, row.Url);
            (await BodyAsync(anna, row.Url)).ShouldNotBe(nobody, $"{row.Url}: anna's own records must show, or the row proves nothing");
            (await BodyAsync(boris, row.Url)).ShouldBe(nobody, $"{row.Url}: boris must get what a user who owns nothing gets");
        }

        foreach (var row in refusals)
        {
            var response = await SendAsync(boris, row);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.Forbidden)
            {
                // The role may not do this at all (sales delete no companies): then anna is refused the same on her own record.
                (await SendAsync(anna, row)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{row.Name}: a 403 must be the role's, not the owner's");
                continue;
            }

            response.StatusCode.ShouldBe(row.Status, $"{row.Name}: {body}");
            if (row.Code is not null)
                (await Json(response)).GetProperty("code").GetString().ShouldBe(row.Code, row.Name);
            body.ShouldNotContain(a.Marker, Case.Insensitive, row.Name);
        }

        // Nothing boris tried changed anna's records.
        (await anna.GetAsync($"/api/crm/companies/{a.SecondCompany}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var deal = await Json(await anna.GetAsync($"/api/crm/deals/{a.Deal}"));
        deal.GetProperty("status").GetString().ShouldBe("open");
        (await Json(await anna.GetAsync($"/api/stock/reservations/{a.Reservation}"))).GetProperty("quantity").GetDecimal().ShouldBe(2m);
    }

    private async Task<Anna> AnnasRecordsAsync(HttpClient admin, HttpClient anna)
    {
        var marker = "Маркер" + Guid.NewGuid().ToString("N")[..8];
        var taxId = TaxId();
        var company = await CreatedAsync(anna, "/api/crm/companies", new { name = $"ООО {marker}", taxId });
        var second = await CreatedAsync(anna, "/api/crm/companies", new { name = $"ООО {marker} 2" });
        var contact = await CreatedAsync(anna, "/api/crm/contacts", new { firstName = marker, lastName = "Смирнова", companyId = company });
        var lead = await CreatedAsync(anna, "/api/crm/leads", new { title = $"Заявка {marker}", name = "Пётр", phone = "+7 912 000-11-22" });
        var stages = await CrmApi.DefaultStagesAsync(admin);
        var source = (await Json(await admin.GetAsync("/api/crm/sources?maxResultCount=1"))).GetProperty("items")[0].GetProperty("id").GetGuid();
        var closes = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(5));
        var deal = (await CrmApi.DealAsync(anna, company, $"Сделка {marker}",
            new { amount = 1000m, sourceId = source, expectedCloseDate = closes })).GetProperty("id").GetGuid();
        // A move gives the velocity report something to count.
        (await anna.PostAsJsonAsync($"/api/crm/deals/{deal}/move", new { stageId = stages["Замер"] })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anna.PostAsJsonAsync("/api/crm/timeline/comments", new { entityType = "deal", entityId = deal, text = marker }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var lossReason = (await Json(await admin.GetAsync("/api/crm/loss-reasons?maxResultCount=1"))).GetProperty("items")[0].GetProperty("id").GetGuid();

        var warehouse = await CreatedAsync(admin, "/api/stock/warehouses", new { name = CrmApi.Unique("Склад") });
        var product = await CreatedAsync(admin, "/api/stock/products",
            new { sku = CrmApi.Unique("SKU").Replace(' ', '-'), name = "Окно ПВХ", salePrice = 100m });
        var receipt = await CreatedAsync(admin, "/api/stock/documents",
            new { kind = "receipt", warehouseId = warehouse, lines = new[] { new { productId = product, quantity = 10m, unitCost = 50m } } });
        (await admin.PostAsync($"/api/stock/documents/{receipt}/post", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.Until(async () => (await Json(await anna.GetAsync($"/api/stock/deals?companyId={company}"))).GetProperty("totalCount").GetInt64(),
            n => n == 1, what: "Stock's copy of anna's deal");
        var reservation = await CreatedAsync(anna, "/api/stock/reservations",
            new { productId = product, warehouseId = warehouse, dealId = deal, quantity = 2m });

        return new Anna(company, second, taxId, marker, contact, lead, deal, reservation, stages["Согласование"], lossReason, warehouse, product);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, RefusedRow row)
    {
        var request = new HttpRequestMessage(row.Method, row.Url);
        if (row.Body is not null)
            request.Content = JsonContent.Create(row.Body, row.Body.GetType());
        return client.SendAsync(request);
    }

    /// <summary>A random ten-digit ИНН with a right check digit.</summary>
    private static string TaxId()
    {
        int[] weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
        var digits = Enumerable.Range(0, 9).Select(i => i < 2 ? 7 : Random.Shared.Next(10)).ToArray();
        var check = digits.Select((d, i) => d * weights[i]).Sum() % 11 % 10;
        return string.Concat(digits) + check;
    }

    private static async Task<string> BodyAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{url}: {body}");
        return body;
    }

    private static async Task<Guid> CreatedAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, $"{url}: {await response.Content.ReadAsStringAsync()}");
        return (await Json(response)).GetProperty("id").GetGuid();
    }
}

public sealed class OwnerRuleTestsOnSqlite(SqliteHost host) : OwnerRuleTests(host), IClassFixture<SqliteHost>;

public sealed class OwnerRuleTestsOnPostgreSql(PostgreSqlHost host) : OwnerRuleTests(host), IClassFixture<PostgreSqlHost>;
