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
        .Add(GroupName, Companies.ViewAll, "See every manager's companies", Roles.Director, Roles.Accountant)
        .Add(GroupName, Dictionaries.Default, "View sources and loss reasons", Roles.Director, Roles.Sales, Roles.Accountant)
        .Add(GroupName, Dictionaries.Manage, "Manage sources and loss reasons", Roles.Director)
        .Add(GroupName, Pipelines.Default, "View pipelines", Roles.Director, Roles.Sales, Roles.Accountant)
        .Add(GroupName, Pipelines.Manage, "Manage pipelines and their stages", Roles.Director)
        .Add(GroupName, Deals.Default, "View deals", Roles.Director, Roles.Sales, Roles.Accountant)
        .Add(GroupName, Deals.Create, "Create deals", Roles.Director, Roles.Sales)
        .Add(GroupName, Deals.Edit, "Edit deals and move them through the pipeline", Roles.Director, Roles.Sales)
        .Add(GroupName, Deals.Delete, "Delete deals", Roles.Director)
        .Add(GroupName, Deals.ViewAll, "See every manager's deals", Roles.Director, Roles.Accountant)
        .Add(GroupName, CrmPermissions.Timeline.Write, "Comment and log calls and meetings on cards", Roles.Director, Roles.Sales)
        .Add(GroupName, Reports.Default, "View sales reports", Roles.Director, Roles.Sales)
        .Add(GroupName, SalesPlans.Manage, "Set sales plans and what they are measured against", Roles.Director)
        // Contacts, custom fields and import.
        .Add(GroupName, Contacts.Default, "View contacts", Roles.Director, Roles.Sales, Roles.Accountant)
        .Add(GroupName, Contacts.Create, "Create contacts", Roles.Director, Roles.Sales)
        .Add(GroupName, Contacts.Edit, "Edit contacts", Roles.Director, Roles.Sales)
        .Add(GroupName, Contacts.Delete, "Delete contacts", Roles.Director)
        .Add(GroupName, Contacts.ViewAll, "See every manager's contacts", Roles.Director, Roles.Accountant)
        .Add(GroupName, Contacts.ErasePersonalData, "Erase a contact's personal data on their request")
        .Add(GroupName, CustomFields.Default, "View the custom fields of cards", Roles.Director, Roles.Sales, Roles.Accountant)
        .Add(GroupName, CustomFields.Manage, "Manage the custom fields of cards", Roles.Director)
        .Add(GroupName, Imports.Default, "Import companies and contacts from files", Roles.Director, Roles.Sales)
        // Leads and web forms.
        .Add(GroupName, Leads.Default, "View leads", Roles.Director, Roles.Sales, Roles.Accountant)
        .Add(GroupName, Leads.Create, "Create leads", Roles.Director, Roles.Sales)
        .Add(GroupName, Leads.Edit, "Edit leads, mark them junk and convert them", Roles.Director, Roles.Sales)
        .Add(GroupName, Leads.Delete, "Delete leads", Roles.Director)
        .Add(GroupName, Leads.ViewAll, "See every manager's leads", Roles.Director, Roles.Accountant)
        .Add(GroupName, WebForms.Manage, "Manage web forms", Roles.Director);
}
