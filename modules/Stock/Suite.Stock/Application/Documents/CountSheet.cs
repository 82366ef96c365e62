using ClosedXML.Excel;
using Suite.Framework.Exports;
using Suite.Framework.Localization;
using Suite.Stock.Domain.Documents;

namespace Suite.Stock.Application.Documents;

/// <summary>
/// The printed count sheet (инвентаризационная опись): the count's number, warehouse and date, one row per product
/// with its book quantity and an empty bordered cell to write the counted quantity in, and lines for signatures.
/// </summary>
internal static class CountSheet
{
    public const int HeaderRow = 6;
    private const int Columns = 6;

    /// <param name="now">The company's wall clock, as the people counting read it.</param>
    public static ExportFile Write(StockDocument document, string warehouse, IReadOnlyList<CountSheetRow> rows, DateTimeOffset now)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(Text.Pick("Опись", "Count sheet"));
        sheet.Cell(1, 1).Text(Text.Pick($"Инвентаризационная опись № {document.Number}", $"Inventory count sheet No. {document.Number}"))
            .Style.Font.SetBold().Font.SetFontSize(14);
        sheet.Cell(2, 1).Text(Text.Pick("Склад: ", "Warehouse: ") + warehouse);
        sheet.Cell(3, 1).Text(Text.Pick($"Дата инвентаризации: {document.Date:dd.MM.yyyy}", $"Count date: {document.Date:yyyy-MM-dd}"));
        sheet.Cell(4, 1).Text(Text.Pick($"Учётные остатки на {now:dd.MM.yyyy HH:mm}", $"Book quantities as of {now:yyyy-MM-dd HH:mm}"));

        string[] headers =
        [
            "№", Text.Pick("Артикул", "SKU"), Text.Pick("Наименование", "Product"), Text.Pick("Ед.", "Unit"),
            Text.Pick("Учётное количество", "Book quantity"), Text.Pick("Фактическое количество", "Counted"),
        ];
        for (var c = 0; c < headers.Length; c++)
            sheet.Cell(HeaderRow, c + 1).Text(headers[c]);
        sheet.Range(HeaderRow, 1, HeaderRow, Columns).Style.Font.SetBold().Alignment.SetWrapText()
            .Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center).Fill.SetBackgroundColor(XLColor.FromHtml("#EDEDED"));

        var r = HeaderRow;
        foreach (var (row, i) in rows.Select((row, i) => (row, i)))
        {
            r++;
            sheet.Cell(r, 1).SetValue(i + 1);
            sheet.Cell(r, 2).Text(row.Sku);
            sheet.Cell(r, 3).Text(row.Name);
            sheet.Cell(r, 4).Text(row.Unit);
            sheet.Cell(r, 5).Quantity(row.BookQuantity);
            sheet.Row(r).Height = 20;
        }

        var table = sheet.Range(HeaderRow, 1, r, Columns).Style.Border;
        table.SetOutsideBorder(XLBorderStyleValues.Thin).Border.SetInsideBorder(XLBorderStyleValues.Thin);
        if (r > HeaderRow)
            sheet.Range(HeaderRow + 1, Columns, r, Columns).Style.Border.SetOutsideBorder(XLBorderStyleValues.Medium);

        r += 2;
        sheet.Cell(r, 1).Text(Text.Pick($"Всего позиций: {rows.Count}", $"Items: {rows.Count}"));
        foreach (var role in new[]
                 {
                     Text.Pick("Материально ответственное лицо", "Person responsible"),
                     Text.Pick("Председатель комиссии", "Chair of the count commission"),
                     Text.Pick("Член комиссии", "Commission member"),
                     Text.Pick("Член комиссии", "Commission member"),
                 })
        {
            r += 2;
            sheet.Cell(r, 1).Text(role + ":");
            sheet.Cell(r, 4).Text("______________ / ______________________");
            sheet.Cell(r + 1, 4).Text(Text.Pick("(подпись)          (расшифровка)", "(signature)          (name)")).Style.Font.SetFontSize(8);
        }

        double[] widths = [6, 16, 44, 8, 16, 18];
        for (var c = 0; c < widths.Length; c++)
            sheet.Column(c + 1).Width = widths[c];
        sheet.SheetView.FreezeRows(HeaderRow);
        sheet.PageSetup.SetRowsToRepeatAtTop(HeaderRow, HeaderRow);
        sheet.PageSetup.FitToPages(1, 0);
        return StockWorkbook.Save(workbook, $"count-sheet-{document.Number}", now);
    }
}
