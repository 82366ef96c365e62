/** Permission names as the server grants them in `me.permissions`. */
export const Permissions = {
  Crm: {
    Companies: 'Crm.Companies',
    Deals: 'Crm.Deals',
    Leads: 'Crm.Leads',
    WebForms: 'Crm.WebForms.Manage',
  },
} as const;
