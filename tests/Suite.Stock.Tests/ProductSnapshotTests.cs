using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Framework.Events;
using Suite.Stock.Data;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Stock.Tests;

/// <summary>
/// The catalog re-published once for copies that start later (Finance's): every card, archived ones too, as it is
/// now. Read from Stock's outbox, which is what the bus delivers.
/// </summary>
public abstract class ProductSnapshotTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Republish_Every_Product_Once_As_It_Is_Now()
    {
        var admin = await host.AdminAsync();
        var sku = StockApi.Unique("OLD");
        var product = await Json(await admin.PostAsJsonAsync("/api/stock/products",
            new { sku, name = "Подоконник 300 мм", unit = "м", barcode = "4600000000024", salePrice = 1250.50m, vatRate = 22m }));
        var id = product.GetProperty("id").GetGuid();
        (await admin.PutAsJsonAsync($"/api/stock/products/{id}", new
        {
            sku, name = "Подоконник 300 мм", unit = "м", barcode = "4600000000024", salePrice = 1250.50m, vatRate = 22m,
            isArchived = true, concurrencyStamp = product.GetProperty("concurrencyStamp").GetString(),
        })).EnsureSuccessStatusCode();

        // As on a database that had products before a module started copying them.
        using (var scope = host.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<StockDbContext>().Set<Backfill>()
                .Where(b => b.Name == "Stock.Products.Republished.v2").ExecuteDeleteAsync();
        var runner = host.Services.GetRequiredService<BackfillRunner>();
        await runner.RunPendingAsync(CancellationToken.None);

        var snapshot = (await SnapshotsAsync(id)).ShouldHaveSingleItem();
        snapshot.GetProperty("sku").GetString().ShouldBe(sku);
        snapshot.GetProperty("name").GetString().ShouldBe("Подоконник 300 мм");
        snapshot.GetProperty("unit").GetString().ShouldBe("м");
        snapshot.GetProperty("barcode").GetString().ShouldBe("4600000000024");
        snapshot.GetProperty("salePrice").GetDecimal().ShouldBe(1250.50m);
        snapshot.GetProperty("vatRate").GetDecimal().ShouldBe(22m);
        snapshot.GetProperty("isService").GetBoolean().ShouldBeFalse();
        snapshot.GetProperty("isArchived").GetBoolean().ShouldBeTrue();
        snapshot.GetProperty("changedAt").GetDateTimeOffset().ShouldBe(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));

        await runner.RunPendingAsync(CancellationToken.None);
        (await SnapshotsAsync(id)).Count.ShouldBe(1, "once is once");
    }

    private async Task<List<JsonElement>> SnapshotsAsync(Guid productId)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<StockDbContext>();
        return (await db.OutboxMessages.Where(m => m.EventName == "Stock.Product.Republished").Select(m => m.Payload).ToListAsync())
            .Select(p => JsonDocument.Parse(p).RootElement)
            .Where(p => p.GetProperty("productId").GetGuid() == productId)
            .ToList();
    }
}

public sealed class ProductSnapshotTestsOnSqlite(SqliteHost host) : ProductSnapshotTests(host), IClassFixture<SqliteHost>;

public sealed class ProductSnapshotTestsOnPostgreSql(PostgreSqlHost host) : ProductSnapshotTests(host), IClassFixture<PostgreSqlHost>;
