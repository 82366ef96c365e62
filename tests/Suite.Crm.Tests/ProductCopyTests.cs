using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Stock.Data;
using Suite.Stock.Events;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Crm.Tests;

/// <summary>
/// Crm keeps its own copy of Stock's catalog for deal lines, fed by Stock's product events through the outbox
/// and the bus, exactly as Stock will publish them.
/// </summary>
public abstract class ProductCopyTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Offer_Catalog_Products_To_Deal_Lines_And_Follow_Their_Changes()
    {
        var (sales, _) = await host.UserAsync("sales");
        var id = Guid.NewGuid();
        var sku = CrmApi.Unique("WIN").Replace(' ', '-');
        var at = DateTimeOffset.UtcNow;

        await PublishAsync(new ProductCreatedEto(id, sku, "Окно ПВХ 1200×1400", "шт", "4600000000017", 12500.50m, 20m, false, false, at));
        var found = await Eventually.Until(() => FindAsync(sales, sku), p => p is not null, what: "the product copy");
        found!.Value.GetProperty("name").GetString().ShouldBe("Окно ПВХ 1200×1400");
        found.Value.GetProperty("salePrice").GetDecimal().ShouldBe(12500.50m);
        found.Value.GetProperty("unit").GetString().ShouldBe("шт");
        (await FindAsync(sales, "4600000000017")).ShouldNotBeNull("the barcode finds the product too");

        // A late, older event must not undo a newer change.
        await PublishAsync(new ProductUpdatedEto(id, sku, "Окно ПВХ 1200×1400 (2024)", "шт", null, 13000m, 20m, false, false, at.AddMinutes(2)));
        await PublishAsync(new ProductUpdatedEto(id, sku, "Старое название", "шт", null, 1m, 20m, false, false, at.AddMinutes(1)));
        await Eventually.Until(async () => (await FindAsync(sales, sku))?.GetProperty("salePrice").GetDecimal() == 13000m, what: "the price change");
        await PublishAsync(new ProductUpdatedEto(id, sku, "Маркер", "шт", null, 2m, 20m, false, false, at.AddMinutes(3)));
        var latest = await Eventually.Until(() => FindAsync(sales, sku), p => p?.GetProperty("name").GetString() == "Маркер");
        latest!.Value.GetProperty("salePrice").GetDecimal().ShouldBe(2m);

        await PublishAsync(new ProductUpdatedEto(id, sku, "Маркер", "шт", null, 2m, 20m, false, true, at.AddMinutes(4)));
        await Eventually.Until(async () => await FindAsync(sales, sku) is null, what: "the archived product to leave the picker");
    }

    private async Task PublishAsync<TEvent>(TEvent eto) where TEvent : class
    {
        using var scope = host.Services.CreateScope();
        var stock = scope.ServiceProvider.GetRequiredService<StockDbContext>();
        stock.Publish(eto);
        await stock.SaveChangesAsync();
    }

    private static async Task<JsonElement?> FindAsync(HttpClient client, string term)
    {
        var page = await Json(await client.GetAsync($"/api/crm/products?filter={Uri.EscapeDataString(term)}"));
        var items = page.GetProperty("items").EnumerateArray().ToList();
        return items.Count == 0 ? null : items.Single();
    }
}

public sealed class ProductCopyTestsOnSqlite(SqliteHost host) : ProductCopyTests(host), IClassFixture<SqliteHost>;

public sealed class ProductCopyTestsOnPostgreSql(PostgreSqlHost host) : ProductCopyTests(host), IClassFixture<PostgreSqlHost>;
