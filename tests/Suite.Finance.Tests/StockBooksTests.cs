using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Finance.Data;
using Suite.Framework.Events;
using Suite.Stock.Data;
using Suite.Stock.Events;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Finance.Tests;

/// <summary>
/// Stock's documents in the books: each posted document's value lands on account 41 against its counterpart, a
/// cancellation reverses it, and at every date 41 equals what Stock says its goods are worth. Worked out by hand in
/// March 2025, a month no other test of this host touches.
/// </summary>
public abstract class StockBooksTests(SuiteHost host)
{
    private static readonly DateOnly March = new(2025, 3, 1);

    [Fact]
    public async Task Should_Book_Every_Kind_Of_Document_And_Keep_Goods_Equal_To_Stock_At_Every_Date()
    {
        var admin = await host.AdminAsync();
        var main = await FinanceApi.WarehouseAsync(admin);
        var fitters = await FinanceApi.WarehouseAsync(admin);
        var window = await FinanceApi.ProductAsync(admin);
        var sill = await FinanceApi.ProductAsync(admin);

        var windows = await FinanceApi.ReceiveAsync(admin, main, window, 10, 1000m, Day(3));
        await FinanceApi.ReceiveAsync(admin, main, sill, 20, 12.50m, Day(3));
        var shipment = await FinanceApi.ShipAsync(admin, main, window, 4, Day(10));
        var transfer = await FinanceApi.StockDocumentAsync(admin, new
        {
            kind = "transfer", warehouseId = main, targetWarehouseId = fitters, date = Day(12), lines = new[] { new { productId = window, quantity = 2m } },
        });
        await FinanceApi.StockDocumentAsync(admin, new
        {
            kind = "writeOff", warehouseId = fitters, reason = "Разбито при монтаже", date = Day(15), lines = new[] { new { productId = window, quantity = 1m } },
        });
        // Four windows left in the main warehouse, five counted; twenty sills, eighteen counted.
        await FinanceApi.StockDocumentAsync(admin, new
        {
            kind = "count", warehouseId = main, date = Day(20),
            lines = new object[] { new { productId = window, quantity = 5m }, new { productId = sill, quantity = 18m } },
        });
        await FinanceApi.BooksFollowStockAsync(admin, Day(31));

        var lines = (await FinanceApi.LedgerAsync(admin, $"from={Day(1):yyyy-MM-dd}&to={Day(31):yyyy-MM-dd}"))
            .Select(l => (Date: DateOnly.Parse(l.GetProperty("date").GetString()!), Debit: l.GetProperty("debitAccount").GetString(),
                Credit: l.GetProperty("creditAccount").GetString(), Amount: l.Money("amount"), Article: l.GetProperty("articleName").GetString()))
            .OrderBy(l => l.Date).ThenBy(l => l.Debit).ToList();
        lines.ShouldBe(
        [
            (Day(3), "41", "60", 250m, null),
            (Day(3), "41", "60", 10000m, null),
            (Day(10), "90.02", "41", 4000m, null),
            (Day(15), "91.02", "41", 1000m, "Списание товаров"),
            (Day(20), "41", "91.01", 1000m, "Излишки при инвентаризации"),
            (Day(20), "91.02", "41", 25m, "Недостачи при инвентаризации"),
        ], ignoreOrder: true);
        (await FinanceApi.LedgerAsync(admin, $"account=41&from={Day(1):yyyy-MM-dd}&to={Day(31):yyyy-MM-dd}"))
            .ShouldNotContain(l => l.GetProperty("sourceId").GetGuid() == transfer.GetProperty("id").GetGuid(), "a transfer moves goods from 41 to 41");
        var receiptLine = (await FinanceApi.LedgerAsync(admin, "account=60")).Single(l => l.GetProperty("sourceId").GetGuid() == windows.GetProperty("id").GetGuid());
        receiptLine.GetProperty("operation").GetString().ShouldBe("stock.receipt");
        receiptLine.GetProperty("description").GetString()!.ShouldContain(windows.GetProperty("number").GetString()!);

        foreach (var (day, value) in new[] { (2, 0m), (3, 10250m), (10, 6250m), (12, 6250m), (15, 5250m), (20, 6225m), (31, 6225m) })
        {
            var check = await FinanceApi.InventoryAsync(admin, Day(day));
            (check.Money("ledgerValue"), check.Money("stockValue"), check.Money("difference")).ShouldBe((value, value, 0m), $"on March {day}");
        }

        // Cancelled today: the cost comes back today, March keeps its figures.
        await FinanceApi.CancelStockDocumentAsync(admin, shipment);
        var today = await FinanceApi.BooksFollowStockAsync(admin);
        var reversal = (await FinanceApi.LedgerAsync(admin, "account=90.02"))
            .Where(l => l.GetProperty("sourceId").GetGuid() == shipment.GetProperty("id").GetGuid()).OrderBy(l => l.GetProperty("date").GetString()).ToList();
        reversal.Select(l => (l.GetProperty("date").GetString(), l.Money("amount"), l.GetProperty("isReversal").GetBoolean()))
            .ShouldBe([($"{Day(10):yyyy-MM-dd}", 4000m, false), (today.GetProperty("asOf").GetString(), -4000m, true)]);
        (await FinanceApi.InventoryAsync(admin, Day(31))).Money("ledgerValue").ShouldBe(6225m);
    }

