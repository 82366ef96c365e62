namespace Suite.Stock;

/// <summary>Names of the permissions the Stock module checks.</summary>
public static class StockPermissions
{
    public const string GroupName = "Stock";
}
