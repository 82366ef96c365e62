using Microsoft.EntityFrameworkCore;
using Suite.Finance.Data;
using Suite.Finance.Domain.Ledger;
using Suite.Framework.Time;
using Suite.Stock;

namespace Suite.Finance.Application.Reports;

/// <param name="Difference">The ledger's value less Stock's: zero when the books follow the warehouse.</param>
internal sealed record InventoryCheckDto(DateOnly AsOf, decimal LedgerValue, decimal StockValue, decimal Difference);

/// <summary>
/// Account 41 against Stock's own valuation at the end of a day. They differ only while a document's event waits in
/// the inbox, or where a document dated in a closed period was booked on the first open day.
/// </summary>
internal sealed class InventoryCheck(FinanceDbContext db, IStockValuation stock, BusinessClock clock)
{
    public async Task<InventoryCheckDto> CheckAsync(DateOnly? asOf, CancellationToken cancellationToken)
    {
        var day = asOf ?? clock.Today;
        var debit = await db.Postings.Where(p => p.Date <= day && p.DebitAccount == Accounts.Goods)
            .GroupBy(p => 1).Select(g => g.Sum(p => p.Amount)).SingleOrDefaultAsync(cancellationToken);
        var credit = await db.Postings.Where(p => p.Date <= day && p.CreditAccount == Accounts.Goods)
            .GroupBy(p => 1).Select(g => g.Sum(p => p.Amount)).SingleOrDefaultAsync(cancellationToken);
        var ledger = debit - credit;
        var value = await stock.TotalValueAsync(day, cancellationToken);
        return new InventoryCheckDto(day, ledger, value, ledger - value);
    }
}
