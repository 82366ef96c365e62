using System.Net;
using ClosedXML.Excel;
using Shouldly;
using Suite.TestBase;
using Xunit;

namespace Suite.Stock.Tests;

/// <summary>The balances page as a formatted workbook, opened with ClosedXML as Excel would show it.</summary>
public abstract class BalanceExportTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Export_The_Filtered_Balances_With_A_Title_Formats_And_A_Value_Total()
    {
        var (warehouse, _) = await host.UserAsync("warehouse");
        var warehouseName = StockApi.Unique("Склад");
        var warehouseId = await StockApi.WarehouseAsync(warehouse, warehouseName);
        var otherWarehouseId = await StockApi.WarehouseAsync(warehouse);
        var category = StockApi.Unique("Кат");
        var skuA = "A-" + StockApi.Unique("SKU");
        var skuB = "B-" + StockApi.Unique("SKU");
        var a = await StockApi.ProductAsync(warehouse, new { sku = skuA, name = "Болт М8", unit = "шт", category });
        var b = await StockApi.ProductAsync(warehouse, new { sku = skuB, name = "Краска", unit = "л", category });
        await StockApi.ReceiptAsync(warehouse, warehouseId, a, 10, 10);
        await StockApi.ReceiptAsync(warehouse, warehouseId, a, 10, 20);
        await StockApi.ReceiptAsync(warehouse, warehouseId, b, 2.5m, 40.12m);
        await StockApi.ReceiptAsync(warehouse, otherWarehouseId, b, 1, 1);

        var (sales, _) = await host.UserAsync("sales");
        var sheet = StockFiles.Sheet(await StockFiles.DownloadAsync(sales,
            $"/api/stock/balances/export?format=xlsx&warehouseId={warehouseId}&category={Uri.EscapeDataString(category)}&sorting=sku"));

        sheet.Cell(1, 1).GetString().ShouldStartWith("Остатки товаров на " + DateOnly.Parse(StockChecks.Today).ToString("dd.MM.yyyy"));
        sheet.Cell(2, 1).GetString().ShouldContain("Склад: " + warehouseName);
        sheet.Cell(2, 1).GetString().ShouldContain("Категория: " + category);
        Enumerable.Range(1, 10).Select(c => sheet.Cell(4, c).GetString()).ShouldBe(
            ["Артикул", "Товар", "Ед.", "Категория", "Склад", "На складе", "В резерве", "Доступно", "Себестоимость ед.", "Стоимость"]);

        sheet.Cell(5, 1).GetString().ShouldBe(skuA);
        sheet.Cell(5, 2).GetString().ShouldBe("Болт М8");
        sheet.Cell(5, 5).GetString().ShouldBe(warehouseName);
        sheet.Cell(5, 6).GetValue<decimal>().ShouldBe(20m);
        sheet.Cell(5, 8).GetValue<decimal>().ShouldBe(20m);
        sheet.Cell(5, 9).GetValue<decimal>().ShouldBe(15m);
        sheet.Cell(5, 10).GetValue<decimal>().ShouldBe(300m);
        sheet.Cell(5, 10).Style.NumberFormat.Format.ShouldBe("#,##0.00");
        sheet.Cell(6, 1).GetString().ShouldBe(skuB);
        sheet.Cell(6, 3).GetString().ShouldBe("л");
        sheet.Cell(6, 6).GetValue<decimal>().ShouldBe(2.5m);
        sheet.Cell(6, 6).Style.NumberFormat.Format.ShouldBe("#,##0.000");
        sheet.Cell(6, 10).GetValue<decimal>().ShouldBe(100.3m);

        sheet.Cell(7, 1).GetString().ShouldBe("Итого");
        sheet.Cell(7, 10).GetValue<decimal>().ShouldBe(400.3m);
        sheet.Cell(7, 6).IsEmpty().ShouldBeTrue("pieces and litres do not add up");
        sheet.Cell(8, 1).IsEmpty().ShouldBeTrue();
        sheet.SheetView.SplitRow.ShouldBe(4);
        sheet.AutoFilter.IsEnabled.ShouldBeTrue();
        sheet.AutoFilter.Range.RangeAddress.ToString().ShouldBe("A4:J6");
    }

    [Fact]
    public async Task Should_Total_Quantities_When_Every_Row_Is_The_Same_Product()
    {
        var (warehouse, _) = await host.UserAsync("warehouse");
        var first = await StockApi.WarehouseAsync(warehouse);
        var second = await StockApi.WarehouseAsync(warehouse);
        var product = await StockApi.ProductAsync(warehouse);
        await StockApi.ReceiptAsync(warehouse, first, product, 3, 10);
        await StockApi.ReceiptAsync(warehouse, second, product, 4, 20);

        var sheet = StockFiles.Sheet(await StockFiles.DownloadAsync(warehouse, $"/api/stock/balances/export?productId={product}"));

        sheet.Cell(7, 1).GetString().ShouldBe("Итого");
        sheet.Cell(7, 6).GetValue<decimal>().ShouldBe(7m);
        sheet.Cell(7, 7).GetValue<decimal>().ShouldBe(0m);
        sheet.Cell(7, 8).GetValue<decimal>().ShouldBe(7m);
        sheet.Cell(7, 10).GetValue<decimal>().ShouldBe(110m);
    }

    [Fact]
    public async Task Should_Write_A_Product_Named_Like_A_Formula_As_Text()
    {
        var (warehouse, _) = await host.UserAsync("warehouse");
        var warehouseId = await StockApi.WarehouseAsync(warehouse);
        const string formula = "=HYPERLINK(\"http://evil.example\",\"Открыть\")";
        var product = await StockApi.ProductAsync(warehouse, new { name = formula, sku = "00" + Random.Shared.Next(1000, 9999) + StockApi.Unique("") });
        await StockApi.ReceiptAsync(warehouse, warehouseId, product, 1, 1);

        var sheet = StockFiles.Sheet(await StockFiles.DownloadAsync(warehouse, $"/api/stock/balances/export?productId={product}"));

        sheet.Cell(5, 2).HasFormula.ShouldBeFalse();
        sheet.Cell(5, 2).GetString().ShouldBe("'" + formula);
        sheet.Cell(5, 1).DataType.ShouldBe(XLDataType.Text);
        sheet.Cell(5, 1).GetString().ShouldStartWith("00");
    }

    [Fact]
    public async Task Should_Refuse_A_Format_Other_Than_Xlsx()
    {
        var admin = await host.AdminAsync();
        (await admin.GetAsync("/api/stock/balances/export?format=csv")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

public sealed class BalanceExportTestsOnSqlite(SqliteHost host) : BalanceExportTests(host), IClassFixture<SqliteHost>;

public sealed class BalanceExportTestsOnPostgreSql(PostgreSqlHost host) : BalanceExportTests(host), IClassFixture<PostgreSqlHost>;
