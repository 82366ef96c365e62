using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Crm.Data;
using Suite.Finance.Data;
using Suite.Framework.Data;
using Suite.Finance.Events;
using Suite.Framework.Events;
using Suite.Stock.Events;
using Suite.Stock.Data;
using Suite.TestBase;
using Xunit;
using static Suite.Crm.Tests.SalesApi;

namespace Suite.Crm.Tests;

/// <summary>
/// Profit by channel and the products report on a hand-built May 2025 through the real bus: Finance issues the
/// invoices and takes the payments, Stock ships at a known cost (FIFO), and Crm's sales facts add them up per source.
/// Over all channels revenue and cost of goods equal Finance's P&amp;L for the same period, a replayed event adds
/// nothing, a cancellation is reversed on its own day, and a sales manager sees only what they own.
/// <code>
/// Window: 10 received at 6,000; Sill: 20 received at 500.
/// «Сайт»      deal 1 (the manager's, on a client from «Выставка»): invoice 2 windows × 10,000 + 4 sills × 1,000 (22 % VAT)
///             = 24,000 net, paid 29,280 in full; shipped 2 windows + 4 sills = 12,000 + 2,000 = 14,000.
/// «Выставка»  deal 2 (the admin's, no source of its own): invoice 1 window × 9,000 = 9,000 net, paid 5,000; shipped 6,000.
/// no source  client without deal or source: invoice 2 sills × 900 (no VAT) = 1,800; shipped 1,000; unpaid.
/// Totals: revenue 34,800, paid 34,280, cost 21,000, gross profit 13,800, margin 39.66 %.
/// </code>
/// </summary>
public abstract class ProfitByChannelTests(SuiteHost host)
{
    private static readonly DateOnly May = new(2025, 5, 1);