    [Fact]
    public async Task Should_Post_Nothing_When_A_Document_Is_Delivered_Again()
    {
        var admin = await host.AdminAsync();
        var main = await FinanceApi.WarehouseAsync(admin);
        var frame = await FinanceApi.ProductAsync(admin);
        // Dated today, so the March figures of the other test stay this host's March only.
        var today = DateOnly.Parse((await FinanceApi.InventoryAsync(admin)).GetProperty("asOf").GetString()!);
        var receipt = await FinanceApi.ReceiveAsync(admin, main, frame, 5, 700m, today);
        await FinanceApi.CancelStockDocumentAsync(admin, receipt);
        var id = receipt.GetProperty("id").GetGuid();
        await Eventually.Until(async () => (await LinesOfAsync(admin, id)).Count == 2, what: "the receipt and its reversal");

        var handled = await HandledAsync();
        await PublishAgainAsync<StockDocumentPostedEto>("Stock.Document.Posted", id);
        await PublishAgainAsync<StockDocumentCancelledEto>("Stock.Document.Cancelled", id);
        await Eventually.Until(async () => await HandledAsync() >= handled + 2, what: "the second deliveries to be handled");

        (await LinesOfAsync(admin, id)).Select(l => l.Money("amount")).ShouldBe([3500m, -3500m], ignoreOrder: true);
    }

    private static DateOnly Day(int day) => March.AddDays(day - 1);

    private static async Task<List<JsonElement>> LinesOfAsync(HttpClient client, Guid documentId) =>
        (await FinanceApi.LedgerAsync(client, "account=41")).Where(l => l.GetProperty("sourceId").GetGuid() == documentId).ToList();

    /// <summary>Publishes Stock's event about <paramref name="documentId"/> once more, as a new message, as a redelivery would.</summary>
    private async Task PublishAgainAsync<TEvent>(string eventName, Guid documentId) where TEvent : class
    {
        using var scope = host.Services.CreateScope();
        var stock = scope.ServiceProvider.GetRequiredService<StockDbContext>();
        var payload = (await stock.OutboxMessages.Where(m => m.EventName == eventName).Select(m => m.Payload).ToListAsync())
            .Single(p => JsonDocument.Parse(p).RootElement.GetProperty("documentId").GetGuid() == documentId);
        stock.Publish((TEvent)EventSerializer.Deserialize(payload, typeof(TEvent)));
        await stock.SaveChangesAsync();
    }

    private async Task<int> HandledAsync()
    {
        using var scope = host.Services.CreateScope();
        var finance = scope.ServiceProvider.GetRequiredService<FinanceDbContext>();
        return await finance.InboxMessages.CountAsync(m => m.EventName.StartsWith("Stock.Document.") && m.ProcessedAt != null);
    }
}

public sealed class StockBooksTestsOnSqlite(SqliteHost host) : StockBooksTests(host), IClassFixture<SqliteHost>;

public sealed class StockBooksTestsOnPostgreSql(PostgreSqlHost host) : StockBooksTests(host), IClassFixture<PostgreSqlHost>;
