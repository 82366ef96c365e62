using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Stock.Tests;

/// <summary>The inventory count: fill a draft from the books, print the sheet, correct what was counted, post the differences.</summary>
public abstract class CountWorkflowTests(SuiteHost host)
{
    private sealed record Stocked(Guid WarehouseId, Guid Bolts, Guid Paint, Guid Nails, string Category, string BoltsSku);

    /// <summary>A warehouse with bolts 10 @ 10 and paint 4 @ 5 in one category, nails 7 @ 1 in another, and a product shipped out to nothing.</summary>
    private static async Task<Stocked> StockedWarehouseAsync(HttpClient client)
    {
        var warehouseId = await StockApi.WarehouseAsync(client);
        var category = StockApi.Unique("Метизы");
        var boltsSku = StockApi.Unique("BOLT");
        var bolts = await StockApi.ProductAsync(client, new { sku = boltsSku, name = "А Болт " + boltsSku, category });
        var paint = await StockApi.ProductAsync(client, new { name = StockApi.Unique("Б Краска"), category, unit = "л" });
        var nails = await StockApi.ProductAsync(client, new { name = StockApi.Unique("В Гвозди"), category = StockApi.Unique("Другое") });
        var gone = await StockApi.ProductAsync(client, new { name = StockApi.Unique("Г Продано"), category });
        await StockApi.ReceiptAsync(client, warehouseId, bolts, 10, 10);
        await StockApi.ReceiptAsync(client, warehouseId, paint, 4, 5);
        await StockApi.ReceiptAsync(client, warehouseId, nails, 7, 1);
        await StockApi.ReceiptAsync(client, warehouseId, gone, 2, 3);
        await StockApi.PostedAsync(client, new { kind = "shipment", warehouseId, lines = new[] { new { productId = gone, quantity = 2m } } });
        await StockApi.ReceiptAsync(client, await StockApi.WarehouseAsync(client), bolts, 99, 1);
        return new Stocked(warehouseId, bolts, paint, nails, category, boltsSku);
    }

