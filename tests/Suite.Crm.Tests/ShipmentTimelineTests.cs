using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Suite.Crm.Data;
using Shouldly;
using Suite.Stock.Data;
using Suite.Stock.Events;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>Stock's shipments on the deal's and the company's timelines, fed by Stock's events through the bus.</summary>
public abstract class ShipmentTimelineTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Show_A_Deals_Shipment_And_Its_Cancellation_On_The_Deal_And_The_Company()
    {
        var admin = await host.AdminAsync();
        var companyId = await CrmApi.CompanyAsync(admin);
        var dealId = (await CrmApi.DealAsync(admin, companyId, "Окна в коттедж")).GetProperty("id").GetGuid();
        var warehouseId = await CreatedAsync(admin, "/api/stock/warehouses", new { name = CrmApi.Unique("Склад") });
        var sku = CrmApi.Unique("WIN").Replace(' ', '-');
        var productId = await CreatedAsync(admin, "/api/stock/products", new { sku, name = "Окно ПВХ 1200×1400", salePrice = 15000m });
        await PostedAsync(admin, new { kind = "receipt", warehouseId, lines = new[] { new { productId, quantity = 10m, unitCost = 9000m } } });
        // Stock ships for deals it knows: its copy of the deal comes from Crm's events.
        await Eventually.Until(async () => (await Json(await admin.GetAsync($"/api/stock/deals?companyId={companyId}"))).GetProperty("totalCount").GetInt64(),
            n => n == 1, what: "Stock's copy of the deal");

        var shipment = await PostedAsync(admin, new
        {
            kind = "shipment", warehouseId, companyId, dealId, lines = new[] { new { productId, quantity = 3m } },
        });
        var number = shipment.GetProperty("number").GetString()!;

        var onDeal = await Eventually.Until(() => ItemsAsync(admin, "deal", dealId, "shipmentPosted"), i => i.Count == 1,
            what: "the shipment on the deal's timeline");
        var item = onDeal.Single();
        item.GetProperty("title").GetString().ShouldBe(number);
        var details = item.GetProperty("details");
        details.GetProperty("number").GetString().ShouldBe(number);
        details.GetProperty("totalCost").GetDecimal().ShouldBe(27000m);
        var line = details.GetProperty("lines").EnumerateArray().Single();
        line.GetProperty("sku").GetString().ShouldBe(sku);
        line.GetProperty("name").GetString().ShouldBe("Окно ПВХ 1200×1400");
        line.GetProperty("quantity").GetDecimal().ShouldBe(3m);
        (await ItemsAsync(admin, "company", companyId, "shipmentPosted")).Single().GetProperty("id").GetGuid()
            .ShouldBe(item.GetProperty("id").GetGuid(), "the company's card shows the same item once");

        var cancelled = await admin.PostAsync($"/api/stock/documents/{shipment.GetProperty("id").GetGuid()}/cancel", null);
        cancelled.StatusCode.ShouldBe(HttpStatusCode.OK, await cancelled.Content.ReadAsStringAsync());
        var reversal = await Eventually.Until(() => ItemsAsync(admin, "company", companyId, "shipmentCancelled"), i => i.Count == 1,
            what: "the cancellation on the company's timeline");
        reversal.Single().GetProperty("details").GetProperty("number").GetString().ShouldBe(number);
        reversal.Single().GetProperty("details").GetProperty("totalCost").GetDecimal().ShouldBe(27000m);
        (await ItemsAsync(admin, "deal", dealId, "shipmentCancelled")).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Should_Add_One_Item_When_The_Shipment_Comes_Twice_And_Use_The_Company_Card_Without_A_Deal()
    {
        var admin = await host.AdminAsync();
        var companyId = await CrmApi.CompanyAsync(admin);
        var dealId = (await CrmApi.DealAsync(admin, companyId)).GetProperty("id").GetGuid();
        var line = new ShipmentLineCost(Guid.NewGuid(), "SILL-300", "Подоконник 300 мм", 2m, 1600m);
        var forDeal = new ShipmentPostedEto(Guid.NewGuid(), "ОТГ-000901", new DateOnly(2026, 11, 20), Guid.NewGuid(), null, dealId, null,
            [line], 1600m, null, DateTimeOffset.UtcNow);
        var forCompany = forDeal with { DocumentId = Guid.NewGuid(), Number = "ОТГ-000902", CompanyId = companyId, DealId = null };

        await PublishAsync(forDeal);
        await PublishAsync(forDeal);
        await PublishAsync(forCompany);

        await Eventually.Until(async () => await HandledAsync(forDeal.DocumentId) == 2 && await HandledAsync(forCompany.DocumentId) == 1,
            what: "the three deliveries");

        // The deal's company is found from the deal when the shipment names none.
        var onCompany = await ItemsAsync(admin, "company", companyId, "shipmentPosted");
        onCompany.Select(i => i.GetProperty("title").GetString()).ShouldBe(["ОТГ-000901", "ОТГ-000902"], ignoreOrder: true);
        (await ItemsAsync(admin, "deal", dealId, "shipmentPosted")).Single().GetProperty("title").GetString().ShouldBe("ОТГ-000901");
    }

    private async Task PublishAsync<TEvent>(TEvent eto) where TEvent : class
    {
        using var scope = host.Services.CreateScope();
        var stock = scope.ServiceProvider.GetRequiredService<StockDbContext>();
        stock.Publish(eto);
        await stock.SaveChangesAsync();
    }

    /// <summary>How many deliveries of the shipment's posted event Crm has handled.</summary>
    private async Task<int> HandledAsync(Guid documentId)
    {
        using var scope = host.Services.CreateScope();
        var crm = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var handled = await crm.InboxMessages.Where(m => m.EventName == "Stock.Shipment.Posted" && m.ProcessedAt != null)
            .Select(m => m.Payload).ToListAsync();
        return handled.Count(p => p.Contains(documentId.ToString(), StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient client, string entityType, Guid entityId, string kind)
    {
        var page = await Json(await client.GetAsync($"/api/crm/timeline?entityType={entityType}&entityId={entityId}&maxResultCount=100"));
        return page.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("kind").GetString() == kind).ToList();
    }

    private static async Task<Guid> CreatedAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> PostedAsync(HttpClient client, object document)
    {
        var id = await CreatedAsync(client, "/api/stock/documents", document);
        var posted = await client.PostAsync($"/api/stock/documents/{id}/post", null);
        posted.StatusCode.ShouldBe(HttpStatusCode.OK, await posted.Content.ReadAsStringAsync());
        return await Json(posted);
    }
}

public sealed class ShipmentTimelineTestsOnSqlite(SqliteHost host) : ShipmentTimelineTests(host), IClassFixture<SqliteHost>;

public sealed class ShipmentTimelineTestsOnPostgreSql(PostgreSqlHost host) : ShipmentTimelineTests(host), IClassFixture<PostgreSqlHost>;
