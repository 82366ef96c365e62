import { Routes } from '@angular/router';
import { anyPermissionGuard, permissionGuard, signedInGuard } from './core/auth/guards';
import { Permissions } from './core/auth/permissions';
import { Shell } from './core/layout/shell';

export const routes: Routes = [
  {
    path: 'login',
    loadComponent: () => import('./core/login/login.page').then((m) => m.LoginPage),
  },
  {
    path: '',
    component: Shell,
    canActivate: [signedInGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        // Everyone lands on their home page: what their role has to do today.
        redirectTo: 'home',
      },
      {
        path: 'home',
        loadComponent: () => import('./core/home/home.page').then((m) => m.HomePage),
      },
      {
        path: 'profile',
        loadComponent: () => import('./core/profile/profile.page').then((m) => m.ProfilePage),
      },
      {
        path: 'notifications/preferences',
        loadComponent: () =>
          import('./notifications/notification-preferences.page').then((m) => m.NotificationPreferencesPage),
      },
      {
        path: 'admin',
        canMatch: [anyPermissionGuard([Permissions.Identity.Users, ...Object.values(Permissions.Operations), Permissions.Backups.Manage])],
        loadChildren: () => import('./admin/admin.routes').then((m) => m.ADMIN_ROUTES),
      },
      {
        path: 'crm',
        canMatch: [permissionGuard(Permissions.Crm.Companies)],
        loadChildren: () => import('./crm/crm.routes').then((m) => m.CRM_ROUTES),
      },
      {
        path: 'settings/company',
        canMatch: [permissionGuard(Permissions.Settings.Company)],
        loadComponent: () => import('./settings/company-settings.page').then((m) => m.CompanySettingsPage),
      },
      {
        path: 'stock',
        canMatch: [anyPermissionGuard(Object.values(Permissions.Stock))],
        loadChildren: () => import('./stock/stock.routes').then((m) => m.STOCK_ROUTES),
      },
      {
        path: 'finance',
        canMatch: [anyPermissionGuard(Object.values(Permissions.Finance))],
        loadChildren: () => import('./finance/finance.routes').then((m) => m.FINANCE_ROUTES),
      },
      {
        path: 'tasks',
        canMatch: [permissionGuard(Permissions.Tasks.Tasks)],
        loadChildren: () => import('./tasks/tasks.routes').then((m) => m.TASKS_ROUTES),
      },
      {
        path: 'docs',
        canMatch: [anyPermissionGuard([Permissions.Docs.Documents, Permissions.Docs.Templates])],
        loadChildren: () => import('./docs/docs.routes').then((m) => m.DOCS_ROUTES),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