    private static async Task<JsonElement> FillAsync(HttpClient client, Guid documentId, object? body = null)
    {
        var response = body is null
            ? await client.PostAsync($"/api/stock/documents/{documentId}/fill-from-balances", null)
            : await client.PostAsJsonAsync($"/api/stock/documents/{documentId}/fill-from-balances", body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    private static List<(Guid ProductId, decimal Quantity)> Lines(JsonElement document) => document.GetProperty("lines").EnumerateArray()
        .Select(l => (l.GetProperty("productId").GetGuid(), l.GetProperty("quantity").GetDecimal())).ToList();

    [Fact]
    public async Task Should_Fill_A_Count_With_One_Line_Per_Product_In_Stock_At_Its_Book_Quantity()
    {
        var (warehouse, _) = await host.UserAsync("warehouse");
        var stock = await StockedWarehouseAsync(warehouse);
        var countId = await StockApi.DraftAsync(warehouse, new
        {
            kind = "count", warehouseId = stock.WarehouseId, lines = new[] { new { productId = stock.Nails, quantity = 1m } },
        });

        var all = await FillAsync(warehouse, countId);
        Lines(all).ShouldBe([(stock.Bolts, 10m), (stock.Paint, 4m), (stock.Nails, 7m)]);
        all.GetProperty("status").GetString().ShouldBe("draft");

        var oneCategory = await FillAsync(warehouse, countId, new { category = stock.Category });
        Lines(oneCategory).ShouldBe([(stock.Bolts, 10m), (stock.Paint, 4m)]);
        Lines(await FillAsync(warehouse, countId, new { })).Count.ShouldBe(3);
        var byQuery = await warehouse.PostAsync($"/api/stock/documents/{countId}/fill-from-balances?category={Uri.EscapeDataString(stock.Category)}", null);
        Lines(await Json(byQuery)).ShouldBe([(stock.Bolts, 10m), (stock.Paint, 4m)]);
        Lines(await Json(await warehouse.GetAsync($"/api/stock/documents/{countId}"))).ShouldBe([(stock.Bolts, 10m), (stock.Paint, 4m)]);
    }

    [Fact]
    public async Task Should_Refuse_Filling_A_Posted_Count_Another_Kind_Or_Without_The_Right()
    {
        var (warehouse, _) = await host.UserAsync("warehouse");
        var warehouseId = await StockApi.WarehouseAsync(warehouse);
        var product = await StockApi.ProductAsync(warehouse);
        var receipt = await StockApi.ReceiptAsync(warehouse, warehouseId, product, 1, 1);
        var receiptDraft = await StockApi.DraftAsync(warehouse, new
        {
            kind = "receipt", warehouseId, lines = new[] { new { productId = product, quantity = 1m, unitCost = 1m } },
        });
        var posted = await StockApi.PostedAsync(warehouse, new
        {
            kind = "count", warehouseId, lines = new[] { new { productId = product, quantity = 1m } },
        });

        foreach (var id in new[] { receiptDraft, receipt.GetProperty("id").GetGuid() })
        {
            var fill = await warehouse.PostAsync($"/api/stock/documents/{id}/fill-from-balances", null);
            fill.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await Json(fill)).GetProperty("code").GetString().ShouldBe("Stock.Document.NotACount");
            var sheet = await warehouse.GetAsync($"/api/stock/documents/{id}/count-sheet");
            sheet.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await Json(sheet)).GetProperty("code").GetString().ShouldBe("Stock.Document.NotACount");
        }

        var again = await warehouse.PostAsync($"/api/stock/documents/{posted.GetProperty("id").GetGuid()}/fill-from-balances", null);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(again)).GetProperty("code").GetString().ShouldBe("Stock.Document.NotDraft");
        (await warehouse.PostAsync($"/api/stock/documents/{Guid.NewGuid()}/fill-from-balances", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var (sales, _) = await host.UserAsync("sales");
        var draft = await StockApi.DraftAsync(warehouse, new { kind = "count", warehouseId });
        (await sales.PostAsync($"/api/stock/documents/{draft}/fill-from-balances", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_Print_A_Count_Sheet_With_Todays_Book_Quantities_And_Empty_Cells_For_The_Count()
    {
        var (warehouse, _) = await host.UserAsync("warehouse");
        var stock = await StockedWarehouseAsync(warehouse);
        var countId = await StockApi.DraftAsync(warehouse, new { kind = "count", warehouseId = stock.WarehouseId });
        var count = await FillAsync(warehouse, countId, new { category = stock.Category });
        await StockApi.ReceiptAsync(warehouse, stock.WarehouseId, stock.Bolts, 5, 10);

        var (accountant, _) = await host.UserAsync("accountant");
        var sheet = StockFiles.Sheet(await StockFiles.DownloadAsync(accountant, $"/api/stock/documents/{countId}/count-sheet"));

        sheet.Cell(1, 1).GetString().ShouldBe("Инвентаризационная опись № " + count.GetProperty("number").GetString());
        var warehouseName = (await Json(await warehouse.GetAsync($"/api/stock/warehouses/{stock.WarehouseId}"))).GetProperty("name").GetString();
        sheet.Cell(2, 1).GetString().ShouldBe("Склад: " + warehouseName);
        sheet.Cell(3, 1).GetString().ShouldBe("Дата инвентаризации: " + DateOnly.Parse(StockChecks.Today).ToString("dd.MM.yyyy"));
        Enumerable.Range(1, 6).Select(c => sheet.Cell(6, c).GetString()).ShouldBe(
            ["№", "Артикул", "Наименование", "Ед.", "Учётное количество", "Фактическое количество"]);
        sheet.Cell(7, 1).GetValue<int>().ShouldBe(1);
        sheet.Cell(7, 2).GetString().ShouldBe(stock.BoltsSku);
        sheet.Cell(7, 4).GetString().ShouldBe("шт");
        sheet.Cell(7, 5).GetValue<decimal>().ShouldBe(15m, "the book quantity as of printing, after the later receipt");
        sheet.Cell(8, 1).GetValue<int>().ShouldBe(2);
        sheet.Cell(8, 4).GetString().ShouldBe("л");
        sheet.Cell(8, 5).GetValue<decimal>().ShouldBe(4m);
        sheet.Cell(9, 2).IsEmpty().ShouldBeTrue();
        foreach (var row in new[] { 7, 8 })
        {
            sheet.Cell(row, 6).IsEmpty().ShouldBeTrue();
            sheet.Cell(row, 6).Style.Border.LeftBorder.ShouldNotBe(XLBorderStyleValues.None);
            sheet.Cell(row, 6).Style.Border.BottomBorder.ShouldNotBe(XLBorderStyleValues.None);
        }

        var text = sheet.CellsUsed().Select(c => c.GetString()).ToList();
        text.ShouldContain("Материально ответственное лицо:");
        text.ShouldContain("Всего позиций: 2");
    }

    [Fact]
    public async Task Should_Post_Only_The_Differences_Of_A_Filled_And_Corrected_Count()
    {
        var (warehouse, _) = await host.UserAsync("warehouse");
        var stock = await StockedWarehouseAsync(warehouse);
        var countId = await StockApi.DraftAsync(warehouse, new { kind = "count", warehouseId = stock.WarehouseId });
        var filled = await FillAsync(warehouse, countId);

        var corrected = await warehouse.PutAsJsonAsync($"/api/stock/documents/{countId}", new
        {
            kind = "count", warehouseId = stock.WarehouseId, concurrencyStamp = filled.GetProperty("concurrencyStamp").GetString(),
            lines = new[]
            {
                new { productId = stock.Bolts, quantity = 8m },
                new { productId = stock.Paint, quantity = 4m },
                new { productId = stock.Nails, quantity = 9m },
            },
        });
        corrected.StatusCode.ShouldBe(HttpStatusCode.OK, await corrected.Content.ReadAsStringAsync());
        var response = await StockApi.PostDocumentAsync(warehouse, countId);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var posted = await Json(response);

        posted.GetProperty("lines").EnumerateArray()
            .Select(l => (l.GetProperty("productId").GetGuid(), l.GetProperty("bookQuantity").GetDecimal(), l.GetProperty("difference").GetDecimal()))
            .ShouldBe([(stock.Bolts, 10m, -2m), (stock.Paint, 4m, 0m), (stock.Nails, 7m, 2m)]);
        posted.GetProperty("totalCost").GetDecimal().ShouldBe(-18m);
        var moves = (await Json(await warehouse.GetAsync($"/api/stock/moves?documentId={countId}"))).GetProperty("items").EnumerateArray()
            .Select(m => (m.GetProperty("productId").GetGuid(), m.GetProperty("quantity").GetDecimal(), m.GetProperty("value").GetDecimal()))
            .OrderBy(m => m.Item2).ToList();
        moves.ShouldBe([(stock.Bolts, -2m, -20m), (stock.Nails, 2m, 2m)]);
        (await StockApi.BalanceAsync(warehouse, stock.Bolts, stock.WarehouseId))!.Value.GetProperty("onHand").GetDecimal().ShouldBe(8m);
        (await StockApi.BalanceAsync(warehouse, stock.Paint, stock.WarehouseId))!.Value.GetProperty("value").GetDecimal().ShouldBe(20m);
        (await StockApi.BalanceAsync(warehouse, stock.Nails, stock.WarehouseId))!.Value.GetProperty("value").GetDecimal().ShouldBe(9m);
    }
}

public sealed class CountWorkflowTestsOnSqlite(SqliteHost host) : CountWorkflowTests(host), IClassFixture<SqliteHost>;

public sealed class CountWorkflowTestsOnPostgreSql(PostgreSqlHost host) : CountWorkflowTests(host), IClassFixture<PostgreSqlHost>;
