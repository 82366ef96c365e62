using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Stock.Application.Documents;

/// <summary>One product a document needs more of than is available: which, where, and by how much.</summary>
internal sealed record StockShortage(
    Guid ProductId, string Sku, string Name, Guid WarehouseId, string WarehouseName, decimal Requested, decimal Available, decimal Shortfall);

internal static class InsufficientStock
{
    public const string Code = "Stock.InsufficientStock";

    public static BusinessRuleException For(IReadOnlyList<StockShortage> shortages)
    {
        var lines = shortages.Select(s => Text.Pick(
            $"{s.Sku} «{s.Name}» на складе «{s.WarehouseName}»: нужно {s.Requested:0.###}, доступно {s.Available:0.###}, не хватает {s.Shortfall:0.###}",
            $"{s.Sku} \"{s.Name}\" in \"{s.WarehouseName}\": {s.Requested:0.###} needed, {s.Available:0.###} available, {s.Shortfall:0.###} short"));
        return new BusinessRuleException(Code, Text.Pick("Недостаточно товара. ", "Not enough stock. ") + string.Join("; ", lines) + ".")
        {
            Extensions = new Dictionary<string, object?> { ["shortages"] = shortages },
        };
    }

    /// <summary>The database's own check refused a negative balance that the code's check did not foresee.</summary>
    public static BusinessRuleException FromDatabase() =>
        new(Code, Text.Pick("Недостаточно товара: остаток стал бы отрицательным.", "Not enough stock: the balance would go negative."));
}
