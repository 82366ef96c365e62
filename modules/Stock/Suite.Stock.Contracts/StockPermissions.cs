namespace Suite.Stock;

/// <summary>Names of the permissions the Stock module checks.</summary>
public static class StockPermissions
{
    public const string GroupName = "Stock";

    public static class Products
    {
        public const string Default = GroupName + ".Products";

        /// <summary>Create, edit, archive, delete and import catalog cards.</summary>
        public const string Manage = Default + ".Manage";
    }

    public static class Warehouses
    {
        public const string Default = GroupName + ".Warehouses";
        public const string Manage = Default + ".Manage";
    }

    /// <summary>Receipts, shipments, transfers, write-offs and counts.</summary>
    public static class Documents
    {
        public const string Default = GroupName + ".Documents";

        /// <summary>Create, edit and delete drafts.</summary>
        public const string Edit = Default + ".Edit";

        /// <summary>Post drafts and cancel posted documents: the steps that move stock.</summary>
        public const string Post = Default + ".Post";
    }

    /// <summary>Balances and the stock ledger.</summary>
    public static class Balances
    {
        public const string Default = GroupName + ".Balances";
    }

    public static class Reservations
    {
        public const string Default = GroupName + ".Reservations";
        public const string Manage = Default + ".Manage";
    }

    /// <summary>Stock's copies of Crm's deals and client companies.</summary>
    public static class Sales
    {
        /// <summary>
        /// See every manager's deals and companies in Stock, and the reservations and documents made for them; without it
        /// a user sees only those of the deals and companies they own.
        /// </summary>
        public const string ViewAll = GroupName + ".Sales.ViewAll";
    }

    public static class Settings
    {
        public const string Manage = GroupName + ".Settings.Manage";
    }
}
