using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Stock.Tests;

/// <summary>The catalog in and out of spreadsheets: round trips update rather than duplicate, bad rows are reported by row and field.</summary>
public abstract class ProductImportExportTests(SuiteHost host)
{
    private static async Task<JsonElement> ByCodeAsync(HttpClient client, string sku)
    {
        var response = await client.GetAsync($"/api/stock/products/by-code/{Uri.EscapeDataString(sku)}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{sku}: {await response.Content.ReadAsStringAsync()}");
        return await Json(response);
    }

    private static async Task<long> CountInCategoryAsync(HttpClient client, string category) =>
        (await Json(await client.GetAsync($"/api/stock/products?category={Uri.EscapeDataString(category)}&includeArchived=true")))
        .GetProperty("totalCount").GetInt64();

    [Fact]
    public async Task Should_Update_Not_Duplicate_When_An_Exported_Workbook_Is_Imported_Back()
    {
        var (warehouse, _) = await host.UserAsync("warehouse");
        var category = StockApi.Unique("Кат");
        var plain = StockApi.Unique("SKU");
        var dashed = "-" + StockApi.Unique("SKU");
        await StockApi.ProductAsync(warehouse, new { sku = plain, category, unit = "кг", vatRate = 20m, minQuantity = 2.5m, barcode = StockApi.Unique("46") });
        await StockApi.ProductAsync(warehouse, new { sku = dashed, category, valuationMethod = "movingAverage" });

        var exported = await StockFiles.DownloadAsync(warehouse, $"/api/stock/products/export?format=xlsx&category={Uri.EscapeDataString(category)}&sorting=sku");
        var rows = StockFiles.Rows(exported);
        rows.Count.ShouldBe(2);
        rows[0].Keys.ShouldBe(["sku", "name", "unit", "barcode", "category", "salePrice", "vatRate", "isService", "minQuantity", "valuationMethod", "isArchived"]);
        var plainRow = rows.Single(r => (string?)r["sku"] == plain);
        plainRow["unit"].ShouldBe("кг");
        Convert.ToDecimal(plainRow["minQuantity"]).ShouldBe(2.5m);
        rows.Single(r => (string?)r["sku"] == "'" + dashed)["valuationMethod"].ShouldBe("movingAverage");

        plainRow["salePrice"] = 1234.56m;
        var result = await StockFiles.ImportedAsync(warehouse, StockFiles.WriteXlsx(rows), "products.xlsx");

        result.GetProperty("created").GetInt32().ShouldBe(0);
        result.GetProperty("updated").GetInt32().ShouldBe(2);
        result.GetProperty("errors").GetArrayLength().ShouldBe(0);
        (await CountInCategoryAsync(warehouse, category)).ShouldBe(2);
        var updated = await ByCodeAsync(warehouse, plain);
        updated.GetProperty("salePrice").GetDecimal().ShouldBe(1234.56m);
        updated.GetProperty("unit").GetString().ShouldBe("кг");
        updated.GetProperty("vatRate").GetDecimal().ShouldBe(20m);
        (await ByCodeAsync(warehouse, dashed)).GetProperty("valuationMethod").GetString().ShouldBe("movingAverage");
    }

