using Suite.Framework.Exports;
using Suite.Framework.Localization;

namespace Suite.Crm.Application.SalesReports;

/// <summary>The sales money reports as XLSX: the same rows as their pages, the totals row last.</summary>
internal sealed class SalesReportExports(ProfitByChannelReport profitByChannel, ProductSalesReport products)
{
    public async Task<ExportFile> ProfitByChannelAsync(SalesReportPeriod period, CancellationToken cancellationToken)
    {
        var report = await profitByChannel.BuildAsync(period, cancellationToken);
        ExportColumn<ChannelProfitDto>[] columns =
        [
            new(Text.Pick("Источник", "Source"), r => r.Name),
            new(Text.Pick("Выиграно сделок", "Deals won"), r => r.WonDeals),
            new(Text.Pick("Выручка без НДС", "Revenue net of VAT"), r => r.Revenue),
            new(Text.Pick("Оплачено", "Paid"), r => r.Paid),
            new(Text.Pick("Себестоимость", "Cost of goods"), r => r.CostOfGoods),
            new(Text.Pick("Валовая прибыль", "Gross profit"), r => r.GrossProfit),
            new(Text.Pick("Маржа, %", "Margin, %"), r => r.MarginPercent),
        ];
        return ListExport.Write([.. report.Rows, report.Totals], columns, ExportFormat.Xlsx, $"profit-by-channel-{report.From:yyyyMMdd}-{report.To:yyyyMMdd}");
    }

    public async Task<ExportFile> ProductsAsync(ProductSalesRequest request, CancellationToken cancellationToken)
    {
        var report = await products.BuildAsync(request, cancellationToken);
        ExportColumn<ProductSalesDto>[] columns =
        [
            new(Text.Pick("Артикул", "SKU"), r => r.Sku),
            new(Text.Pick("Товар", "Product"), r => r.Name),
            new(Text.Pick("Количество", "Quantity"), r => r.Quantity),
            new(Text.Pick("Выручка без НДС", "Revenue net of VAT"), r => r.Revenue),
            new(Text.Pick("Себестоимость", "Cost"), r => r.Cost),
            new(Text.Pick("Маржа", "Margin"), r => r.Margin),
            new(Text.Pick("Маржа, %", "Margin, %"), r => r.MarginPercent),
        ];
        return ListExport.Write(report.Items, columns, ExportFormat.Xlsx, $"products-{report.From:yyyyMMdd}-{report.To:yyyyMMdd}");
    }
}
