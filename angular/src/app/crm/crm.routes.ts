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
];
