using Suite.Framework.Exports;
using Suite.Framework.Localization;
using Suite.Framework.Time;

namespace Suite.Crm.Application.Reports;

/// <summary>The budget ranges as a workbook: a row per range, for each stage its count and amount, and the totals.</summary>
internal sealed class DealSegmentsExport(DealSegmentsReport report, BusinessClock clock)
{
    public async Task<ExportFile> WriteAsync(ReportFilter filter, string? bounds, CancellationToken cancellationToken)
    {
        var r = await report.BuildAsync(filter, bounds, cancellationToken);
        using var book = new FormattedReport();
        var sheet = book.AddSheet(Text.Pick("Сделки по бюджету", "Deals by budget"), Text.Pick("Новые сделки по бюджету и этапам", "New deals by budget and stage"),
            ReportSubtitle.Of(filter));
        var manyPipelines = r.Stages.Select(s => s.PipelineId).Distinct().Count() > 1;
        string StageName(SegmentStageDto s) => manyPipelines ? $"{s.PipelineName}: {s.Name}" : s.Name;

        sheet.Header([Text.Pick("Бюджет", "Budget"), .. r.Stages.SelectMany(s => new[] { StageName(s), Text.Pick("сумма", "amount") }),
            Text.Pick("Всего сделок", "Deals"), Text.Pick("Сумма", "Amount")]);
        foreach (var segment in r.Segments)
            sheet.Row([Range(segment), .. segment.Stages.SelectMany(c => new[] { ReportCell.Count(c.Count), ReportCell.Money(c.Amount) }),
                ReportCell.Count(segment.Count), ReportCell.Money(segment.Amount)]);
        sheet.Totals([Text.Pick("Итого", "Total"), .. r.Stages.SelectMany(s => new[] { ReportCell.Count(s.Count), ReportCell.Money(s.Amount) }),
            ReportCell.Count(r.Count), ReportCell.Money(r.Amount)]);
        sheet.Widths([22, .. r.Stages.SelectMany(_ => new[] { 10d, 16d }), 12, 18]);
        return book.Save("deal-segments", clock.Now);
    }

    /// <summary>"от 100 000 до 500 000" / "100,000 to 500,000".</summary>
    internal static string Range(DealSegmentDto s) => s.To is { } to
        ? s.From == 0
            ? Text.Pick($"до {to:N0}", $"under {to:N0}")
            : Text.Pick($"от {s.From:N0} до {to:N0}", $"{s.From:N0} to {to:N0}")
        : Text.Pick($"от {s.From:N0}", $"{s.From:N0} and above");
}
