import { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/guards';
import { Permissions } from '../core/auth/permissions';

export const CRM_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'companies' },
  {
    path: 'companies',
    loadComponent: () => import('./companies/company-list.page').then((m) => m.CompanyListPage),
  },
  {
    path: 'companies/new',
    loadComponent: () => import('./companies/company-form.page').then((m) => m.CompanyFormPage),
  },
  {
    path: 'companies/:id/edit',
    loadComponent: () => import('./companies/company-form.page').then((m) => m.CompanyFormPage),
  },
  {
    path: 'companies/:id',
    loadComponent: () => import('./card/company-card.page').then((m) => m.CompanyCardPage),
  },
  {
    path: 'deals',
    canMatch: [permissionGuard(Permissions.Crm.Deals)],
    loadComponent: () => import('./deals/deal-board.page').then((m) => m.DealBoardPage),
  },
  {
    path: 'deals/list',
    canMatch: [permissionGuard(Permissions.Crm.Deals)],
    loadComponent: () => import('./deals/deal-list.page').then((m) => m.DealListPage),
  },
  {
    path: 'deals/new',
    canMatch: [permissionGuard(Permissions.Crm.DealsCreate)],
    loadComponent: () => import('./deals/deal-form.page').then((m) => m.DealFormPage),
  },
  {
    path: 'deals/:id',
    canMatch: [permissionGuard(Permissions.Crm.Deals)],
    loadComponent: () => import('./card/deal-card.page').then((m) => m.DealCardPage),
  },
  {
    path: 'deals/:id/edit',
    canMatch: [permissionGuard(Permissions.Crm.Deals)],
    loadComponent: () => import('./deals/deal-form.page').then((m) => m.DealFormPage),
  },
  {
    path: 'reports',
    canMatch: [permissionGuard(Permissions.Crm.Reports)],
    loadComponent: () => import('./reports/reports.page').then((m) => m.ReportsPage),
  },
  {
    path: 'reports/lead-response',
    canMatch: [permissionGuard(Permissions.Crm.Reports)],
    loadComponent: () => import('./reports/lead-response.page').then((m) => m.LeadResponsePage),
  },
  {
    path: 'reports/new-leads',
    canMatch: [permissionGuard(Permissions.Crm.Reports)],
    loadComponent: () => import('./reports/new-leads.page').then((m) => m.NewLeadsPage),
  },
  {
    path: 'reports/deal-segments',
    canMatch: [permissionGuard(Permissions.Crm.Reports)],
    loadComponent: () => import('./reports/deal-segments.page').then((m) => m.DealSegmentsPage),
  },
  {
    path: 'reports/activities',
    canMatch: [permissionGuard(Permissions.Crm.Reports)],
    loadComponent: () => import('./reports/activities.page').then((m) => m.ActivitiesPage),
  },
  {
    path: 'reports/profit-by-channel',
    canMatch: [permissionGuard(Permissions.Crm.Reports)],
    loadComponent: () => import('./sales/profit-by-channel.page').then((m) => m.ProfitByChannelPage),
  },
  {
    path: 'reports/products',
    canMatch: [permissionGuard(Permissions.Crm.Reports)],
    loadComponent: () => import('./sales/product-sales.page').then((m) => m.ProductSalesPage),
  },
  {
    path: 'reports/sales-plans',
    canMatch: [permissionGuard(Permissions.Crm.Reports)],
    loadComponent: () => import('./sales/sales-plans.page').then((m) => m.SalesPlansPage),
  },
  {
    path: 'pipelines',
    canMatch: [permissionGuard(Permissions.Crm.PipelinesManage)],
    loadComponent: () => import('./pipelines/pipeline-editor.page').then((m) => m.PipelineEditorPage),
  },
  {
    path: 'leads',
    canMatch: [permissionGuard(Permissions.Crm.Leads)],
    loadComponent: () => import('./leads/lead-list.page').then((m) => m.LeadListPage),
  },
  {
    path: 'leads/new',
    canMatch: [permissionGuard(Permissions.Crm.Leads)],
    loadComponent: () => import('./leads/lead-form.page').then((m) => m.LeadFormPage),
  },
  {
    path: 'leads/:id',
    canMatch: [permissionGuard(Permissions.Crm.Leads)],
    loadComponent: () => import('./leads/lead-form.page').then((m) => m.LeadFormPage),
  },
  {
    path: 'web-forms',
    canMatch: [permissionGuard(Permissions.Crm.WebForms)],
    loadComponent: () => import('./web-forms/web-form-list.page').then((m) => m.WebFormListPage),
  },
  {
    path: 'web-forms/new',
    canMatch: [permissionGuard(Permissions.Crm.WebForms)],
    loadComponent: () => import('./web-forms/web-form-editor.page').then((m) => m.WebFormEditorPage),
  },
  {
    path: 'web-forms/:id',
    canMatch: [permissionGuard(Permissions.Crm.WebForms)],
    loadComponent: () => import('./web-forms/web-form-editor.page').then((m) => m.WebFormEditorPage),
  },
  {
    path: 'contacts',
    canMatch: [permissionGuard(Permissions.Crm.Contacts)],
    loadComponent: () => import('./contacts/contact-list.page').then((m) => m.ContactListPage),
  },
  {
    path: 'contacts/new',
    canMatch: [permissionGuard(Permissions.Crm.Contacts)],
    loadComponent: () => import('./contacts/contact-form.page').then((m) => m.ContactFormPage),
  },
  {
    path: 'contacts/:id/edit',
    canMatch: [permissionGuard(Permissions.Crm.Contacts)],
    loadComponent: () => import('./contacts/contact-form.page').then((m) => m.ContactFormPage),
  },
  {
    path: 'contacts/:id',
    canMatch: [permissionGuard(Permissions.Crm.Contacts)],
    loadComponent: () => import('./card/contact-card.page').then((m) => m.ContactCardPage),
  },
  {
    path: 'import',
    canMatch: [permissionGuard(Permissions.Crm.Imports)],
    loadComponent: () => import('./import/import.page').then((m) => m.ImportPage),
  },
  {
    path: 'custom-fields',
    canMatch: [permissionGuard(Permissions.Crm.CustomFieldsManage)],
    loadComponent: () => import('./custom-fields/custom-fields.page').then((m) => m.CustomFieldsPage),
  },
];
