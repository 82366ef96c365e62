using Microsoft.EntityFrameworkCore;
using Suite.Finance.Data;
using Suite.Finance.Domain.Ledger;
using Suite.Framework.Time;

namespace Suite.Finance.Application.Reports;

internal sealed record CashFlowCategory(Guid? CategoryId, string Name, decimal Amount, IReadOnlyList<MonthAmount> Months);

/// <summary>A cash desk or bank account over the period: opening + incoming + transfers in − outgoing − transfers out = closing.</summary>
internal sealed record CashFlowAccount(
    Guid AccountId, string Name, string Kind, decimal Opening, decimal Incoming, decimal Outgoing, decimal TransfersIn, decimal TransfersOut,
    decimal Closing);

internal sealed record CashFlowMonth(string Month, decimal Incoming, decimal Outgoing, decimal Net, decimal Transfers);

/// <summary>
/// Cash flow (ДДС): money in and out of our cash desks and bank accounts by article, by account and by month.
/// Transfers between our own accounts (through 57) are neither income nor expense: they are shown apart.
/// </summary>
internal sealed record CashFlowDto(
    DateOnly From, DateOnly To, IReadOnlyList<CashFlowCategory> Incoming, IReadOnlyList<CashFlowCategory> Outgoing,
    IReadOnlyList<CashFlowAccount> Accounts, IReadOnlyList<CashFlowMonth> Months, decimal Opening, decimal TotalIncoming,
    decimal TotalOutgoing, decimal Net, decimal Transfers, decimal Closing);

internal sealed class CashFlowReport(FinanceDbContext db, BusinessClock clock)
{
    public async Task<CashFlowDto> BuildAsync(ReportPeriodRequest request, CancellationToken cancellationToken)
    {
        var period = request.Resolve(clock);
        var (from, to) = (period.From, period.To);
        // Summed in SQL per day, money account, article and the other side's account; the lines are never loaded.
        var incoming = await db.Postings.AsNoTracking()
            .Where(p => p.Date >= from && p.Date <= to && p.DebitMoneyAccountId != null)
            .GroupBy(p => new { p.Date, MoneyAccountId = p.DebitMoneyAccountId, p.ArticleId, Other = p.CreditAccount })
            .Select(g => new Flow(g.Key.Date, g.Key.MoneyAccountId!.Value, g.Key.ArticleId, g.Key.Other, g.Sum(p => p.Amount)))
            .ToListAsync(cancellationToken);
        var outgoing = await db.Postings.AsNoTracking()
            .Where(p => p.Date >= from && p.Date <= to && p.CreditMoneyAccountId != null)
            .GroupBy(p => new { p.Date, MoneyAccountId = p.CreditMoneyAccountId, p.ArticleId, Other = p.DebitAccount })
            .Select(g => new Flow(g.Key.Date, g.Key.MoneyAccountId!.Value, g.Key.ArticleId, g.Key.Other, g.Sum(p => p.Amount)))
            .ToListAsync(cancellationToken);
        // A money account keeps its balance over all its lines (Books moves it with every entry), so the opening is that
        // balance less what moved on the first day and after: this period's lines are read, not every line before it.
        var inSince = await db.Postings.AsNoTracking().Where(p => p.Date >= from && p.DebitMoneyAccountId != null)
            .GroupBy(p => p.DebitMoneyAccountId).Select(g => new { Id = g.Key!.Value, Amount = g.Sum(p => p.Amount) })
            .ToDictionaryAsync(g => g.Id, g => g.Amount, cancellationToken);
        var outSince = await db.Postings.AsNoTracking().Where(p => p.Date >= from && p.CreditMoneyAccountId != null)
            .GroupBy(p => p.CreditMoneyAccountId).Select(g => new { Id = g.Key!.Value, Amount = g.Sum(p => p.Amount) })
            .ToDictionaryAsync(g => g.Id, g => g.Amount, cancellationToken);

        var articles = await db.Articles.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var months = period.Months;
        List<CashFlowCategory> ByArticle(IEnumerable<Flow> flows) => flows.Where(f => !f.IsTransfer)
            .GroupBy(f => f.ArticleId)
            .Select(g => new CashFlowCategory(g.Key, ProfitAndLossReport.ArticleName(g.Key, articles), g.Sum(f => f.Amount),
                months.Select(m => new MonthAmount(m, g.Where(f => f.Month == m).Sum(f => f.Amount))).ToList()))
            .Where(c => c.Months.Any(m => m.Amount != 0))
            .OrderByDescending(c => c.Amount).ThenBy(c => c.Name)
            .ToList();

        var moneyAccounts = await db.MoneyAccounts.AsNoTracking().OrderBy(a => a.Kind).ThenBy(a => a.Name).ToListAsync(cancellationToken);
        var accounts = moneyAccounts
            .Select(a =>
            {
                var opening = a.Balance - inSince.GetValueOrDefault(a.Id) + outSince.GetValueOrDefault(a.Id);
                var ins = incoming.Where(f => f.MoneyAccountId == a.Id).ToList();
                var outs = outgoing.Where(f => f.MoneyAccountId == a.Id).ToList();
                var (inc, tin) = (ins.Where(f => !f.IsTransfer).Sum(f => f.Amount), ins.Where(f => f.IsTransfer).Sum(f => f.Amount));
                var (outg, tout) = (outs.Where(f => !f.IsTransfer).Sum(f => f.Amount), outs.Where(f => f.IsTransfer).Sum(f => f.Amount));
                return new CashFlowAccount(a.Id, a.Name, a.Kind.ToString().ToLowerInvariant(), opening, inc, outg, tin, tout,
                    opening + inc + tin - outg - tout);
            })
            .Where(a => !moneyAccounts.Single(m => m.Id == a.AccountId).IsArchived || a.Opening != 0 || a.Closing != 0
                        || a.Incoming != 0 || a.Outgoing != 0 || a.TransfersIn != 0 || a.TransfersOut != 0)
            .ToList();

        var monthRows = months.Select(m =>
        {
            var inc = incoming.Where(f => f.Month == m && !f.IsTransfer).Sum(f => f.Amount);
            var outg = outgoing.Where(f => f.Month == m && !f.IsTransfer).Sum(f => f.Amount);
            return new CashFlowMonth(m, inc, outg, inc - outg, outgoing.Where(f => f.Month == m && f.IsTransfer).Sum(f => f.Amount));
        }).ToList();
        var (totalIn, totalOut) = (monthRows.Sum(m => m.Incoming), monthRows.Sum(m => m.Outgoing));
        return new CashFlowDto(from, to, ByArticle(incoming), ByArticle(outgoing), accounts, monthRows, accounts.Sum(a => a.Opening),
            totalIn, totalOut, totalIn - totalOut, monthRows.Sum(m => m.Transfers), accounts.Sum(a => a.Closing));
    }

    private sealed record Flow(DateOnly Date, Guid MoneyAccountId, Guid? ArticleId, string Other, decimal Amount)
    {
        public string Month { get; } = ReportPeriod.Month(Date);

        /// <summary>Money moved between our own accounts: through 57, or straight from one to another.</summary>
        public bool IsTransfer => Other is Domain.Ledger.Accounts.InTransit || Domain.Ledger.Accounts.IsMoney(Other);
    }
}
