using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Suite.TestBase;
using static Suite.TestBase.ResponseJson;

namespace Suite.Finance.Tests;

/// <summary>Stock documents to book, and the ledger, the reports and the inventory check to read them back.</summary>
internal static partial class FinanceApi
{
    public static async Task<Guid> WarehouseAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/stock/warehouses", new { name = Unique("Склад") });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> ProductAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/stock/products", new { sku = Unique("SKU"), name = Unique("Окно"), salePrice = 100m });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("id").GetGuid();
    }

    /// <summary>Drafts and posts a stock document (<paramref name="document"/> is the POST body); returns the posted document.</summary>
    public static async Task<JsonElement> StockDocumentAsync(HttpClient client, object document)
    {
        var draft = await client.PostAsJsonAsync("/api/stock/documents", document);
        draft.StatusCode.ShouldBe(HttpStatusCode.Created, await draft.Content.ReadAsStringAsync());
        var posted = await client.PostAsync($"/api/stock/documents/{(await Json(draft)).GetProperty("id").GetGuid()}/post", null);
        posted.StatusCode.ShouldBe(HttpStatusCode.OK, await posted.Content.ReadAsStringAsync());
        return await Json(posted);
    }

    public static Task<JsonElement> ReceiveAsync(HttpClient client, Guid warehouseId, Guid productId, decimal quantity, decimal unitCost, DateOnly date) =>
        StockDocumentAsync(client, new { kind = "receipt", warehouseId, date, lines = new[] { new { productId, quantity, unitCost } } });

    public static Task<JsonElement> ShipAsync(HttpClient client, Guid warehouseId, Guid productId, decimal quantity, DateOnly date) =>
        StockDocumentAsync(client, new { kind = "shipment", warehouseId, date, lines = new[] { new { productId, quantity } } });

    public static async Task CancelStockDocumentAsync(HttpClient client, JsonElement document)
    {
        var response = await client.PostAsync($"/api/stock/documents/{document.GetProperty("id").GetGuid()}/cancel", null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The ledger lines matching <paramref name="query"/> ("account=41&amp;from=…"), up to a thousand.</summary>
    public static async Task<List<JsonElement>> LedgerAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/finance/ledger?maxResultCount=1000&{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("items").EnumerateArray().ToList();
    }

    public static async Task<JsonElement> InventoryAsync(HttpClient client, DateOnly? asOf = null)
    {
        var response = await client.GetAsync("/api/finance/checks/inventory" + (asOf is { } d ? $"?asOf={d:yyyy-MM-dd}" : ""));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    /// <summary>Waits until account 41 has caught up with Stock at <paramref name="asOf"/> (the events are handled).</summary>
    public static Task<JsonElement> BooksFollowStockAsync(HttpClient client, DateOnly? asOf = null) =>
        Eventually.Until(() => InventoryAsync(client, asOf), c => c.GetProperty("difference").GetDecimal() == 0m,
            what: "account 41 to equal the stock value");

    public static async Task<JsonElement> ReportAsync(HttpClient client, string report, DateOnly from, DateOnly to)
    {
        var response = await client.GetAsync($"/api/finance/reports/{report}?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    /// <summary>The trial balance's row for <paramref name="account"/>, or null when the account has nothing.</summary>
    public static JsonElement? Row(JsonElement trialBalance, string account) =>
        trialBalance.GetProperty("rows").EnumerateArray().Cast<JsonElement?>().SingleOrDefault(r => r!.Value.GetProperty("account").GetString() == account);

    public static decimal Money(this JsonElement element, string property) => element.GetProperty(property).GetDecimal();
}
