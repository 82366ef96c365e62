using Microsoft.EntityFrameworkCore;
using Suite.Crm.Application.SalesFacts;
using Suite.Crm.Data;
using Suite.Crm.Domain.Deals;
using Suite.Crm.Domain.SalesFacts;
using Suite.Framework.Localization;
using Suite.Framework.Time;
using Suite.Framework.Users;

namespace Suite.Crm.Application.SalesReports;

/// <summary>
/// Which channel pays: per source (the deal's, else its client's, else "no source") the deals won in the period, the
/// revenue invoiced net of VAT, the money received against invoices, the cost of the goods shipped, gross profit and
/// margin. Revenue and cost are the accrual figures of Finance's P&amp;L (invoiced at issue, cost at shipment, each
/// reversed on the day of its cancellation), so over all channels they add up to the P&amp;L's revenue and cost of
/// goods for the same period. The record rule is the deals': a sales user sees the figures of what they own.
/// </summary>
internal sealed class ProfitByChannelReport(CrmDbContext db, AttributedSalesFacts facts, ICurrentUser user, BusinessClock clock)
{
    public async Task<ProfitByChannelDto> BuildAsync(SalesReportPeriod request, CancellationToken cancellationToken)
    {
        var (from, to) = request.Resolve(clock);
        var sums = await facts.Between(from, to)
            .GroupBy(f => new { f.SourceId, f.Kind })
            .Select(g => new { g.Key.SourceId, g.Key.Kind, Amount = g.Sum(f => f.Amount) })
            .ToListAsync(cancellationToken);

        var won = db.Deals.VisibleTo(user).AsNoTracking().IgnoreAutoIncludes().Where(d => d.Status == DealStatus.Won);
        var period = clock.Period(from, to);
        if (period.From is { } start)
            won = won.Where(d => d.ClosedAt >= start);
        if (period.Before is { } end)
            won = won.Where(d => d.ClosedAt < end);
        var wonBySource = await won
            .Join(db.Companies.AsNoTracking(), d => d.CompanyId, c => c.Id, (d, c) => new { SourceId = d.SourceId ?? c.SourceId })
            .GroupBy(x => x.SourceId)
            .Select(g => new { SourceId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var names = await db.Sources.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var rows = sums.Select(s => s.SourceId).Concat(wonBySource.Select(w => w.SourceId)).Distinct()
            .Select(sourceId =>
            {
                decimal Sum(SalesFactKind kind) => sums.Where(s => s.SourceId == sourceId && s.Kind == kind).Sum(s => s.Amount);
                var name = sourceId is { } id && names.TryGetValue(id, out var n) ? n : NoSource;
                return Row(sourceId, name, wonBySource.Where(w => w.SourceId == sourceId).Sum(w => w.Count),
                    Sum(SalesFactKind.Revenue), Sum(SalesFactKind.Payment), Sum(SalesFactKind.Cost));
            })
            .OrderByDescending(r => r.Revenue).ThenByDescending(r => r.WonDeals).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        var totals = Row(null, Text.Pick("Итого", "Total"), rows.Sum(r => r.WonDeals), rows.Sum(r => r.Revenue), rows.Sum(r => r.Paid),
            rows.Sum(r => r.CostOfGoods));
        return new ProfitByChannelDto(from, to, rows, totals);
    }

    private static string NoSource => Text.Pick("Без источника", "No source");

    private static ChannelProfitDto Row(Guid? sourceId, string name, int wonDeals, decimal revenue, decimal paid, decimal cost) =>
        new(sourceId, name, wonDeals, revenue, paid, cost, revenue - cost, Margins.Percent(revenue - cost, revenue));
}
