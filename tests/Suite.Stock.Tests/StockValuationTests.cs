using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.TestBase;
using Xunit;

namespace Suite.Stock.Tests;

/// <summary>
/// Stock's total value at the end of any day, as Finance reads it through <see cref="IStockValuation"/> to check
/// account 41. Its own host, so the total is this test's documents only.
/// </summary>
public abstract class StockValuationTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Value_All_Stock_At_The_End_Of_Each_Day_From_The_Ledger()
    {
        var admin = await host.AdminAsync();
        var main = await StockApi.WarehouseAsync(admin);
        var fitters = await StockApi.WarehouseAsync(admin);
        var window = await StockApi.ProductAsync(admin);
        var sill = await StockApi.ProductAsync(admin);

        await StockApi.PostedAsync(admin, new
        {
            kind = "receipt", warehouseId = main, date = StockChecks.DaysFromToday(-5),
            lines = new[] { new { productId = window, quantity = 10m, unitCost = 100m } },
        });
        var shipment = await StockApi.PostedAsync(admin, new
        {
            kind = "shipment", warehouseId = main, date = StockChecks.DaysFromToday(-3), lines = new[] { new { productId = window, quantity = 4m } },
        });
        await StockApi.PostedAsync(admin, new
        {
            kind = "transfer", warehouseId = main, targetWarehouseId = fitters, date = StockChecks.DaysFromToday(-2),
            lines = new[] { new { productId = window, quantity = 3m } },
        });
        await StockApi.PostedAsync(admin, new
        {
            kind = "receipt", warehouseId = fitters, date = StockChecks.DaysFromToday(-1),
            lines = new[] { new { productId = sill, quantity = 2m, unitCost = 50.005m } },
        });
        // Cancelled today: the goods come back today, the days before keep their value.
        var cancelled = await admin.PostAsync($"/api/stock/documents/{shipment.GetProperty("id").GetGuid()}/cancel", null);
        cancelled.StatusCode.ShouldBe(HttpStatusCode.OK, await cancelled.Content.ReadAsStringAsync());

        (await ValueAsync(-6)).ShouldBe(0m);
        (await ValueAsync(-5)).ShouldBe(1000m);
        (await ValueAsync(-4)).ShouldBe(1000m);
        (await ValueAsync(-3)).ShouldBe(600m);
        (await ValueAsync(-2)).ShouldBe(600m, "a transfer moves value between warehouses, the total stays");
        (await ValueAsync(-1)).ShouldBe(700.01m, "2 × 50.005 is 100.01 to the kopeck");
        (await ValueAsync(0)).ShouldBe(1100.01m);
        (await ValueAsync(30)).ShouldBe(1100.01m);
    }

    private async Task<decimal> ValueAsync(int days)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IStockValuation>()
            .TotalValueAsync(DateOnly.Parse(StockChecks.DaysFromToday(days)), CancellationToken.None);
    }
}

public sealed class StockValuationTestsOnSqlite(SqliteHost host) : StockValuationTests(host), IClassFixture<SqliteHost>;

public sealed class StockValuationTestsOnPostgreSql(PostgreSqlHost host) : StockValuationTests(host), IClassFixture<PostgreSqlHost>;
