using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Stock.Data;
using Suite.TestBase;
using static Suite.TestBase.ResponseJson;

namespace Suite.Stock.Tests;

/// <summary>The tests' own steps and assertions on top of <see cref="StockApi"/>: drafts, 409 codes, the ledger.</summary>
internal static class StockChecks
{
    /// <summary>The company's "today" on a test host (Moscow time, the default zone), as the API writes dates.</summary>
    public static string Today => DaysFromToday(0);

    public static string DaysFromToday(int days) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow")).DateTime)
            .AddDays(days).ToString("yyyy-MM-dd");

    public static Task<JsonElement> ShipAsync(HttpClient client, Guid warehouseId, Guid productId, decimal quantity) =>
        StockApi.PostedAsync(client, new { kind = "shipment", warehouseId, lines = new[] { new { productId, quantity } } });

    public static async Task<HttpResponseMessage> TryPostAsync(HttpClient client, object document) =>
        await StockApi.PostDocumentAsync(client, await StockApi.DraftAsync(client, document));

    /// <summary>Asserts a 409 with the given code and returns the problem body.</summary>
    public static async Task<JsonElement> ShouldBeConflictAsync(this HttpResponseMessage response, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict, body);
        var json = JsonDocument.Parse(body).RootElement;
        json.GetProperty("code").GetString().ShouldBe(code, body);
        return json;
    }

    /// <summary>Asserts a 400 and returns the names of the fields it complains about.</summary>
    public static async Task<List<string>> ShouldBeInvalidAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
    }

    public static async Task<JsonElement> DocumentAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/stock/documents/{id}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    /// <summary>The product's moves in the warehouse in ledger order (oldest first).</summary>
    public static async Task<List<JsonElement>> MovesAsync(HttpClient client, Guid productId, Guid warehouseId)
    {
        var response = await client.GetAsync($"/api/stock/moves?productId={productId}&warehouseId={warehouseId}&sorting=sequence&maxResultCount=1000");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("items").EnumerateArray().ToList();
    }

    /// <summary>On hand and value of the product in the warehouse, (0, 0) when it has no balance.</summary>
    public static async Task<(decimal OnHand, decimal Value)> StockAsync(HttpClient client, Guid productId, Guid warehouseId)
    {
        var balance = await StockApi.BalanceAsync(client, productId, warehouseId);
        return balance is { } b ? (b.GetProperty("onHand").GetDecimal(), b.GetProperty("value").GetDecimal()) : (0m, 0m);
    }

    public static async Task<JsonElement> ProductJsonAsync(HttpClient client, Guid productId) =>
        await Json(await client.GetAsync($"/api/stock/products/{productId}"));

    public static Task<HttpResponseMessage> PutJsonAsync(HttpClient client, string url, object body) => client.PutAsJsonAsync(url, body);

    /// <summary>
    /// FIFO's invariant, read from the database: the open layers of the product in the warehouse add up to its balance,
    /// quantity and value, and the ledger's last move says the same.
    /// </summary>
    public static async Task ShouldHaveLayersMatchingTheBalanceAsync(this SuiteHost host, Guid productId, Guid warehouseId)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<StockDbContext>();
        var balance = await db.Balances.AsNoTracking().SingleAsync(b => b.ProductId == productId && b.WarehouseId == warehouseId);
        var layers = await db.CostLayers.AsNoTracking().Where(l => l.ProductId == productId && l.WarehouseId == warehouseId).ToListAsync();
        layers.Sum(l => l.RemainingQuantity).ShouldBe(balance.OnHand, "the layers' quantity");
        layers.Sum(l => l.RemainingValue).ShouldBe(balance.Value, "the layers' value");
        var last = await db.Moves.AsNoTracking().Where(m => m.ProductId == productId && m.WarehouseId == warehouseId)
            .OrderByDescending(m => m.Sequence).FirstAsync();
        (last.QuantityAfter, last.ValueAfter).ShouldBe((balance.OnHand, balance.Value), "the ledger's running figures");
    }
}
