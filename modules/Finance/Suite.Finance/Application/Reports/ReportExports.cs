using Microsoft.EntityFrameworkCore;
using Suite.Finance.Data;
using Suite.Framework.Exports;
using Suite.Framework.Localization;
using Suite.Framework.Time;

namespace Suite.Finance.Application.Reports;

/// <summary>The money reports as formatted workbooks: the same figures as their pages, months as columns, totals in bold.</summary>
internal sealed class ReportExports(
    FinanceDbContext db, ProfitAndLossReport profitAndLoss, CashFlowReport cashFlow, TrialBalanceReport trialBalance, BusinessClock clock)
{
    // An expense or a cash flow article under its section, indented as on the page.
    private const string Indent = "    ";

    public async Task<ExportFile> ProfitAndLossAsync(ReportPeriodRequest request, CancellationToken cancellationToken)
    {
        var report = await profitAndLoss.BuildAsync(request, cancellationToken);
        using var workbook = new FormattedReport();
        var sheet = await SheetAsync(workbook, Text.Pick("Прибыли и убытки", "Profit and loss"),
            Text.Pick("Отчёт о прибылях и убытках", "Profit and loss statement"), new ReportPeriod(report.From, report.To), cancellationToken);
        sheet.Header([Text.Pick("Показатель", "Line"), .. report.Months.Select(m => MonthName(m.Month)), Text.Pick("Итого", "Total")]);

        ReportCell[] Line(string name, Func<ProfitAndLossMonth, decimal> value, decimal total) =>
            [name, .. report.Months.Select(m => ReportCell.Sum(value(m))), ReportCell.Sum(total)];

        sheet.Row(Line(Text.Pick("Выручка (без НДС)", "Revenue (net of VAT)"), m => m.Revenue, report.Revenue));
        sheet.Row(Line(Text.Pick("Себестоимость продаж", "Cost of goods sold"), m => m.CostOfGoodsSold, report.CostOfGoodsSold));
        sheet.Totals(Line(Text.Pick("Валовая прибыль", "Gross profit"), m => m.GrossProfit, report.GrossProfit));
        foreach (var expense in report.Expenses)
            sheet.Row([Indent + expense.Name, .. expense.Months.Select(m => ReportCell.Sum(m.Amount)), ReportCell.Sum(expense.Amount)]);

        sheet.Totals(Line(Text.Pick("Расходы по статьям", "Operating expenses"), m => m.OperatingExpenses, report.OperatingExpenses));
        sheet.Row(Line(Text.Pick("Прочие доходы", "Other income"), m => m.OtherIncome, report.OtherIncome));
        sheet.Row(Line(Text.Pick("Прочие расходы", "Other expenses"), m => m.OtherExpenses, report.OtherExpenses));
        sheet.Totals(Line(Text.Pick("Чистая прибыль", "Net profit"), m => m.NetProfit, report.NetProfit));
        sheet.Widths(Widths(report.Months.Count + 2, 36, 15));
        return workbook.Save("profit-and-loss", clock.Now);
    }

    public async Task<ExportFile> CashFlowAsync(ReportPeriodRequest request, CancellationToken cancellationToken)
    {
        var report = await cashFlow.BuildAsync(request, cancellationToken);
        using var workbook = new FormattedReport();
        var sheet = await SheetAsync(workbook, Text.Pick("ДДС", "Cash flow"), Text.Pick("Движение денежных средств", "Cash flow statement"),
            new ReportPeriod(report.From, report.To), cancellationToken);
        sheet.Header([Text.Pick("Статья", "Article"), .. report.Months.Select(m => MonthName(m.Month)), Text.Pick("Итого", "Total")]);

        ReportCell[] Line(string name, Func<CashFlowMonth, decimal> value, decimal total) =>
            [name, .. report.Months.Select(m => ReportCell.Sum(value(m))), ReportCell.Sum(total)];

        void Section(string title, IReadOnlyList<CashFlowCategory> categories, Func<CashFlowMonth, decimal> month, decimal total)
        {
            sheet.Subtotal(Line(title, month, total));
            foreach (var category in categories)
                sheet.Row([Indent + category.Name, .. category.Months.Select(m => ReportCell.Sum(m.Amount)), ReportCell.Sum(category.Amount)]);
        }

        Section(Text.Pick("Поступления", "Incoming"), report.Incoming, m => m.Incoming, report.TotalIncoming);
        Section(Text.Pick("Выплаты", "Outgoing"), report.Outgoing, m => m.Outgoing, report.TotalOutgoing);
        sheet.Totals(Line(Text.Pick("Чистый денежный поток", "Net cash flow"), m => m.Net, report.Net));
        sheet.Aside(Line(Text.Pick("Переводы между своими счетами", "Transfers between our accounts"), m => m.Transfers, report.Transfers));

        // The accounts below: where the money is, from the opening balance to the closing one.
        sheet.Header(Text.Pick("Касса / счёт", "Cash desk / account"), Text.Pick("На начало", "Opening"), Text.Pick("Поступления", "Incoming"),
            Text.Pick("Выплаты", "Outgoing"), Text.Pick("Переводы в", "Transfers in"), Text.Pick("Переводы из", "Transfers out"), Text.Pick("На конец", "Closing"));
        foreach (var account in report.Accounts)
            sheet.Row(account.Name, ReportCell.Sum(account.Opening), ReportCell.Sum(account.Incoming), ReportCell.Sum(account.Outgoing),
                ReportCell.Sum(account.TransfersIn), ReportCell.Sum(account.TransfersOut), ReportCell.Sum(account.Closing));
        sheet.Totals(Text.Pick("Итого", "Total"), ReportCell.Sum(report.Opening), ReportCell.Sum(report.TotalIncoming),
            ReportCell.Sum(report.TotalOutgoing), ReportCell.Sum(report.Accounts.Sum(a => a.TransfersIn)),
            ReportCell.Sum(report.Accounts.Sum(a => a.TransfersOut)), ReportCell.Sum(report.Closing));
        sheet.Widths(Widths(Math.Max(report.Months.Count + 2, 7), 40, 15));
        return workbook.Save("cash-flow", clock.Now);
    }

    public async Task<ExportFile> TrialBalanceAsync(ReportPeriodRequest request, CancellationToken cancellationToken)
    {
        var report = await trialBalance.BuildAsync(request, cancellationToken);
        using var workbook = new FormattedReport();
        var sheet = await SheetAsync(workbook, Text.Pick("ОСВ", "Trial balance"), Text.Pick("Оборотно-сальдовая ведомость", "Trial balance"),
            new ReportPeriod(report.From, report.To), cancellationToken);
        // The printed form: each balance in its debit or credit column, as accountants read it.
        sheet.Header(Text.Pick("Счёт", "Account"), Text.Pick("Наименование", "Name"),
            Text.Pick("Сальдо на начало, Дт", "Opening, debit"), Text.Pick("Сальдо на начало, Кт", "Opening, credit"),
            Text.Pick("Оборот Дт", "Debit turnover"), Text.Pick("Оборот Кт", "Credit turnover"),
            Text.Pick("Сальдо на конец, Дт", "Closing, debit"), Text.Pick("Сальдо на конец, Кт", "Closing, credit"));
        foreach (var row in report.Rows)
            sheet.Row(row.Account, row.Name, ReportCell.Sum(Math.Max(row.OpeningBalance, 0)), ReportCell.Sum(Math.Max(-row.OpeningBalance, 0)),
                ReportCell.Sum(row.Debit), ReportCell.Sum(row.Credit),
                ReportCell.Sum(Math.Max(row.ClosingBalance, 0)), ReportCell.Sum(Math.Max(-row.ClosingBalance, 0)));

        var t = report.Totals;
        sheet.Totals(Text.Pick("Итого", "Total"), ReportCell.Empty, ReportCell.Sum(t.OpeningDebit), ReportCell.Sum(t.OpeningCredit),
            ReportCell.Sum(t.Debit), ReportCell.Sum(t.Credit), ReportCell.Sum(t.ClosingDebit), ReportCell.Sum(t.ClosingCredit));
        sheet.Widths(Widths(8, 10, 40));
        return workbook.Save("trial-balance", clock.Now);
    }

    /// <summary>A statement's sheet: its title, then whose it is and for which period; landscape, line names kept on screen.</summary>
    private async Task<FormattedSheet> SheetAsync(FormattedReport workbook, string name, string title, ReportPeriod period, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().Select(o => o.ShortName).FirstOrDefaultAsync(cancellationToken) ?? "";
        return workbook.AddSheet(name, title, Text.Pick($"{organisation}, с {period.From:dd.MM.yyyy} по {period.To:dd.MM.yyyy}",
                $"{organisation}, {period.From:yyyy-MM-dd} to {period.To:yyyy-MM-dd}"))
            .Landscape().FreezeFirstColumn();
    }

    private static double[] Widths(int columns, double first, double second) =>
        [first, .. Enumerable.Range(2, columns - 1).Select(c => c == 2 ? second : 15d)];

    /// <summary>"январь 2026" / "January 2026" for a "2026-01" column.</summary>
    private static string MonthName(string month)
    {
        var date = DateTime.ParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return Text.Pick(date.ToString("MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("ru-RU")),
            date.ToString("MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
    }
}
