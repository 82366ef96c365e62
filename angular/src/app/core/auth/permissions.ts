/** Permission names as the server grants them in `me.permissions`. */
export const Permissions = {
  Crm: {
    Companies: 'Crm.Companies',
    Deals: 'Crm.Deals',
    Contacts: 'Crm.Contacts',
    Imports: 'Crm.Imports',
    CustomFieldsManage: 'Crm.CustomFields.Manage',
    Leads: 'Crm.Leads',
    WebForms: 'Crm.WebForms.Manage',
  },
} as const;
