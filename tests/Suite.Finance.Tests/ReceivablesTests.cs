using System.Net;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Finance.Data;
using Suite.Finance.Domain.Payments;
using Suite.TestBase;
using Xunit;
using static Suite.Finance.Tests.FinanceApi;
using static Suite.TestBase.ResponseJson;

namespace Suite.Finance.Tests;

/// <summary>Aging as of a day on its bucket boundaries, its drill-down and workbook; the reconciliation statement.</summary>
public abstract class ReceivablesTests(SuiteHost host)
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    [Fact]
    public async Task Should_Put_Each_Invoice_In_Its_Bucket_By_Days_Past_Due_At_The_Day_Counting_Only_What_Was_Paid_By_Then()
    {
        var admin = await host.AdminAsync();
        var client = await ClientAsync(admin, Unique("ООО Должник"));
        // Days past due at 30.06 → amount: due today is not yet due; 1 and 30 are 1–30; 31 and 60 are 31–60; 61 and 90
        // are 61–90; 91 is over 90.
        var invoices = new Dictionary<int, Guid>();
        foreach (var (days, amount) in new[] { (0, 100m), (1, 1m), (30, 30m), (31, 31m), (60, 60m), (61, 61m), (90, 90m), (91, 91m) })
        {
            var due = AsOf.AddDays(-days);
            invoices[days] = (await IssuedAsync(admin, client, amount, due.AddDays(-5), due)).GetProperty("id").GetGuid();
        }

        // Not counted at 30.06: issued the day after, cancelled on the day, and a draft.
        await IssuedAsync(admin, client, 5000m, AsOf.AddDays(1), AsOf.AddDays(10));
        await DraftAsync(admin, client, [Line("Черновик", 1, 7000m, null)], new { issueDate = AsOf.AddDays(-3), dueDate = AsOf.AddDays(-1) });

        // Allocations go straight into the table aging reads, under one payment row (the payments API would post them on
        // their own days, and this test needs one dated after AsOf and one cancelled). 40 paid on the
        // 91-day invoice by 29.06 counts; 50 paid on 01.07 and 20 paid on 28.06 but cancelled on 29.06 do not.
        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FinanceDbContext>();
            var payment = new Payment("ПП-ТЕСТ-" + Guid.NewGuid().ToString("N")[..8], AsOf.AddDays(-2), PaymentDirection.Incoming,
                await FinanceApi.CashDeskAsync(admin), 110m, client, null, await FinanceApi.ArticleAsync(admin, "customer-payments"), PaymentSource.Manual);
            db.Payments.Add(payment);
            db.PaymentAllocations.Add(new PaymentAllocation(payment.Id, invoices[91], client, AsOf.AddDays(-1), 40m));
            db.PaymentAllocations.Add(new PaymentAllocation(payment.Id, invoices[90], client, AsOf.AddDays(1), 50m));
            var cancelled = new PaymentAllocation(payment.Id, invoices[61], client, AsOf.AddDays(-2), 20m);
            cancelled.Cancel(AsOf.AddDays(-1));
            db.PaymentAllocations.Add(cancelled);
            await db.SaveChangesAsync();
        }

        var aging = await Json(await admin.GetAsync($"/api/finance/receivables/aging?asOf={AsOf:yyyy-MM-dd}"));
        aging.GetProperty("asOf").GetString().ShouldBe("2026-06-30");
        var row = aging.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("companyId").GetGuid() == client);
        row.GetProperty("notDue").GetDecimal().ShouldBe(100m);
        row.GetProperty("d1_30").GetDecimal().ShouldBe(31m);
        row.GetProperty("d31_60").GetDecimal().ShouldBe(91m);
        row.GetProperty("d61_90").GetDecimal().ShouldBe(151m);
        row.GetProperty("over90").GetDecimal().ShouldBe(51m);
        row.GetProperty("total").GetDecimal().ShouldBe(424m);
        aging.GetProperty("totals").GetProperty("total").GetDecimal().ShouldBeGreaterThanOrEqualTo(424m);

        var drill = await Json(await admin.GetAsync($"/api/finance/receivables/aging/{client}?asOf={AsOf:yyyy-MM-dd}"));
        drill.EnumerateArray().Select(i => (i.GetProperty("daysOverdue").GetInt32(), i.GetProperty("bucket").GetString(), i.GetProperty("due").GetDecimal()))
            .ShouldBe([
                (91, "over90", 51m), (90, "d61_90", 90m), (61, "d61_90", 61m), (60, "d31_60", 60m), (31, "d31_60", 31m),
                (30, "d1_30", 30m), (1, "d1_30", 1m), (0, "notDue", 100m),
            ]);
        drill[0].GetProperty("paid").GetDecimal().ShouldBe(40m);

        // A day later the 50 paid on 01.07 counts, the invoice issued that day joins, and everything is a day older.
        var nextDay = await Json(await admin.GetAsync($"/api/finance/receivables/aging/{client}?asOf={AsOf.AddDays(1):yyyy-MM-dd}"));
        nextDay.EnumerateArray().Sum(i => i.GetProperty("due").GetDecimal()).ShouldBe(424m - 50m + 5000m);

        var export = await admin.GetAsync($"/api/finance/receivables/aging/export?asOf={AsOf:yyyy-MM-dd}");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var workbook = new XLWorkbook(await export.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheets.First();
        sheet.Cell(1, 1).GetString().ShouldContain("30.06.2026");
        var line = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == row.GetProperty("companyName").GetString());
        line.Cell(7).GetValue<decimal>().ShouldBe(424m);
        line.Cell(6).GetValue<decimal>().ShouldBe(51m);
    }

    [Fact]
    public async Task Should_State_Opening_Balance_Invoices_Payments_And_Closing_For_A_Client_And_Period()
    {
        var admin = await host.AdminAsync();
        var client = await ClientAsync(admin, Unique("ООО Сверка"));
        await IssuedAsync(admin, client, 1000m, new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 20));
        var april = await IssuedAsync(admin, client, 250.50m, new DateOnly(2026, 4, 5), new DateOnly(2026, 4, 15));
        await IssuedAsync(admin, client, 99m, new DateOnly(2026, 5, 2), new DateOnly(2026, 5, 12));

        var statement = await Json(await admin.GetAsync($"/api/finance/receivables/reconciliation?companyId={client}&from=2026-04-01&to=2026-04-30"));
        statement.GetProperty("openingBalance").GetDecimal().ShouldBe(1000m);
        var rows = statement.GetProperty("rows").EnumerateArray().ToList();
        rows.ShouldHaveSingleItem().GetProperty("date").GetString().ShouldBe("2026-04-05");
        rows[0].GetProperty("document").GetString()!.ShouldContain(april.GetProperty("number").GetString()!);
        rows[0].GetProperty("debit").GetDecimal().ShouldBe(250.50m);
        statement.GetProperty("debitTotal").GetDecimal().ShouldBe(250.50m);
        statement.GetProperty("creditTotal").GetDecimal().ShouldBe(0m);
        statement.GetProperty("closingBalance").GetDecimal().ShouldBe(1250.50m);

        var export = await admin.GetAsync($"/api/finance/receivables/reconciliation/export?companyId={client}&from=2026-04-01&to=2026-04-30");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var workbook = new XLWorkbook(await export.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheets.First();
        sheet.Cell(1, 1).GetString().ShouldContain("01.04.2026");
        sheet.RowsUsed().Any(r => r.Cell(3).TryGetValue<decimal>(out var v) && v == 1250.50m).ShouldBeTrue();

        (await admin.GetAsync($"/api/finance/receivables/reconciliation?companyId={client}&from=2026-05-01&to=2026-04-30"))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync($"/api/finance/receivables/reconciliation?companyId={Guid.NewGuid()}"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class ReceivablesTestsOnSqlite(SqliteHost host) : ReceivablesTests(host), IClassFixture<SqliteHost>;

public sealed class ReceivablesTestsOnPostgreSql(PostgreSqlHost host) : ReceivablesTests(host), IClassFixture<PostgreSqlHost>;
