using Suite.Framework.Permissions;
using static Suite.Docs.DocsPermissions;

namespace Suite.Docs;

internal sealed class DocsPermissionDefinitions : PermissionDefinitionProvider
{
    public override void Define(PermissionDefinitionContext context) => context
        .Add(GroupName, Documents.View, "View and download generated documents (sales: of their own records)", Roles.Director, Roles.Accountant, Roles.Sales, Roles.Warehouse)
        .Add(GroupName, Documents.ViewAll, "See every manager's documents", Roles.Director, Roles.Accountant)
        .Add(GroupName, Documents.Generate, "Make documents from templates on cards", Roles.Director, Roles.Accountant, Roles.Sales, Roles.Warehouse)
        .Add(GroupName, Documents.Send, "E-mail documents to clients", Roles.Director, Roles.Accountant, Roles.Sales)
        .Add(GroupName, DocsPermissions.Templates.Manage, "Write and upload document templates and automations", Roles.Director)
        .Add(GroupName, Attachments.Default, "Attach files to the cards one may see, download and delete them",
            Roles.Admin, Roles.Director, Roles.Sales, Roles.Accountant, Roles.Warehouse);
}
