using ClosedXML.Excel;
using Suite.Framework.Exports;

namespace Suite.Stock.Application;

/// <summary>
/// The cell habits of Stock's formatted workbooks (ClosedXML): text is written as text and neutralised like every
/// export, numbers as numbers with a display format, and the file is named like the list exports.
/// </summary>
internal static class StockWorkbook
{
    public const string Money = "#,##0.00";
    public const string UnitCost = "#,##0.00##";

    /// <summary>Writes text as text: ClosedXML's Value setter would turn "00123" into a number or "=…" into a formula.</summary>
    public static IXLCell Text(this IXLCell cell, string? text) =>
        text is null ? cell : cell.SetValue(ListExport.Neutralise(text)!);

    public static IXLCell Number(this IXLCell cell, decimal value, string format)
    {
        cell.SetValue(value);
        cell.Style.NumberFormat.Format = format;
        return cell;
    }

    /// <summary>Whole quantities without decimals, others with up to three (Excel would leave a dangling separator on "0.###").</summary>
    public static IXLCell Quantity(this IXLCell cell, decimal value) =>
        cell.Number(value, value == decimal.Truncate(value) ? "#,##0" : "#,##0.000");

    public static ExportFile Save(XLWorkbook workbook, string baseName, DateTimeOffset now)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return new ExportFile(stream.ToArray(), ListExport.XlsxContentType, $"{baseName}-{now.DateTime:yyyyMMdd-HHmm}.xlsx");
    }
}
