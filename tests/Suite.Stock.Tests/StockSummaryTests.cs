using System.Text.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Stock.Tests;

/// <summary>The director's stock tile: what the stock is worth and which products are short of their minimum.</summary>
public abstract class StockSummaryTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Give_The_Stock_Value_And_The_Products_Below_Their_Minimum_Largest_Shortage_First()
    {
        var admin = await host.AdminAsync();
        var main = await StockApi.WarehouseAsync(admin);
        var shop = await StockApi.WarehouseAsync(admin);
        var frames = await StockApi.ProductAsync(admin, new { minQuantity = 5m });   // 3 + 1 available: short by 1
        var glass = await StockApi.ProductAsync(admin, new { minQuantity = 10m });   // never received: short by 10
        var handles = await StockApi.ProductAsync(admin, new { minQuantity = 2m });  // 20 available: fine
        await StockApi.ProductAsync(admin);                                          // no minimum, no stock
        await StockApi.ProductAsync(admin, new { minQuantity = 3m, isService = true }); // a service has no stock to run short of

        await StockApi.ReceiptAsync(admin, main, frames, 3, 1000.50m);   // 3 001.50
        await StockApi.ReceiptAsync(admin, shop, frames, 1, 999.50m);    //   999.50
        await StockApi.ReceiptAsync(admin, main, handles, 20, 12.25m);   //   245.00

        var summary = await Json(await admin.GetAsync("/api/stock/balances/summary"));
        summary.GetProperty("value").GetDecimal().ShouldBe(4246.00m);
        summary.GetProperty("productsInStock").GetInt64().ShouldBe(2);
        summary.GetProperty("belowMinimum").GetInt64().ShouldBe(2);
        var shortest = summary.GetProperty("shortest").EnumerateArray().ToList();
        shortest.Select(s => s.GetProperty("productId").GetGuid()).ShouldBe([glass, frames], "the largest shortage first");
        shortest[1].GetProperty("available").GetDecimal().ShouldBe(4m, "over both warehouses");
        shortest[1].GetProperty("minQuantity").GetDecimal().ShouldBe(5m);
        shortest[0].GetProperty("name").GetString().ShouldNotBeNullOrEmpty("products are shown by name");
    }
}

public sealed class StockSummaryTestsOnSqlite(SqliteHost host) : StockSummaryTests(host), IClassFixture<SqliteHost>;

public sealed class StockSummaryTestsOnPostgreSql(PostgreSqlHost host) : StockSummaryTests(host), IClassFixture<PostgreSqlHost>;
