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

    [Fact]
    public async Task Should_Carry_FIFO_Layers_To_The_Target_Warehouse_On_A_Transfer()
    {
        var admin = await host.AdminAsync();
        var a = await StockApi.WarehouseAsync(admin);
        var b = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin, new { valuationMethod = "fifo" });
        await StockApi.ReceiptAsync(admin, a, productId, 10, 10);
        await StockApi.ReceiptAsync(admin, a, productId, 10, 20);

        var transfer = await StockApi.PostedAsync(admin, new
        {
            kind = "transfer", warehouseId = a, targetWarehouseId = b, lines = new[] { new { productId, quantity = 15m } },
        });

        transfer.GetProperty("totalCost").GetDecimal().ShouldBe(200m, "10 at 10 and 5 at 20 moved");
        (await StockChecks.StockAsync(admin, productId, b)).ShouldBe((15m, 200m));
        (await StockChecks.StockAsync(admin, productId, a)).ShouldBe((5m, 100m));
        // B received the layers as they were: its oldest goods are the ones that cost 10, then 5 at 20.
        await host.ShouldHaveLayersMatchingTheBalanceAsync(productId, a);
        await host.ShouldHaveLayersMatchingTheBalanceAsync(productId, b);
        (await StockChecks.ShipAsync(admin, b, productId, 5)).GetProperty("totalCost").GetDecimal().ShouldBe(50m);
        (await StockChecks.ShipAsync(admin, b, productId, 10)).GetProperty("totalCost").GetDecimal().ShouldBe(150m);
        (await StockChecks.ShipAsync(admin, a, productId, 5)).GetProperty("totalCost").GetDecimal().ShouldBe(100m);
        (await StockChecks.StockAsync(admin, productId, a)).ShouldBe((0m, 0m));
        (await StockChecks.StockAsync(admin, productId, b)).ShouldBe((0m, 0m));
    }

    [Fact]
    public async Task Should_Carry_The_Average_Cost_To_The_Target_Warehouse_On_A_Transfer()
    {
        var admin = await host.AdminAsync();
        var a = await StockApi.WarehouseAsync(admin);
        var b = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin, new { valuationMethod = "movingAverage" });
        await StockApi.ReceiptAsync(admin, a, productId, 10, 10);
        await StockApi.ReceiptAsync(admin, a, productId, 10, 20);
        await StockApi.ReceiptAsync(admin, b, productId, 10, 30);

        var transfer = await StockApi.PostedAsync(admin, new
        {
            kind = "transfer", warehouseId = a, targetWarehouseId = b, lines = new[] { new { productId, quantity = 15m } },
        });

        transfer.GetProperty("totalCost").GetDecimal().ShouldBe(225m, "15 at the average 15");
        (await StockChecks.StockAsync(admin, productId, a)).ShouldBe((5m, 75m));
        (await StockChecks.StockAsync(admin, productId, b)).ShouldBe((25m, 525m), "10 at 30 and 15 at 15");
        (await StockApi.BalanceAsync(admin, productId, b))!.Value.GetProperty("unitCost").GetDecimal().ShouldBe(21m);
        (await StockChecks.ShipAsync(admin, b, productId, 5)).GetProperty("totalCost").GetDecimal().ShouldBe(105m);
    }

    [Theory]
    [InlineData("fifo")]
    [InlineData("movingAverage")]
    public async Task Should_Value_A_Count_Surplus_At_The_Current_Unit_Cost_Or_The_Lines_Own(string method)
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin, new { valuationMethod = method });
        var priced = await StockApi.ProductAsync(admin, new { valuationMethod = method });
        await StockApi.ReceiptAsync(admin, warehouseId, productId, 10, 10);
        await StockApi.ReceiptAsync(admin, warehouseId, priced, 10, 10);

        var count = await StockApi.PostedAsync(admin, new
        {
            kind = "count", warehouseId,
            lines = new object[] { new { productId, quantity = 12m }, new { productId = priced, quantity = 13m, unitCost = 12.5m } },
        });

        var lines = count.GetProperty("lines").EnumerateArray().ToList();
        lines[0].GetProperty("bookQuantity").GetDecimal().ShouldBe(10m);
        lines[0].GetProperty("difference").GetDecimal().ShouldBe(2m);
        lines[0].GetProperty("cost").GetDecimal().ShouldBe(20m, "2 found at the current 10");
        lines[1].GetProperty("bookQuantity").GetDecimal().ShouldBe(10m);
        lines[1].GetProperty("difference").GetDecimal().ShouldBe(3m);
        lines[1].GetProperty("cost").GetDecimal().ShouldBe(37.5m, "3 found at the line's 12.50");
        count.GetProperty("totalCost").GetDecimal().ShouldBe(57.5m);
        (await StockChecks.StockAsync(admin, productId, warehouseId)).ShouldBe((12m, 120m));
        (await StockChecks.StockAsync(admin, priced, warehouseId)).ShouldBe((13m, 137.5m));
        if (method == "fifo")
            await host.ShouldHaveLayersMatchingTheBalanceAsync(priced, warehouseId);
    }

    [Theory]
    [InlineData("fifo", 200, 100)]
    [InlineData("movingAverage", 225, 75)]
    public async Task Should_Value_A_Count_Shortage_By_The_Products_Method(string method, decimal shortageValue, decimal valueLeft)
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin, new { valuationMethod = method });
        var untouched = await StockApi.ProductAsync(admin, new { valuationMethod = method });
        await StockApi.ReceiptAsync(admin, warehouseId, productId, 10, 10);
        await StockApi.ReceiptAsync(admin, warehouseId, productId, 10, 20);
        await StockApi.ReceiptAsync(admin, warehouseId, untouched, 4, 10);

        var count = await StockApi.PostedAsync(admin, new
        {
            kind = "count", warehouseId,
            lines = new object[] { new { productId, quantity = 5m }, new { productId = untouched, quantity = 4m } },
        });

        var lines = count.GetProperty("lines").EnumerateArray().ToList();
        lines[0].GetProperty("bookQuantity").GetDecimal().ShouldBe(20m);
        lines[0].GetProperty("difference").GetDecimal().ShouldBe(-15m);
        lines[0].GetProperty("cost").GetDecimal().ShouldBe(-shortageValue);
        lines[1].GetProperty("bookQuantity").GetDecimal().ShouldBe(4m);
        lines[1].GetProperty("difference").GetDecimal().ShouldBe(0m);
        lines[1].GetProperty("cost").GetDecimal().ShouldBe(0m);
        (await StockChecks.StockAsync(admin, productId, warehouseId)).ShouldBe((5m, valueLeft));
        (await StockChecks.StockAsync(admin, untouched, warehouseId)).ShouldBe((4m, 40m));
        if (method == "fifo")
            await host.ShouldHaveLayersMatchingTheBalanceAsync(productId, warehouseId);
        (await StockChecks.MovesAsync(admin, untouched, warehouseId)).Count.ShouldBe(1, "a line that matches the books moves nothing");
    }

    [Theory]
    [InlineData("fifo")]
    [InlineData("movingAverage")]
    public async Task Should_Keep_Values_Exact_When_A_Unit_Cost_Does_Not_Divide_Evenly(string method)
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin, new { valuationMethod = method });

        var receipt = await StockApi.ReceiptAsync(admin, warehouseId, productId, 3, 0.3333m);
        var received = receipt.GetProperty("totalCost").GetDecimal();
        received.ShouldBe(1.00m, "3 × 0.3333 = 0.9999, rounded to the kopeck");
        (await StockApi.BalanceAsync(admin, productId, warehouseId))!.Value.GetProperty("unitCost").GetDecimal().ShouldBe(0.3333m);

        var costs = new List<decimal>();
        for (var i = 0; i < 3; i++)
            costs.Add((await StockChecks.ShipAsync(admin, warehouseId, productId, 1)).GetProperty("totalCost").GetDecimal());

        costs.Sum().ShouldBe(received, $"the shipments cost {string.Join(" + ", costs)}");
        (await StockChecks.StockAsync(admin, productId, warehouseId)).ShouldBe((0m, 0m));
        var moves = await StockChecks.MovesAsync(admin, productId, warehouseId);
        moves.Sum(m => m.GetProperty("value").GetDecimal()).ShouldBe(0m);
        moves[^1].GetProperty("valueAfter").GetDecimal().ShouldBe(0m);
    }
}

public sealed class ValuationTestsOnSqlite(SqliteHost host) : ValuationTests(host), IClassFixture<SqliteHost>;

public sealed class ValuationTestsOnPostgreSql(PostgreSqlHost host) : ValuationTests(host), IClassFixture<PostgreSqlHost>;
