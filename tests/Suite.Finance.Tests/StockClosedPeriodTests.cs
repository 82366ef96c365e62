using Shouldly;
using Suite.TestBase;
using Xunit;

namespace Suite.Finance.Tests;

/// <summary>
/// A stock document dated in a closed period is booked on the first open day: the handler must never fail forever,
/// and nothing may be posted on or before the lock date. Its own host, since it moves the lock date.
/// </summary>
public abstract class StockClosedPeriodTests(SuiteHost host)
{
    [Fact]
    public async Task Should_Book_A_Document_Dated_In_A_Closed_Period_On_The_First_Open_Day()
    {
        var admin = await host.AdminAsync();
        var today = DateOnly.Parse((await FinanceApi.InventoryAsync(admin)).GetProperty("asOf").GetString()!);
        var main = await FinanceApi.WarehouseAsync(admin);
        var glass = await FinanceApi.ProductAsync(admin);
        await FinanceApi.LockAsync(admin, today.AddDays(-3));
        try
        {
            var receipt = await FinanceApi.ReceiveAsync(admin, main, glass, 4, 250.25m, today.AddDays(-10));
            await FinanceApi.BooksFollowStockAsync(admin);

            var line = (await FinanceApi.LedgerAsync(admin, "account=41")).Single(l => l.GetProperty("sourceId").GetGuid() == receipt.GetProperty("id").GetGuid());
            line.GetProperty("date").GetString().ShouldBe($"{today.AddDays(-2):yyyy-MM-dd}", "the day after the lock date");
            line.Money("amount").ShouldBe(1001m);

            // In the closed days Stock has the goods and the books do not: the check says by how much.
            var closed = await FinanceApi.InventoryAsync(admin, today.AddDays(-5));
            (closed.Money("ledgerValue"), closed.Money("stockValue"), closed.Money("difference")).ShouldBe((0m, 1001m, -1001m));
            (await FinanceApi.InventoryAsync(admin, today.AddDays(-2))).Money("difference").ShouldBe(0m);
        }
        finally
        {
            await FinanceApi.LockAsync(admin, null);
        }
    }
}

public sealed class StockClosedPeriodTestsOnSqlite(SqliteHost host) : StockClosedPeriodTests(host), IClassFixture<SqliteHost>;

public sealed class StockClosedPeriodTestsOnPostgreSql(PostgreSqlHost host) : StockClosedPeriodTests(host), IClassFixture<PostgreSqlHost>;
