/** Permission names as the server grants them in `me.permissions`. */
export const Permissions = {
  Crm: {
    Companies: 'Crm.Companies',
    Deals: 'Crm.Deals',
    Reports: 'Crm.Reports',
    DealsCreate: 'Crm.Deals.Create',
    DealsEdit: 'Crm.Deals.Edit',
    DealsViewAll: 'Crm.Deals.ViewAll',
    PipelinesManage: 'Crm.Pipelines.Manage',
    Leads: 'Crm.Leads',
    WebForms: 'Crm.WebForms.Manage',
    Contacts: 'Crm.Contacts',
    Imports: 'Crm.Imports',
    CustomFieldsManage: 'Crm.CustomFields.Manage',
  },
  Identity: {
    Users: 'Identity.Users',
  },
} as const;
