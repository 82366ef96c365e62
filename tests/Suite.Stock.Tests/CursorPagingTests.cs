using System.Net;
using System.Text.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Stock.Tests;

/// <summary>
/// Paging by cursor (<c>after</c> = the previous page's <c>nextCursor</c>): the pages walk every row of the filtered list
/// exactly once and in the order one page of them all gives, ties of the sort key included.
/// </summary>
public abstract class CursorPagingTests(SuiteHost host)
{
    [Theory]
    [InlineData("")]
    [InlineData("&sorting=value%20desc")]
    [InlineData("&sorting=warehouseName%20desc,sku")]
    public async Task Should_Walk_Every_Balance_Once_In_Order_By_Cursor(string sorting)
    {
        var admin = await host.AdminAsync();
        var marker = StockApi.Unique("шуруп").ToLowerInvariant();
        var main = await StockApi.WarehouseAsync(admin);
        var spare = await StockApi.WarehouseAsync(admin);
        var products = new List<Guid>();
        for (var i = 0; i < 5; i++)
            // Two names shared by several products: the cursor must tell ties apart.
            products.Add(await StockApi.ProductAsync(admin, new { name = $"Шуруп {marker} {i % 2}" }));
        for (var i = 0; i < products.Count; i++)
        {
            await StockApi.ReceiptAsync(admin, main, products[i], 1 + i % 3, 10);
            await StockApi.ReceiptAsync(admin, spare, products[i], 1 + i % 3, 10);
        }
        await StockApi.ProductAsync(admin, new { name = "Шуруп без пометки" });
        await StockChecks.ShipAsync(admin, spare, products[0], 1);   // an empty balance: left out of the list

        var query = $"/api/stock/balances?filter={marker}{sorting}";
        var all = await Json(await admin.GetAsync($"{query}&maxResultCount=100"));
        var expected = Keys(all);
        expected.Count.ShouldBe(9);

        var walked = await WalkAsync(admin, $"{query}&maxResultCount=2");

        walked.ShouldBe(expected);
        walked.Distinct().Count().ShouldBe(walked.Count);
    }

    [Fact]
    public async Task Should_Walk_Moves_And_Documents_By_Cursor()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin);
        await StockApi.ReceiptAsync(admin, warehouseId, productId, 10, 10);
        for (var i = 0; i < 6; i++)
            await StockChecks.ShipAsync(admin, warehouseId, productId, 1);

        var moves = $"/api/stock/moves?productId={productId}&warehouseId={warehouseId}";
        (await WalkAsync(admin, $"{moves}&maxResultCount=3")).ShouldBe(Ids(await Json(await admin.GetAsync($"{moves}&maxResultCount=100"))));
        var documents = $"/api/stock/documents?warehouseId={warehouseId}";
        var allDocuments = Ids(await Json(await admin.GetAsync($"{documents}&maxResultCount=100")));
        allDocuments.Count.ShouldBe(7);
        (await WalkAsync(admin, $"{documents}&maxResultCount=2")).ShouldBe(allDocuments);
        (await WalkAsync(admin, $"{documents}&maxResultCount=2&kind=shipment&sorting=number")).Count.ShouldBe(6);
    }

    [Fact]
    public async Task Should_Refuse_A_Cursor_It_Did_Not_Make()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        for (var i = 0; i < 3; i++)
            await StockApi.ReceiptAsync(admin, warehouseId, await StockApi.ProductAsync(admin), 1, 1);
        var page = await Json(await admin.GetAsync($"/api/stock/balances?warehouseId={warehouseId}&maxResultCount=1"));
        var cursor = page.GetProperty("nextCursor").GetString()!;

        (await admin.GetAsync($"/api/stock/balances?warehouseId={warehouseId}&after=nonsense")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync($"/api/stock/balances?warehouseId={warehouseId}&sorting=sku&after={cursor}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync($"/api/stock/moves?after={cursor}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        // Sorted by a key that can be empty: pages by offset, and says so by giving no cursor.
        (await Json(await admin.GetAsync($"/api/stock/balances?warehouseId={warehouseId}&maxResultCount=1&sorting=category")))
            .GetProperty("nextCursor").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    /// <summary>Follows nextCursor from the first page to the last and returns every row's key in the order met.</summary>
    private static async Task<List<string>> WalkAsync(HttpClient client, string query)
    {
        var keys = new List<string>();
        string? cursor = null;
        for (var pages = 0; pages < 50; pages++)
        {
            var response = await client.GetAsync(cursor is null ? query : $"{query}&after={Uri.EscapeDataString(cursor)}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            var page = await Json(response);
            var items = page.GetProperty("items");
            if (items.GetArrayLength() > 0)
                keys.AddRange(items[0].TryGetProperty("id", out _) ? Ids(page) : Keys(page));
            cursor = page.GetProperty("nextCursor").GetString();
            if (cursor is null)
                return keys;
        }

        throw new InvalidOperationException("The cursor never ran out.");
    }

    private static List<string> Keys(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => $"{i.GetProperty("productId")}/{i.GetProperty("warehouseId")}").ToList();

    private static List<string> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").ToString()).ToList();
}

public sealed class CursorPagingTestsOnSqlite(SqliteHost host) : CursorPagingTests(host), IClassFixture<SqliteHost>;

public sealed class CursorPagingTestsOnPostgreSql(PostgreSqlHost host) : CursorPagingTests(host), IClassFixture<PostgreSqlHost>;
