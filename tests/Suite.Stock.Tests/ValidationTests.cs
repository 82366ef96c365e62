using System.Net;
using System.Net.Http.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Stock.Tests;

/// <summary>What the API refuses and how: 400s naming the fields, 409s with their codes, 404s; and the lists' filters.</summary>
public abstract class ValidationTests(SuiteHost host)
{
    private async Task<List<string>> RefusedFieldsAsync(HttpClient client, object document) =>
        await (await client.PostAsJsonAsync("/api/stock/documents", document)).ShouldBeInvalidAsync();

    [Fact]
    public async Task Should_Name_The_Fields_Of_An_Invalid_Document()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin);
        var service = await StockApi.ProductAsync(admin, new { isService = true });

        (await RefusedFieldsAsync(admin, new { lines = new[] { new { productId, quantity = 1m } } }))
            .ShouldBe(["kind", "warehouseId"], ignoreOrder: true);
        (await RefusedFieldsAsync(admin, new { kind = "shipment", warehouseId = Guid.NewGuid(), lines = new[] { new { productId, quantity = 1m } } }))
            .ShouldBe(["warehouseId"]);
        (await RefusedFieldsAsync(admin, new
        {
            kind = "shipment", warehouseId, lines = new[] { new { productId = Guid.NewGuid(), quantity = 1m }, new { productId = service, quantity = 1m } },
        })).ShouldBe(["lines[0].productId", "lines[1].productId"], ignoreOrder: true);
        foreach (var quantity in new[] { 0m, -1m, 1.0001m })
            (await RefusedFieldsAsync(admin, new { kind = "shipment", warehouseId, lines = new[] { new { productId, quantity } } }))
                .ShouldBe(["lines[0].quantity"], $"quantity {quantity}");
        (await RefusedFieldsAsync(admin, new { kind = "receipt", warehouseId, lines = new[] { new { productId, quantity = 1m } } }))
            .ShouldBe(["lines[0].unitCost"]);
        (await RefusedFieldsAsync(admin, new
        {
            kind = "transfer", warehouseId, targetWarehouseId = warehouseId, lines = new[] { new { productId, quantity = 1m } },
        })).ShouldBe(["targetWarehouseId"]);
        (await RefusedFieldsAsync(admin, new { kind = "transfer", warehouseId, lines = new[] { new { productId, quantity = 1m } } }))
            .ShouldBe(["targetWarehouseId"]);
        (await RefusedFieldsAsync(admin, new { kind = "writeOff", warehouseId, lines = new[] { new { productId, quantity = 1m } } }))
            .ShouldBe(["reason"]);
        (await RefusedFieldsAsync(admin, new
        {
            kind = "count", warehouseId, lines = new[] { new { productId, quantity = 1m }, new { productId, quantity = 2m } },
        })).ShouldBe(["lines"]);

        // A count may list a product at zero: that is what a count of an empty shelf says.
        await StockApi.DraftAsync(admin, new { kind = "count", warehouseId, lines = new[] { new { productId, quantity = 0m } } });
        var list = await Json(await admin.GetAsync($"/api/stock/documents?warehouseId={warehouseId}"));
        list.GetProperty("totalCount").GetInt64().ShouldBe(1, "no refused document was saved");
    }

    [Fact]
    public async Task Should_Require_A_Unique_Sku_And_Barcode()
    {
        var admin = await host.AdminAsync();
        (await (await admin.PostAsJsonAsync("/api/stock/products", new { name = "Без артикула" })).ShouldBeInvalidAsync()).ShouldBe(["sku"]);
        var sku = StockApi.Unique("SKU");
        var barcode = "46" + Random.Shared.NextInt64(10_000_000_000, 99_999_999_999);
        await StockApi.ProductAsync(admin, new { sku, barcode });

        await (await admin.PostAsJsonAsync("/api/stock/products", new { sku, name = "Двойник" }))
            .ShouldBeConflictAsync("Stock.Product.DuplicateSku");
        await (await admin.PostAsJsonAsync("/api/stock/products", new { sku = StockApi.Unique("SKU"), name = "Двойник", barcode }))
            .ShouldBeConflictAsync("Stock.Product.DuplicateBarcode");
    }

    [Fact]
    public async Task Should_Refuse_A_Stale_Concurrency_Stamp()
    {
        var admin = await host.AdminAsync();
        var productId = await StockApi.ProductAsync(admin);
        var product = await StockChecks.ProductJsonAsync(admin, productId);
        var stamp = product.GetProperty("concurrencyStamp").GetString();
        var sku = product.GetProperty("sku").GetString();

        var first = await admin.PutAsJsonAsync($"/api/stock/products/{productId}", new { sku, name = "Первая правка", concurrencyStamp = stamp });
        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        var second = await admin.PutAsJsonAsync($"/api/stock/products/{productId}", new { sku, name = "Вторая правка", concurrencyStamp = stamp });

        await second.ShouldBeConflictAsync("Concurrency.Stale");
        (await StockChecks.ProductJsonAsync(admin, productId)).GetProperty("name").GetString().ShouldBe("Первая правка");
    }

    [Fact]
    public async Task Should_Lock_The_Valuation_Method_Once_A_Product_Has_Moves()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin, new { valuationMethod = "fifo" });
        var sku = (await StockChecks.ProductJsonAsync(admin, productId)).GetProperty("sku").GetString();

        var before = await admin.PutAsJsonAsync($"/api/stock/products/{productId}", new { sku, name = "Товар", valuationMethod = "movingAverage" });
        before.StatusCode.ShouldBe(HttpStatusCode.OK, await before.Content.ReadAsStringAsync());
        (await Json(before)).GetProperty("valuationMethod").GetString().ShouldBe("movingAverage");
        await StockApi.ReceiptAsync(admin, warehouseId, productId, 1, 1);

        await (await admin.PutAsJsonAsync($"/api/stock/products/{productId}", new { sku, name = "Товар", valuationMethod = "fifo" }))
            .ShouldBeConflictAsync("Stock.Product.ValuationLocked");
        var renamed = await admin.PutAsJsonAsync($"/api/stock/products/{productId}", new { sku, name = "Товар 2", valuationMethod = "movingAverage" });
        renamed.StatusCode.ShouldBe(HttpStatusCode.OK, "keeping the method is no change");
    }

    [Fact]
    public async Task Should_Not_Turn_A_Product_In_Stock_Into_A_Service()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin);
        var sku = (await StockChecks.ProductJsonAsync(admin, productId)).GetProperty("sku").GetString();
        await StockApi.ReceiptAsync(admin, warehouseId, productId, 1, 1);

        await (await admin.PutAsJsonAsync($"/api/stock/products/{productId}", new { sku, name = "Монтаж", isService = true }))
            .ShouldBeConflictAsync("Stock.Product.InStock");
        await StockChecks.ShipAsync(admin, warehouseId, productId, 1);
        (await admin.PutAsJsonAsync($"/api/stock/products/{productId}", new { sku, name = "Монтаж", isService = true }))
            .StatusCode.ShouldBe(HttpStatusCode.OK, "nothing is on hand any more");
    }

    [Fact]
    public async Task Should_Delete_Only_Products_And_Warehouses_Without_Documents()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var emptyWarehouse = await StockApi.WarehouseAsync(admin);
        var used = await StockApi.ProductAsync(admin);
        var onDraft = await StockApi.ProductAsync(admin);
        var unused = await StockApi.ProductAsync(admin);
        await StockApi.ReceiptAsync(admin, warehouseId, used, 1, 1);
        await StockApi.DraftAsync(admin, new { kind = "shipment", warehouseId, lines = new[] { new { productId = onDraft, quantity = 1m } } });

        await (await admin.DeleteAsync($"/api/stock/products/{used}")).ShouldBeConflictAsync("Stock.Product.HasMoves");
        await (await admin.DeleteAsync($"/api/stock/products/{onDraft}")).ShouldBeConflictAsync("Stock.Product.HasMoves");
        (await admin.DeleteAsync($"/api/stock/products/{unused}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.GetAsync($"/api/stock/products/{unused}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await (await admin.DeleteAsync($"/api/stock/warehouses/{warehouseId}")).ShouldBeConflictAsync("Stock.Warehouse.InUse");
        (await admin.DeleteAsync($"/api/stock/warehouses/{emptyWarehouse}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Should_Find_A_Product_By_Its_Barcode_Or_Sku()
    {
        var admin = await host.AdminAsync();
        var sku = StockApi.Unique("SKU");
        var barcode = "46" + Random.Shared.NextInt64(10_000_000_000, 99_999_999_999);
        var productId = await StockApi.ProductAsync(admin, new { sku, barcode });

        foreach (var code in new[] { sku, barcode, $" {barcode} " })
        {
            var found = await admin.GetAsync($"/api/stock/products/by-code/{Uri.EscapeDataString(code)}");
            found.StatusCode.ShouldBe(HttpStatusCode.OK, code);
            (await Json(found)).GetProperty("id").GetGuid().ShouldBe(productId);
        }

        (await admin.GetAsync("/api/stock/products/by-code/NO-SUCH-CODE")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Filter_Balances_And_Moves()
    {
        var admin = await host.AdminAsync();
        var a = await StockApi.WarehouseAsync(admin);
        var b = await StockApi.WarehouseAsync(admin);
        var category = StockApi.Unique("Категория");
        var first = await StockApi.ProductAsync(admin, new { category });
        var second = await StockApi.ProductAsync(admin, new { category });
        var emptied = await StockApi.ProductAsync(admin);
        await StockApi.ReceiptAsync(admin, a, first, 5, 10);
        await StockApi.ReceiptAsync(admin, b, first, 3, 10);
        await StockApi.ReceiptAsync(admin, a, second, 2, 10);
        await StockApi.ReceiptAsync(admin, a, emptied, 1, 10);
        await StockChecks.ShipAsync(admin, a, emptied, 1);

        async Task<List<(Guid Product, Guid Warehouse)>> BalancesAsync(string query) =>
            (await Json(await admin.GetAsync($"/api/stock/balances?{query}"))).GetProperty("items").EnumerateArray()
            .Select(i => (i.GetProperty("productId").GetGuid(), i.GetProperty("warehouseId").GetGuid())).ToList();

        (await BalancesAsync($"warehouseId={a}")).ShouldBe([(first, a), (second, a)], ignoreOrder: true);
        (await BalancesAsync($"warehouseId={a}&includeEmpty=true")).ShouldBe([(first, a), (second, a), (emptied, a)], ignoreOrder: true);
        (await BalancesAsync($"productId={first}")).ShouldBe([(first, a), (first, b)], ignoreOrder: true);
        (await BalancesAsync($"category={Uri.EscapeDataString(category)}&warehouseId={b}")).ShouldBe([(first, b)]);
        var sku = (await StockChecks.ProductJsonAsync(admin, second)).GetProperty("sku").GetString()!;
        (await BalancesAsync($"filter={Uri.EscapeDataString(sku)}")).ShouldBe([(second, a)]);

        var moves = await Json(await admin.GetAsync($"/api/stock/moves?warehouseId={a}"));
        moves.GetProperty("totalCount").GetInt64().ShouldBe(4);
        var ofFirst = await Json(await admin.GetAsync($"/api/stock/moves?productId={first}"));
        ofFirst.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("warehouseId").GetGuid()).ShouldBe([a, b], ignoreOrder: true);
        (await Json(await admin.GetAsync($"/api/stock/moves?productId={first}&dateTo={StockChecks.DaysFromToday(-1)}")))
            .GetProperty("totalCount").GetInt64().ShouldBe(0);
    }
}

public sealed class ValidationTestsOnSqlite(SqliteHost host) : ValidationTests(host), IClassFixture<SqliteHost>;

public sealed class ValidationTestsOnPostgreSql(PostgreSqlHost host) : ValidationTests(host), IClassFixture<PostgreSqlHost>;
