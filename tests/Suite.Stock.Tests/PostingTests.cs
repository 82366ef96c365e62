using System.Net;
using System.Net.Http.Json;
using Shouldly;
using Suite.TestBase;
using Xunit;
using static Suite.TestBase.ResponseJson;

namespace Suite.Stock.Tests;

/// <summary>Posting and cancelling: all lines or none, exact reversals, the document's life cycle, dates and numbers.</summary>
public abstract class PostingTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Post_Nothing_When_The_Third_Line_Is_Short()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var first = await StockApi.ProductAsync(admin);
        var second = await StockApi.ProductAsync(admin, new { valuationMethod = "movingAverage" });
        var third = await StockApi.ProductAsync(admin);
        await StockApi.ReceiptAsync(admin, warehouseId, first, 10, 10);
        await StockApi.ReceiptAsync(admin, warehouseId, second, 10, 20);
        await StockApi.ReceiptAsync(admin, warehouseId, third, 2, 30);
        var sku = (await StockChecks.ProductJsonAsync(admin, third)).GetProperty("sku").GetString();

        var id = await StockApi.DraftAsync(admin, new
        {
            kind = "shipment", warehouseId,
            lines = new[] { new { productId = first, quantity = 5m }, new { productId = second, quantity = 5m }, new { productId = third, quantity = 3.5m } },
        });
        var problem = await (await StockApi.PostDocumentAsync(admin, id)).ShouldBeConflictAsync("Stock.InsufficientStock");

        var shortage = problem.GetProperty("shortages").EnumerateArray().ShouldHaveSingleItem();
        shortage.GetProperty("sku").GetString().ShouldBe(sku);
        shortage.GetProperty("productId").GetGuid().ShouldBe(third);
        shortage.GetProperty("requested").GetDecimal().ShouldBe(3.5m);
        shortage.GetProperty("available").GetDecimal().ShouldBe(2m);
        shortage.GetProperty("shortfall").GetDecimal().ShouldBe(1.5m);
        problem.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain(sku!);
        (await StockChecks.StockAsync(admin, first, warehouseId)).ShouldBe((10m, 100m));
        (await StockChecks.StockAsync(admin, second, warehouseId)).ShouldBe((10m, 200m));
        (await StockChecks.StockAsync(admin, third, warehouseId)).ShouldBe((2m, 60m));
        foreach (var product in new[] { first, second, third })
            (await StockChecks.MovesAsync(admin, product, warehouseId)).Count.ShouldBe(1);
        (await StockChecks.DocumentAsync(admin, id)).GetProperty("status").GetString().ShouldBe("draft");
    }

    [Fact]
    public async Task Should_Add_Up_Two_Lines_Of_The_Same_Product_Before_Checking_Stock()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin);
        await StockApi.ReceiptAsync(admin, warehouseId, productId, 10, 10);

        var response = await StockChecks.TryPostAsync(admin, new
        {
            kind = "shipment", warehouseId, lines = new[] { new { productId, quantity = 6m }, new { productId, quantity = 6m } },
        });

        var shortage = (await response.ShouldBeConflictAsync("Stock.InsufficientStock")).GetProperty("shortages").EnumerateArray().ShouldHaveSingleItem();
        shortage.GetProperty("requested").GetDecimal().ShouldBe(12m);
        shortage.GetProperty("shortfall").GetDecimal().ShouldBe(2m);
        (await StockChecks.StockAsync(admin, productId, warehouseId)).ShouldBe((10m, 100m));

        var fits = await StockApi.PostedAsync(admin, new
        {
            kind = "shipment", warehouseId, lines = new[] { new { productId, quantity = 6m }, new { productId, quantity = 4m } },
        });
        fits.GetProperty("totalCost").GetDecimal().ShouldBe(100m);
        (await StockChecks.StockAsync(admin, productId, warehouseId)).ShouldBe((0m, 0m));
    }

    [Theory]
    [InlineData("fifo")]
    [InlineData("movingAverage")]
    public async Task Should_Restore_Quantity_And_Value_Exactly_When_A_Shipment_Is_Cancelled(string method)
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin, new { valuationMethod = method });
        await StockApi.ReceiptAsync(admin, warehouseId, productId, 3, 0.3333m);
        await StockApi.ReceiptAsync(admin, warehouseId, productId, 7, 11.11m);
        var before = await StockChecks.StockAsync(admin, productId, warehouseId);
        var shipment = await StockChecks.ShipAsync(admin, warehouseId, productId, 4);
        var id = shipment.GetProperty("id").GetGuid();

        var response = await admin.PostAsync($"/api/stock/documents/{id}/cancel", null);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await Json(response)).GetProperty("status").GetString().ShouldBe("cancelled");
        (await StockChecks.StockAsync(admin, productId, warehouseId)).ShouldBe(before);
        if (method == "fifo")
            await host.ShouldHaveLayersMatchingTheBalanceAsync(productId, warehouseId);
        // The goods came back at the cost they went out at, so shipping everything now costs exactly what came in.
        (await StockChecks.ShipAsync(admin, warehouseId, productId, 10)).GetProperty("totalCost").GetDecimal().ShouldBe(before.Value);
        (await StockChecks.StockAsync(admin, productId, warehouseId)).ShouldBe((0m, 0m));
    }

    [Theory]
    [InlineData("fifo")]
    [InlineData("movingAverage")]
    public async Task Should_Restore_Both_Warehouses_When_A_Transfer_Is_Cancelled(string method)
    {
        var admin = await host.AdminAsync();
        var a = await StockApi.WarehouseAsync(admin);
        var b = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin, new { valuationMethod = method });
        await StockApi.ReceiptAsync(admin, a, productId, 10, 10);
        await StockApi.ReceiptAsync(admin, a, productId, 10, 20);
        await StockApi.ReceiptAsync(admin, b, productId, 1, 7);
        var transfer = await StockApi.PostedAsync(admin, new
        {
            kind = "transfer", warehouseId = a, targetWarehouseId = b, lines = new[] { new { productId, quantity = 15m } },
        });

        var response = await admin.PostAsync($"/api/stock/documents/{transfer.GetProperty("id").GetGuid()}/cancel", null);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await StockChecks.StockAsync(admin, productId, a)).ShouldBe((20m, 300m));
        (await StockChecks.StockAsync(admin, productId, b)).ShouldBe((1m, 7m), "B's own unit is left, at its own cost");
        if (method == "fifo")
        {
            await host.ShouldHaveLayersMatchingTheBalanceAsync(productId, a);
            await host.ShouldHaveLayersMatchingTheBalanceAsync(productId, b);
            (await StockChecks.ShipAsync(admin, b, productId, 1)).GetProperty("totalCost").GetDecimal().ShouldBe(7m);
        }
        var reversal = await StockChecks.DocumentAsync(admin, (await Json(response)).GetProperty("reversedById").GetGuid());
        reversal.GetProperty("totalCost").GetDecimal().ShouldBe(transfer.GetProperty("totalCost").GetDecimal());
    }

    [Fact]
    public async Task Should_Restore_The_Books_When_A_Count_Is_Cancelled()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var shortProduct = await StockApi.ProductAsync(admin);
        var surplus = await StockApi.ProductAsync(admin, new { valuationMethod = "movingAverage" });
        await StockApi.ReceiptAsync(admin, warehouseId, shortProduct, 10, 10);
        await StockApi.ReceiptAsync(admin, warehouseId, shortProduct, 10, 20);
        await StockApi.ReceiptAsync(admin, warehouseId, surplus, 4, 2.5m);
        var count = await StockApi.PostedAsync(admin, new
        {
            kind = "count", warehouseId, lines = new object[] { new { productId = shortProduct, quantity = 12m }, new { productId = surplus, quantity = 6m } },
        });
        count.GetProperty("totalCost").GetDecimal().ShouldBe(-75m, "8 short from the oldest layer at 10, 2 found at 2.50");

        var response = await admin.PostAsync($"/api/stock/documents/{count.GetProperty("id").GetGuid()}/cancel", null);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await StockChecks.StockAsync(admin, shortProduct, warehouseId)).ShouldBe((20m, 300m));
        await host.ShouldHaveLayersMatchingTheBalanceAsync(shortProduct, warehouseId);
        (await StockChecks.StockAsync(admin, surplus, warehouseId)).ShouldBe((4m, 10m));
    }

    [Fact]
    public async Task Should_Write_A_Counter_Document_When_Cancelling()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin);
        await StockApi.ReceiptAsync(admin, warehouseId, productId, 10, 10);
        var shipment = await StockChecks.ShipAsync(admin, warehouseId, productId, 4);
        var id = shipment.GetProperty("id").GetGuid();

        var cancelled = await Json(await admin.PostAsync($"/api/stock/documents/{id}/cancel", null));

        var reversalId = cancelled.GetProperty("reversedById").GetGuid();
        var reversal = await StockChecks.DocumentAsync(admin, reversalId);
        reversal.GetProperty("reversalOfId").GetGuid().ShouldBe(id);
        reversal.GetProperty("status").GetString().ShouldBe("posted");
        reversal.GetProperty("kind").GetString().ShouldBe("shipment");
        reversal.GetProperty("totalCost").GetDecimal().ShouldBe(40m);
        reversal.GetProperty("number").GetString().ShouldNotBe(shipment.GetProperty("number").GetString());
        var moves = await StockChecks.MovesAsync(admin, productId, warehouseId);
        moves.Select(m => m.GetProperty("quantity").GetDecimal()).ShouldBe([10m, -4m, 4m]);
        moves[^1].GetProperty("documentId").GetGuid().ShouldBe(reversalId);
        (await StockChecks.DocumentAsync(admin, id)).GetProperty("status").GetString().ShouldBe("cancelled");
    }

    [Fact]
    public async Task Should_Refuse_To_Cancel_A_Receipt_Whose_Goods_Were_Shipped()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin);
        var receipt = await StockApi.ReceiptAsync(admin, warehouseId, productId, 10, 10);
        await StockChecks.ShipAsync(admin, warehouseId, productId, 4);
        var id = receipt.GetProperty("id").GetGuid();

        var problem = await (await admin.PostAsync($"/api/stock/documents/{id}/cancel", null)).ShouldBeConflictAsync("Stock.InsufficientStock");

        problem.GetProperty("shortages").EnumerateArray().ShouldHaveSingleItem().GetProperty("shortfall").GetDecimal().ShouldBe(4m);
        (await StockChecks.DocumentAsync(admin, id)).GetProperty("status").GetString().ShouldBe("posted");
        (await StockChecks.StockAsync(admin, productId, warehouseId)).ShouldBe((6m, 60m));
        // The refused counter-document gave its number back: the next receipt follows this one without a gap.
        var next = await StockChecks.DocumentAsync(admin, await StockApi.DraftAsync(admin, new
        {
            kind = "receipt", warehouseId, lines = new[] { new { productId, quantity = 1m, unitCost = 1m } },
        }));
        int.Parse(next.GetProperty("number").GetString()![3..]).ShouldBe(int.Parse(receipt.GetProperty("number").GetString()![3..]) + 1);
    }

    [Fact]
    public async Task Should_Cancel_A_Receipt_Whose_Goods_Are_All_There()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin);
        await StockApi.ReceiptAsync(admin, warehouseId, productId, 10, 10);
        var receipt = await StockApi.ReceiptAsync(admin, warehouseId, productId, 5, 20);

        var response = await admin.PostAsync($"/api/stock/documents/{receipt.GetProperty("id").GetGuid()}/cancel", null);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await StockChecks.StockAsync(admin, productId, warehouseId)).ShouldBe((10m, 100m), "the receipt's own layer went back");
    }

    [Fact]
    public async Task Should_Refuse_To_Cancel_Twice_And_To_Post_Twice()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin);
        var receipt = await StockApi.ReceiptAsync(admin, warehouseId, productId, 10, 10);
        var id = receipt.GetProperty("id").GetGuid();

        await (await StockApi.PostDocumentAsync(admin, id)).ShouldBeConflictAsync("Stock.Document.NotDraft");
        (await admin.PostAsync($"/api/stock/documents/{id}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await admin.PostAsync($"/api/stock/documents/{id}/cancel", null)).ShouldBeConflictAsync("Stock.Document.NotPosted");
        await (await StockApi.PostDocumentAsync(admin, id)).ShouldBeConflictAsync("Stock.Document.NotDraft");

        var draft = await StockApi.DraftAsync(admin, new { kind = "receipt", warehouseId, lines = new[] { new { productId, quantity = 1m, unitCost = 1m } } });
        await (await admin.PostAsync($"/api/stock/documents/{draft}/cancel", null)).ShouldBeConflictAsync("Stock.Document.NotPosted");
        (await StockChecks.StockAsync(admin, productId, warehouseId)).ShouldBe((0m, 0m));
    }

    [Fact]
    public async Task Should_Edit_And_Delete_Only_Drafts()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin);
        var draft = await StockApi.DraftAsync(admin, new { kind = "receipt", warehouseId, lines = new[] { new { productId, quantity = 1m, unitCost = 1m } } });
        var stamp = (await StockChecks.DocumentAsync(admin, draft)).GetProperty("concurrencyStamp").GetString();

        var edited = await admin.PutAsJsonAsync($"/api/stock/documents/{draft}", new
        {
            kind = "receipt", warehouseId, concurrencyStamp = stamp, lines = new[] { new { productId, quantity = 7m, unitCost = 2m } },
        });
        edited.StatusCode.ShouldBe(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        (await Json(edited)).GetProperty("lines").EnumerateArray().ShouldHaveSingleItem().GetProperty("quantity").GetDecimal().ShouldBe(7m);
        // Someone who loaded the draft before that edit, and changes only its lines, must not overwrite it unseen.
        var stale = await admin.PutAsJsonAsync($"/api/stock/documents/{draft}", new
        {
            kind = "receipt", warehouseId, concurrencyStamp = stamp, lines = new[] { new { productId, quantity = 9m, unitCost = 2m } },
        });
        await stale.ShouldBeConflictAsync("Concurrency.Stale");
        (await StockChecks.DocumentAsync(admin, draft)).GetProperty("lines").EnumerateArray().ShouldHaveSingleItem()
            .GetProperty("quantity").GetDecimal().ShouldBe(7m);
        (await admin.DeleteAsync($"/api/stock/documents/{draft}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.GetAsync($"/api/stock/documents/{draft}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var posted = await StockApi.ReceiptAsync(admin, warehouseId, productId, 10, 10);
        var id = posted.GetProperty("id").GetGuid();
        var edit = await admin.PutAsJsonAsync($"/api/stock/documents/{id}", new
        {
            kind = "receipt", warehouseId, concurrencyStamp = posted.GetProperty("concurrencyStamp").GetString(),
            lines = new[] { new { productId, quantity = 1m, unitCost = 1m } },
        });
        await edit.ShouldBeConflictAsync("Stock.Document.NotDraft");
        await (await admin.DeleteAsync($"/api/stock/documents/{id}")).ShouldBeConflictAsync("Stock.Document.NotDraft");
        (await StockChecks.StockAsync(admin, productId, warehouseId)).ShouldBe((10m, 100m));
    }

    [Fact]
    public async Task Should_Refuse_A_Posting_Dated_Before_The_Last_Move_But_Not_One_The_Same_Day()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin);
        var other = await StockApi.ProductAsync(admin);
        await StockApi.PostedAsync(admin, new
        {
            kind = "receipt", warehouseId, date = StockChecks.DaysFromToday(-1), lines = new[] { new { productId, quantity = 10m, unitCost = 10m } },
        });

        var backdated = await StockChecks.TryPostAsync(admin, new
        {
            kind = "shipment", warehouseId, date = StockChecks.DaysFromToday(-2), lines = new[] { new { productId, quantity = 1m } },
        });
        await backdated.ShouldBeConflictAsync("Stock.Document.Backdated");

        // Another product has no moves, so it can be received on any past date.
        await StockApi.PostedAsync(admin, new
        {
            kind = "receipt", warehouseId, date = StockChecks.DaysFromToday(-5), lines = new[] { new { productId = other, quantity = 1m, unitCost = 1m } },
        });
        await StockApi.PostedAsync(admin, new
        {
            kind = "shipment", warehouseId, date = StockChecks.DaysFromToday(-1), lines = new[] { new { productId, quantity = 1m } },
        });
        await StockApi.PostedAsync(admin, new
        {
            kind = "shipment", warehouseId, date = StockChecks.Today, lines = new[] { new { productId, quantity = 1m } },
        });
        (await StockChecks.StockAsync(admin, productId, warehouseId)).ShouldBe((8m, 80m));
    }

    [Fact]
    public async Task Should_Refuse_A_Future_Date_And_An_Empty_Document()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin);

        var future = await StockChecks.TryPostAsync(admin, new
        {
            kind = "receipt", warehouseId, date = StockChecks.DaysFromToday(2), lines = new[] { new { productId, quantity = 1m, unitCost = 1m } },
        });
        await future.ShouldBeConflictAsync("Stock.Document.FutureDate");

        var empty = await StockChecks.TryPostAsync(admin, new { kind = "receipt", warehouseId, lines = Array.Empty<object>() });
        await empty.ShouldBeConflictAsync("Stock.Document.Empty");
        (await StockChecks.StockAsync(admin, productId, warehouseId)).ShouldBe((0m, 0m));
    }

    [Fact]
    public async Task Should_Number_Each_Kind_In_Its_Own_Series_Without_Gaps()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin);
        var receipt = new { kind = "receipt", warehouseId, lines = new[] { new { productId, quantity = 1m, unitCost = 1m } } };
        var writeOff = new { kind = "writeOff", warehouseId, reason = "Бой", lines = new[] { new { productId, quantity = 1m } } };

        // A refused draft takes no number.
        (await admin.PostAsJsonAsync("/api/stock/documents", new { kind = "receipt", warehouseId, lines = new[] { new { productId, quantity = 0m, unitCost = 1m } } }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var numbers = new List<string>();
        foreach (var body in new object[] { receipt, writeOff, receipt, receipt, writeOff })
            numbers.Add((await StockChecks.DocumentAsync(admin, await StockApi.DraftAsync(admin, body))).GetProperty("number").GetString()!);

        var receipts = numbers.Where(n => n.StartsWith("RC-")).Select(n => int.Parse(n[3..])).ToList();
        var writeOffs = numbers.Where(n => n.StartsWith("WO-")).Select(n => int.Parse(n[3..])).ToList();
        receipts.Count.ShouldBe(3);
        writeOffs.Count.ShouldBe(2);
        numbers.ShouldAllBe(n => n.Length == 9, "RC-000001");
        (receipts[1] - receipts[0], receipts[2] - receipts[1]).ShouldBe((1, 1));
        (writeOffs[1] - writeOffs[0]).ShouldBe(1);
    }

    [Fact]
    public async Task Should_List_Documents_By_Kind_And_Status_As_The_Api_Spells_Them()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin);
        var receipt = await StockApi.ReceiptAsync(admin, warehouseId, productId, 10, 10);
        var shipment = await StockChecks.ShipAsync(admin, warehouseId, productId, 1);
        var draft = await StockApi.DraftAsync(admin, new { kind = "shipment", warehouseId, lines = new[] { new { productId, quantity = 1m } } });

        async Task<List<Guid>> ListAsync(string query)
        {
            var response = await admin.GetAsync($"/api/stock/documents?warehouseId={warehouseId}&{query}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{query}: {await response.Content.ReadAsStringAsync()}");
            return (await Json(response)).GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetGuid()).ToList();
        }

        (await ListAsync("kind=shipment")).ShouldBe([shipment.GetProperty("id").GetGuid(), draft], ignoreOrder: true);
        (await ListAsync("kind=shipment&status=posted")).ShouldBe([shipment.GetProperty("id").GetGuid()]);
        (await ListAsync("status=draft")).ShouldBe([draft]);
        (await ListAsync("kind=receipt")).ShouldBe([receipt.GetProperty("id").GetGuid()]);
        (await ListAsync("kind=writeOff")).ShouldBeEmpty();
        (await admin.GetAsync("/api/stock/documents?kind=nonsense")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_Keep_A_Running_Quantity_And_Value_In_The_Ledger()
    {
        var admin = await host.AdminAsync();
        var warehouseId = await StockApi.WarehouseAsync(admin);
        var productId = await StockApi.ProductAsync(admin);
        await StockApi.ReceiptAsync(admin, warehouseId, productId, 10, 10);
        await StockApi.ReceiptAsync(admin, warehouseId, productId, 10, 20);
        await StockChecks.ShipAsync(admin, warehouseId, productId, 15);
        await StockApi.PostedAsync(admin, new { kind = "writeOff", warehouseId, reason = "Брак", lines = new[] { new { productId, quantity = 2m } } });

        var moves = await StockChecks.MovesAsync(admin, productId, warehouseId);

        moves.Select(m => m.GetProperty("sequence").GetInt64()).ShouldBe([1L, 2L, 3L, 4L]);
        moves.Select(m => m.GetProperty("quantity").GetDecimal()).ShouldBe([10m, 10m, -15m, -2m]);
        moves.Select(m => m.GetProperty("value").GetDecimal()).ShouldBe([100m, 200m, -200m, -40m]);
        moves.Select(m => m.GetProperty("quantityAfter").GetDecimal()).ShouldBe([10m, 20m, 5m, 3m]);
        moves.Select(m => m.GetProperty("valueAfter").GetDecimal()).ShouldBe([100m, 300m, 100m, 60m]);
        moves.Select(m => m.GetProperty("documentKind").GetString()).ShouldBe(["receipt", "receipt", "shipment", "writeOff"]);
    }
}

public sealed class PostingTestsOnSqlite(SqliteHost host) : PostingTests(host), IClassFixture<SqliteHost>;

public sealed class PostingTestsOnPostgreSql(PostgreSqlHost host) : PostingTests(host), IClassFixture<PostgreSqlHost>;
