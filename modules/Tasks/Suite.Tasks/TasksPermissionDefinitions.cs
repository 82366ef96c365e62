using Suite.Framework.Permissions;
using static Suite.Tasks.TasksPermissions;

namespace Suite.Tasks;

internal sealed class TasksPermissionDefinitions : PermissionDefinitionProvider
{
    public override void Define(PermissionDefinitionContext context) => context
        .Add(GroupName, TasksPermissions.Tasks.Default, "Set, do and follow tasks (sales: theirs and those on the cards they own)",
            Roles.Admin, Roles.Director, Roles.Sales, Roles.Accountant, Roles.Warehouse)
        .Add(GroupName, TasksPermissions.Tasks.ViewAll, "See and change every employee's tasks", Roles.Admin, Roles.Director)
        .Add(GroupName, Rules.Manage, "Write the rules that set tasks automatically", Roles.Admin, Roles.Director)
        .Add(GroupName, Projects.Manage, "Create projects and choose their members", Roles.Admin, Roles.Director, Roles.Sales)
        .Add(GroupName, Reports.Default, "Task discipline reports (a supervisor sees their team)", Roles.Admin, Roles.Director, Roles.Sales);
}
