using Suite.Framework.Permissions;
using static Suite.Stock.StockPermissions;

namespace Suite.Stock;

internal sealed class StockPermissionDefinitions : PermissionDefinitionProvider
{
    public override void Define(PermissionDefinitionContext context) => context
        .Add(GroupName, Products.Default, "View the product catalog", Roles.Director, Roles.Sales, Roles.Accountant, Roles.Warehouse)
        .Add(GroupName, Products.Manage, "Create, edit, import and archive products", Roles.Director, Roles.Warehouse)
        .Add(GroupName, Warehouses.Default, "View warehouses", Roles.Director, Roles.Sales, Roles.Accountant, Roles.Warehouse)
        .Add(GroupName, Warehouses.Manage, "Manage warehouses", Roles.Director, Roles.Warehouse)
        .Add(GroupName, Documents.Default, "View stock documents", Roles.Director, Roles.Accountant, Roles.Warehouse)
        .Add(GroupName, Documents.Edit, "Create and edit draft stock documents", Roles.Director, Roles.Warehouse)
        .Add(GroupName, Documents.Post, "Post and cancel stock documents", Roles.Director, Roles.Warehouse)
        .Add(GroupName, Balances.Default, "View stock balances and the stock ledger", Roles.Director, Roles.Sales, Roles.Accountant, Roles.Warehouse)
        .Add(GroupName, Reservations.Default, "View reservations", Roles.Director, Roles.Sales, Roles.Accountant, Roles.Warehouse)
        .Add(GroupName, Reservations.Manage, "Reserve goods for deals and release them", Roles.Director, Roles.Sales, Roles.Warehouse)
        .Add(GroupName, Sales.ViewAll, "See every manager's deals and companies, and the reservations and documents made for them",
            Roles.Director, Roles.Accountant, Roles.Warehouse)
        .Add(GroupName, Settings.Manage, "Change the stock settings", Roles.Director);
}
