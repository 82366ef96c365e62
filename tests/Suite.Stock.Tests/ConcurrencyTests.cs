using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Stock.Data;
using Suite.Stock.Domain.Ledger;
using Suite.TestBase;
using Xunit;
using Xunit.Abstractions;
using static Suite.TestBase.ResponseJson;

namespace Suite.Stock.Tests;

/// <summary>
/// The figure: 500 units on hand, 1,000 one-unit shipments posted at once over 32 clients. Row locks queue
/// them, so exactly 500 post and 500 are refused, and none surfaces as a 500. PostgreSQL only: SQLite runs one writer at a time.
/// </summary>
public sealed class ConcurrencyTests(PostgreSqlHost host, ITestOutputHelper output) : IClassFixture<PostgreSqlHost>
{
    [Fact]
    public async Task Should_Post_Exactly_What_Is_On_Hand_When_1000_Shipments_Race_For_500_Units()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin);
        await StockApi.ReceiptAsync(admin, warehouseId, productId, 500, 2.5m);
        var drafts = new ConcurrentBag<Guid>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 1000), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (_, _) =>
            drafts.Add(await StockApi.DraftAsync(admin, new { kind = "shipment", warehouseId, lines = new[] { new { productId, quantity = 1m } } })));
        var clients = new ConcurrentQueue<HttpClient>();
        for (var i = 0; i < 32; i++)
            clients.Enqueue(await host.AdminAsync());
        var answers = new ConcurrentBag<(HttpStatusCode Status, string Body)>();

        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(drafts, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (id, ct) =>
        {
            clients.TryDequeue(out var client).ShouldBeTrue();
            try
            {
                var response = await StockApi.PostDocumentAsync(client!, id);
                answers.Add((response.StatusCode, await response.Content.ReadAsStringAsync(ct)));
            }
            finally
            {
                clients.Enqueue(client!);
            }
        });
        clock.Stop();
        output.WriteLine($"1,000 postings over 32 clients: {clock.Elapsed.TotalSeconds:0.00} s, {1000 / clock.Elapsed.TotalSeconds:0} per second");

        var byStatus = answers.GroupBy(a => a.Status).ToDictionary(g => g.Key, g => g.ToList());
        string Summary() => string.Join(", ", byStatus.Select(s => $"{s.Key}: {s.Value.Count} (e.g. {s.Value[0].Body})"));
        byStatus.Keys.ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict], ignoreOrder: true, Summary());
        byStatus[HttpStatusCode.OK].Count.ShouldBe(500, Summary());
        byStatus[HttpStatusCode.Conflict].Count.ShouldBe(500, Summary());
        byStatus[HttpStatusCode.Conflict].ShouldAllBe(a => JsonDocument.Parse(a.Body).RootElement.GetProperty("code").GetString() == "Stock.InsufficientStock");
        (await StockChecks.StockAsync(admin, productId, warehouseId)).ShouldBe((0m, 0m));
        var moves = await StockChecks.MovesAsync(admin, productId, warehouseId);
        moves.Count(m => m.GetProperty("documentKind").GetString() == "shipment").ShouldBe(500);
        moves.Where(m => m.GetProperty("quantity").GetDecimal() < 0).Sum(m => m.GetProperty("value").GetDecimal()).ShouldBe(-1250m);
        moves.Select(m => m.GetProperty("sequence").GetInt64()).Order().ShouldBe(Enumerable.Range(1, 501).Select(i => (long)i));
        var posted = await Json(await admin.GetAsync($"/api/stock/documents?warehouseId={warehouseId}&kind=shipment&status=posted&maxResultCount=1"));
        posted.GetProperty("totalCount").GetInt64().ShouldBe(500);
    }

    /// <summary>
    /// The one-call path (<c>post: true</c>) under the same race: it locks the products and only then takes the number,
    /// so postings neither deadlock nor leave gaps, and a refused one takes no number.
    /// </summary>
    [Fact]
    public async Task Should_Post_Exactly_What_Is_On_Hand_And_Number_Without_Gaps_When_300_One_Call_Shipments_Race_For_150_Units()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var first = await StockApi.ProductAsync(admin);
        var second = await StockApi.ProductAsync(admin, new { valuationMethod = "movingAverage", minQuantity = 100m });
        await StockApi.ReceiptAsync(admin, warehouseId, first, 150, 2m);
        await StockApi.ReceiptAsync(admin, warehouseId, second, 1_000, 3m);
        var clients = new ConcurrentQueue<HttpClient>();
        for (var i = 0; i < 16; i++)
            clients.Enqueue(await host.AdminAsync());
        var answers = new ConcurrentBag<(HttpStatusCode Status, string Body)>();

        // Two products in opposite orders on alternate shipments: the locks are taken in id order whatever the lines say.
        await Parallel.ForEachAsync(Enumerable.Range(0, 300), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (n, ct) =>
        {
            clients.TryDequeue(out var client).ShouldBeTrue();
            try
            {
                var lines = n % 2 == 0
                    ? new[] { new { productId = first, quantity = 1m }, new { productId = second, quantity = 1m } }
                    : new[] { new { productId = second, quantity = 1m }, new { productId = first, quantity = 1m } };
                var response = await client!.PostAsJsonAsync("/api/stock/documents", new { kind = "shipment", warehouseId, post = true, lines }, ct);
                answers.Add((response.StatusCode, await response.Content.ReadAsStringAsync(ct)));
            }
            finally
            {
                clients.Enqueue(client!);
            }
        });

        var byStatus = answers.GroupBy(a => a.Status).ToDictionary(g => g.Key, g => g.ToList());
        string Summary() => string.Join(", ", byStatus.Select(s => $"{s.Key}: {s.Value.Count} (e.g. {s.Value[0].Body})"));
        byStatus.Keys.ShouldBe([HttpStatusCode.Created, HttpStatusCode.Conflict], ignoreOrder: true, Summary());
        byStatus[HttpStatusCode.Created].Count.ShouldBe(150, Summary());
        (await StockChecks.StockAsync(admin, first, warehouseId)).ShouldBe((0m, 0m));
        (await StockChecks.StockAsync(admin, second, warehouseId)).OnHand.ShouldBe(850m);
        var numbers = byStatus[HttpStatusCode.Created].Select(a => int.Parse(JsonDocument.Parse(a.Body).RootElement.GetProperty("number").GetString()![3..]))
            .Order().ToList();
        numbers.ShouldBe(Enumerable.Range(numbers[0], 150).ToList());
        var posted = await Json(await admin.GetAsync($"/api/stock/documents?warehouseId={warehouseId}&kind=shipment&maxResultCount=1"));
        posted.GetProperty("totalCount").GetInt64().ShouldBe(150);
    }
}

