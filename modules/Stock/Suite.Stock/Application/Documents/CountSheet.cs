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
    private const int CountedColumn = 6;
    private const int SignatureColumn = 4;

    /// <param name="now">The company's wall clock, as the people counting read it.</param>
    public static ExportFile Write(StockDocument document, string warehouse, IReadOnlyList<CountSheetRow> rows, DateTimeOffset now)
    {
        using var report = new FormattedReport();
        var sheet = report.AddSheet(Text.Pick("Опись", "Count sheet"),
                Text.Pick($"Инвентаризационная опись № {document.Number}", $"Inventory count sheet No. {document.Number}"),
                Text.Pick("Склад: ", "Warehouse: ") + warehouse)
            .Line(Text.Pick($"Дата инвентаризации: {document.Date:dd.MM.yyyy}", $"Count date: {document.Date:yyyy-MM-dd}"))
            .Line(Text.Pick($"Учётные остатки на {now:dd.MM.yyyy HH:mm}", $"Book quantities as of {now:yyyy-MM-dd HH:mm}"))
            .Header("№", Text.Pick("Артикул", "SKU"), Text.Pick("Наименование", "Product"), Text.Pick("Ед.", "Unit"),
                Text.Pick("Учётное количество", "Book quantity"), Text.Pick("Фактическое количество", "Counted"));
        foreach (var (row, i) in rows.Select((row, i) => (row, i)))
            sheet.Row(ReportCell.Count(i + 1), row.Sku, row.Name, row.Unit, ReportCell.Quantity(row.BookQuantity));
        sheet.ToFillIn(CountedColumn)
            .Skip()
            .Line(Text.Pick($"Всего позиций: {rows.Count}", $"Items: {rows.Count}"))
            .Skip();

        foreach (var role in new[]
                 {
                     Text.Pick("Материально ответственное лицо", "Person responsible"),
                     Text.Pick("Председатель комиссии", "Chair of the count commission"),
                     Text.Pick("Член комиссии", "Commission member"),
                     Text.Pick("Член комиссии", "Commission member"),
                 })
            sheet.Signature(role, SignatureColumn, "______________ / ______________________",
                Text.Pick("(подпись)          (расшифровка)", "(signature)          (name)"));

        sheet.Widths(6, 16, 44, 8, 16, 18);
        return report.Save($"count-sheet-{document.Number}", now);
    }
}
