namespace Suite.Finance;

/// <summary>Names of the permissions the Finance module checks.</summary>
public static class FinancePermissions
{
    public const string GroupName = "Finance";

    public static class Customers
    {
        public const string Default = GroupName + ".Customers";
    }

    /// <summary>Invoices to clients. Sales see and issue those of the clients and deals they own.</summary>
    public static class Invoices
    {
        public const string Default = GroupName + ".Invoices";

        /// <summary>Draft, edit, issue and cancel.</summary>
        public const string Edit = Default + ".Edit";

        /// <summary>See and act on every manager's invoices; without it only those of one's own clients and deals.</summary>
        public const string ViewAll = Default + ".ViewAll";
    }

    /// <summary>Payments, transfers, cash desks and bank accounts, bank statements.</summary>
    public static class Payments
    {
        public const string Default = GroupName + ".Payments";
        public const string Edit = Default + ".Edit";
    }

    /// <summary>Receivables, the ledger and the money reports (P&amp;L, cash flow, trial balance).</summary>
    public static class Reports
    {
        public const string Default = GroupName + ".Reports";
    }

    /// <summary>Our organisation's requisites, the lock date, the invoice series, articles and money accounts.</summary>
    public static class Settings
    {
        public const string Manage = GroupName + ".Settings.Manage";
    }
}
