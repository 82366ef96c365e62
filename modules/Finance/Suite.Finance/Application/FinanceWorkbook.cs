using ClosedXML.Excel;
using Suite.Framework.Exports;

namespace Suite.Finance.Application;

/// <summary>
/// The cell habits of Finance's formatted workbooks (ClosedXML), as Stock's: text written as text and neutralised like
/// every export, money as numbers with a display format, a header row styled alike, files named like the list exports.
/// </summary>
internal static class FinanceWorkbook
{
    public const string MoneyFormat = "#,##0.00";
    public const string DateFormat = "dd.mm.yyyy";

    public static IXLCell Text(this IXLCell cell, string? text) =>
        text is null ? cell : cell.SetValue(ListExport.Neutralise(text)!);

    public static IXLCell Money(this IXLCell cell, decimal value)
    {
        cell.SetValue(value);
        cell.Style.NumberFormat.Format = MoneyFormat;
        return cell;
    }

    public static IXLCell Day(this IXLCell cell, DateOnly value)
    {
        cell.SetValue(value.ToDateTime(TimeOnly.MinValue));
        cell.Style.NumberFormat.Format = DateFormat;
        return cell;
    }

    /// <summary>The title (bold, larger) and a line under it saying what the sheet covers.</summary>
    public static void Title(this IXLWorksheet sheet, string title, string subtitle)
    {
        sheet.Cell(1, 1).Text(title).Style.Font.SetBold().Font.SetFontSize(14);
        sheet.Cell(2, 1).Text(subtitle).Style.Font.SetItalic();
    }

    public static void Header(this IXLWorksheet sheet, int row, IReadOnlyList<string> headers)
    {
        for (var c = 0; c < headers.Count; c++)
            sheet.Cell(row, c + 1).Text(headers[c]);
        sheet.Range(row, 1, row, headers.Count).Style.Font.SetBold().Fill.SetBackgroundColor(XLColor.FromHtml("#DDEBF7"))
            .Alignment.SetWrapText().Border.SetBottomBorder(XLBorderStyleValues.Thin);
    }

    /// <summary>Column widths, the frozen header, landscape pages that repeat the header and fit the width.</summary>
    public static void Layout(this IXLWorksheet sheet, int headerRow, IReadOnlyList<double> widths)
    {
        for (var c = 0; c < widths.Count; c++)
            sheet.Column(c + 1).Width = widths[c];
        sheet.SheetView.FreezeRows(headerRow);
        sheet.PageSetup.SetPageOrientation(XLPageOrientation.Landscape);
        sheet.PageSetup.SetRowsToRepeatAtTop(headerRow, headerRow);
        sheet.PageSetup.FitToPages(1, 0);
    }

    public static void TotalsRow(this IXLWorksheet sheet, int row, int columns) =>
        sheet.Range(row, 1, row, columns).Style.Font.SetBold().Border.SetTopBorder(XLBorderStyleValues.Thin);

    public static ExportFile Save(XLWorkbook workbook, string baseName, DateTimeOffset now)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return new ExportFile(stream.ToArray(), ListExport.XlsxContentType, $"{baseName}-{now.DateTime:yyyyMMdd-HHmm}.xlsx");
    }
}
