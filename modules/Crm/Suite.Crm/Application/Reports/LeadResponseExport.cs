using Suite.Framework.Exports;
using Suite.Framework.Localization;
using Suite.Framework.Time;

namespace Suite.Crm.Application.Reports;

/// <summary>The lead response report as a workbook: the totals, per manager, per source, and the untouched leads by name.</summary>
internal sealed class LeadResponseExport(LeadResponseReport report, BusinessClock clock)
{
    public async Task<ExportFile> WriteAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        var r = await report.BuildAsync(filter, cancellationToken);
        using var book = new FormattedReport();
        var sheet = book.AddSheet(Text.Pick("Скорость реакции", "Lead response"), Text.Pick("Скорость реакции на лиды", "Lead response speed"),
            ReportSubtitle.Of(filter));
        string[] figures =
        [
            Text.Pick("Лидов", "Leads"), Text.Pick("Обработано", "Answered"), Text.Pick("Не тронуты", "Untouched"),
            Text.Pick("Медиана, мин", "Median, min"), Text.Pick("Среднее, мин", "Average, min"),
            Text.Pick("За 15 мин", "Within 15 min"), Text.Pick("Доля за 15 мин", "Share within 15 min"),
        ];

        sheet.Header([Text.Pick("Менеджер", "Manager"), .. figures]);
        foreach (var row in r.ByOwner)
            sheet.Row(Cells(row.Name ?? "—", row));
        sheet.Totals(Cells(Text.Pick("Итого", "Total"), r.Total));

        sheet.Header([Text.Pick("Источник", "Source"), .. figures]);
        foreach (var row in r.BySource)
            sheet.Row(Cells(row.Name ?? Text.Pick("Без источника", "No source"), row));
        sheet.Totals(Cells(Text.Pick("Итого", "Total"), r.Total));

        sheet.Header(Text.Pick("Не тронутый лид", "Untouched lead"), Text.Pick("Контакт", "Contact"), Text.Pick("Менеджер", "Manager"),
            Text.Pick("Источник", "Source"), Text.Pick("Поступил", "Arrived"), Text.Pick("Ждёт, мин", "Waiting, min"));
        foreach (var lead in r.Untouched)
            sheet.Row(lead.Title, lead.Name, lead.OwnerName ?? "—", lead.SourceName ?? "—",
                ReportCell.Time(TimeZoneInfo.ConvertTime(lead.CreatedAt, clock.TimeZone).DateTime), ReportCell.Decimal(lead.WaitingMinutes));
        sheet.Note(Text.Pick("Минуты — календарные, с ночами и выходными.", "Minutes are wall-clock, nights and weekends included."));
        sheet.Widths(34, 12, 12, 12, 14, 14, 12, 14);
        return book.Save("lead-response", clock.Now);
    }

    private static ReportCell[] Cells(string label, LeadResponseRowDto row) =>
    [
        label, ReportCell.Count(row.Leads), ReportCell.Count(row.Answered), ReportCell.Count(row.Untouched),
        ReportCell.Decimal(row.MedianMinutes), ReportCell.Decimal(row.AverageMinutes), ReportCell.Count(row.AnsweredWithin15Minutes),
        ReportCell.Share(row.ShareWithin15Minutes),
    ];
}
