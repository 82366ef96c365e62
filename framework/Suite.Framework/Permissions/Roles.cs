namespace Suite.Framework.Permissions;

/// <summary>The roles Suite ships with; an installation may add its own.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Director = "director";
    public const string Sales = "sales";
    public const string Accountant = "accountant";
    public const string Warehouse = "warehouse";

    public static readonly IReadOnlyList<string> Shipped = [Admin, Director, Sales, Accountant, Warehouse];
}
