using System.Net;
using System.Net.Http.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Stock.Tests;

/// <summary>Reserving goods for deals by hand: what is available, who may ship the reserved units, and releasing them.</summary>
public abstract class ReservationTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Reserve_For_A_Deal_Adding_To_Its_Reservation_And_Refuse_More_Than_Available()
    {
        var admin = await host.AdminAsync();
        var (sales, salesId) = await host.UserAsync("sales");
        var warehouseName = StockApi.Unique("Основной");
        var warehouseId = await StockApi.WarehouseAsync(admin, warehouseName);
        var productId = await StockApi.ProductAsync(admin, new { name = "Подоконник ПВХ 300 мм" });
        await StockApi.ReceiptAsync(admin, warehouseId, productId, 10, 500);
        var dealId = await StockDeals.CopyAsync(host, salesId, "Окна для Ивановых");

        var first = await ReservationApi.ReservedAsync(sales, productId, warehouseId, dealId, 4, "Под замер");
        first.GetProperty("quantity").GetDecimal().ShouldBe(4);
        first.GetProperty("productName").GetString().ShouldBe("Подоконник ПВХ 300 мм");
        first.GetProperty("warehouseName").GetString().ShouldBe(warehouseName);
        first.GetProperty("dealId").GetGuid().ShouldBe(dealId);
        first.GetProperty("dealTitle").GetString().ShouldBe("Окна для Ивановых");
        first.GetProperty("companyName").GetString().ShouldStartWith("ООО Клиент");
        (await ReservationApi.FiguresAsync(admin, productId, warehouseId)).ShouldBe((10m, 4m, 6m));

        // The same deal, product and warehouse: one reservation that grows.
        var second = await ReservationApi.ReservedAsync(sales, productId, warehouseId, dealId, 2);
        second.GetProperty("id").GetGuid().ShouldBe(first.GetProperty("id").GetGuid());
        second.GetProperty("quantity").GetDecimal().ShouldBe(6);
        second.GetProperty("comment").GetString().ShouldBe("Под замер");
        var listed = await ReservationApi.ListAsync(sales, $"dealId={dealId}");
        listed.Count.ShouldBe(1);
        listed[0].GetProperty("sku").GetString().ShouldStartWith("SKU-");
        listed[0].GetProperty("quantity").GetDecimal().ShouldBe(6);
        (await ReservationApi.FiguresAsync(admin, productId, warehouseId)).ShouldBe((10m, 6m, 4m));

        // Another deal may have the remaining 4, not 5.
        var tooMuch = await ReservationApi.ReserveAsync(sales, productId, warehouseId, await StockDeals.CopyAsync(host, salesId), 5);
        tooMuch.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await Json(tooMuch);
        problem.GetProperty("code").GetString().ShouldBe("Stock.InsufficientStock");
        var shortage = problem.GetProperty("shortages").EnumerateArray().Single();
        shortage.GetProperty("productId").GetGuid().ShouldBe(productId);
        shortage.GetProperty("available").GetDecimal().ShouldBe(4);
        shortage.GetProperty("shortfall").GetDecimal().ShouldBe(1);
        (await ReservationApi.FiguresAsync(admin, productId, warehouseId)).ShouldBe((10m, 6m, 4m));
        (await ReservationApi.ReserveAsync(sales, productId, warehouseId, await StockDeals.CopyAsync(host, salesId), 4)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ReservationApi.FiguresAsync(admin, productId, warehouseId)).ShouldBe((10m, 10m, 0m));
    }

    [Fact]
    public async Task Should_Refuse_Services_Unknown_Products_And_Nothing_On_Hand()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var serviceId = await StockApi.ProductAsync(admin, new { name = "Монтаж окна", isService = true });
        var emptyId = await StockApi.ProductAsync(admin);
        var dealId = await StockDeals.CopyAsync(host);

        var service = await ReservationApi.ReserveAsync(admin, serviceId, warehouseId, dealId, 1);
        service.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await service.Content.ReadAsStringAsync()).ShouldContain("productId");
        (await ReservationApi.ReserveAsync(admin, Guid.NewGuid(), warehouseId, dealId, 1)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReservationApi.ReserveAsync(admin, emptyId, warehouseId, dealId, 0)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var nothing = await ReservationApi.ReserveAsync(admin, emptyId, warehouseId, dealId, 1);
        nothing.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(nothing)).GetProperty("code").GetString().ShouldBe("Stock.InsufficientStock");
    }

    [Fact]
    public async Task Should_Refuse_Shipping_Another_Deals_Reserved_Units_And_Release_The_Deals_Own_When_It_Ships()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin);
        await StockApi.ReceiptAsync(admin, warehouseId, productId, 10, 100);
        var dealId = await StockDeals.CopyAsync(host);
        await ReservationApi.ReservedAsync(admin, productId, warehouseId, dealId, 8);

        // Without the deal, or for another deal, only the 2 unreserved units can go.
        foreach (var otherDeal in new Guid?[] { null, await StockDeals.CopyAsync(host) })
        {
            var draft = await StockApi.DraftAsync(admin, new
            {
                kind = "shipment", warehouseId, dealId = otherDeal, lines = new[] { new { productId, quantity = 3m } },
            });
            var refused = await StockApi.PostDocumentAsync(admin, draft);
            refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            var problem = await Json(refused);
            problem.GetProperty("code").GetString().ShouldBe("Stock.InsufficientStock");
            problem.GetProperty("shortages")[0].GetProperty("available").GetDecimal().ShouldBe(2);
        }

        (await ReservationApi.FiguresAsync(admin, productId, warehouseId)).ShouldBe((10m, 8m, 2m));

        // The deal's own shipment may take its 8 and the 2 free ones; its reservation is released.
        await ReservationApi.ShipmentAsync(admin, warehouseId, productId, 5, dealId);
        (await ReservationApi.FiguresAsync(admin, productId, warehouseId)).ShouldBe((5m, 3m, 2m));
        (await ReservationApi.ListAsync(admin, $"dealId={dealId}")).Single().GetProperty("quantity").GetDecimal().ShouldBe(3);

        await ReservationApi.ShipmentAsync(admin, warehouseId, productId, 5, dealId);
        (await ReservationApi.FiguresAsync(admin, productId, warehouseId)).ShouldBe((0m, 0m, 0m));
        (await ReservationApi.ListAsync(admin, $"dealId={dealId}")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Never_Reserve_More_Than_Is_On_Hand_When_Deals_Reserve_At_Once()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin);
        await StockApi.ReceiptAsync(admin, warehouseId, productId, 10, 100);

        var deals = await StockDeals.CopiesAsync(host, 30);
        var responses = await Task.WhenAll(deals.Select(dealId => ReservationApi.ReserveAsync(admin, productId, warehouseId, dealId, 1)));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(10);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(20);
        (await ReservationApi.FiguresAsync(admin, productId, warehouseId)).ShouldBe((10m, 10m, 0m));
        (await ReservationApi.ListAsync(admin, $"productId={productId}&maxResultCount=100")).Count.ShouldBe(10);
    }

    [Fact]
    public async Task Should_Release_Part_Then_All_Of_A_Reservation()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin);
        await StockApi.ReceiptAsync(admin, warehouseId, productId, 10, 100);
        var reservation = await ReservationApi.ReservedAsync(admin, productId, warehouseId, await StockDeals.CopyAsync(host), 7);
        var id = reservation.GetProperty("id").GetGuid();

        var part = await admin.PostAsJsonAsync($"/api/stock/reservations/{id}/release", new { quantity = 2.5m });
        part.StatusCode.ShouldBe(HttpStatusCode.OK, await part.Content.ReadAsStringAsync());
        (await Json(part)).GetProperty("quantity").GetDecimal().ShouldBe(4.5m);
        (await ReservationApi.FiguresAsync(admin, productId, warehouseId)).ShouldBe((10m, 4.5m, 5.5m));

        var tooMuch = await admin.PostAsJsonAsync($"/api/stock/reservations/{id}/release", new { quantity = 5m });
        tooMuch.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReservationApi.FiguresAsync(admin, productId, warehouseId)).ShouldBe((10m, 4.5m, 5.5m));

        (await admin.DeleteAsync($"/api/stock/reservations/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await ReservationApi.FiguresAsync(admin, productId, warehouseId)).ShouldBe((10m, 0m, 10m));
        (await admin.DeleteAsync($"/api/stock/reservations/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"/api/stock/reservations/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Let_The_Accountant_See_But_Not_Reserve()
    {
        var admin = await host.AdminAsync();
        var (accountant, _) = await host.UserAsync("accountant");
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin);
        await StockApi.ReceiptAsync(admin, warehouseId, productId, 3, 100);

        (await ReservationApi.ReserveAsync(accountant, productId, warehouseId, await StockDeals.CopyAsync(host), 1)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ReservationApi.ListAsync(accountant, $"productId={productId}")).ShouldBeEmpty();
    }
}

public sealed class ReservationTestsOnSqlite(SqliteHost host) : ReservationTests(host), IClassFixture<SqliteHost>;

public sealed class ReservationTestsOnPostgreSql(PostgreSqlHost host) : ReservationTests(host), IClassFixture<PostgreSqlHost>;
