using Microsoft.EntityFrameworkCore;
using Suite.Crm.Application.SalesFacts;
using Suite.Crm.Data;
using Suite.Crm.Domain.SalesFacts;
using Suite.Framework.Time;

namespace Suite.Crm.Application.SalesReports;

/// <summary>
/// The top products of a period by revenue, quantity or margin: units and revenue as invoiced (net of VAT), cost as
/// shipped, from the sales facts with the deals' record rule. Invoice lines without a product are not a product's.
/// </summary>
internal sealed class ProductSalesReport(CrmDbContext db, AttributedSalesFacts facts, BusinessClock clock)
{
    public async Task<ProductSalesReportDto> BuildAsync(ProductSalesRequest request, CancellationToken cancellationToken)
    {
        var (from, to) = request.ToPeriod().Resolve(clock);
        var sort = request.ResolveSort();
        var take = request.ResolveTake();
        var sums = await facts.Between(from, to)
            .Where(f => f.ProductId != null && f.Kind != SalesFactKind.Payment)
            .GroupBy(f => new { f.ProductId, f.Kind })
            .Select(g => new { g.Key.ProductId, g.Key.Kind, Quantity = g.Sum(f => f.Quantity), Amount = g.Sum(f => f.Amount) })
            .ToListAsync(cancellationToken);

        var rows = sums.GroupBy(s => s.ProductId!.Value)
            .Select(g =>
            {
                var sold = g.Where(s => s.Kind == SalesFactKind.Revenue).ToList();
                var revenue = sold.Sum(s => s.Amount);
                var cost = g.Where(s => s.Kind == SalesFactKind.Cost).Sum(s => s.Amount);
                return new ProductSalesDto(g.Key, null, null, sold.Sum(s => s.Quantity), revenue, cost, revenue - cost,
                    Margins.Percent(revenue - cost, revenue));
            });
        var top = (sort switch
            {
                "quantity" => rows.OrderByDescending(r => r.Quantity),
                "margin" => rows.OrderByDescending(r => r.Margin),
                _ => rows.OrderByDescending(r => r.Revenue),
            })
            .ThenBy(r => r.ProductId)
            .Take(take)
            .ToList();

        var ids = top.Select(r => r.ProductId).ToList();
        var cards = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => new { p.Sku, p.Name }, cancellationToken);
        var items = top.Select(r => cards.TryGetValue(r.ProductId, out var card) ? r with { Sku = card.Sku, Name = card.Name } : r).ToList();
        return new ProductSalesReportDto(from, to, sort, items);
    }
}
