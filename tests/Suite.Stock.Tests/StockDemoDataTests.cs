using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Framework.Data;
using Suite.Stock.Data;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Stock.Tests;

public sealed class StockDemoHost : SuiteHost
{
    public StockDemoHost() : base(DatabaseProvider.Sqlite) => With("Suite:DemoData", "true");
}

/// <summary>The embedded mode's stock: a window company's catalog with a real ledger behind its balances.</summary>
public sealed class StockDemoDataTests(StockDemoHost host) : IClassFixture<StockDemoHost>
{
    [Fact]
    public async Task Should_Seed_Warehouses_Products_And_Posted_Documents_Once()
    {
        var vlad = await host.SignInAsync("vlad", "Demo123!");
        var warehouses = (await Json(await vlad.GetAsync("/api/stock/warehouses"))).GetProperty("items").EnumerateArray()
            .Select(w => w.GetProperty("name").GetString()).ToList();
        warehouses.ShouldBe(["Основной склад", "Склад монтажников"], ignoreOrder: true);

        var products = await Json(await vlad.GetAsync("/api/stock/products?maxResultCount=100"));
        products.GetProperty("totalCount").GetInt64().ShouldBe(12);
        products.GetProperty("items").EnumerateArray().Count(p => p.GetProperty("isService").GetBoolean()).ShouldBe(1);

        var balances = (await Json(await vlad.GetAsync("/api/stock/balances?filter=OK-1200-1400"))).GetProperty("items").EnumerateArray()
            .ToDictionary(b => b.GetProperty("warehouseName").GetString()!, b => b.GetProperty("onHand").GetDecimal());
        balances.ShouldBe(new Dictionary<string, decimal> { ["Основной склад"] = 20, ["Склад монтажников"] = 4 }, ignoreOrder: true);

        var response = await vlad.GetAsync("/api/stock/documents?maxResultCount=100");
        var documents = (await Json(response)).GetProperty("items").EnumerateArray().ToList();
        documents.Select(d => d.GetProperty("kind").GetString()).ShouldBe(["receipt", "receipt", "receipt", "transfer", "shipment"], ignoreOrder: true);
        documents.ShouldAllBe(d => d.GetProperty("status").GetString() == "posted");

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StockDbContext>();
        var before = (await db.Products.CountAsync(), await db.Documents.CountAsync(), await db.Moves.CountAsync());
        await DemoData.StockDemoData.SeedAsync(scope.ServiceProvider, default);
        (await db.Products.CountAsync(), await db.Documents.CountAsync(), await db.Moves.CountAsync()).ShouldBe(before);
    }
}
