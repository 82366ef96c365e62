import { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/guards';

/** The Finance permissions these pages check (names as the server grants them in `me.permissions`). */
export const FINANCE_PERMISSIONS = {
  Payments: 'Finance.Payments',
  PaymentsEdit: 'Finance.Payments.Edit',
  Reports: 'Finance.Reports',
} as const;

const P = FINANCE_PERMISSIONS;

/** Bank statements, receivables and the money reports; mounted under the finance routes. */
export const FINANCE_REPORT_ROUTES: Routes = [
  {
    path: 'statements',
    canMatch: [permissionGuard(P.Payments)],
    loadComponent: () => import('./statements/statements.page').then((m) => m.StatementsPage),
  },
  {
    path: 'receivables',
    canMatch: [permissionGuard(P.Reports)],
    loadComponent: () => import('./receivables/aging.page').then((m) => m.AgingPage),
  },
  {
    path: 'receivables/:companyId',
    canMatch: [permissionGuard(P.Reports)],
    loadComponent: () => import('./receivables/customer-aging.page').then((m) => m.CustomerAgingPage),
  },
  {
    path: 'reconciliation',
    canMatch: [permissionGuard(P.Reports)],
    loadComponent: () => import('./receivables/reconciliation.page').then((m) => m.ReconciliationPage),
  },
  {
    path: 'reports/profit-and-loss',
    canMatch: [permissionGuard(P.Reports)],
    loadComponent: () => import('./reports/profit-and-loss.page').then((m) => m.ProfitAndLossPage),
  },
  {
    path: 'reports/cash-flow',
    canMatch: [permissionGuard(P.Reports)],
    loadComponent: () => import('./reports/cash-flow.page').then((m) => m.CashFlowPage),
  },
  {
    path: 'reports/trial-balance',
    canMatch: [permissionGuard(P.Reports)],
    loadComponent: () => import('./reports/trial-balance.page').then((m) => m.TrialBalancePage),
  },
];
