using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Stock.Data;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Stock.Tests;

/// <summary>
/// Every posted and cancelled document tells Finance what each line was worth at booked cost, so the books follow
/// the stock ledger. Read from Stock's outbox: exactly what the bus delivers, written in the posting's transaction.
/// </summary>
public abstract class DocumentEventTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Publish_Each_Kind_With_Its_Lines_Valued_At_Booked_Cost()
    {
        var admin = await host.AdminAsync();
        var main = await StockApi.WarehouseAsync(admin);
        var fitters = await StockApi.WarehouseAsync(admin);
        var window = await StockApi.ProductAsync(admin, new { valuationMethod = "fifo" });
        var sill = await StockApi.ProductAsync(admin);

        var receipt = await StockApi.ReceiptAsync(admin, main, window, 10, 100);
        var posted = await PostedEventAsync(receipt);
        posted.GetProperty("kind").GetString().ShouldBe("receipt");
        posted.GetProperty("number").GetString().ShouldBe(receipt.GetProperty("number").GetString());
        posted.GetProperty("date").GetString().ShouldBe(StockChecks.Today);
        posted.GetProperty("warehouseId").GetGuid().ShouldBe(main);
        posted.GetProperty("targetWarehouseId").ValueKind.ShouldBe(JsonValueKind.Null);
        posted.GetProperty("postedBy").ValueKind.ShouldBe(JsonValueKind.String);
        var line = posted.GetProperty("lines").EnumerateArray().Single();
        line.GetProperty("productId").GetGuid().ShouldBe(window);
        line.GetProperty("sku").GetString().ShouldStartWith("SKU-");
        line.GetProperty("name").GetString().ShouldStartWith("Товар-");
        Values(posted).ShouldBe([(10m, 1000m)]);
        posted.GetProperty("totalValue").GetDecimal().ShouldBe(1000m);

        await StockApi.ReceiptAsync(admin, main, window, 5, 130);
        await StockApi.ReceiptAsync(admin, main, sill, 10, 10);

        // FIFO: the ten at 100 go first, then two of the five at 130.
        var shipment = await PostedEventAsync(await StockChecks.ShipAsync(admin, main, window, 12));
        shipment.GetProperty("kind").GetString().ShouldBe("shipment");
        Values(shipment).ShouldBe([(12m, 1260m)]);
        shipment.GetProperty("totalValue").GetDecimal().ShouldBe(1260m);

        var transfer = await PostedEventAsync(await StockApi.PostedAsync(admin, new
        {
            kind = "transfer", warehouseId = main, targetWarehouseId = fitters, lines = new[] { new { productId = window, quantity = 2m } },
        }));
        transfer.GetProperty("kind").GetString().ShouldBe("transfer");
        transfer.GetProperty("targetWarehouseId").GetGuid().ShouldBe(fitters);
        Values(transfer).ShouldBe([(2m, 260m)]);

        var writeOffDocument = await StockApi.PostedAsync(admin, new
        {
            kind = "writeOff", warehouseId = fitters, reason = "Разбито при монтаже", lines = new[] { new { productId = window, quantity = 1m } },
        });
        var writeOff = await PostedEventAsync(writeOffDocument);
        writeOff.GetProperty("kind").GetString().ShouldBe("writeOff");
        Values(writeOff).ShouldBe([(1m, 130m)]);

        // One window left at 130 in the main warehouse, counted 3: two found. Ten sills at 10, counted 8: two missing.
        var countDocument = await StockApi.PostedAsync(admin, new
        {
            kind = "count", warehouseId = main,
            lines = new object[] { new { productId = window, quantity = 3m }, new { productId = sill, quantity = 8m } },
        });
        var count = await PostedEventAsync(countDocument);
        count.GetProperty("kind").GetString().ShouldBe("count");
        Values(count).ShouldBe([(2m, 260m), (-2m, -20m)]);
        count.GetProperty("totalValue").GetDecimal().ShouldBe(240m);

        // Cancelling reverses the same values, with the original's signs.
        var countCancelled = await CancelledEventAsync(admin, countDocument);
        countCancelled.GetProperty("kind").GetString().ShouldBe("count");
        Values(countCancelled).ShouldBe([(2m, 260m), (-2m, -20m)]);
        countCancelled.GetProperty("totalValue").GetDecimal().ShouldBe(240m);

        var writeOffCancelled = await CancelledEventAsync(admin, writeOffDocument);
        writeOffCancelled.GetProperty("kind").GetString().ShouldBe("writeOff");
        writeOffCancelled.GetProperty("warehouseId").GetGuid().ShouldBe(fitters);
        Values(writeOffCancelled).ShouldBe([(1m, 130m)]);
        writeOffCancelled.GetProperty("totalValue").GetDecimal().ShouldBe(130m);
    }

    private static List<(decimal Quantity, decimal Value)> Values(JsonElement payload) => payload.GetProperty("lines").EnumerateArray()
        .Select(l => (l.GetProperty("quantity").GetDecimal(), l.GetProperty("value").GetDecimal())).ToList();

    private async Task<JsonElement> PostedEventAsync(JsonElement document) =>
        (await PayloadsAsync("Stock.Document.Posted", document.GetProperty("id").GetGuid())).ShouldHaveSingleItem();

    /// <summary>Cancels the document through the API and returns its cancelled event, checked against the reversal.</summary>
    private async Task<JsonElement> CancelledEventAsync(HttpClient client, JsonElement document)
    {
        var id = document.GetProperty("id").GetGuid();
        var response = await client.PostAsync($"/api/stock/documents/{id}/cancel", null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var reversalId = (await Json(response)).GetProperty("reversedById").GetGuid();
        var reversal = await Json(await client.GetAsync($"/api/stock/documents/{reversalId}"));

        var cancelled = (await PayloadsAsync("Stock.Document.Cancelled", id)).ShouldHaveSingleItem();
        cancelled.GetProperty("number").GetString().ShouldBe(document.GetProperty("number").GetString());
        cancelled.GetProperty("reversalDocumentId").GetGuid().ShouldBe(reversalId);
        cancelled.GetProperty("reversalNumber").GetString().ShouldBe(reversal.GetProperty("number").GetString());
        cancelled.GetProperty("date").GetString().ShouldBe(StockChecks.Today);
        cancelled.GetProperty("cancelledBy").ValueKind.ShouldBe(JsonValueKind.String);
        (await PayloadsAsync("Stock.Document.Posted", reversalId)).ShouldBeEmpty("a reversal is the cancellation, not a posting of its own");
        return cancelled;
    }

    private async Task<List<JsonElement>> PayloadsAsync(string eventName, Guid documentId)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<StockDbContext>();
        return (await db.OutboxMessages.Where(m => m.EventName == eventName).Select(m => m.Payload).ToListAsync())
            .Select(p => JsonDocument.Parse(p).RootElement)
            .Where(p => p.GetProperty("documentId").GetGuid() == documentId)
            .ToList();
    }
}

public sealed class DocumentEventTestsOnSqlite(SqliteHost host) : DocumentEventTests(host), IClassFixture<SqliteHost>;

public sealed class DocumentEventTestsOnPostgreSql(PostgreSqlHost host) : DocumentEventTests(host), IClassFixture<PostgreSqlHost>;
