using System.Net;
using System.Net.Http.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Stock.Tests;

/// <summary>
/// Document dates are the company's calendar days: at 00:30 in Moscow on 2 December (21:30 UTC on 1 December) a
/// receipt dated 2 December is today's, not a future one, and "today" follows the zone in the company settings.
/// </summary>
public abstract class BusinessDayTests(MoscowNightHost host)
{
    private static readonly string Today = MoscowNightHost.Today.ToString("yyyy-MM-dd");

    [Fact]
    public async Task Should_Post_A_Receipt_Dated_Today_In_Moscow_At_Half_Past_Midnight()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin);

        var posted = await StockApi.PostedAsync(admin, new
        {
            kind = "receipt", warehouseId, date = Today, lines = new[] { new { productId, quantity = 3m, unitCost = 10m } },
        });

        posted.GetProperty("date").GetString().ShouldBe(Today);
        posted.GetProperty("status").GetString().ShouldBe("posted");
        var undated = await StockApi.DraftAsync(admin, new { kind = "receipt", warehouseId, lines = new[] { new { productId, quantity = 1m, unitCost = 10m } } });
        (await StockChecks.DocumentAsync(admin, undated)).GetProperty("date").GetString().ShouldBe(Today);
        var tomorrow = await StockChecks.TryPostAsync(admin, new
        {
            kind = "receipt", warehouseId, date = "2026-12-03", lines = new[] { new { productId, quantity = 1m, unitCost = 10m } },
        });
        await tomorrow.ShouldBeConflictAsync("Stock.Document.FutureDate");
    }

    [Fact]
    public async Task Should_Move_Today_When_The_Company_Moves_To_Another_Time_Zone()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin);
        try
        {
            await ChangeTimeZoneAsync(admin, "UTC");

            var undated = await StockApi.DraftAsync(admin, new { kind = "receipt", warehouseId, lines = new[] { new { productId, quantity = 1m, unitCost = 10m } } });
            (await StockChecks.DocumentAsync(admin, undated)).GetProperty("date").GetString().ShouldBe("2026-12-01");
            var datedMoscowToday = await StockChecks.TryPostAsync(admin, new
            {
                kind = "receipt", warehouseId, date = Today, lines = new[] { new { productId, quantity = 1m, unitCost = 10m } },
            });
            await datedMoscowToday.ShouldBeConflictAsync("Stock.Document.FutureDate");
        }
        finally
        {
            await ChangeTimeZoneAsync(admin, "Europe/Moscow");
        }

        (await StockApi.PostDocumentAsync(admin, await StockApi.DraftAsync(admin, new
        {
            kind = "receipt", warehouseId, date = Today, lines = new[] { new { productId, quantity = 1m, unitCost = 10m } },
        }))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task ChangeTimeZoneAsync(HttpClient admin, string timeZone)
    {
        var current = await Json(await admin.GetAsync("/api/settings/company"));
        var changed = await admin.PutAsJsonAsync("/api/settings/company",
            new { timeZone, concurrencyStamp = current.GetProperty("concurrencyStamp").GetString() });
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
    }
}

public sealed class BusinessDayTestsOnSqlite(MoscowNightSqliteHost host) : BusinessDayTests(host), IClassFixture<MoscowNightSqliteHost>;

public sealed class BusinessDayTestsOnPostgreSql(MoscowNightPostgreSqlHost host) : BusinessDayTests(host), IClassFixture<MoscowNightPostgreSqlHost>;
