using System.Net;
using System.Net.Http.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;

namespace Suite.Stock.Tests;

/// <summary>Who may do what: warehouse staff keep the catalog and post documents; sales only look.</summary>
public abstract class PermissionTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Let_Warehouse_Staff_Keep_The_Catalog_And_Post_Documents()
    {
        var (warehouse, _) = await host.UserAsync("warehouse");
        var warehouseId = await StockApi.WarehouseAsync(warehouse);
        var productId = await StockApi.ProductAsync(warehouse);

        var receipt = await StockApi.ReceiptAsync(warehouse, warehouseId, productId, 5, 10);
        await StockChecks.ShipAsync(warehouse, warehouseId, productId, 2);
        (await warehouse.PostAsync($"/api/stock/documents/{receipt.GetProperty("id").GetGuid()}/cancel", null))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict, "cancelling is allowed; this one is refused only because 2 were shipped");
        (await StockChecks.StockAsync(warehouse, productId, warehouseId)).ShouldBe((3m, 30m));
    }

    [Fact]
    public async Task Should_Forbid_Sales_To_Create_Or_Post_Documents_And_Products()
    {
        var admin = await host.AdminAsync();
        var (sales, _) = await host.UserAsync("sales");
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin);
        var draft = await StockApi.DraftAsync(admin, new { kind = "receipt", warehouseId, lines = new[] { new { productId, quantity = 1m, unitCost = 1m } } });

        (await sales.PostAsJsonAsync("/api/stock/products", new { sku = StockApi.Unique("SKU"), name = "Товар" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await sales.PostAsJsonAsync("/api/stock/warehouses", new { name = StockApi.Unique("Склад") })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await sales.PostAsJsonAsync("/api/stock/documents", new { kind = "receipt", warehouseId, lines = new[] { new { productId, quantity = 1m, unitCost = 1m } } }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await StockApi.PostDocumentAsync(sales, draft)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await sales.DeleteAsync($"/api/stock/documents/{draft}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await sales.DeleteAsync($"/api/stock/products/{productId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Sales still see the catalog and the balances, to promise goods to clients.
        (await sales.GetAsync($"/api/stock/products/{productId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await sales.GetAsync($"/api/stock/balances?productId={productId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StockChecks.DocumentAsync(admin, draft)).GetProperty("status").GetString().ShouldBe("draft");
        (await StockChecks.StockAsync(admin, productId, warehouseId)).ShouldBe((0m, 0m));
    }

    [Theory]
    [InlineData("GET", "/api/stock/products")]
    [InlineData("GET", "/api/stock/balances")]
    [InlineData("GET", "/api/stock/moves")]
    [InlineData("GET", "/api/stock/documents")]
    [InlineData("POST", "/api/stock/documents")]
    [InlineData("POST", "/api/stock/products")]
    public async Task Should_Refuse_Anonymous_Callers(string method, string url)
    {
        var response = await host.Anonymous().SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = method == "POST" ? JsonContent.Create(new { }) : null,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}

public sealed class PermissionTestsOnSqlite(SqliteHost host) : PermissionTests(host), IClassFixture<SqliteHost>;

public sealed class PermissionTestsOnPostgreSql(PostgreSqlHost host) : PermissionTests(host), IClassFixture<PostgreSqlHost>;
