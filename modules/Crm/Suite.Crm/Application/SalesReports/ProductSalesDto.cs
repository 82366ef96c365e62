namespace Suite.Crm.Application.SalesReports;

/// <summary>The top products of a period.</summary>
internal sealed record ProductSalesReportDto(DateOnly From, DateOnly To, string Sort, IReadOnlyList<ProductSalesDto> Items);

/// <param name="Name">From Crm's copy of the catalog card; null for a product Crm has no copy of.</param>
/// <param name="Quantity">Units invoiced in the period, less those of invoices cancelled in it.</param>
/// <param name="Revenue">Invoiced net of VAT.</param>
/// <param name="Cost">The cost of the units shipped in the period.</param>
/// <param name="Margin">Revenue − cost.</param>
/// <param name="MarginPercent">Margin ÷ revenue × 100; null without revenue.</param>
internal sealed record ProductSalesDto(Guid ProductId, string? Sku, string? Name, decimal Quantity, decimal Revenue, decimal Cost, decimal Margin,
    decimal? MarginPercent);
