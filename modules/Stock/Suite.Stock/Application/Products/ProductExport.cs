using Microsoft.EntityFrameworkCore;
using Suite.Framework.Exports;
using Suite.Stock.Domain.Products;
using static Suite.Stock.Application.Products.ProductSheetColumns;

namespace Suite.Stock.Application.Products;

/// <summary>
/// The products list as a spreadsheet with the list's own filters and sorting. Its headers are the column names the
/// import reads, so an exported file edited in Excel can be imported back and updates the same cards.
/// </summary>
internal sealed class ProductExport(ProductService products)
{
    private static readonly ExportColumn<Product>[] Columns =
    [
        new(Sku, p => p.Sku),
        new(Name, p => p.Name),
        new(Unit, p => p.Unit),
        new(Barcode, p => p.Barcode),
        new(Category, p => p.Category),
        new(SalePrice, p => p.SalePrice),
        new(VatRate, p => p.VatRate),
        new(IsService, p => p.IsService),
        new(MinQuantity, p => p.MinQuantity),
        new(Valuation, p => Method(p.ValuationMethod)),
        new(IsArchived, p => p.IsArchived),
    ];

    public Task<ExportFile> ExportAsync(ProductListRequest request, string? format, CancellationToken cancellationToken)
    {
        var fileFormat = ListExport.ParseFormat(format);
        // Streamed: the rows are read while the file is written, not loaded first (ListExport).
        var rows = ProductService.Sorting.Apply(products.Filtered(request), request.Sorting).AsEnumerable();
        return Task.FromResult(ListExport.Write(rows, Columns, fileFormat, "products"));
    }
}
