using Suite.Framework.Digest;
using Suite.Framework.Localization;
using Suite.Stock.Application.Balances;

namespace Suite.Stock.Application.Digest;

/// <summary>The warehouse as the director's home shows it: its value and the products below their minimum, as they are now.</summary>
internal sealed class StockFigures(StockSummaryService summary) : IWeeklyFigures
{
    public int Order => 40;

    public string Permission => StockPermissions.Balances.Default;

    public async Task<DigestSection> BuildAsync(DigestWeek week, CancellationToken cancellationToken)
    {
        var now = await summary.GetAsync(cancellationToken);
        return new DigestSection("stock", Text.Pick("Склад", "Stock"),
        [
            new("stockValue", Text.Pick("Стоимость запасов сейчас", "Stock value now"), now.Value, null, DigestUnit.Money),
            new("belowMinimum", Text.Pick("Товаров ниже минимума", "Products below minimum"), now.BelowMinimum, null, DigestUnit.Count),
        ]);
    }
}