    [Fact]
    public async Task Should_Add_Up_Revenue_Payments_And_Cost_Per_Channel_As_Finance_Books_Them()
    {
        var admin = await host.AdminAsync();
        var (sales, _) = await host.UserAsync("sales");
        var site = await SourceAsync(admin, "Сайт");
        var fair = await SourceAsync(admin, "Выставка");
        var fairClient = await CompanyAsync(sales, admin, fair.Id);
        var walkIn = await CompanyAsync(admin, admin, null);
        var dealOne = await WonDealAsync(sales, admin, fairClient, "Окна в коттедж", site.Id, 24_000m);
        var dealTwo = await WonDealAsync(admin, admin, fairClient, "Окно на дачу", null, 9_000m);

        var window = await ProductAsync(admin, "Окно", 10_000m);
        var sill = await ProductAsync(admin, "Подоконник", 1_000m);
        var warehouse = await WarehouseAsync(admin);
        await StockDocumentAsync(admin, new
        {
            kind = "receipt", warehouseId = warehouse, date = Day(5),
            lines = new[] { new { productId = window.Id, quantity = 10m, unitCost = 6_000m }, new { productId = sill.Id, quantity = 20m, unitCost = 500m } },
        });

        var invoiceOne = await IssuedInvoiceAsync(admin, fairClient, dealOne, Day(12), Line(window.Id, 2, 10_000m, 22m), Line(sill.Id, 4, 1_000m, 22m));
        var invoiceTwo = await IssuedInvoiceAsync(admin, fairClient, dealTwo, Day(12), Line(window.Id, 1, 9_000m, 22m));
        var invoiceThree = await IssuedInvoiceAsync(admin, walkIn, null, Day(13), Line(sill.Id, 2, 900m, null));
        await StockDocumentAsync(admin, new
        {
            kind = "shipment", warehouseId = warehouse, date = Day(14), dealId = dealOne,
            lines = new[] { new { productId = window.Id, quantity = 2m }, new { productId = sill.Id, quantity = 4m } },
        });
        await StockDocumentAsync(admin, new
        {
            kind = "shipment", warehouseId = warehouse, date = Day(14), dealId = dealTwo, lines = new[] { new { productId = window.Id, quantity = 1m } },
        });
        var shipmentThree = await StockDocumentAsync(admin, new
        {
            kind = "shipment", warehouseId = warehouse, date = Day(15), companyId = walkIn, lines = new[] { new { productId = sill.Id, quantity = 2m } },
        });
        var bank = await BankAccountAsync(admin);
        await PaidAsync(admin, bank, fairClient, Day(20), invoiceOne, 29_280m);
        await PaidAsync(admin, bank, fairClient, Day(21), invoiceTwo, 5_000m);

        var mayQuery = $"from={Day(1):yyyy-MM-dd}&to={Day(31):yyyy-MM-dd}";
        var report = await Eventually.Until(() => GetAsync(admin, $"/api/crm/reports/profit-by-channel?{mayQuery}"),
            r => Totals(r) == (0, 34_800m, 34_280m, 21_000m, 13_800m, 39.66m), what: "the May facts");
        Rows(report).ShouldBe(
        [
            (site.Name, 0, 24_000m, 29_280m, 14_000m, 10_000m, 41.67m),
            (fair.Name, 0, 9_000m, 5_000m, 6_000m, 3_000m, 33.33m),
            ("Без источника", 0, 1_800m, 0m, 1_000m, 800m, 44.44m),
        ]);
        var pnl = await Eventually.Until(() => GetAsync(admin, $"/api/finance/reports/profit-and-loss?{mayQuery}"),
            p => p.GetProperty("costOfGoodsSold").GetDecimal() == 21_000m, what: "Finance's cost of goods");
        (pnl.GetProperty("revenue").GetDecimal(), pnl.GetProperty("costOfGoodsSold").GetDecimal())
            .ShouldBe((Totals(report).Revenue, Totals(report).Cost), "the channels add up to the P&L, never counted twice");

        // Both deals were won today: a period up to today counts them, each in its channel.
        var today = FinanceToday();
        var sinceMay = await GetAsync(admin, $"/api/crm/reports/profit-by-channel?from={Day(1):yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        Rows(sinceMay).Select(r => (r.Name, r.WonDeals)).ShouldBe([(site.Name, 1), (fair.Name, 1), ("Без источника", 0)]);

        // The manager owns deal 1 only: their report is that channel, and the totals are theirs.
        var own = await GetAsync(sales, $"/api/crm/reports/profit-by-channel?from={Day(1):yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        Rows(own).ShouldBe([(site.Name, 1, 24_000m, 29_280m, 14_000m, 10_000m, 41.67m)]);
        Totals(own).ShouldBe((1, 24_000m, 29_280m, 14_000m, 10_000m, 41.67m));

        // Products: window 3 sold for 29,000 at a cost of 18,000; sill 6 for 5,800 at 3,000.
        var products = await GetAsync(admin, $"/api/crm/reports/products?{mayQuery}");
        ProductRows(products).ShouldBe(
        [
            (window.Sku, window.Name, 3m, 29_000m, 18_000m, 11_000m, 37.93m),
            (sill.Sku, sill.Name, 6m, 5_800m, 3_000m, 2_800m, 48.28m),
        ]);
        ProductRows(await GetAsync(admin, $"/api/crm/reports/products?{mayQuery}&sort=quantity&take=1"))
            .Select(p => p.Name).ShouldBe([sill.Name]);
        ProductRows(await GetAsync(sales, $"/api/crm/reports/products?{mayQuery}"))
            .ShouldBe([(window.Sku, window.Name, 2m, 20_000m, 12_000m, 8_000m, 40m), (sill.Sku, sill.Name, 4m, 4_000m, 2_000m, 2_000m, 50m)]);

        // Delivered again under new message ids, the issue, the payment and the shipment add nothing.
        await DeliverAgainAsync();
        Totals(await GetAsync(admin, $"/api/crm/reports/profit-by-channel?{mayQuery}")).ShouldBe((0, 34_800m, 34_280m, 21_000m, 13_800m, 39.66m));

        // Cancelled today, the walk-in's invoice and shipment come off today's figures; May keeps its own.
        (await admin.PostAsync($"/api/finance/invoices/{invoiceThree}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PostAsync($"/api/stock/documents/{shipmentThree}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var todayQuery = $"from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}";
        var cancelled = await Eventually.Until(() => GetAsync(admin, $"/api/crm/reports/profit-by-channel?{todayQuery}"),
            r => Totals(r).Revenue == -1_800m && Totals(r).Cost == -1_000m, what: "the reversals");
        Rows(cancelled).Single(r => r.Name == "Без источника").ShouldBe(("Без источника", 0, -1_800m, 0m, -1_000m, -800m, 44.44m));
        var todayPnl = await Eventually.Until(() => GetAsync(admin, $"/api/finance/reports/profit-and-loss?{todayQuery}"),
            p => p.GetProperty("costOfGoodsSold").GetDecimal() == -1_000m, what: "Finance's reversal of the cost");
        todayPnl.GetProperty("revenue").GetDecimal().ShouldBe(-1_800m);
        Totals(await GetAsync(admin, $"/api/crm/reports/profit-by-channel?{mayQuery}")).Revenue.ShouldBe(34_800m);

        var export = await admin.GetAsync($"/api/crm/reports/profit-by-channel/export?{mayQuery}");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        (await admin.GetAsync($"/api/crm/reports/products/export?{mayQuery}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_Refuse_A_Reversed_Period_An_Unknown_Sort_And_Users_Without_Reports()
    {
        var admin = await host.AdminAsync();
        (await admin.GetAsync("/api/crm/reports/profit-by-channel?from=2025-02-01&to=2025-01-01")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync("/api/crm/reports/products?sort=price")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync("/api/crm/reports/products?take=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var (warehouse, _) = await host.UserAsync("warehouse");
        (await warehouse.GetAsync("/api/crm/reports/profit-by-channel")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await warehouse.GetAsync("/api/crm/reports/products")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static DateOnly Day(int day) => May.AddDays(day - 1);

    private static DateOnly FinanceToday() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow")).DateTime);

    private static (string Name, int WonDeals, decimal Revenue, decimal Paid, decimal Cost, decimal Gross, decimal? Margin) Row(JsonElement r) =>
        (r.GetProperty("name").GetString()!, r.GetProperty("wonDeals").GetInt32(), r.GetProperty("revenue").GetDecimal(),
            r.GetProperty("paid").GetDecimal(), r.GetProperty("costOfGoods").GetDecimal(), r.GetProperty("grossProfit").GetDecimal(),
            r.GetProperty("marginPercent").ValueKind == JsonValueKind.Null ? null : r.GetProperty("marginPercent").GetDecimal());

    private static List<(string Name, int WonDeals, decimal Revenue, decimal Paid, decimal Cost, decimal Gross, decimal? Margin)> Rows(JsonElement report) =>
        report.GetProperty("rows").EnumerateArray().Select(Row).ToList();

    private static (int WonDeals, decimal Revenue, decimal Paid, decimal Cost, decimal Gross, decimal? Margin) Totals(JsonElement report)
    {
        var t = Row(report.GetProperty("totals"));
        return (t.WonDeals, t.Revenue, t.Paid, t.Cost, t.Gross, t.Margin);
    }

    private static List<(string? Sku, string? Name, decimal Quantity, decimal Revenue, decimal Cost, decimal Margin, decimal? Percent)> ProductRows(
        JsonElement report) =>
        report.GetProperty("items").EnumerateArray().Select(p => (p.GetProperty("sku").GetString(), p.GetProperty("name").GetString(),
            p.GetProperty("quantity").GetDecimal(), p.GetProperty("revenue").GetDecimal(), p.GetProperty("cost").GetDecimal(),
            p.GetProperty("margin").GetDecimal(),
            p.GetProperty("marginPercent").ValueKind == JsonValueKind.Null ? (decimal?)null : p.GetProperty("marginPercent").GetDecimal())).ToList();

    /// <summary>Publishes every invoice issue, payment and shipment once more, as new messages, and waits until Crm has handled them.</summary>
    private async Task DeliverAgainAsync()
    {
        var before = await HandledAsync();
        var again = 0;
        using (var scope = host.Services.CreateScope())
        {
            again += await RepublishAsync(scope.ServiceProvider.GetRequiredService<FinanceDbContext>(), "Finance.Invoice.Issued", "Finance.Payment.Received");
            again += await RepublishAsync(scope.ServiceProvider.GetRequiredService<StockDbContext>(), "Stock.Shipment.Posted");
        }

        again.ShouldBeGreaterThan(0);
        await Eventually.Until(async () => await HandledAsync() >= before + again, what: "the second deliveries to be handled");
    }

    private static async Task<int> RepublishAsync(SuiteDbContext db, params string[] eventNames)
    {
        var messages = await db.OutboxMessages.AsNoTracking().Where(m => eventNames.Contains(m.EventName)).ToListAsync();
        foreach (var message in messages)
        {
            switch (message.EventName)
            {
                case "Finance.Invoice.Issued":
                    db.Publish((InvoiceIssuedEto)EventSerializer.Deserialize(message.Payload, typeof(InvoiceIssuedEto)));
                    break;
                case "Finance.Payment.Received":
                    db.Publish((PaymentReceivedEto)EventSerializer.Deserialize(message.Payload, typeof(PaymentReceivedEto)));
                    break;
                default:
                    db.Publish((ShipmentPostedEto)EventSerializer.Deserialize(message.Payload, typeof(ShipmentPostedEto)));
                    break;
            }
        }

        await db.SaveChangesAsync();
        return messages.Count;
    }

    private async Task<int> HandledAsync()
    {
        using var scope = host.Services.CreateScope();
        var crm = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        return await crm.InboxMessages.CountAsync(m => m.ProcessedAt != null &&
            (m.EventName == "Finance.Invoice.Issued" || m.EventName == "Finance.Payment.Received" || m.EventName == "Stock.Shipment.Posted"));
    }
}

public sealed class ProfitByChannelTestsOnSqlite(SqliteHost host) : ProfitByChannelTests(host), IClassFixture<SqliteHost>;

public sealed class ProfitByChannelTestsOnPostgreSql(PostgreSqlHost host) : ProfitByChannelTests(host), IClassFixture<PostgreSqlHost>;
