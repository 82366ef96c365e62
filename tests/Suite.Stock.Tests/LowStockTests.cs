using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Stock.Data;
using Suite.TestBase;
using Xunit;

namespace Suite.Stock.Tests;

/// <summary><c>Stock.Product.BelowMinimum</c>: once per crossing below the minimum, by shipments and by reservations alike.</summary>
public abstract class LowStockTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Publish_Once_Per_Crossing_Below_The_Minimum()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin, new { minQuantity = 5m });

        await StockApi.ReceiptAsync(admin, warehouseId, productId, 10, 100);
        (await ReservationApi.BelowMinimumEventsAsync(host, productId)).ShouldBe(0);

        await ReservationApi.ShipmentAsync(admin, warehouseId, productId, 5);
        (await ReservationApi.BelowMinimumEventsAsync(host, productId)).ShouldBe(0, "5 available is the minimum, not below it");

        await ReservationApi.ShipmentAsync(admin, warehouseId, productId, 1);
        (await ReservationApi.BelowMinimumEventsAsync(host, productId)).ShouldBe(1, "4 available crosses below 5");
        var payload = await LastPayloadAsync(productId);
        payload.GetProperty("available").GetDecimal().ShouldBe(4);
        payload.GetProperty("minQuantity").GetDecimal().ShouldBe(5);

        await ReservationApi.ShipmentAsync(admin, warehouseId, productId, 2);
        (await ReservationApi.BelowMinimumEventsAsync(host, productId)).ShouldBe(1, "a further drop is the same crossing");

        await StockApi.ReceiptAsync(admin, warehouseId, productId, 10, 100);
        (await ReservationApi.BelowMinimumEventsAsync(host, productId)).ShouldBe(1, "12 available is back above");

        await ReservationApi.ShipmentAsync(admin, warehouseId, productId, 8);
        (await ReservationApi.BelowMinimumEventsAsync(host, productId)).ShouldBe(2, "4 available is a new crossing");
    }

    [Fact]
    public async Task Should_Count_Reserved_Units_As_Gone_And_Releasing_Them_Ends_The_Crossing()
    {
        var admin = await host.AdminAsync();
        var main = await StockApi.WarehouseAsync(admin);
        var second = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin, new { minQuantity = 10m });
        await StockApi.ReceiptAsync(admin, main, productId, 12, 100);
        await StockApi.PostedAsync(admin, new
        {
            kind = "transfer", warehouseId = main, targetWarehouseId = second, lines = new[] { new { productId, quantity = 4m } },
        });
        (await ReservationApi.BelowMinimumEventsAsync(host, productId)).ShouldBe(0, "a transfer leaves 12 available over both warehouses");

        // Reserving 2, then 1 more, leaves 9 of 12 available.
        var reservation = await ReservationApi.ReservedAsync(admin, productId, main, await StockDeals.CopyAsync(host), 2);
        (await ReservationApi.BelowMinimumEventsAsync(host, productId)).ShouldBe(0);
        await ReservationApi.ReservedAsync(admin, productId, main, await StockDeals.CopyAsync(host), 1);
        (await ReservationApi.BelowMinimumEventsAsync(host, productId)).ShouldBe(1, "9 available crosses below 10");
        (await LastPayloadAsync(productId)).GetProperty("available").GetDecimal().ShouldBe(9);

        await ReservationApi.ReservedAsync(admin, productId, second, await StockDeals.CopyAsync(host), 4);
        (await ReservationApi.BelowMinimumEventsAsync(host, productId)).ShouldBe(1);

        // Back to 12 by releasing, then down again by a shipment: a second crossing.
        (await admin.DeleteAsync($"/api/stock/reservations/{reservation.GetProperty("id").GetGuid()}")).EnsureSuccessStatusCode();
        foreach (var r in await ReservationApi.ListAsync(admin, $"productId={productId}"))
            (await admin.DeleteAsync($"/api/stock/reservations/{r.GetProperty("id").GetGuid()}")).EnsureSuccessStatusCode();
        (await ReservationApi.FiguresAsync(admin, productId, main)).ShouldBe((8m, 0m, 8m));
        (await ReservationApi.BelowMinimumEventsAsync(host, productId)).ShouldBe(1);
        await ReservationApi.ShipmentAsync(admin, second, productId, 3);
        (await ReservationApi.BelowMinimumEventsAsync(host, productId)).ShouldBe(2);
    }

    private async Task<JsonElement> LastPayloadAsync(Guid productId)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<StockDbContext>();
        var payloads = await db.OutboxMessages.Where(m => m.EventName == "Stock.Product.BelowMinimum")
            .OrderBy(m => m.Sequence).Select(m => m.Payload).ToListAsync();
        return JsonDocument.Parse(payloads.Last(p => p.Contains(productId.ToString(), StringComparison.OrdinalIgnoreCase))).RootElement;
    }
}

public sealed class LowStockTestsOnSqlite(SqliteHost host) : LowStockTests(host), IClassFixture<SqliteHost>;

public sealed class LowStockTestsOnPostgreSql(PostgreSqlHost host) : LowStockTests(host), IClassFixture<PostgreSqlHost>;
