using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Crm.Data;
using Suite.Crm.Events;
using Suite.Stock.Data;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Stock.Tests;

/// <summary>With the setting on, a deal won in Crm reserves its products in the reservation warehouse.</summary>
public abstract class DealWonReservationTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Reserve_A_Won_Deals_Products_Or_What_There_Is_Of_Them()
    {
        var admin = await host.AdminAsync();
        var (sales, _) = await host.UserAsync("sales");
        var warehouseId = await StockApi.WarehouseAsync(admin);
        await SettingsAsync(admin, true, warehouseId);
        var window = await StockApi.ProductAsync(admin, new { name = "Окно ПВХ 1200×1400" });
        var sill = await StockApi.ProductAsync(admin, new { name = "Подоконник 300 мм" });
        var mounting = await StockApi.ProductAsync(admin, new { name = "Монтаж окна", isService = true });
        await StockApi.ReceiptAsync(admin, warehouseId, window, 10, 9000);
        await StockApi.ReceiptAsync(admin, warehouseId, sill, 3, 800);

        var company = await Json(await sales.PostAsJsonAsync("/api/crm/companies", new { name = StockApi.Unique("ООО «Клиент»") }));
        var created = await sales.PostAsJsonAsync("/api/crm/deals", new
        {
            title = "Окна в коттедж",
            companyId = company.GetProperty("id").GetGuid(),
            lines = new object[]
            {
                new { productId = window, description = "Окно ПВХ 1200×1400", quantity = 4m, unitPrice = 15000m },
                new { productId = sill, description = "Подоконник 300 мм", quantity = 5m, unitPrice = 1500m },
                new { productId = mounting, description = "Монтаж окна", quantity = 4m, unitPrice = 3000m },
                new { productId = Guid.NewGuid(), description = "Товар не из каталога", quantity = 1m, unitPrice = 10m },
                new { description = "Доставка", quantity = 1m, unitPrice = 2000m },
            },
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var dealId = (await Json(created)).GetProperty("id").GetGuid();

        (await sales.PostAsync($"/api/crm/deals/{dealId}/win", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var reserved = await Eventually.Until(() => ReservationApi.ListAsync(admin, $"dealId={dealId}"), r => r.Count == 2,
            what: "the won deal's reservations");
        reserved.ToDictionary(r => r.GetProperty("productId").GetGuid(), r => r.GetProperty("quantity").GetDecimal())
            .ShouldBe(new Dictionary<Guid, decimal> { [window] = 4, [sill] = 3 }, ignoreOrder: true);
        (await ReservationApi.FiguresAsync(admin, window, warehouseId)).ShouldBe((10m, 4m, 6m));
        (await ReservationApi.FiguresAsync(admin, sill, warehouseId)).ShouldBe((3m, 3m, 0m));
    }

    [Fact]
    public async Task Should_Reserve_Once_When_The_Event_Comes_Twice_Counting_What_The_Deal_Already_Holds()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        await SettingsAsync(admin, true, warehouseId);
        var productId = await StockApi.ProductAsync(admin);
        await StockApi.ReceiptAsync(admin, warehouseId, productId, 10, 100);
        var dealId = await StockDeals.CopyAsync(host);
        await ReservationApi.ReservedAsync(admin, productId, warehouseId, dealId, 1, "Отложили до оплаты");
        var won = Won(dealId, new DealWonLine(productId, 2), new DealWonLine(productId, 1));

        await PublishAsync(won);
        await Eventually.Until(async () => await HandledAsync(dealId) == 1, what: "the first delivery");
        await PublishAsync(won);
        await Eventually.Until(async () => await HandledAsync(dealId) == 2, what: "the second delivery");

        (await ReservationApi.ListAsync(admin, $"dealId={dealId}")).Single().GetProperty("quantity").GetDecimal().ShouldBe(3);
        (await ReservationApi.FiguresAsync(admin, productId, warehouseId)).ShouldBe((10m, 3m, 7m));
    }

    [Fact]
    public async Task Should_Not_Reserve_When_The_Setting_Is_Off()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        await SettingsAsync(admin, false, null);
        var productId = await StockApi.ProductAsync(admin);
        await StockApi.ReceiptAsync(admin, warehouseId, productId, 10, 100);
        var dealId = Guid.NewGuid();

        await PublishAsync(Won(dealId, new DealWonLine(productId, 2)));
        await Eventually.Until(async () => await HandledAsync(dealId) == 1, what: "the delivery");

        (await ReservationApi.ListAsync(admin, $"dealId={dealId}")).ShouldBeEmpty();
        (await ReservationApi.FiguresAsync(admin, productId, warehouseId)).ShouldBe((10m, 0m, 10m));
    }

    private static DealWonEto Won(Guid dealId, params DealWonLine[] lines) =>
        new(dealId, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 1000m, "RUB", null, DateTimeOffset.UtcNow, lines);

    private static async Task SettingsAsync(HttpClient admin, bool reserveOnDealWon, Guid? reservationWarehouseId)
    {
        var current = await Json(await admin.GetAsync("/api/stock/settings"));
        var response = await admin.PutAsJsonAsync("/api/stock/settings", new
        {
            reserveOnDealWon, reservationWarehouseId, concurrencyStamp = current.GetProperty("concurrencyStamp").GetString(),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Crm publishes the event, as when a manager wins a deal.</summary>
    private async Task PublishAsync(DealWonEto eto)
    {
        using var scope = host.Services.CreateScope();
        var crm = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        crm.Publish(eto);
        await crm.SaveChangesAsync();
    }

    /// <summary>How many deliveries of the deal's won event Stock has handled.</summary>
    private async Task<int> HandledAsync(Guid dealId)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<StockDbContext>();
        var handled = await db.InboxMessages.Where(m => m.EventName == "Crm.Deal.Won" && m.ProcessedAt != null)
            .Select(m => m.Payload).ToListAsync();
        return handled.Count(p => p.Contains(dealId.ToString(), StringComparison.OrdinalIgnoreCase));
    }
}

public sealed class DealWonReservationTestsOnSqlite(SqliteHost host) : DealWonReservationTests(host), IClassFixture<SqliteHost>;

public sealed class DealWonReservationTestsOnPostgreSql(PostgreSqlHost host) : DealWonReservationTests(host), IClassFixture<PostgreSqlHost>;
