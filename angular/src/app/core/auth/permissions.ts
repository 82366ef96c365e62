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
  Stock: {
    Products: 'Stock.Products',
    ProductsManage: 'Stock.Products.Manage',
    Warehouses: 'Stock.Warehouses',
    WarehousesManage: 'Stock.Warehouses.Manage',
    Documents: 'Stock.Documents',
    DocumentsEdit: 'Stock.Documents.Edit',
    DocumentsPost: 'Stock.Documents.Post',
    Balances: 'Stock.Balances',
    Reservations: 'Stock.Reservations',
    ReservationsManage: 'Stock.Reservations.Manage',
    SettingsManage: 'Stock.Settings.Manage',
  },
  Identity: {
    Users: 'Identity.Users',
  },
  Settings: {
    Company: 'Settings.Company',
  },
} as const;
