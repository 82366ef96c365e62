using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Suite.Framework.Domain;
using Suite.Framework.Exports;
using Suite.Framework.Localization;
using Suite.Framework.Time;
using Suite.Stock.Data;

namespace Suite.Stock.Application.Balances;

/// <summary>
/// The balances page as a formatted workbook: a title with the date and the filters, the page's rows in its sorting,
/// number formats, a totals row, a frozen header and an autofilter. Quantities are totalled only when every row is
/// the same product: adding kilograms to pieces means nothing, while values always add up.
/// </summary>
internal sealed class BalanceWorkbook(StockDbContext db, BalanceService balances, BusinessClock clock)
{
    /// <summary>ClosedXML holds the whole sheet in memory (about 7 KB a row); more rows than this must be narrowed by the filters.</summary>
    public const int MaxRows = 20_000;
    private const int HeaderRow = 4;

    public async Task<ExportFile> ExportAsync(BalanceListRequest request, string? format, CancellationToken cancellationToken)
    {
        if (format is not (null or "" or "xlsx"))
            throw InputValidationException.For("format", Text.Pick("Остатки выгружаются только в xlsx.", "Balances are exported as xlsx only."));
        var rows = await BalanceService.Sorting.Sorted(balances.Filtered(request), request.Sorting).Take(MaxRows + 1)
            .ToListAsync(cancellationToken);
        if (rows.Count > MaxRows)
            throw InputValidationException.For("filter", Text.Pick(
                $"Строк больше {MaxRows:N0}: выберите склад, категорию или товар.", $"There are more than {MaxRows:N0} rows: choose a warehouse, category or product."));

        var now = clock.Now; // the company's wall clock, as people read the sheet
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(Text.Pick("Остатки", "Balances"));
        sheet.Cell(1, 1).Text(Text.Pick($"Остатки товаров на {now:dd.MM.yyyy HH:mm}", $"Stock balances as of {now:yyyy-MM-dd HH:mm}"))
            .Style.Font.SetBold().Font.SetFontSize(14);
        sheet.Cell(2, 1).Text(await DescribeAsync(request, cancellationToken)).Style.Font.SetItalic();

        string[] headers =
        [
            Text.Pick("Артикул", "SKU"), Text.Pick("Товар", "Product"), Text.Pick("Ед.", "Unit"), Text.Pick("Категория", "Category"),
            Text.Pick("Склад", "Warehouse"), Text.Pick("На складе", "On hand"), Text.Pick("В резерве", "Reserved"),
            Text.Pick("Доступно", "Available"), Text.Pick("Себестоимость ед.", "Unit cost"), Text.Pick("Стоимость", "Value"),
        ];
        for (var c = 0; c < headers.Length; c++)
            sheet.Cell(HeaderRow, c + 1).Text(headers[c]);
        var header = sheet.Range(HeaderRow, 1, HeaderRow, headers.Length);
        header.Style.Font.SetBold().Fill.SetBackgroundColor(XLColor.FromHtml("#DDEBF7"))
            .Alignment.SetWrapText().Border.SetBottomBorder(XLBorderStyleValues.Thin);

        var r = HeaderRow;
        foreach (var row in rows.Select(BalanceDto.From))
        {
            r++;
            sheet.Cell(r, 1).Text(row.Sku);
            sheet.Cell(r, 2).Text(row.ProductName);
            sheet.Cell(r, 3).Text(row.Unit);
            sheet.Cell(r, 4).Text(row.Category);
            sheet.Cell(r, 5).Text(row.WarehouseName);
            sheet.Cell(r, 6).Quantity(row.OnHand);
            sheet.Cell(r, 7).Quantity(row.Reserved);
            sheet.Cell(r, 8).Quantity(row.Available);
            sheet.Cell(r, 9).Number(row.UnitCost, StockWorkbook.UnitCost);
            sheet.Cell(r, 10).Number(row.Value, StockWorkbook.Money);
        }

        var totals = r + 1;
        sheet.Cell(totals, 1).Text(Text.Pick("Итого", "Total"));
        if (rows.Select(x => x.ProductId).Distinct().Count() == 1)
        {
            sheet.Cell(totals, 6).Quantity(rows.Sum(x => x.OnHand));
            sheet.Cell(totals, 7).Quantity(rows.Sum(x => x.Reserved));
            sheet.Cell(totals, 8).Quantity(rows.Sum(x => x.OnHand - x.Reserved));
        }

        sheet.Cell(totals, 10).Number(rows.Sum(x => x.Value), StockWorkbook.Money);
        sheet.Range(totals, 1, totals, headers.Length).Style.Font.SetBold().Border.SetTopBorder(XLBorderStyleValues.Thin);

        sheet.Range(HeaderRow, 1, Math.Max(r, HeaderRow), headers.Length).SetAutoFilter();
        sheet.SheetView.FreezeRows(HeaderRow);
        double[] widths = [16, 40, 8, 18, 20, 12, 12, 12, 14, 16];
        for (var c = 0; c < widths.Length; c++)
            sheet.Column(c + 1).Width = widths[c];
        sheet.PageSetup.SetPageOrientation(XLPageOrientation.Landscape);
        sheet.PageSetup.SetRowsToRepeatAtTop(HeaderRow, HeaderRow);
        sheet.PageSetup.FitToPages(1, 0);
        return StockWorkbook.Save(workbook, "balances", now);
    }

    /// <summary>The filters in words, so a printed or forwarded file says what it covers.</summary>
    private async Task<string> DescribeAsync(BalanceListRequest request, CancellationToken cancellationToken)
    {
        var parts = new List<string>();
        if (request.WarehouseId is { } warehouseId)
        {
            var name = await db.Warehouses.AsNoTracking().Where(w => w.Id == warehouseId).Select(w => w.Name).FirstOrDefaultAsync(cancellationToken);
            parts.Add(Text.Pick("Склад: ", "Warehouse: ") + (name ?? warehouseId.ToString()));
        }
        else
            parts.Add(Text.Pick("Все склады", "All warehouses"));

        if (request.ProductId is { } productId)
        {
            var product = await db.Products.AsNoTracking().Where(p => p.Id == productId).Select(p => p.Sku + " " + p.Name)
                .FirstOrDefaultAsync(cancellationToken);
            parts.Add(Text.Pick("Товар: ", "Product: ") + (product ?? productId.ToString()));
        }

        if (!string.IsNullOrWhiteSpace(request.Category))
            parts.Add(Text.Pick("Категория: ", "Category: ") + request.Category.Trim());
        if (!string.IsNullOrWhiteSpace(request.Filter))
            parts.Add(Text.Pick("Поиск: ", "Search: ") + "«" + request.Filter.Trim() + "»");
        if (request.IncludeEmpty == true)
            parts.Add(Text.Pick("включая нулевые остатки", "including empty balances"));
        return string.Join("; ", parts);
    }
}
