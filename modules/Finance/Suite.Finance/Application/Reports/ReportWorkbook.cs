using ClosedXML.Excel;
using Suite.Framework.Exports;
using Suite.Framework.Localization;

namespace Suite.Finance.Application.Reports;

/// <summary>
/// The cell habits of the money reports' workbooks (ClosedXML): a title and the period on top, a bold shaded header,
/// money as numbers with two decimals, bold totals, frozen header, landscape and one page wide.
/// </summary>
internal static class ReportWorkbook
{
    public const string MoneyFormat = "#,##0.00;-#,##0.00;\"–\"";
    public const int HeaderRow = 4;

    public static IXLWorksheet Sheet(XLWorkbook workbook, string name, string title, ReportPeriod period, string organisation)
    {
        var sheet = workbook.Worksheets.Add(name);
        sheet.Cell(1, 1).Label(title).Style.Font.SetBold().Font.SetFontSize(14);
        sheet.Cell(2, 1).Label(Text.Pick($"{organisation}, с {period.From:dd.MM.yyyy} по {period.To:dd.MM.yyyy}",
            $"{organisation}, {period.From:yyyy-MM-dd} to {period.To:yyyy-MM-dd}")).Style.Font.SetItalic();
        return sheet;
    }

    public static void Header(IXLWorksheet sheet, int row, IReadOnlyList<string> headers)
    {
        for (var c = 0; c < headers.Count; c++)
            sheet.Cell(row, c + 1).Label(headers[c]);
        sheet.Range(row, 1, row, headers.Count).Style.Font.SetBold().Fill.SetBackgroundColor(XLColor.FromHtml("#DDEBF7"))
            .Alignment.SetWrapText().Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center).Border.SetBottomBorder(XLBorderStyleValues.Thin);
    }

    /// <summary>Writes text as text, neutralised like every export: "=…" never becomes a formula.</summary>
    public static IXLCell Label(this IXLCell cell, string? text) => text is null ? cell : cell.SetValue(ListExport.Neutralise(text)!);

    public static IXLCell Money(this IXLCell cell, decimal value)
    {
        cell.SetValue(value);
        cell.Style.NumberFormat.Format = MoneyFormat;
        return cell;
    }

    /// <summary>A row of money cells from <paramref name="firstColumn"/> on.</summary>
    public static void Amounts(IXLWorksheet sheet, int row, int firstColumn, IEnumerable<decimal> values)
    {
        var c = firstColumn;
        foreach (var value in values)
            sheet.Cell(row, c++).Money(value);
    }

    public static void Bold(IXLWorksheet sheet, int row, int columns, bool topBorder = false)
    {
        var range = sheet.Range(row, 1, row, columns);
        range.Style.Font.SetBold();
        if (topBorder)
            range.Style.Border.SetTopBorder(XLBorderStyleValues.Thin);
    }

    public static ExportFile Save(IXLWorksheet sheet, int columns, double firstWidth, string baseName, DateTimeOffset now, double secondWidth = 15)
    {
        sheet.Column(1).Width = firstWidth;
        for (var c = 2; c <= columns; c++)
            sheet.Column(c).Width = c == 2 ? secondWidth : 15;
        sheet.SheetView.FreezeRows(HeaderRow);
        sheet.SheetView.FreezeColumns(1);
        sheet.PageSetup.SetPageOrientation(XLPageOrientation.Landscape);
        sheet.PageSetup.SetRowsToRepeatAtTop(HeaderRow, HeaderRow);
        sheet.PageSetup.FitToPages(1, 0);
        using var stream = new MemoryStream();
        sheet.Workbook.SaveAs(stream);
        return new ExportFile(stream.ToArray(), ListExport.XlsxContentType, $"{baseName}-{now.DateTime:yyyyMMdd-HHmm}.xlsx");
    }

    /// <summary>"январь 2026" / "January 2026" for a "2026-01" column.</summary>
    public static string MonthName(string month)
    {
        var date = DateTime.ParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return Text.Pick(date.ToString("MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("ru-RU")),
            date.ToString("MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
    }
}
