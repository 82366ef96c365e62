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

/// <summary>Steps the reservation, low-stock and won-deal tests share.</summary>
internal static class ReservationApi
{
    public static Task<HttpResponseMessage> ReserveAsync(HttpClient client, Guid productId, Guid warehouseId, Guid dealId, decimal quantity,
        string? comment = null) =>
        client.PostAsJsonAsync("/api/stock/reservations", new { productId, warehouseId, dealId, quantity, comment });

    public static async Task<JsonElement> ReservedAsync(HttpClient client, Guid productId, Guid warehouseId, Guid dealId, decimal quantity,
        string? comment = null)
    {
        var response = await ReserveAsync(client, productId, warehouseId, dealId, quantity, comment);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    public static async Task<List<JsonElement>> ListAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/stock/reservations?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("items").EnumerateArray().ToList();
    }

    /// <summary>(on hand, reserved, available) of the product in the warehouse; zeros when it has no balance.</summary>
    public static async Task<(decimal OnHand, decimal Reserved, decimal Available)> FiguresAsync(HttpClient client, Guid productId, Guid warehouseId)
    {
        var balance = await StockApi.BalanceAsync(client, productId, warehouseId);
        return balance is { } b
            ? (b.GetProperty("onHand").GetDecimal(), b.GetProperty("reserved").GetDecimal(), b.GetProperty("available").GetDecimal())
            : (0, 0, 0);
    }

    public static Task<JsonElement> ShipmentAsync(HttpClient client, Guid warehouseId, Guid productId, decimal quantity, Guid? dealId = null) =>
        StockApi.PostedAsync(client, new { kind = "shipment", warehouseId, dealId, lines = new[] { new { productId, quantity } } });

    /// <summary>How many <c>Stock.Product.BelowMinimum</c> events Stock's outbox holds for the product.</summary>
    public static async Task<int> BelowMinimumEventsAsync(SuiteHost host, Guid productId)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<StockDbContext>();
        var payloads = await db.OutboxMessages.Where(m => m.EventName == "Stock.Product.BelowMinimum").Select(m => m.Payload).ToListAsync();
        return payloads.Count(p => p.Contains(productId.ToString(), StringComparison.OrdinalIgnoreCase));
    }
}
