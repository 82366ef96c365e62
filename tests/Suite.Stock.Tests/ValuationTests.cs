using Shouldly;
using Suite.TestBase;
using Xunit;

namespace Suite.Stock.Tests;

/// <summary>The worked examples of FIFO and moving average that Odoo's and 1C's manuals use, through the API.</summary>
public abstract class ValuationTests(SuiteHost host)
{
    [Theory]
    [InlineData("fifo", 100, 20, 200)]
    [InlineData("movingAverage", 75, 15, 225)]
    public async Task Should_Value_In_10_At_10_In_10_At_20_Out_15_By_The_Products_Method(
        string method, decimal valueLeft, decimal unitCostLeft, decimal costOfShipment)
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin, new { valuationMethod = method });
        await StockApi.ReceiptAsync(admin, warehouseId, productId, 10, 10);
        await StockApi.ReceiptAsync(admin, warehouseId, productId, 10, 20);

        var shipment = await StockApi.PostedAsync(admin, new
        {
            kind = "shipment", warehouseId, lines = new[] { new { productId, quantity = 15m } },
        });

        shipment.GetProperty("totalCost").GetDecimal().ShouldBe(costOfShipment);
        var balance = (await StockApi.BalanceAsync(admin, productId, warehouseId))!.Value;
        balance.GetProperty("onHand").GetDecimal().ShouldBe(5);
        balance.GetProperty("value").GetDecimal().ShouldBe(valueLeft);
        balance.GetProperty("unitCost").GetDecimal().ShouldBe(unitCostLeft);
    }
}

public sealed class ValuationTestsOnSqlite(SqliteHost host) : ValuationTests(host), IClassFixture<SqliteHost>;

public sealed class ValuationTestsOnPostgreSql(PostgreSqlHost host) : ValuationTests(host), IClassFixture<PostgreSqlHost>;
