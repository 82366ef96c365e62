using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Suite.TestBase;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>
/// Steps of the sales analytics tests through the other modules' public APIs: products and goods in Stock, invoices and
/// payments in Finance, each taken only once the module has its copy of what it refers to.
/// </summary>
internal static class SalesApi
{
    public static async Task<(Guid Id, string Name)> SourceAsync(HttpClient client, string name)
    {
        name = CrmApi.Unique(name);
        var response = await client.PostAsJsonAsync("/api/crm/sources", new { name });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return ((await Json(response)).GetProperty("id").GetGuid(), name);
    }

    /// <summary>A company made by <paramref name="client"/> (so owned by them), once Finance and Stock have their copies.</summary>
    public static async Task<Guid> CompanyAsync(HttpClient client, HttpClient admin, Guid? sourceId)
    {
        var response = await client.PostAsJsonAsync("/api/crm/companies", new { name = CrmApi.Unique("ООО Клиент"), sourceId });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await Json(response)).GetProperty("id").GetGuid();
        await ListedAsync(admin, "/api/finance/customers", id, "Finance's copy of the company");
        await ListedAsync(admin, "/api/stock/companies", id, "Stock's copy of the company");
        return id;
    }

    /// <summary>A deal won now, once Finance and Stock have their copies of it.</summary>
    public static async Task<Guid> WonDealAsync(HttpClient client, HttpClient admin, Guid companyId, string title, Guid? sourceId, decimal amount)
    {
        var id = (await CrmApi.DealAsync(client, companyId, title, new { sourceId, amount })).GetProperty("id").GetGuid();
        var won = await client.PostAsync($"/api/crm/deals/{id}/win", null);
        won.StatusCode.ShouldBe(HttpStatusCode.OK, await won.Content.ReadAsStringAsync());
        await ListedAsync(admin, "/api/finance/deals", id, "Finance's copy of the deal");
        await ListedAsync(admin, "/api/stock/deals", id, "Stock's copy of the deal");
        return id;
    }

    public static async Task<Guid> WarehouseAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/stock/warehouses", new { name = CrmApi.Unique("Склад") });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("id").GetGuid();
    }

    /// <summary>A catalog product, once Finance and Crm have their copies of it.</summary>
    public static async Task<(Guid Id, string Sku, string Name)> ProductAsync(HttpClient client, string name, decimal salePrice)
    {
        var sku = CrmApi.Unique("SKU").Replace(' ', '-');
        name = CrmApi.Unique(name);
        var response = await client.PostAsJsonAsync("/api/stock/products", new { sku, name, salePrice, vatRate = 22m });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await Json(response)).GetProperty("id").GetGuid();
        await ListedAsync(client, "/api/finance/products", id, "Finance's copy of the product");
        await ListedAsync(client, "/api/crm/products", id, "Crm's copy of the product");
        return (id, sku, name);
    }

    /// <summary>Drafts and posts a stock document (<paramref name="document"/> is the POST body); returns its id.</summary>
    public static async Task<Guid> StockDocumentAsync(HttpClient client, object document)
    {
        var draft = await client.PostAsJsonAsync("/api/stock/documents", document);
        draft.StatusCode.ShouldBe(HttpStatusCode.Created, await draft.Content.ReadAsStringAsync());
        var id = (await Json(draft)).GetProperty("id").GetGuid();
        var posted = await client.PostAsync($"/api/stock/documents/{id}/post", null);
        posted.StatusCode.ShouldBe(HttpStatusCode.OK, await posted.Content.ReadAsStringAsync());
        return id;
    }

    public static object Line(Guid productId, decimal quantity, decimal unitPrice, decimal? vatRate) =>
        new { productId, description = "Товар", quantity, unitPrice, vatRate };

    /// <summary>An invoice drafted and issued on <paramref name="issueDate"/>; returns its id.</summary>
    public static async Task<Guid> IssuedInvoiceAsync(HttpClient client, Guid companyId, Guid? dealId, DateOnly issueDate, params object[] lines)
    {
        var draft = await client.PostAsJsonAsync("/api/finance/invoices",
            new { companyId, dealId, issueDate, dueDate = issueDate.AddDays(10), lines });
        draft.StatusCode.ShouldBe(HttpStatusCode.Created, await draft.Content.ReadAsStringAsync());
        var id = (await Json(draft)).GetProperty("id").GetGuid();
        var issued = await client.PostAsync($"/api/finance/invoices/{id}/issue", null);
        issued.StatusCode.ShouldBe(HttpStatusCode.OK, await issued.Content.ReadAsStringAsync());
        return id;
    }

    public static async Task<Guid> BankAccountAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/finance/accounts", new
        {
            name = CrmApi.Unique("Расчётный счёт"), kind = "bank", bankName = "ПАО Сбербанк", bic = "044525225",
            accountNumber = "40702810" + Random.Shared.NextInt64(100_000_000_000, 999_999_999_999),
            correspondentAccount = "30101810400000000225",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("id").GetGuid();
    }

    public static async Task PaidAsync(HttpClient client, Guid accountId, Guid companyId, DateOnly date, Guid invoiceId, decimal amount)
    {
        var response = await client.PostAsJsonAsync("/api/finance/payments", new
        {
            accountId, direction = "incoming", date, amount, companyId, allocations = new[] { new { invoiceId, amount } },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    private static Task ListedAsync(HttpClient client, string list, Guid id, string what) =>
        Eventually.Until(async () =>
        {
            var response = await client.GetAsync($"{list}?maxResultCount=1000");
            return response.IsSuccessStatusCode && (await Json(response)).GetProperty("items").EnumerateArray()
                .Any(i => i.GetProperty("id").GetGuid() == id);
        }, what: what);
}
