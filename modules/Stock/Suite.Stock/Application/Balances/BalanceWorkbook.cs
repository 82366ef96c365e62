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
        using var report = new FormattedReport();
        var sheet = report.AddSheet(Text.Pick("Остатки", "Balances"),
            Text.Pick($"Остатки товаров на {now:dd.MM.yyyy HH:mm}", $"Stock balances as of {now:yyyy-MM-dd HH:mm}"),
            await DescribeAsync(request, cancellationToken));
        sheet.Header(
            Text.Pick("Артикул", "SKU"), Text.Pick("Товар", "Product"), Text.Pick("Ед.", "Unit"), Text.Pick("Категория", "Category"),
            Text.Pick("Склад", "Warehouse"), Text.Pick("На складе", "On hand"), Text.Pick("В резерве", "Reserved"),
            Text.Pick("Доступно", "Available"), Text.Pick("Себестоимость ед.", "Unit cost"), Text.Pick("Стоимость", "Value"));
        foreach (var row in rows.Select(BalanceDto.From))
            sheet.Row(row.Sku, row.ProductName, row.Unit, row.Category, row.WarehouseName, ReportCell.Quantity(row.OnHand),
                ReportCell.Quantity(row.Reserved), ReportCell.Quantity(row.Available), ReportCell.Price(row.UnitCost), ReportCell.Money(row.Value));
        sheet.Filter();

        var oneProduct = rows.Select(x => x.ProductId).Distinct().Count() == 1;
        ReportCell Total(Func<BalanceRow, decimal> quantity) => oneProduct ? ReportCell.Quantity(rows.Sum(quantity)) : ReportCell.Empty;
        sheet.Totals(Text.Pick("Итого", "Total"), ReportCell.Empty, ReportCell.Empty, ReportCell.Empty, ReportCell.Empty,
            Total(x => x.OnHand), Total(x => x.Reserved), Total(x => x.OnHand - x.Reserved), ReportCell.Empty,
            ReportCell.Money(rows.Sum(x => x.Value)));
        sheet.Widths(16, 40, 8, 18, 20, 12, 12, 12, 14, 16);
        return report.Save("balances", now);
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
