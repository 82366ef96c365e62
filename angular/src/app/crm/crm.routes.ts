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
    path: 'deals/:id',
    canMatch: [permissionGuard(Permissions.Crm.Deals)],
    loadComponent: () => import('./card/deal-card.page').then((m) => m.DealCardPage),
  },
  {
    path: 'reports',
    canMatch: [permissionGuard(Permissions.Crm.Reports)],
    loadComponent: () => import('./reports/reports.page').then((m) => m.ReportsPage),
  },
];