    [Fact]
    public async Task Should_Update_Not_Duplicate_When_An_Exported_Csv_Is_Imported_Back()
    {
        var (warehouse, _) = await host.UserAsync("warehouse");
        var category = StockApi.Unique("Кат");
        var sku = StockApi.Unique("SKU");
        await StockApi.ProductAsync(warehouse, new { sku, category, salePrice = 1500.5m, isService = true, name = "Монтаж; «под ключ»" });

        var csv = await StockFiles.DownloadAsync(warehouse, $"/api/stock/products/export?format=csv&category={Uri.EscapeDataString(category)}", "text/csv");
        Encoding.UTF8.GetString(csv).ShouldContain("1500,5");
        var result = await StockFiles.ImportedAsync(warehouse, csv, "products.csv");

        result.GetProperty("created").GetInt32().ShouldBe(0);
        result.GetProperty("updated").GetInt32().ShouldBe(1);
        (await CountInCategoryAsync(warehouse, category)).ShouldBe(1);
        var product = await ByCodeAsync(warehouse, sku);
        product.GetProperty("name").GetString().ShouldBe("Монтаж; «под ключ»");
        product.GetProperty("salePrice").GetDecimal().ShouldBe(1500.5m);
        product.GetProperty("isService").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Neutralise_Text_A_Spreadsheet_Would_Read_As_A_Formula()
    {
        var (warehouse, _) = await host.UserAsync("warehouse");
        var category = StockApi.Unique("Кат");
        const string formula = "=HYPERLINK(\"http://evil.example\",\"Открыть\")";
        await StockApi.ProductAsync(warehouse, new { name = formula, category });

        var xlsx = StockFiles.Rows(await StockFiles.DownloadAsync(warehouse, $"/api/stock/products/export?category={Uri.EscapeDataString(category)}"));
        xlsx.Single()["name"].ShouldBe("'" + formula);
        var csv = Encoding.UTF8.GetString(await StockFiles.DownloadAsync(
            warehouse, $"/api/stock/products/export?format=csv&category={Uri.EscapeDataString(category)}", "text/csv"));
        csv.ShouldContain("\"'=HYPERLINK(\"\"http://evil.example\"\"");
        csv.ShouldNotContain(";=HYPERLINK");
    }

    [Fact]
    public async Task Should_Keep_Good_Rows_And_Report_Bad_Ones_By_Row_And_Field()
    {
        var (warehouse, _) = await host.UserAsync("warehouse");
        var good1 = StockApi.Unique("SKU");
        var good2 = StockApi.Unique("SKU");
        var csv = string.Join("\r\n",
            "sku;name;salePrice;vatRate",
            $"{good1};Первый;100;20",
            $"{StockApi.Unique("SKU")};Цена буквами;сто;20",
            ";Без артикула;50;",
            "",
            $"{good2};Второй;1 500,50;10",
            $"{StockApi.Unique("SKU")};НДС больше ста;10;120");

        var result = await StockFiles.ImportedAsync(warehouse, Encoding.UTF8.GetBytes(csv), "products.csv");

        result.GetProperty("created").GetInt32().ShouldBe(2);
        result.GetProperty("updated").GetInt32().ShouldBe(0);
        var errors = result.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("field").GetString(), e.GetProperty("message").GetString())).ToList();
        errors.Select(e => (e.Item1, e.Item2)).ShouldBe([(3, "salePrice"), (4, "sku"), (7, "vatRate")]);
        errors.ShouldAllBe(e => !string.IsNullOrWhiteSpace(e.Item3));
        (await ByCodeAsync(warehouse, good1)).GetProperty("salePrice").GetDecimal().ShouldBe(100m);
        (await ByCodeAsync(warehouse, good2)).GetProperty("salePrice").GetDecimal().ShouldBe(1500.5m);
    }

    [Fact]
    public async Task Should_Read_A_Windows_1251_Csv_With_Russian_Headers_And_Commas()
    {
        var (warehouse, _) = await host.UserAsync("warehouse");
        var sku = StockApi.Unique("АРТ");
        var existing = StockApi.Unique("SKU");
        await StockApi.ProductAsync(warehouse, new { sku = existing, name = "Старое название", salePrice = 10m });
        var barcode = StockApi.Unique("460");
        var category = StockApi.Unique("Краски");
        var csv = string.Join("\r\n",
            "Артикул,Наименование,Ед.,Штрихкод,Категория,Цена,\"НДС, %\",Услуга,Мин. остаток",
            $"{sku},\"Краска белая, 3 л\",шт,{barcode},{category},\"1 250,75\",20,нет,\"3,5\"",
            $"{existing},Новое название,уп,,,99,,да,");
        var cp1251 = CodePagesEncodingProvider.Instance.GetEncoding(1251)!.GetBytes(csv);

        var result = await StockFiles.ImportedAsync(warehouse, cp1251, "каталог.csv");

        result.GetProperty("errors").GetArrayLength().ShouldBe(0, result.ToString());
        result.GetProperty("created").GetInt32().ShouldBe(1);
        result.GetProperty("updated").GetInt32().ShouldBe(1);
        var created = await ByCodeAsync(warehouse, sku);
        created.GetProperty("name").GetString().ShouldBe("Краска белая, 3 л");
        created.GetProperty("barcode").GetString().ShouldBe(barcode);
        created.GetProperty("category").GetString().ShouldBe(category);
        created.GetProperty("salePrice").GetDecimal().ShouldBe(1250.75m);
        created.GetProperty("vatRate").GetDecimal().ShouldBe(20m);
        created.GetProperty("isService").GetBoolean().ShouldBeFalse();
        created.GetProperty("minQuantity").GetDecimal().ShouldBe(3.5m);
        var updated = await ByCodeAsync(warehouse, existing);
        updated.GetProperty("name").GetString().ShouldBe("Новое название");
        updated.GetProperty("unit").GetString().ShouldBe("уп");
        updated.GetProperty("salePrice").GetDecimal().ShouldBe(99m);
        updated.GetProperty("isService").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Refuse_A_File_Over_100000_Rows_Without_Sku_Or_From_A_User_Who_Cannot_Manage_Products()
    {
        var (warehouse, _) = await host.UserAsync("warehouse");
        var big = new StringBuilder("sku;name\r\n");
        for (var i = 0; i < 100_001; i++) // the limit is 100,000 rows
            big.Append("BIG-").Append(i).Append(";Товар\r\n");
        var tooMany = await StockFiles.ImportAsync(warehouse, Encoding.UTF8.GetBytes(big.ToString()), "big.csv");
        tooMany.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(tooMany)).GetProperty("errors").GetProperty("file").GetArrayLength().ShouldBe(1);
        (await StockFiles.ImportAsync(warehouse, "name;price\r\nТовар;1"u8.ToArray(), "no-sku.csv")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await StockFiles.ImportAsync(warehouse, [0x50, 0x4B, 0x03, 0x04, 0x00], "broken.xlsx")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await StockFiles.ImportedAsync(warehouse, Encoding.UTF8.GetBytes("sku;name\r\n"), "empty.csv")).GetProperty("created").GetInt32().ShouldBe(0);

        var (sales, _) = await host.UserAsync("sales");
        var sku = StockApi.Unique("SKU");
        (await StockFiles.ImportAsync(sales, Encoding.UTF8.GetBytes($"sku;name\r\n{sku};Товар"), "products.csv")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await sales.GetAsync($"/api/stock/products/by-code/{sku}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await sales.GetAsync("/api/stock/products/export?format=pdf")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

public sealed class ProductImportExportTestsOnSqlite(SqliteHost host) : ProductImportExportTests(host), IClassFixture<SqliteHost>;

public sealed class ProductImportExportTestsOnPostgreSql(PostgreSqlHost host) : ProductImportExportTests(host), IClassFixture<PostgreSqlHost>;
