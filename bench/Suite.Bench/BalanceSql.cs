namespace Suite.Bench;

/// <summary>The balances page's two statements, shaped like EF Core's (see the host's statement log).</summary>
internal static class BalanceSql
{
    private static string From(string balanceWhere, string productWhere) => $"""
        FROM stock."StockBalances" AS s
        INNER JOIN (SELECT * FROM stock."StockProducts" AS p {productWhere}) AS p ON s."ProductId" = p."Id"
        INNER JOIN stock."StockWarehouses" AS w ON s."WarehouseId" = w."Id"
        WHERE (s."OnHand" > 0.0 OR s."Reserved" > 0.0) {balanceWhere}
        """;

    public static string Count(string balanceWhere, string productWhere = "") =>
        "SELECT count(*)::bigint\n" + From(balanceWhere, productWhere);

    public static string Page(string balanceWhere, string orderBy, int skip, string productWhere = "") =>
        "SELECT p.\"Id\", p.\"Sku\", p.\"Name\", p.\"Unit\", p.\"Category\", w.\"Id\", w.\"Name\", s.\"OnHand\", s.\"Reserved\", s.\"Value\", " +
        "s.\"LastUnitCost\", p.\"MinQuantity\"\n" + From(balanceWhere, productWhere) + $"\nORDER BY {orderBy}\nLIMIT 20 OFFSET {skip}";
}
