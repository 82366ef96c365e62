import { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/guards';
import { Permissions } from '../core/auth/permissions';
import { FINANCE_REPORT_ROUTES } from './finance-reports.routes';

const P = Permissions.Finance;

export const FINANCE_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'invoices' },
  {
    path: 'invoices',
    canMatch: [permissionGuard(P.Invoices)],
    loadComponent: () => import('./invoices/invoice-list.page').then((m) => m.InvoiceListPage),
  },
  {
    path: 'invoices/new',
    canMatch: [permissionGuard(P.InvoicesEdit)],
    loadComponent: () => import('./invoices/invoice-editor.page').then((m) => m.InvoiceEditorPage),
  },
  {
    path: 'invoices/:id/edit',
    canMatch: [permissionGuard(P.InvoicesEdit)],
    loadComponent: () => import('./invoices/invoice-editor.page').then((m) => m.InvoiceEditorPage),
  },
  {
    path: 'invoices/:id',
    canMatch: [permissionGuard(P.Invoices)],
    loadComponent: () => import('./invoices/invoice-card.page').then((m) => m.InvoiceCardPage),
  },
  {
    path: 'payments',
    canMatch: [permissionGuard(P.Payments)],
    loadComponent: () => import('./payments/payment-list.page').then((m) => m.PaymentListPage),
  },
  {
    path: 'payments/new',
    canMatch: [permissionGuard(P.PaymentsEdit)],
    loadComponent: () => import('./payments/payment-form.page').then((m) => m.PaymentFormPage),
  },
  {
    path: 'payments/:id',
    canMatch: [permissionGuard(P.Payments)],
    loadComponent: () => import('./payments/payment-form.page').then((m) => m.PaymentFormPage),
  },
  {
    path: 'transfers/new',
    canMatch: [permissionGuard(P.PaymentsEdit)],
    loadComponent: () => import('./payments/transfer-form.page').then((m) => m.TransferFormPage),
  },
  {
    path: 'accounts',
    canMatch: [permissionGuard(P.Payments)],
    loadComponent: () => import('./accounts/account-list.page').then((m) => m.AccountListPage),
  },
  {
    path: 'accounts/new',
    canMatch: [permissionGuard(P.SettingsManage)],
    loadComponent: () => import('./accounts/account-form.page').then((m) => m.AccountFormPage),
  },
  {
    path: 'accounts/:id',
    canMatch: [permissionGuard(P.Payments)],
    loadComponent: () => import('./accounts/account-form.page').then((m) => m.AccountFormPage),
  },
  {
    path: 'articles',
    canMatch: [permissionGuard(P.Payments)],
    loadComponent: () => import('./articles/article-list.page').then((m) => m.ArticleListPage),
  },
  {
    path: 'articles/new',
    canMatch: [permissionGuard(P.SettingsManage)],
    loadComponent: () => import('./articles/article-form.page').then((m) => m.ArticleFormPage),
  },
  {
    path: 'articles/:id',
    canMatch: [permissionGuard(P.Payments)],
    loadComponent: () => import('./articles/article-form.page').then((m) => m.ArticleFormPage),
  },
  {
    path: 'organisation',
    canMatch: [permissionGuard(P.SettingsManage)],
    loadComponent: () => import('./settings/organisation.page').then((m) => m.OrganisationPage),
  },
  {
    path: 'settings',
    canMatch: [permissionGuard(P.SettingsManage)],
    loadComponent: () => import('./settings/finance-settings.page').then((m) => m.FinanceSettingsPage),
  },
  ...FINANCE_REPORT_ROUTES,
];
