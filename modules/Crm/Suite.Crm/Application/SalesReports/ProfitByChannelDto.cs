namespace Suite.Crm.Application.SalesReports;

/// <summary>Profit per channel (source) over a period, with the totals of all channels.</summary>
internal sealed record ProfitByChannelDto(DateOnly From, DateOnly To, IReadOnlyList<ChannelProfitDto> Rows, ChannelProfitDto Totals);

/// <param name="SourceId">Null for deals and clients without a source (and on the totals row).</param>
/// <param name="WonDeals">Deals won in the period.</param>
/// <param name="Revenue">Invoiced in the period, net of VAT, less invoices cancelled in it.</param>
/// <param name="Paid">Payments applied to invoices in the period.</param>
/// <param name="CostOfGoods">The cost of the goods shipped in the period, less shipments cancelled in it.</param>
/// <param name="GrossProfit">Revenue − cost of goods.</param>
/// <param name="MarginPercent">Gross profit ÷ revenue × 100, two decimals; null without revenue.</param>
internal sealed record ChannelProfitDto(Guid? SourceId, string Name, int WonDeals, decimal Revenue, decimal Paid, decimal CostOfGoods,
    decimal GrossProfit, decimal? MarginPercent);
