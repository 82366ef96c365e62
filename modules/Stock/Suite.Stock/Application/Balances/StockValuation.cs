using Microsoft.EntityFrameworkCore;
using Suite.Stock.Data;

namespace Suite.Stock.Application.Balances;

/// <summary>
/// Stock's value at a date from the ledger: each move keeps its product's quantity and value in its warehouse right
/// after it, so the value at the end of a day is the sum, over products and warehouses, of the value after the last
/// move dated on or before it. Postings are never backdated behind a later move (ADR 0011) and reversals are dated the
/// day they are made, so the last move by sequence among those up to the date is the last one by date too.
/// </summary>
internal sealed class StockValuation(StockDbContext db) : IStockValuation
{
    public async Task<decimal> TotalValueAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var last = db.Moves.Where(m => m.Date <= asOf)
            .GroupBy(m => new { m.ProductId, m.WarehouseId })
            .Select(g => new { g.Key.ProductId, g.Key.WarehouseId, Sequence = g.Max(m => m.Sequence) });
        // Summed here: SQLite cannot add up decimals; there is one row per product and warehouse.
        var values = await db.Moves.AsNoTracking()
            .Join(last, m => new { m.ProductId, m.WarehouseId, m.Sequence }, l => new { l.ProductId, l.WarehouseId, l.Sequence },
                (m, _) => m.ValueAfter)
            .ToListAsync(cancellationToken);
        return values.Sum();
    }
}
