using Microsoft.EntityFrameworkCore;
using Suite.Finance.Data;
using Suite.Finance.Domain.Ledger;
using Suite.Framework.Time;

namespace Suite.Finance.Application.Reports;

/// <summary>An account's line: balances signed (debit positive), turnovers as posted (reversals net them out).</summary>
internal sealed record TrialBalanceRow(string Account, string Name, decimal OpeningBalance, decimal Debit, decimal Credit, decimal ClosingBalance);

/// <summary>
/// The sums of each column, the balances split into their debit and credit sides as the printed form shows them.
/// Every line debits one account and credits another by the same amount, so debit equals credit in each pair.
/// </summary>
internal sealed record TrialBalanceTotals(
    decimal OpeningDebit, decimal OpeningCredit, decimal Debit, decimal Credit, decimal ClosingDebit, decimal ClosingCredit);

internal sealed record TrialBalanceDto(DateOnly From, DateOnly To, IReadOnlyList<TrialBalanceRow> Rows, TrialBalanceTotals Totals);

/// <summary>The trial balance (оборотно-сальдовая ведомость): per account, the balance before the period, its turnovers and the balance after.</summary>
internal sealed class TrialBalanceReport(FinanceDbContext db, BusinessClock clock)
{
    public async Task<TrialBalanceDto> BuildAsync(ReportPeriodRequest request, CancellationToken cancellationToken)
    {
        var period = request.Resolve(clock);
        var (from, to) = (period.From, period.To);
        // Four sums per account in SQL, never the lines themselves.
        var debitBefore = await SumAsync(db.Postings.Where(p => p.Date < from).GroupBy(p => p.DebitAccount), cancellationToken);
        var creditBefore = await SumAsync(db.Postings.Where(p => p.Date < from).GroupBy(p => p.CreditAccount), cancellationToken);
        var debit = await SumAsync(db.Postings.Where(p => p.Date >= from && p.Date <= to).GroupBy(p => p.DebitAccount), cancellationToken);
        var credit = await SumAsync(db.Postings.Where(p => p.Date >= from && p.Date <= to).GroupBy(p => p.CreditAccount), cancellationToken);

        var rows = Accounts.Chart
            .Select(a =>
            {
                var opening = debitBefore.GetValueOrDefault(a.Code) - creditBefore.GetValueOrDefault(a.Code);
                var d = debit.GetValueOrDefault(a.Code);
                var c = credit.GetValueOrDefault(a.Code);
                return new TrialBalanceRow(a.Code, a.Name, opening, d, c, opening + d - c);
            })
            .Where(r => r.OpeningBalance != 0 || r.Debit != 0 || r.Credit != 0 || r.ClosingBalance != 0)
            .ToList();
        var totals = new TrialBalanceTotals(
            rows.Where(r => r.OpeningBalance > 0).Sum(r => r.OpeningBalance), -rows.Where(r => r.OpeningBalance < 0).Sum(r => r.OpeningBalance),
            rows.Sum(r => r.Debit), rows.Sum(r => r.Credit),
            rows.Where(r => r.ClosingBalance > 0).Sum(r => r.ClosingBalance), -rows.Where(r => r.ClosingBalance < 0).Sum(r => r.ClosingBalance));
        return new TrialBalanceDto(from, to, rows, totals);
    }

    private static async Task<Dictionary<string, decimal>> SumAsync(IQueryable<IGrouping<string, Posting>> groups, CancellationToken cancellationToken) =>
        await groups.AsNoTracking().Select(g => new { Account = g.Key, Amount = g.Sum(p => p.Amount) })
            .ToDictionaryAsync(g => g.Account, g => g.Amount, cancellationToken);
}
