using ClosedXML.Excel;

namespace Suite.Framework.Exports;

/// <summary>
/// A report as a formatted workbook (ClosedXML): sheets with a title, tables with shaded headers, money, counts,
/// shares and days as numbers with a display format, a frozen header, pages one wide. For a report's few hundred
/// rows; a long list is a <see cref="ListExport"/> (ClosedXML needs 6.5 s and 738 MB for 100,000 rows, STACK.md).
/// <code>
/// using var report = new FormattedReport();
/// report.AddSheet("Leads", "Lead response", "1–31 December 2026").Header("Manager", "Leads").Row("Anna", ReportCell.Count(3));
/// return report.Save("lead-response", clock.Now);
/// </code>
/// </summary>
public sealed class FormattedReport : IDisposable
{
    private readonly XLWorkbook _workbook = new();
    private readonly List<FormattedSheet> _sheets = [];

    /// <param name="name">The sheet's tab; Excel allows 31 characters and no <c>[]:*?/\</c>, so it is cut and cleaned here.</param>
    public FormattedSheet AddSheet(string name, string title, string subtitle)
    {
        var clean = new string(name.Select(c => "[]:*?/\\".Contains(c) ? ' ' : c).ToArray()).Trim();
        var sheet = new FormattedSheet(_workbook.Worksheets.Add(clean.Length > 31 ? clean[..31] : clean.Length == 0 ? "Sheet" : clean), title, subtitle);
        _sheets.Add(sheet);
        return sheet;
    }

    /// <param name="now">The company's wall clock, which stamps the file name as the list exports do.</param>
    public ExportFile Save(string baseName, DateTimeOffset now)
    {
        foreach (var sheet in _sheets)
            sheet.Finish();
        using var stream = new MemoryStream();
        _workbook.SaveAs(stream);
        return new ExportFile(stream.ToArray(), ListExport.XlsxContentType, $"{baseName}-{now.DateTime:yyyyMMdd-HHmm}.xlsx");
    }

    public void Dispose() => _workbook.Dispose();
}
