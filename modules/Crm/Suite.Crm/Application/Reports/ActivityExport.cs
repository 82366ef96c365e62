using Suite.Framework.Exports;
using Suite.Framework.Localization;
using Suite.Framework.Time;

namespace Suite.Crm.Application.Reports;

/// <summary>Calls and e-mails as a workbook: a row per manager per day with the manager's totals, then the team per day.</summary>
internal sealed class ActivityExport(ActivityReport report, BusinessClock clock)
{
    public async Task<ExportFile> WriteAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        var r = await report.BuildAsync(filter, cancellationToken);
        using var book = new FormattedReport();
        var sheet = book.AddSheet(Text.Pick("Звонки и письма", "Calls and e-mails"), Text.Pick("Звонки и письма по менеджерам", "Calls and e-mails per manager"),
            ReportSubtitle.Of(filter));
        string[] figures = [Text.Pick("Звонки", "Calls"), Text.Pick("Письма", "E-mails"), Text.Pick("Встречи", "Meetings")];

        sheet.Header([Text.Pick("Менеджер", "Manager"), Text.Pick("День", "Day"), .. figures]);
        foreach (var m in r.Managers)
        {
            foreach (var d in m.Days)
                sheet.Row(m.Name ?? "—", ReportCell.Day(d.Day), ReportCell.Count(d.Calls), ReportCell.Count(d.Emails), ReportCell.Count(d.Meetings));
            sheet.Totals(m.Name ?? "—", Text.Pick("итого", "total"), ReportCell.Count(m.Total.Calls), ReportCell.Count(m.Total.Emails),
                ReportCell.Count(m.Total.Meetings));
        }

        sheet.Header([Text.Pick("День", "Day"), .. figures]);
        foreach (var d in r.Days)
            sheet.Row(ReportCell.Day(d.Day), ReportCell.Count(d.Calls), ReportCell.Count(d.Emails), ReportCell.Count(d.Meetings));
        sheet.Totals(Text.Pick("Итого", "Total"), ReportCell.Count(r.Total.Calls), ReportCell.Count(r.Total.Emails), ReportCell.Count(r.Total.Meetings));
        sheet.Widths(28, 14, 10, 10, 10);
        return book.Save("activities", clock.Now);
    }
}
