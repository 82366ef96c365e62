using ClosedXML.Excel;
using Suite.Finance.Application.Organisation;
using Suite.Framework.Exports;
using Suite.Framework.Localization;
using Suite.Framework.Time;

namespace Suite.Finance.Application.Receivables;

/// <summary>The aging table and the reconciliation statement as formatted workbooks, with the same figures as the pages.</summary>
internal sealed class ReceivablesWorkbook(ReceivablesService receivables, OrganisationService organisation, BusinessClock clock)
{
    private const int HeaderRow = 4;

    public async Task<ExportFile> AgingAsync(DateOnly? asOf, CancellationToken cancellationToken)
    {
        var aging = await receivables.AgingAsync(asOf, cancellationToken);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(Text.Pick("Дебиторка", "Receivables"));
        sheet.Title(Text.Pick($"Дебиторская задолженность на {aging.AsOf:dd.MM.yyyy}", $"Receivables as of {aging.AsOf:yyyy-MM-dd}"),
            Text.Pick("По дням просрочки от срока оплаты", "By days past the due date"));
        string[] headers =
        [
            Text.Pick("Клиент", "Client"), Text.Pick("Срок не наступил", "Not due"), Text.Pick("1–30 дней", "1–30 days"),
            Text.Pick("31–60 дней", "31–60 days"), Text.Pick("61–90 дней", "61–90 days"), Text.Pick("Более 90 дней", "Over 90 days"),
            Text.Pick("Итого", "Total"),
        ];
        sheet.Header(HeaderRow, headers);
        var r = HeaderRow;
        foreach (var row in aging.Rows)
        {
            r++;
            sheet.Cell(r, 1).Text(row.CompanyName);
            Amounts(sheet, r, row.NotDue, row.D1_30, row.D31_60, row.D61_90, row.Over90, row.Total);
        }

        var totals = r + 1;
        sheet.Cell(totals, 1).Text(Text.Pick("Итого", "Total"));
        var t = aging.Totals;
        Amounts(sheet, totals, t.NotDue, t.D1_30, t.D31_60, t.D61_90, t.Over90, t.Total);
        sheet.TotalsRow(totals, headers.Length);
        sheet.Range(HeaderRow, 1, Math.Max(r, HeaderRow), headers.Length).SetAutoFilter();
        sheet.Layout(HeaderRow, [44, 16, 16, 16, 16, 16, 18]);
        return FinanceWorkbook.Save(workbook, "aging", clock.Now);
    }

    /// <summary>Акт сверки: both parties, the period, the opening balance, each document, the turnovers and the closing balance.</summary>
    public async Task<ExportFile> ReconciliationAsync(ReconciliationRequest request, CancellationToken cancellationToken)
    {
        var statement = await receivables.ReconciliationAsync(request, cancellationToken);
        var us = await organisation.SnapshotAsync(cancellationToken);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(Text.Pick("Акт сверки", "Reconciliation"));
        sheet.Title(Text.Pick($"Акт сверки взаимных расчётов за период {statement.From:dd.MM.yyyy} – {statement.To:dd.MM.yyyy}",
                $"Reconciliation statement for {statement.From:yyyy-MM-dd} – {statement.To:yyyy-MM-dd}"),
            Text.Pick($"между {us.Name} и {statement.CompanyName}", $"between {us.Name} and {statement.CompanyName}"));
        string[] headers = [Text.Pick("Дата", "Date"), Text.Pick("Документ", "Document"), Text.Pick("Дебет", "Debit"), Text.Pick("Кредит", "Credit")];
        sheet.Header(HeaderRow, headers);
        var r = HeaderRow + 1;
        sheet.Cell(r, 2).Text(Text.Pick("Сальдо начальное", "Opening balance"));
        Balance(sheet, r, statement.OpeningBalance);
        sheet.Range(r, 1, r, headers.Length).Style.Font.SetBold();
        foreach (var row in statement.Rows)
        {
            r++;
            sheet.Cell(r, 1).Day(row.Date);
            sheet.Cell(r, 2).Text(row.Document);
            sheet.Cell(r, 3).Money(row.Debit);
            sheet.Cell(r, 4).Money(row.Credit);
        }

        r++;
        sheet.Cell(r, 2).Text(Text.Pick("Обороты за период", "Turnover for the period"));
        sheet.Cell(r, 3).Money(statement.DebitTotal);
        sheet.Cell(r, 4).Money(statement.CreditTotal);
        sheet.TotalsRow(r, headers.Length);
        r++;
        sheet.Cell(r, 2).Text(Text.Pick("Сальдо конечное", "Closing balance"));
        Balance(sheet, r, statement.ClosingBalance);
        sheet.Range(r, 1, r, headers.Length).Style.Font.SetBold();
        r += 2;
        sheet.Cell(r, 1).Text(statement.ClosingBalance switch
        {
            > 0 => Text.Pick($"Задолженность {statement.CompanyName} перед {us.Name}: {statement.ClosingBalance:N2} руб.",
                $"{statement.CompanyName} owes {us.Name} {statement.ClosingBalance:N2} RUB."),
            < 0 => Text.Pick($"Задолженность {us.Name} перед {statement.CompanyName}: {-statement.ClosingBalance:N2} руб.",
                $"{us.Name} owes {statement.CompanyName} {-statement.ClosingBalance:N2} RUB."),
            _ => Text.Pick("Задолженности нет.", "Nothing is owed."),
        });
        sheet.Layout(HeaderRow, [14, 60, 18, 18]);
        return FinanceWorkbook.Save(workbook, "reconciliation", clock.Now);
    }

    private static void Amounts(IXLWorksheet sheet, int row, params decimal[] amounts)
    {
        for (var c = 0; c < amounts.Length; c++)
            sheet.Cell(row, c + 2).Money(amounts[c]);
    }

    /// <summary>A balance in the debit column when the client owes us, in the credit column when we owe the client.</summary>
    private static void Balance(IXLWorksheet sheet, int row, decimal balance)
    {
        if (balance >= 0)
            sheet.Cell(row, 3).Money(balance);
        else
            sheet.Cell(row, 4).Money(-balance);
    }
}
