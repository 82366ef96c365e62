using Suite.Framework.Data;

namespace Suite.Stock.Data;

public static class StockDbProperties
{
    public static readonly ModuleDatabase Database = new("stock", "stock", "Stock");
}
