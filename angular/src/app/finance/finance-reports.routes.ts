import { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/guards';
import { Permissions } from '../core/auth/permissions';

const P = Permissions.Finance;

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
