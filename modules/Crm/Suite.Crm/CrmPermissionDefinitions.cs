using Suite.Framework.Permissions;
using static Suite.Crm.CrmPermissions;

namespace Suite.Crm;

internal sealed class CrmPermissionDefinitions : PermissionDefinitionProvider
{
    public override void Define(PermissionDefinitionContext context) => context
        .Add(GroupName, Companies.Default, "View companies", Roles.Director, Roles.Sales, Roles.Accountant)
        .Add(GroupName, Companies.Create, "Create companies", Roles.Director, Roles.Sales)
        .Add(GroupName, Companies.Edit, "Edit companies", Roles.Director, Roles.Sales)
        .Add(GroupName, Companies.Delete, "Delete companies", Roles.Director)
        .Add(GroupName, Companies.ViewAll, "See every manager's companies", Roles.Director, Roles.Accountant);
}