/// <summary>The last line of defence: the database itself refuses a negative balance, whatever the code does.</summary>
public abstract class BalanceConstraintTests(SuiteHost host)
{
    [Theory]
    [InlineData("OnHand")]
    [InlineData("Reserved")]
    [InlineData("Value")]
    public async Task Should_Refuse_A_Negative_Balance_In_The_Database(string column)
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin);
        await StockApi.ReceiptAsync(admin, warehouseId, productId, 3, 10);

        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<StockDbContext>();
        var table = db.Model.FindEntityType(typeof(StockBalance))!;
        var name = table.GetSchema() is { } schema ? $"\"{schema}\".\"{table.GetTableName()}\"" : $"\"{table.GetTableName()}\"";
#pragma warning disable EF1002 // the names come from the model and the test, not from input
        var update = () => db.Database.ExecuteSqlRawAsync($"UPDATE {name} SET \"{column}\" = -1");
#pragma warning restore EF1002

        var refused = await Should.ThrowAsync<Exception>(update);

        refused.Message.ShouldContain("check", Case.Insensitive);
        (await StockChecks.StockAsync(admin, productId, warehouseId)).ShouldBe((3m, 30m));
    }
}

public sealed class BalanceConstraintTestsOnSqlite(SqliteHost host) : BalanceConstraintTests(host), IClassFixture<SqliteHost>;

public sealed class BalanceConstraintTestsOnPostgreSql(PostgreSqlHost host) : BalanceConstraintTests(host), IClassFixture<PostgreSqlHost>;
