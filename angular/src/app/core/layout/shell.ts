import { BreakpointObserver, Breakpoints } from '@angular/cdk/layout';
import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatListModule } from '@angular/material/list';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { Permissions } from '../auth/permissions';
import { NotificationBell } from '../../notifications/notification-bell';
import { SearchBox } from '../../search/search-box';
import { LanguageSwitch } from '../i18n/language-switch';
import { TasksCountService } from '../../tasks/tasks-count.service';

interface NavEntry {
  readonly path: string;
  readonly label: string;
  /** None: everyone signed in sees it. */
  readonly permission?: string;
  readonly testId: string;
  /** A number beside the entry (what needs doing today), with its own test id. */
  readonly count?: 'tasks';
}

/** Every section the app has; the user sees those their permissions allow. */
const NAV: readonly NavEntry[] = [
  { path: '/home', label: 'nav.home', testId: 'nav-home' },
  { path: '/tasks', label: 'nav.tasks', permission: Permissions.Tasks.Tasks, testId: 'nav-tasks', count: 'tasks' },
  { path: '/tasks/calendar', label: 'nav.tasksCalendar', permission: Permissions.Tasks.Tasks, testId: 'nav-tasks-calendar' },
  { path: '/tasks/projects', label: 'nav.tasksProjects', permission: Permissions.Tasks.Tasks, testId: 'nav-tasks-projects' },
  { path: '/tasks/reports', label: 'nav.tasksReports', permission: Permissions.Tasks.Reports, testId: 'nav-tasks-reports' },
  { path: '/tasks/rules', label: 'nav.tasksRules', permission: Permissions.Tasks.Rules, testId: 'nav-tasks-rules' },
  { path: '/crm/companies', label: 'nav.companies', permission: Permissions.Crm.Companies, testId: 'nav-companies' },
  { path: '/crm/deals', label: 'nav.deals', permission: Permissions.Crm.Deals, testId: 'nav-deals' },
  { path: '/crm/reports', label: 'nav.reports', permission: Permissions.Crm.Reports, testId: 'nav-reports' },
  { path: '/crm/reports/lead-response', label: 'nav.leadResponse', permission: Permissions.Crm.Reports, testId: 'nav-lead-response' },
  { path: '/crm/reports/new-leads', label: 'nav.newLeads', permission: Permissions.Crm.Reports, testId: 'nav-new-leads' },
  { path: '/crm/reports/deal-segments', label: 'nav.dealSegments', permission: Permissions.Crm.Reports, testId: 'nav-deal-segments' },
  { path: '/crm/reports/activities', label: 'nav.activities', permission: Permissions.Crm.Reports, testId: 'nav-activities' },
  { path: '/crm/reports/sales-plans', label: 'nav.salesPlans', permission: Permissions.Crm.Reports, testId: 'nav-sales-plans' },
  { path: '/crm/reports/profit-by-channel', label: 'nav.profitByChannel', permission: Permissions.Crm.Reports, testId: 'nav-profit-by-channel' },
  { path: '/crm/reports/products', label: 'nav.productSales', permission: Permissions.Crm.Reports, testId: 'nav-product-sales' },
  { path: '/crm/pipelines', label: 'nav.pipelines', permission: Permissions.Crm.PipelinesManage, testId: 'nav-pipelines' },
  { path: '/crm/leads', label: 'nav.leads', permission: Permissions.Crm.Leads, testId: 'nav-leads' },
  { path: '/crm/web-forms', label: 'nav.webForms', permission: Permissions.Crm.WebForms, testId: 'nav-web-forms' },
  { path: '/crm/contacts', label: 'nav.contacts', permission: Permissions.Crm.Contacts, testId: 'nav-contacts' },
  { path: '/crm/import', label: 'nav.import', permission: Permissions.Crm.Imports, testId: 'nav-import' },
  { path: '/crm/custom-fields', label: 'nav.customFields', permission: Permissions.Crm.CustomFieldsManage, testId: 'nav-custom-fields' },
  { path: '/stock/products', label: 'nav.stockProducts', permission: Permissions.Stock.Products, testId: 'nav-stock-products' },
  { path: '/stock/documents', label: 'nav.stockDocuments', permission: Permissions.Stock.Documents, testId: 'nav-stock-documents' },
  { path: '/stock/balances', label: 'nav.stockBalances', permission: Permissions.Stock.Balances, testId: 'nav-stock-balances' },
  { path: '/stock/warehouses', label: 'nav.stockWarehouses', permission: Permissions.Stock.Warehouses, testId: 'nav-stock-warehouses' },
  { path: '/finance/invoices', label: 'nav.financeInvoices', permission: Permissions.Finance.Invoices, testId: 'nav-finance-invoices' },
  { path: '/finance/payments', label: 'nav.financePayments', permission: Permissions.Finance.Payments, testId: 'nav-finance-payments' },
  { path: '/finance/statements', label: 'financeReports.nav.statements', permission: Permissions.Finance.Payments, testId: 'nav-finance-statements' },
  { path: '/finance/receivables', label: 'financeReports.nav.receivables', permission: Permissions.Finance.Reports, testId: 'nav-finance-receivables' },
  { path: '/finance/reconciliation', label: 'financeReports.nav.reconciliation', permission: Permissions.Finance.Reports, testId: 'nav-finance-reconciliation' },
  { path: '/finance/reports/profit-and-loss', label: 'financeReports.nav.profitAndLoss', permission: Permissions.Finance.Reports, testId: 'nav-finance-profit-and-loss' },
  { path: '/finance/reports/cash-flow', label: 'financeReports.nav.cashFlow', permission: Permissions.Finance.Reports, testId: 'nav-finance-cash-flow' },
  { path: '/finance/reports/trial-balance', label: 'financeReports.nav.trialBalance', permission: Permissions.Finance.Reports, testId: 'nav-finance-trial-balance' },
  { path: '/finance/accounts', label: 'nav.financeAccounts', permission: Permissions.Finance.Payments, testId: 'nav-finance-accounts' },
  { path: '/finance/organisation', label: 'nav.financeOrganisation', permission: Permissions.Finance.SettingsManage, testId: 'nav-finance-organisation' },
  { path: '/docs/documents', label: 'nav.docsDocuments', permission: Permissions.Docs.Documents, testId: 'nav-docs-documents' },
  { path: '/docs/templates', label: 'nav.docsTemplates', permission: Permissions.Docs.Templates, testId: 'nav-docs-templates' },
  { path: '/settings/company', label: 'nav.companySettings', permission: Permissions.Settings.Company, testId: 'nav-company-settings' },
  { path: '/admin/users', label: 'nav.users', permission: Permissions.Identity.Users, testId: 'nav-users' },
  { path: '/admin/backups', label: 'nav.backups', permission: Permissions.Backups.Manage, testId: 'nav-backups' },
  { path: '/admin/system', label: 'nav.system', permission: Permissions.Operations.System, testId: 'nav-system' },
  { path: '/admin/audit', label: 'nav.audit', permission: Permissions.Operations.Audit, testId: 'nav-audit' },
];

@Component({
  selector: 'app-shell',
  imports: [
    MatToolbarModule,
    MatSidenavModule,
    MatListModule,
    MatButtonModule,
    NgTemplateOutlet,
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    TranslocoPipe,
    LanguageSwitch,
    NotificationBell,
    SearchBox,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  protected readonly taskCounts = inject(TasksCountService);

  protected readonly userName = computed(() => this.auth.me()?.userName ?? '');
  protected readonly nav = computed(() => {
    this.auth.me();
    return NAV.filter((entry) => !entry.permission || this.auth.hasPermission(entry.permission));
  });
  protected readonly handset = toSignal(
    inject(BreakpointObserver)
      .observe(Breakpoints.Handset)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  constructor() {
    if (this.auth.hasPermission(Permissions.Tasks.Tasks)) this.taskCounts.follow(inject(DestroyRef));
  }

  /** On a phone the menu lies over the page, so it goes away once the user has picked where to go. */
  protected closeOnPhone(drawer: MatSidenav): void {
    if (this.handset()) void drawer.close();
  }

  protected async logout(): Promise<void> {
    try {
      await this.auth.logout();
    } finally {
      await this.router.navigate(['/login']);
    }
  }
}
