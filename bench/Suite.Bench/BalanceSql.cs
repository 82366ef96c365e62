namespace Suite.Bench;

/// <summary>
/// The balances page's statements as EF Core sends them (captured from the host's log with
/// SUITE_BENCH_HOST_ENV=Serilog__MinimumLevel__Override__Microsoft.EntityFrameworkCore.Database.Command=Information),
/// with the parameters written in, for EXPLAIN.
/// </summary>
internal static class BalanceSql
{
    private const string InStock = "(s.\"OnHand\" > 0.0 OR s.\"Reserved\" > 0.0)";

    private static string Joined(string balanceWhere, string productWhere) => $"""
        FROM stock."StockBalances" AS s
        INNER JOIN (SELECT * FROM stock."StockProducts" AS p {(productWhere == "" ? "" : "WHERE " + productWhere)}) AS p ON s."ProductId" = p."Id"
        INNER JOIN stock."StockWarehouses" AS w ON s."WarehouseId" = w."Id"
        WHERE {InStock} {balanceWhere}
        """;

    /// <summary>The count before BalanceService counted the balances alone: over the joins of the page.</summary>
    public static string JoinedCount(string balanceWhere, string productWhere = "") =>
        "SELECT count(*)\n" + Joined(balanceWhere, productWhere);

    /// <summary>The count now: the balances alone, the product's conditions as EXISTS.</summary>
    public static string Count(string balanceWhere, string productWhere = "") =>
        "SELECT count(*)\nFROM stock.\"StockBalances\" AS s\n" +
        $"WHERE {InStock} {balanceWhere}" +
        (productWhere == "" ? "" : $"\nAND EXISTS (SELECT 1 FROM stock.\"StockProducts\" AS p WHERE {productWhere} AND p.\"Id\" = s.\"ProductId\")");

    public static string Page(string balanceWhere, string orderBy, int skip, string productWhere = "") =>
        "SELECT p.\"Id\", p.\"Sku\", p.\"Name\", p.\"Unit\", p.\"Category\", w.\"Id\", w.\"Name\", s.\"OnHand\", s.\"Reserved\", s.\"Value\", " +
        "s.\"LastUnitCost\", p.\"MinQuantity\"\n" + Joined(balanceWhere, productWhere) + $"\nORDER BY {orderBy}\nLIMIT 20 OFFSET {skip}";
}
