using Microsoft.EntityFrameworkCore;
using Suite.Finance.Data;
using Suite.Finance.Domain.Ledger;
using Suite.Framework.Localization;
using Suite.Framework.Time;

namespace Suite.Finance.Application.Reports;

internal sealed record MonthAmount(string Month, decimal Amount);

internal sealed record ExpenseLine(Guid? CategoryId, string Name, decimal Amount, IReadOnlyList<MonthAmount> Months);

internal sealed record ProfitAndLossMonth(
    string Month, decimal Revenue, decimal CostOfGoodsSold, decimal GrossProfit, decimal OperatingExpenses, decimal OtherIncome,
    decimal OtherExpenses, decimal NetProfit);

/// <summary>
/// Profit and loss on the accrual basis: revenue net of VAT when invoiced (credit 90.01 less debit 90.03), cost of
/// goods when shipped (debit 90.02), expenses by article (debit 26 and 44), other income and expenses (91.01, 91.02).
/// </summary>
internal sealed record ProfitAndLossDto(
    DateOnly From, DateOnly To, decimal Revenue, decimal CostOfGoodsSold, decimal GrossProfit, IReadOnlyList<ExpenseLine> Expenses,
    decimal OperatingExpenses, decimal OtherIncome, decimal OtherExpenses, decimal NetProfit, IReadOnlyList<ProfitAndLossMonth> Months);

internal sealed class ProfitAndLossReport(FinanceDbContext db, BusinessClock clock)
{
    private static readonly string[] ProfitAccounts =
    [
        Accounts.Revenue, Accounts.VatOnSales, Accounts.CostOfSales, Accounts.GeneralExpenses, Accounts.SellingExpenses,
        Accounts.OtherIncome, Accounts.OtherExpenses,
    ];

    public async Task<ProfitAndLossDto> BuildAsync(ReportPeriodRequest request, CancellationToken cancellationToken)
    {
        var period = request.Resolve(clock);
        var (from, to) = (period.From, period.To);
        // Read from the daily turnovers (a few thousand rows for a year, whatever the ledger's size). Reversals are
        // negative lines, so they are already netted out of the day's figures.
        var days = await db.DailyTurnovers.AsNoTracking()
            .Where(t => t.Date >= from && t.Date <= to && ProfitAccounts.Contains(t.Account))
            .Select(t => new { t.Date, t.Account, t.ArticleId, t.Debit, t.Credit })
            .ToListAsync(cancellationToken);
        var turnovers = days.Select(t =>
            new Turnover(t.Date, t.Account, t.ArticleId == DailyTurnover.NoArticle ? null : t.ArticleId, t.Debit - t.Credit));
        // Debit minus credit per month, account and article.
        var net = turnovers
            .GroupBy(t => (Month: ReportPeriod.Month(t.Date), t.Account, t.ArticleId))
            .ToDictionary(g => g.Key, g => g.Sum(t => t.Amount));

        decimal Sum(string month, params string[] accounts) =>
            net.Where(n => n.Key.Month == month && accounts.Contains(n.Key.Account)).Sum(n => n.Value);

        var months = period.Months.Select(month =>
        {
            var revenue = -Sum(month, Accounts.Revenue, Accounts.VatOnSales);
            var cost = Sum(month, Accounts.CostOfSales);
            var expenses = Sum(month, Accounts.GeneralExpenses, Accounts.SellingExpenses);
            var otherIncome = -Sum(month, Accounts.OtherIncome);
            var otherExpenses = Sum(month, Accounts.OtherExpenses);
            return new ProfitAndLossMonth(month, revenue, cost, revenue - cost, expenses, otherIncome, otherExpenses,
                revenue - cost - expenses + otherIncome - otherExpenses);
        }).ToList();

        var names = await db.Articles.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var expenseLines = net.Where(n => n.Key.Account is Accounts.GeneralExpenses or Accounts.SellingExpenses)
            .GroupBy(n => n.Key.ArticleId)
            .Select(g => new ExpenseLine(g.Key, ArticleName(g.Key, names), g.Sum(n => n.Value),
                period.Months.Select(m => new MonthAmount(m, g.Where(n => n.Key.Month == m).Sum(n => n.Value))).ToList()))
            .Where(e => e.Months.Any(m => m.Amount != 0))
            .OrderByDescending(e => e.Amount).ThenBy(e => e.Name)
            .ToList();

        var total = (Revenue: months.Sum(m => m.Revenue), Cost: months.Sum(m => m.CostOfGoodsSold));
        return new ProfitAndLossDto(from, to, total.Revenue, total.Cost, total.Revenue - total.Cost, expenseLines,
            months.Sum(m => m.OperatingExpenses), months.Sum(m => m.OtherIncome), months.Sum(m => m.OtherExpenses),
            months.Sum(m => m.NetProfit), months);
    }

    /// <summary>The article's name, or "no article" for lines posted without one.</summary>
    public static string ArticleName(Guid? id, IReadOnlyDictionary<Guid, string> names) =>
        id is { } articleId && names.TryGetValue(articleId, out var name) ? name : Text.Pick("Без статьи", "No article");

    private sealed record Turnover(DateOnly Date, string Account, Guid? ArticleId, decimal Amount);
}
