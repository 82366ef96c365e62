using Suite.Finance.Application.Organisation;
using Suite.Framework.Exports;
using Suite.Framework.Localization;
using Suite.Framework.Time;

namespace Suite.Finance.Application.Receivables;

/// <summary>The aging table and the reconciliation statement as formatted workbooks, with the same figures as the pages.</summary>
internal sealed class ReceivablesWorkbook(ReceivablesService receivables, OrganisationService organisation, BusinessClock clock)
{
    public async Task<ExportFile> AgingAsync(DateOnly? asOf, CancellationToken cancellationToken)
    {
        var aging = await receivables.AgingAsync(asOf, cancellationToken);
        using var workbook = new FormattedReport();
        var sheet = workbook.AddSheet(Text.Pick("Дебиторка", "Receivables"),
                Text.Pick($"Дебиторская задолженность на {aging.AsOf:dd.MM.yyyy}", $"Receivables as of {aging.AsOf:yyyy-MM-dd}"),
                Text.Pick("По дням просрочки от срока оплаты", "By days past the due date"))
            .Landscape()
            .Header(Text.Pick("Клиент", "Client"), Text.Pick("Срок не наступил", "Not due"), Text.Pick("1–30 дней", "1–30 days"),
                Text.Pick("31–60 дней", "31–60 days"), Text.Pick("61–90 дней", "61–90 days"), Text.Pick("Более 90 дней", "Over 90 days"),
                Text.Pick("Итого", "Total"));
        foreach (var row in aging.Rows)
            sheet.Row([row.CompanyName, .. Amounts(row.NotDue, row.D1_30, row.D31_60, row.D61_90, row.Over90, row.Total)]);
        sheet.Filter();
        var t = aging.Totals;
        sheet.Totals([Text.Pick("Итого", "Total"), .. Amounts(t.NotDue, t.D1_30, t.D31_60, t.D61_90, t.Over90, t.Total)]);
        sheet.Widths(44, 16, 16, 16, 16, 16, 18);
        return workbook.Save("aging", clock.Now);
    }

    /// <summary>Акт сверки: both parties, the period, the opening balance, each document, the turnovers and the closing balance.</summary>
    public async Task<ExportFile> ReconciliationAsync(ReconciliationRequest request, CancellationToken cancellationToken)
    {
        var statement = await receivables.ReconciliationAsync(request, cancellationToken);
        var us = await organisation.SnapshotAsync(cancellationToken);
        using var workbook = new FormattedReport();
        var sheet = workbook.AddSheet(Text.Pick("Акт сверки", "Reconciliation"),
                Text.Pick($"Акт сверки взаимных расчётов за период {statement.From:dd.MM.yyyy} – {statement.To:dd.MM.yyyy}",
                    $"Reconciliation statement for {statement.From:yyyy-MM-dd} – {statement.To:yyyy-MM-dd}"),
                Text.Pick($"между {us.Name} и {statement.CompanyName}", $"between {us.Name} and {statement.CompanyName}"))
            .Landscape()
            .Header(Text.Pick("Дата", "Date"), Text.Pick("Документ", "Document"), Text.Pick("Дебет", "Debit"), Text.Pick("Кредит", "Credit"));
        sheet.Subtotal([ReportCell.Empty, Text.Pick("Сальдо начальное", "Opening balance"), .. Balance(statement.OpeningBalance)]);
        foreach (var row in statement.Rows)
            sheet.Row(ReportCell.Day(row.Date), row.Document, ReportCell.Money(row.Debit), ReportCell.Money(row.Credit));
        sheet.Totals(ReportCell.Empty, Text.Pick("Обороты за период", "Turnover for the period"),
            ReportCell.Money(statement.DebitTotal), ReportCell.Money(statement.CreditTotal));
        sheet.Subtotal([ReportCell.Empty, Text.Pick("Сальдо конечное", "Closing balance"), .. Balance(statement.ClosingBalance)]);
        sheet.Skip().Line(statement.ClosingBalance switch
        {
            > 0 => Text.Pick($"Задолженность {statement.CompanyName} перед {us.Name}: {statement.ClosingBalance:N2} руб.",
                $"{statement.CompanyName} owes {us.Name} {statement.ClosingBalance:N2} RUB."),
            < 0 => Text.Pick($"Задолженность {us.Name} перед {statement.CompanyName}: {-statement.ClosingBalance:N2} руб.",
                $"{us.Name} owes {statement.CompanyName} {-statement.ClosingBalance:N2} RUB."),
            _ => Text.Pick("Задолженности нет.", "Nothing is owed."),
        });
        sheet.Widths(14, 60, 18, 18);
        return workbook.Save("reconciliation", clock.Now);
    }

    private static IEnumerable<ReportCell> Amounts(params decimal[] amounts) => amounts.Select(ReportCell.Money);

    /// <summary>A balance in the debit column when the client owes us, in the credit column when we owe the client.</summary>
    private static ReportCell[] Balance(decimal balance) =>
        balance >= 0 ? [ReportCell.Money(balance), ReportCell.Empty] : [ReportCell.Empty, ReportCell.Money(-balance)];
}
