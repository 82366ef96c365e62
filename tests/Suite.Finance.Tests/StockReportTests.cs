using ClosedXML.Excel;
using Shouldly;
using Suite.TestBase;
using Xunit;

namespace Suite.Finance.Tests;

/// <summary>
/// A month's P&amp;L and trial balance from stock documents alone, worked out by hand: the cost of goods at shipment, a
/// count shortage as another expense, balances carried from one month to the next. Its own host, so the figures are
/// this test's only.
/// </summary>
public abstract class StockReportTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Show_A_Months_Cost_Of_Goods_And_Count_Differences_In_The_P_And_L_And_Balance_The_Trial_Balance()
    {
        var admin = await host.AdminAsync();
        var main = await FinanceApi.WarehouseAsync(admin);
        var door = await FinanceApi.ProductAsync(admin);
        var june = new DateOnly(2024, 6, 1);
        await FinanceApi.ReceiveAsync(admin, main, door, 10, 3000m, june.AddDays(1));
        await FinanceApi.ShipAsync(admin, main, door, 3, june.AddDays(9));
        await FinanceApi.StockDocumentAsync(admin, new
        {
            kind = "count", warehouseId = main, date = june.AddDays(19), lines = new[] { new { productId = door, quantity = 6m } },
        });
        await FinanceApi.ShipAsync(admin, main, door, 2, june.AddMonths(1).AddDays(4));
        await FinanceApi.BooksFollowStockAsync(admin, june.AddMonths(1).AddDays(30));

        var pnl = await FinanceApi.ReportAsync(admin, "profit-and-loss", june, june.AddMonths(2).AddDays(-1));
        pnl.GetProperty("from").GetString().ShouldBe("2024-06-01");
        var months = pnl.GetProperty("months").EnumerateArray().ToList();
        months.Select(m => m.GetProperty("month").GetString()).ShouldBe(["2024-06", "2024-07"]);
        var (jun, jul) = (months[0], months[1]);
        jun.Money("revenue").ShouldBe(0m);
        jun.Money("costOfGoodsSold").ShouldBe(9000m, "three doors at 3,000 shipped in June");
        jun.Money("grossProfit").ShouldBe(-9000m);
        jun.Money("otherExpenses").ShouldBe(3000m, "one door short at the count");
        jun.Money("netProfit").ShouldBe(-12000m);
        jul.Money("costOfGoodsSold").ShouldBe(6000m);
        pnl.Money("costOfGoodsSold").ShouldBe(15000m);
        pnl.Money("otherExpenses").ShouldBe(3000m);
        pnl.Money("netProfit").ShouldBe(-18000m);

        var tb = await FinanceApi.ReportAsync(admin, "trial-balance", june.AddMonths(1), june.AddMonths(2).AddDays(-1));
        var goods = FinanceApi.Row(tb, "41")!.Value;
        (goods.Money("openingBalance"), goods.Money("debit"), goods.Money("credit"), goods.Money("closingBalance"))
            .ShouldBe((18000m, 0m, 6000m, 12000m), "six doors at the start of July, two shipped");
        var cost = FinanceApi.Row(tb, "90.02")!.Value;
        (cost.Money("openingBalance"), cost.Money("debit"), cost.Money("closingBalance")).ShouldBe((9000m, 6000m, 15000m));
        var totals = tb.GetProperty("totals");
        totals.Money("debit").ShouldBe(totals.Money("credit"));
        totals.Money("openingDebit").ShouldBe(totals.Money("openingCredit"));
        totals.Money("closingDebit").ShouldBe(totals.Money("closingCredit"));
        tb.GetProperty("rows").EnumerateArray().Sum(r => r.Money("closingBalance")).ShouldBe(0m);

        var export = await admin.GetAsync($"/api/finance/reports/profit-and-loss/export?from=2024-06-01&to=2024-07-31");
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var workbook = new XLWorkbook(await export.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheets.First();
        sheet.Cell(1, 1).GetString().ShouldBe("Отчёт о прибылях и убытках");
        sheet.Cell(2, 1).GetString().ShouldContain("с 01.06.2024 по 31.07.2024");
        sheet.Cell(4, 4).GetString().ShouldBe("Итого");
        sheet.Cell(6, 1).GetString().ShouldBe("Себестоимость продаж");
        (sheet.Cell(6, 2).GetValue<decimal>(), sheet.Cell(6, 3).GetValue<decimal>(), sheet.Cell(6, 4).GetValue<decimal>()).ShouldBe((9000m, 6000m, 15000m));
        sheet.Cell(6, 2).Style.NumberFormat.Format.ShouldStartWith("#,##0.00");

        using var tbBook = new XLWorkbook(await (await admin.GetAsync("/api/finance/reports/trial-balance/export?from=2024-07-01&to=2024-07-31")).Content.ReadAsStreamAsync());
        var tbSheet = tbBook.Worksheets.First();
        tbSheet.Cell(1, 1).GetString().ShouldBe("Оборотно-сальдовая ведомость");
        var goodsRow = tbSheet.RowsUsed().Single(r => r.Cell(1).GetString() == "41");
        Enumerable.Range(3, 6).Select(c => goodsRow.Cell(c).GetValue<decimal>()).ShouldBe([18000m, 0m, 0m, 6000m, 12000m, 0m]);
    }
}

public sealed class StockReportTestsOnSqlite(SqliteHost host) : StockReportTests(host), IClassFixture<SqliteHost>;

public sealed class StockReportTestsOnPostgreSql(PostgreSqlHost host) : StockReportTests(host), IClassFixture<PostgreSqlHost>;
