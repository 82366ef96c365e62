using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Stock.Tests;

/// <summary>
/// The balances page's total agrees with its rows under every filter: the total is counted without the page's joins
/// (docs/bench-stock.md), so it must still leave out what the filters leave out.
/// </summary>
public abstract class BalanceListTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Count_The_Same_Balances_The_Page_Lists()
    {
        var admin = await host.AdminAsync();
        var marker = StockApi.Unique("болт").ToLowerInvariant();
        var category = StockApi.Unique("Крепёж");
        var main = await StockApi.WarehouseAsync(admin);
        var spare = await StockApi.WarehouseAsync(admin);
        var bolt = await StockApi.ProductAsync(admin, new { name = $"Болт {marker} М8" });
        var nut = await StockApi.ProductAsync(admin, new { name = $"Гайка к {marker}", category });
        var other = await StockApi.ProductAsync(admin);
        await StockApi.ReceiptAsync(admin, main, bolt, 5, 10);
        await StockApi.ReceiptAsync(admin, spare, bolt, 3, 10);
        await StockApi.ReceiptAsync(admin, main, nut, 2, 7);
        await StockApi.ReceiptAsync(admin, main, other, 4, 1);
        await StockApi.PostedAsync(admin, new { kind = "shipment", warehouseId = main, lines = new[] { new { productId = nut, quantity = 2m } } });

        // In stock only (the default): the nut, shipped out, is left out.
        (await PageAsync(admin, $"filter={marker}")).ShouldBe((2, 2));
        (await PageAsync(admin, $"filter={marker}&includeEmpty=true")).ShouldBe((3, 3));
        (await PageAsync(admin, $"filter={marker}&warehouseId={main}")).ShouldBe((1, 1));
        (await PageAsync(admin, $"filter={marker.ToUpperInvariant()}&warehouseId={main}&includeEmpty=true")).ShouldBe((2, 2));
        (await PageAsync(admin, $"category={category}")).ShouldBe((0, 0));
        (await PageAsync(admin, $"category={category}&includeEmpty=true")).ShouldBe((1, 1));
        // No condition on the product: only the warehouse's own balances.
        (await PageAsync(admin, $"warehouseId={spare}")).ShouldBe((1, 1));
        (await PageAsync(admin, $"warehouseId={main}&productId={other}")).ShouldBe((1, 1));

        var byValue = await Json(await admin.GetAsync($"/api/stock/balances?filter={marker}&sorting=value%20desc"));
        byValue.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("value").GetDecimal()).ShouldBe([50m, 30m]);
    }

    private static async Task<(long Total, int Items)> PageAsync(HttpClient client, string query)
    {
        var page = await Json(await client.GetAsync($"/api/stock/balances?{query}"));
        return (page.GetProperty("totalCount").GetInt64(), page.GetProperty("items").GetArrayLength());
    }
}

public sealed class BalanceListTestsOnSqlite(SqliteHost host) : BalanceListTests(host), IClassFixture<SqliteHost>;

public sealed class BalanceListTestsOnPostgreSql(PostgreSqlHost host) : BalanceListTests(host), IClassFixture<PostgreSqlHost>;
