using Suite.Framework.Permissions;
using static Suite.Finance.FinancePermissions;

namespace Suite.Finance;

internal sealed class FinancePermissionDefinitions : PermissionDefinitionProvider
{
    public override void Define(PermissionDefinitionContext context) => context
        .Add(GroupName, Customers.Default, "View customers (sales: their own)", Roles.Director, Roles.Accountant, Roles.Sales)
        .Add(GroupName, Invoices.Default, "View invoices (sales: of their own clients and deals)", Roles.Director, Roles.Accountant, Roles.Sales)
        .Add(GroupName, Invoices.Edit, "Draft, issue and cancel invoices", Roles.Accountant, Roles.Sales)
        .Add(GroupName, Invoices.ViewAll, "See every manager's invoices and clients", Roles.Director, Roles.Accountant)
        .Add(GroupName, Payments.Default, "View payments, cash desks and bank accounts", Roles.Director, Roles.Accountant)
        .Add(GroupName, Payments.Edit, "Record payments and transfers, import bank statements", Roles.Accountant)
        .Add(GroupName, Reports.Default, "Receivables, the ledger and the money reports", Roles.Director, Roles.Accountant)
        .Add(GroupName, Settings.Manage, "Organisation, lock date, invoice series, articles and accounts", Roles.Accountant);
}
