using Suite.Finance.Application.Receivables;
using Suite.Finance.Application.Reports;
using Suite.Framework.Digest;
using Suite.Framework.Localization;

namespace Suite.Finance.Application.Digest;

/// <summary>
/// The week's money for the digest, from the same reports the director's home shows: revenue, gross and net profit of
/// the week (accrual basis, net of VAT) and receivables with their overdue part as of the week's last day; each beside the
/// week before.
/// </summary>
internal sealed class ProfitFigures(ProfitAndLossReport profit, ReceivablesService receivables) : IWeeklyFigures
{
    public int Order => 10;

    public string Permission => FinancePermissions.Reports.Default;

    public async Task<DigestSection> BuildAsync(DigestWeek week, CancellationToken cancellationToken)
    {
        var now = await profit.BuildAsync(new ReportPeriodRequest { From = week.From, To = week.To }, cancellationToken);
        var before = await profit.BuildAsync(new ReportPeriodRequest { From = week.PreviousFrom, To = week.PreviousTo }, cancellationToken);
        var owed = (await receivables.AgingAsync(week.To, cancellationToken)).Totals;
        var owedBefore = (await receivables.AgingAsync(week.PreviousTo, cancellationToken)).Totals;
        return new DigestSection("finance", Text.Pick("Финансы", "Finance"),
        [
            new("revenue", Text.Pick("Выручка без НДС", "Revenue net of VAT"), now.Revenue, before.Revenue, DigestUnit.Money),
            new("grossProfit", Text.Pick("Валовая прибыль", "Gross profit"), now.GrossProfit, before.GrossProfit, DigestUnit.Money),
            new("netProfit", Text.Pick("Чистая прибыль", "Net profit"), now.NetProfit, before.NetProfit, DigestUnit.Money),
            new("receivables", Text.Pick("Дебиторская задолженность", "Receivables"), owed.Total, owedBefore.Total, DigestUnit.Money),
            new("overdueReceivables", Text.Pick("Из неё просрочено", "Of which overdue"), owed.Total - owed.NotDue,
                owedBefore.Total - owedBefore.NotDue, DigestUnit.Money),
        ]);
    }
}
