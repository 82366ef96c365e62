using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Suite.Finance.Data;
using Suite.Framework.Exports;
using Suite.Framework.Localization;
using Suite.Framework.Time;
using static Suite.Finance.Application.Reports.ReportWorkbook;

namespace Suite.Finance.Application.Reports;

/// <summary>The money reports as formatted workbooks: the same figures as their pages, months as columns, totals in bold.</summary>
internal sealed class ReportExports(
    FinanceDbContext db, ProfitAndLossReport profitAndLoss, CashFlowReport cashFlow, TrialBalanceReport trialBalance, BusinessClock clock)
{
    public async Task<ExportFile> ProfitAndLossAsync(ReportPeriodRequest request, CancellationToken cancellationToken)
    {
        var report = await profitAndLoss.BuildAsync(request, cancellationToken);
        using var workbook = new XLWorkbook();
        var sheet = Sheet(workbook, Text.Pick("Прибыли и убытки", "Profit and loss"),
            Text.Pick("Отчёт о прибылях и убытках", "Profit and loss statement"), new ReportPeriod(report.From, report.To),
            await OrganisationAsync(cancellationToken));
        var columns = report.Months.Count + 2;
        Header(sheet, HeaderRow, [Text.Pick("Показатель", "Line"), .. report.Months.Select(m => MonthName(m.Month)), Text.Pick("Итого", "Total")]);

        var r = HeaderRow;
        void Line(string name, Func<ProfitAndLossMonth, decimal> value, decimal total, bool bold = false)
        {
            r++;
            sheet.Cell(r, 1).Label(name);
            Amounts(sheet, r, 2, [.. report.Months.Select(value), total]);
            if (bold)
                Bold(sheet, r, columns, topBorder: true);
        }

        Line(Text.Pick("Выручка (без НДС)", "Revenue (net of VAT)"), m => m.Revenue, report.Revenue);
        Line(Text.Pick("Себестоимость продаж", "Cost of goods sold"), m => m.CostOfGoodsSold, report.CostOfGoodsSold);
        Line(Text.Pick("Валовая прибыль", "Gross profit"), m => m.GrossProfit, report.GrossProfit, bold: true);
        foreach (var expense in report.Expenses)
        {
            r++;
            sheet.Cell(r, 1).Label("    " + expense.Name);
            Amounts(sheet, r, 2, [.. expense.Months.Select(m => m.Amount), expense.Amount]);
        }

        Line(Text.Pick("Расходы по статьям", "Operating expenses"), m => m.OperatingExpenses, report.OperatingExpenses, bold: true);
        Line(Text.Pick("Прочие доходы", "Other income"), m => m.OtherIncome, report.OtherIncome);
        Line(Text.Pick("Прочие расходы", "Other expenses"), m => m.OtherExpenses, report.OtherExpenses);
        Line(Text.Pick("Чистая прибыль", "Net profit"), m => m.NetProfit, report.NetProfit, bold: true);
        return Save(sheet, columns, 36, "profit-and-loss", clock.Now);
    }

    public async Task<ExportFile> CashFlowAsync(ReportPeriodRequest request, CancellationToken cancellationToken)
    {
        var report = await cashFlow.BuildAsync(request, cancellationToken);
        using var workbook = new XLWorkbook();
        var sheet = Sheet(workbook, Text.Pick("ДДС", "Cash flow"), Text.Pick("Движение денежных средств", "Cash flow statement"),
            new ReportPeriod(report.From, report.To), await OrganisationAsync(cancellationToken));
        var columns = report.Months.Count + 2;
        Header(sheet, HeaderRow, [Text.Pick("Статья", "Article"), .. report.Months.Select(m => MonthName(m.Month)), Text.Pick("Итого", "Total")]);

        var r = HeaderRow;
        void Section(string title, IReadOnlyList<CashFlowCategory> categories, Func<CashFlowMonth, decimal> month, decimal total)
        {
            r++;
            sheet.Cell(r, 1).Label(title);
            Amounts(sheet, r, 2, [.. report.Months.Select(month), total]);
            Bold(sheet, r, columns);
            foreach (var category in categories)
            {
                r++;
                sheet.Cell(r, 1).Label("    " + category.Name);
                Amounts(sheet, r, 2, [.. category.Months.Select(m => m.Amount), category.Amount]);
            }
        }

        Section(Text.Pick("Поступления", "Incoming"), report.Incoming, m => m.Incoming, report.TotalIncoming);
        Section(Text.Pick("Выплаты", "Outgoing"), report.Outgoing, m => m.Outgoing, report.TotalOutgoing);
        r++;
        sheet.Cell(r, 1).Label(Text.Pick("Чистый денежный поток", "Net cash flow"));
        Amounts(sheet, r, 2, [.. report.Months.Select(m => m.Net), report.Net]);
        Bold(sheet, r, columns, topBorder: true);
        r++;
        sheet.Cell(r, 1).Label(Text.Pick("Переводы между своими счетами", "Transfers between our accounts"));
        Amounts(sheet, r, 2, [.. report.Months.Select(m => m.Transfers), report.Transfers]);
        sheet.Range(r, 1, r, columns).Style.Font.SetItalic();

        // The accounts below: where the money is, from the opening balance to the closing one.
        r += 2;
        Header(sheet, r, [Text.Pick("Касса / счёт", "Cash desk / account"), Text.Pick("На начало", "Opening"), Text.Pick("Поступления", "Incoming"),
            Text.Pick("Выплаты", "Outgoing"), Text.Pick("Переводы в", "Transfers in"), Text.Pick("Переводы из", "Transfers out"), Text.Pick("На конец", "Closing")]);
        foreach (var account in report.Accounts)
        {
            r++;
            sheet.Cell(r, 1).Label(account.Name);
            Amounts(sheet, r, 2, [account.Opening, account.Incoming, account.Outgoing, account.TransfersIn, account.TransfersOut, account.Closing]);
        }

        r++;
        sheet.Cell(r, 1).Label(Text.Pick("Итого", "Total"));
        Amounts(sheet, r, 2, [report.Opening, report.TotalIncoming, report.TotalOutgoing, report.Accounts.Sum(a => a.TransfersIn),
            report.Accounts.Sum(a => a.TransfersOut), report.Closing]);
        Bold(sheet, r, 7, topBorder: true);
        return Save(sheet, Math.Max(columns, 7), 40, "cash-flow", clock.Now);
    }

    public async Task<ExportFile> TrialBalanceAsync(ReportPeriodRequest request, CancellationToken cancellationToken)
    {
        var report = await trialBalance.BuildAsync(request, cancellationToken);
        using var workbook = new XLWorkbook();
        var sheet = Sheet(workbook, Text.Pick("ОСВ", "Trial balance"), Text.Pick("Оборотно-сальдовая ведомость", "Trial balance"),
            new ReportPeriod(report.From, report.To), await OrganisationAsync(cancellationToken));
        // The printed form: each balance in its debit or credit column, as accountants read it.
        Header(sheet, HeaderRow, [Text.Pick("Счёт", "Account"), Text.Pick("Наименование", "Name"),
            Text.Pick("Сальдо на начало, Дт", "Opening, debit"), Text.Pick("Сальдо на начало, Кт", "Opening, credit"),
            Text.Pick("Оборот Дт", "Debit turnover"), Text.Pick("Оборот Кт", "Credit turnover"),
            Text.Pick("Сальдо на конец, Дт", "Closing, debit"), Text.Pick("Сальдо на конец, Кт", "Closing, credit")]);
        var r = HeaderRow;
        foreach (var row in report.Rows)
        {
            r++;
            sheet.Cell(r, 1).Label(row.Account);
            sheet.Cell(r, 2).Label(row.Name);
            Amounts(sheet, r, 3, [Math.Max(row.OpeningBalance, 0), Math.Max(-row.OpeningBalance, 0), row.Debit, row.Credit,
                Math.Max(row.ClosingBalance, 0), Math.Max(-row.ClosingBalance, 0)]);
        }

        r++;
        sheet.Cell(r, 1).Label(Text.Pick("Итого", "Total"));
        var t = report.Totals;
        Amounts(sheet, r, 3, [t.OpeningDebit, t.OpeningCredit, t.Debit, t.Credit, t.ClosingDebit, t.ClosingCredit]);
        Bold(sheet, r, 8, topBorder: true);
        return Save(sheet, 8, 10, "trial-balance", clock.Now, secondWidth: 40);
    }

    private async Task<string> OrganisationAsync(CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().Select(o => o.ShortName).FirstOrDefaultAsync(cancellationToken) ?? "";
}
