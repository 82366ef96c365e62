namespace Suite.Finance;

/// <summary>Names of the permissions the Finance module checks.</summary>
public static class FinancePermissions
{
    public const string GroupName = "Finance";

    public static class Customers
    {
        public const string Default = GroupName + ".Customers";
    }
}
