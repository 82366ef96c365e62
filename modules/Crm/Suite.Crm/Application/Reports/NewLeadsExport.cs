using Suite.Framework.Exports;
using Suite.Framework.Localization;
using Suite.Framework.Time;

namespace Suite.Crm.Application.Reports;

/// <summary>The new leads report as a workbook: by period, then by source.</summary>
internal sealed class NewLeadsExport(NewLeadsReport report, BusinessClock clock)
{
    public async Task<ExportFile> WriteAsync(ReportFilter filter, string? groupBy, CancellationToken cancellationToken)
    {
        var r = await report.BuildAsync(filter, groupBy, cancellationToken);
        using var book = new FormattedReport();
        var sheet = book.AddSheet(Text.Pick("Новые лиды", "New leads"), Text.Pick("Новые лиды", "New leads"), ReportSubtitle.Of(filter));
        string[] figures =
        [
            Text.Pick("Поступило", "Received"), Text.Pick("В работе", "Processed"), Text.Pick("Сконвертировано", "Converted"),
            Text.Pick("Некачественные", "Junked"), Text.Pick("Проигнорировано", "Ignored"),
        ];

        sheet.Header([Text.Pick("С", "From"), Text.Pick("По", "To"), .. figures]);
        foreach (var p in r.Periods)
            sheet.Row([ReportCell.Day(p.Start), ReportCell.Day(p.End), .. Cells(p.Counts)]);
        sheet.Totals([Text.Pick("Итого", "Total"), ReportCell.Empty, .. Cells(r.Total)]);

        sheet.Header([Text.Pick("Источник", "Source"), .. figures]);
        foreach (var s in r.Sources)
            sheet.Row([s.Name ?? Text.Pick("Без источника", "No source"), .. Cells(s.Counts)]);
        sheet.Totals([Text.Pick("Итого", "Total"), .. Cells(r.Total)]);
        sheet.Note(Text.Pick("В работе — лиды в работе и новые, с которыми уже что-то сделали; проигнорированы — новые, которых никто не тронул.",
            "Processed: leads in work, and new ones someone has acted on; ignored: new ones nobody has touched."));
        sheet.Widths(24, 12, 12, 12, 14, 14, 14);
        return book.Save("new-leads", clock.Now);
    }

    private static ReportCell[] Cells(NewLeadsCountsDto c) =>
        [ReportCell.Count(c.Received), ReportCell.Count(c.Processed), ReportCell.Count(c.Converted), ReportCell.Count(c.Junked), ReportCell.Count(c.Ignored)];
}
