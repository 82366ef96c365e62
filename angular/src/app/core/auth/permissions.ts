/** Permission names as the server grants them in `me.permissions`. */
export const Permissions = {
  Crm: {
    Companies: 'Crm.Companies',
    Contacts: 'Crm.Contacts',
    Deals: 'Crm.Deals',
    DealsCreate: 'Crm.Deals.Create',
    DealsEdit: 'Crm.Deals.Edit',
    DealsViewAll: 'Crm.Deals.ViewAll',
    Leads: 'Crm.Leads',
    WebForms: 'Crm.WebForms.Manage',
    Imports: 'Crm.Imports',
    CustomFieldsManage: 'Crm.CustomFields.Manage',
    PipelinesManage: 'Crm.Pipelines.Manage',
    Reports: 'Crm.Reports',
  },
  Identity: {
    Users: 'Identity.Users',
  },
} as const;
