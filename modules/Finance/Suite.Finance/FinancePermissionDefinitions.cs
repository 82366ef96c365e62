using Suite.Framework.Permissions;
using static Suite.Finance.FinancePermissions;

namespace Suite.Finance;

internal sealed class FinancePermissionDefinitions : PermissionDefinitionProvider
{
    public override void Define(PermissionDefinitionContext context) => context
        .Add(GroupName, Customers.Default, "View customers", Roles.Director, Roles.Accountant);
}
