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
    path: 'companies/:id',
    loadComponent: () => import('./companies/company-form.page').then((m) => m.CompanyFormPage),
  },
  {
    path: 'deals',
    canMatch: [permissionGuard(Permissions.Crm.Deals)],
    loadComponent: () => import('./deals/deal-board.page').then((m) => m.DealBoardPage),
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
    path: 'contacts/:id',
    canMatch: [permissionGuard(Permissions.Crm.Contacts)],
    loadComponent: () => import('./contacts/contact-form.page').then((m) => m.ContactFormPage),
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
