using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Stock.Tests;

/// <summary><c>POST /api/stock/documents</c> with <c>post: true</c>: created and posted in one call and one transaction, or nothing saved.</summary>
public abstract class OneCallPostingTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Create_And_Post_A_Shipment_In_One_Call()
    {
        using var posted = new MeasurementRecorder("suite.stock.documents_posted");
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin);
        var receipt = await CreatedAsync(admin, new { kind = "receipt", warehouseId, post = true, lines = new[] { new { productId, quantity = 10m, unitCost = 10m } } });
        receipt.GetProperty("status").GetString().ShouldBe("posted");

        var shipment = await CreatedAsync(admin, new { kind = "shipment", warehouseId, post = true, lines = new[] { new { productId, quantity = 4m } } });

        shipment.GetProperty("status").GetString().ShouldBe("posted");
        shipment.GetProperty("number").GetString().ShouldStartWith("SH-");
        shipment.GetProperty("totalCost").GetDecimal().ShouldBe(40m);
        var id = shipment.GetProperty("id").GetGuid();
        (await StockChecks.DocumentAsync(admin, id)).GetProperty("status").GetString().ShouldBe("posted");
        (await StockChecks.StockAsync(admin, productId, warehouseId)).ShouldBe((6m, 60m));
        var moves = await StockChecks.MovesAsync(admin, productId, warehouseId);
        moves.Select(m => (m.GetProperty("quantity").GetDecimal(), m.GetProperty("value").GetDecimal())).ShouldBe([(10m, 100m), (-4m, -40m)]);
        moves[1].GetProperty("documentId").GetGuid().ShouldBe(id);
        // Other tests post meanwhile in this process: at least these two are counted, by kind.
        posted.Sum(("kind", "receipt")).ShouldBeGreaterThanOrEqualTo(1);
        posted.Sum(("kind", "shipment")).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task Should_Save_Nothing_And_Answer_As_The_Two_Calls_Do_When_A_Shipment_Posted_In_One_Call_Is_Short()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin);
        await StockApi.ReceiptAsync(admin, warehouseId, productId, 2, 10);
        var before = await StockChecks.ShipAsync(admin, warehouseId, productId, 1);
        var shortShipment = new { kind = "shipment", warehouseId, lines = new[] { new { productId, quantity = 3m } } };
        var twoCalls = await (await StockChecks.TryPostAsync(admin, shortShipment)).ShouldBeConflictAsync("Stock.InsufficientStock");
        var draftsBefore = await ShipmentCountAsync(admin, warehouseId);

        var oneCall = await (await admin.PostAsJsonAsync("/api/stock/documents",
            new { kind = "shipment", warehouseId, post = true, lines = new[] { new { productId, quantity = 3m } } })).ShouldBeConflictAsync("Stock.InsufficientStock");

        // The same shortage; compared as numbers, since a quantity read back from the database carries its column's scale (3.000).
        Shortage(oneCall).ShouldBe(Shortage(twoCalls));
        (await ShipmentCountAsync(admin, warehouseId)).ShouldBe(draftsBefore);
        (await StockChecks.StockAsync(admin, productId, warehouseId)).ShouldBe((1m, 10m));
        // The refusal took no number: the next shipment's follows the draft the two-call path left.
        var next = await CreatedAsync(admin, new { kind = "shipment", warehouseId, post = true, lines = new[] { new { productId, quantity = 1m } } });
        var numbers = (await Json(await admin.GetAsync($"/api/stock/documents?warehouseId={warehouseId}&kind=shipment&sorting=number")))
            .GetProperty("items").EnumerateArray().Select(d => int.Parse(d.GetProperty("number").GetString()![3..])).ToList();
        numbers.Count.ShouldBe(3);
        (numbers[1] - numbers[0], numbers[2] - numbers[1]).ShouldBe((1, 1));
        numbers[0].ShouldBe(int.Parse(before.GetProperty("number").GetString()![3..]));
        next.GetProperty("number").GetString().ShouldBe($"SH-{numbers[2]:000000}");
    }

    [Fact]
    public async Task Should_Refuse_An_Empty_Or_Future_Document_Posted_In_One_Call_Without_Saving_It()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin);

        await (await admin.PostAsJsonAsync("/api/stock/documents", new { kind = "receipt", warehouseId, post = true, lines = Array.Empty<object>() }))
            .ShouldBeConflictAsync("Stock.Document.Empty");
        await (await admin.PostAsJsonAsync("/api/stock/documents", new
        {
            kind = "receipt", warehouseId, post = true, date = StockChecks.DaysFromToday(2), lines = new[] { new { productId, quantity = 1m, unitCost = 1m } },
        })).ShouldBeConflictAsync("Stock.Document.FutureDate");
        var unknown = await admin.PostAsJsonAsync("/api/stock/documents",
            new { kind = "shipment", warehouseId, post = true, lines = new[] { new { productId = Guid.NewGuid(), quantity = 1m } } });
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await unknown.Content.ReadAsStringAsync());

        (await Json(await admin.GetAsync($"/api/stock/documents?warehouseId={warehouseId}"))).GetProperty("totalCount").GetInt64().ShouldBe(0);
    }

    private static async Task<JsonElement> CreatedAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/stock/documents", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    private static (Guid, string?, decimal, decimal, decimal) Shortage(JsonElement problem)
    {
        var shortage = problem.GetProperty("shortages").EnumerateArray().ShouldHaveSingleItem();
        return (shortage.GetProperty("productId").GetGuid(), shortage.GetProperty("sku").GetString(), shortage.GetProperty("requested").GetDecimal(),
            shortage.GetProperty("available").GetDecimal(), shortage.GetProperty("shortfall").GetDecimal());
    }

    private static async Task<long> ShipmentCountAsync(HttpClient client, Guid warehouseId) =>
        (await Json(await client.GetAsync($"/api/stock/documents?warehouseId={warehouseId}&kind=shipment"))).GetProperty("totalCount").GetInt64();
}

public sealed class OneCallPostingTestsOnSqlite(SqliteHost host) : OneCallPostingTests(host), IClassFixture<SqliteHost>;

public sealed class OneCallPostingTestsOnPostgreSql(PostgreSqlHost host) : OneCallPostingTests(host), IClassFixture<PostgreSqlHost>;
