using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using static Suite.TestBase.ResponseJson;

namespace Suite.Stock.Tests;

/// <summary>Small steps the Stock API tests repeat: a warehouse, a product, a document posted in one go.</summary>
internal static class StockApi
{
    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    public static async Task<Guid> WarehouseAsync(HttpClient client, string? name = null)
    {
        var response = await client.PostAsJsonAsync("/api/stock/warehouses", new { name = name ?? Unique("Склад") });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("id").GetGuid();
    }

    /// <param name="extra">More fields of the card, e.g. <c>new { valuationMethod = "movingAverage", minQuantity = 5 }</c>.</param>
    public static async Task<Guid> ProductAsync(HttpClient client, object? extra = null)
    {
        var body = new Dictionary<string, object?> { ["sku"] = Unique("SKU"), ["name"] = Unique("Товар"), ["salePrice"] = 100m };
        if (extra is not null)
            foreach (var p in extra.GetType().GetProperties())
                body[p.Name] = p.GetValue(extra);
        var response = await client.PostAsJsonAsync("/api/stock/products", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("id").GetGuid();
    }

    /// <summary>Creates a draft; <paramref name="document"/> is the POST body (kind, warehouseId, lines…).</summary>
    public static async Task<Guid> DraftAsync(HttpClient client, object document)
    {
        var response = await client.PostAsJsonAsync("/api/stock/documents", document);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> PostDocumentAsync(HttpClient client, Guid documentId) =>
        client.PostAsync($"/api/stock/documents/{documentId}/post", null);

    /// <summary>Creates and posts a document, expecting both to succeed; returns the posted document.</summary>
    public static async Task<JsonElement> PostedAsync(HttpClient client, object document)
    {
        var id = await DraftAsync(client, document);
        var response = await PostDocumentAsync(client, id);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    public static Task<JsonElement> ReceiptAsync(HttpClient client, Guid warehouseId, Guid productId, decimal quantity, decimal unitCost) =>
        PostedAsync(client, new { kind = "receipt", warehouseId, lines = new[] { new { productId, quantity, unitCost } } });

    /// <summary>The product's balance in the warehouse, or null when it has none.</summary>
    public static async Task<JsonElement?> BalanceAsync(HttpClient client, Guid productId, Guid warehouseId)
    {
        var page = await Json(await client.GetAsync($"/api/stock/balances?productId={productId}&warehouseId={warehouseId}&includeEmpty=true"));
        var items = page.GetProperty("items").EnumerateArray().ToList();
        return items.Count == 0 ? null : items.Single();
    }
}
