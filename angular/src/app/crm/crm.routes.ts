import { Routes } from '@angular/router';

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
];
