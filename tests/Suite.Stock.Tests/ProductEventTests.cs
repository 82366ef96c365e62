using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Stock.Tests;

/// <summary>The catalog's events reach the modules that copy it: Crm's product picker follows a new and a changed product.</summary>
public abstract class ProductEventTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Publish_Created_And_Updated_Products_To_Crms_Copy()
    {
        var admin = await host.AdminAsync();
        var sku = StockApi.Unique("EVT");
        var created = await admin.PostAsJsonAsync("/api/stock/products", new { sku, name = "Дверь межкомнатная", unit = "шт", salePrice = 7800m, vatRate = 20m });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var product = await Json(created);
        var id = product.GetProperty("id").GetGuid();

        var copy = await Eventually.Until(() => FindAsync(admin, sku), p => p is not null, what: "Crm's copy of the new product");
        copy!.Value.GetProperty("id").GetGuid().ShouldBe(id);
        copy.Value.GetProperty("name").GetString().ShouldBe("Дверь межкомнатная");
        copy.Value.GetProperty("salePrice").GetDecimal().ShouldBe(7800m);

        var updated = await admin.PutAsJsonAsync($"/api/stock/products/{id}", new
        {
            sku, name = "Дверь межкомнатная, дуб", unit = "шт", salePrice = 8200.5m, vatRate = 20m,
            concurrencyStamp = product.GetProperty("concurrencyStamp").GetString(),
        });
        updated.StatusCode.ShouldBe(HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());

        var changed = await Eventually.Until(() => FindAsync(admin, sku), p => p?.GetProperty("salePrice").GetDecimal() == 8200.5m,
            what: "Crm's copy of the changed product");
        changed!.Value.GetProperty("name").GetString().ShouldBe("Дверь межкомнатная, дуб");
    }

    private static async Task<JsonElement?> FindAsync(HttpClient client, string term)
    {
        var response = await client.GetAsync($"/api/crm/products?filter={Uri.EscapeDataString(term)}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var items = (await Json(response)).GetProperty("items").EnumerateArray().ToList();
        return items.Count == 0 ? null : items.Single();
    }
}

public sealed class ProductEventTestsOnSqlite(SqliteHost host) : ProductEventTests(host), IClassFixture<SqliteHost>;

public sealed class ProductEventTestsOnPostgreSql(PostgreSqlHost host) : ProductEventTests(host), IClassFixture<PostgreSqlHost>;
