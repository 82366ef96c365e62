import { DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import {
  AgingDto,
  CashFlowDto,
  EmployeeReportItemDto,
  ForecastReportDto,
  FunnelStageDto,
  MoneyAccountDto,
  NextStepReportDto,
  ProductSalesDto,
  ProfitAndLossDto,
  StockSummaryDto,
} from '../api/models';
import { CrmService, FinanceService, StockService, TasksService } from '../api/services';
import { AuthService } from '../core/auth/auth.service';
import { Permissions } from '../core/auth/permissions';
import { BarChart, ChartSeries } from '../shared/charts/bar-chart';
import { CompanyDay } from '../shared/company-day';
import { MoneyPipe } from '../shared/formats/format.pipes';
import { PeriodSwitch } from '../shared/period/period-switch';
import { presetPeriod, previousPeriod } from '../shared/period/period-presets';
import { Period } from '../shared/period/report-period';
import { agingBuckets, change, overdueOf, planPeriodOf, topDebtors } from './cockpit';
import { SalesPlanTile } from './sales-plan-tile';

/** How many rows a tile's list shows; the tile's title opens the whole list. */
const TILE_ROWS = 5;

/**
 * The director's home: the whole business in tiles for a period (this month by default), each figure beside the
 * period before and each tile opening its report. Every tile is loaded on its own, with the permission it needs: one
 * that fails or is not allowed stays out, the others show. `compact` (an admin's home) leaves out the charts and lists.
 */
@Component({
  selector: 'app-director-home',
  imports: [DecimalPipe, PercentPipe, RouterLink, TranslocoPipe, BarChart, MoneyPipe, PeriodSwitch, SalesPlanTile],
  templateUrl: './director-home.html',
  styleUrl: './director-home.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DirectorHome implements OnInit {
  private readonly auth = inject(AuthService);
  private readonly crm = inject(CrmService);
  private readonly finance = inject(FinanceService);
  private readonly stock = inject(StockService);
  private readonly tasks = inject(TasksService);
  private readonly day = inject(CompanyDay);
  private readonly transloco = inject(TranslocoService);

  readonly compact = input(false);

  protected readonly today = signal<string | null>(null);
  protected readonly period = signal<Period | null>(null);

  protected readonly money = computed(() => this.can(Permissions.Finance.Reports));
  protected readonly cashShown = computed(() => this.can(Permissions.Finance.Payments));
  protected readonly sales = computed(() => this.can(Permissions.Crm.Reports));
  protected readonly discipline = computed(() => this.can(Permissions.Tasks.Reports));
  protected readonly stockShown = computed(() => this.can(Permissions.Stock.Balances));

  protected readonly profit = signal<{ now: ProfitAndLossDto; before: ProfitAndLossDto; year: ProfitAndLossDto } | null>(null);
  protected readonly revenue = computed(() => this.compare((p) => p.revenue));
  protected readonly grossProfit = computed(() => this.compare((p) => p.grossProfit));
  protected readonly netProfit = computed(() => this.compare((p) => p.netProfit));
  protected readonly months = computed(() => this.profit()?.year.months.map((m) => m.month) ?? []);
  protected readonly series = computed<ChartSeries[]>(() => {
    const months = this.profit()?.year.months ?? [];
    const t = (key: string) => this.transloco.translate(`cockpit.${key}`);
    return [
      { name: t('revenue'), values: months.map((m) => m.revenue), tone: 'primary' },
      { name: t('netProfit'), values: months.map((m) => m.netProfit), tone: 'positive' },
    ];
  });

  protected readonly accounts = signal<MoneyAccountDto[] | null>(null);
  protected readonly cashTotal = computed(() => (this.accounts() ?? []).reduce((sum, a) => sum + Number(a.balance), 0));
  protected readonly cashFlow = signal<CashFlowDto | null>(null);

  protected readonly aging = signal<AgingDto | null>(null);
  protected readonly buckets = computed(() => (this.aging() ? agingBuckets(this.aging()!.totals) : []));
  protected readonly overdue = computed(() => (this.aging() ? overdueOf(this.aging()!.totals) : 0));
  protected readonly debtors = computed(() => topDebtors(this.aging()?.rows ?? [], TILE_ROWS));

  protected readonly funnel = signal<FunnelStageDto[] | null>(null);
  protected readonly forecast = signal<ForecastReportDto | null>(null);
  protected readonly nextSteps = signal<NextStepReportDto | null>(null);
  protected readonly overdueTasks = signal<EmployeeReportItemDto[] | null>(null);
  protected readonly stockSummary = signal<StockSummaryDto | null>(null);
  protected readonly topProducts = signal<ProductSalesDto[] | null>(null);
  protected readonly planPeriod = computed(() => (this.period() && this.today() ? planPeriodOf(this.period()!, this.today()!) : null));

  async ngOnInit(): Promise<void> {
    const today = await this.day.today();
    this.today.set(today);
    await this.show(presetPeriod('month', today));
  }

  protected async show(period: Period): Promise<void> {
    this.period.set(period);
    const loads: Promise<unknown>[] = [];
    if (this.money()) loads.push(this.loadProfit(period), this.loadAging(), this.loadCashFlow(period));
    if (this.cashShown()) loads.push(this.loadAccounts());
    if (this.sales()) loads.push(this.loadSales(period));
    if (this.discipline()) loads.push(this.loadDiscipline(period));
    if (this.stockShown()) loads.push(this.loadStock());
    await Promise.allSettled(loads);
  }

  private can(permission: string): boolean {
    this.auth.me();
    return this.auth.hasPermission(permission);
  }

  private compare(figure: (p: ProfitAndLossDto) => number | string) {
    const p = this.profit();
    return p ? change(figure(p.now), figure(p.before)) : null;
  }

  private async loadProfit(period: Period): Promise<void> {
    const year = period.to.slice(0, 4);
    const [now, before, months] = await Promise.all([
      firstValueFrom(this.finance.getProfitAndLoss(period)),
      firstValueFrom(this.finance.getProfitAndLoss(previousPeriod(period))),
      firstValueFrom(this.finance.getProfitAndLoss({ from: `${year}-01-01`, to: `${year}-12-31` })),
    ]);
    if (this.period() === period) this.profit.set({ now, before, year: months });
  }

  private async loadCashFlow(period: Period): Promise<void> {
    const flow = await firstValueFrom(this.finance.getCashFlow(period));
    if (this.period() === period) this.cashFlow.set(flow);
  }

  private async loadAccounts(): Promise<void> {
    this.accounts.set(await firstValueFrom(this.finance.getMoneyAccounts()));
  }

  private async loadAging(): Promise<void> {
    this.aging.set(await firstValueFrom(this.finance.getReceivablesAging({ asOf: this.today()! })));
  }

  private async loadSales(period: Period): Promise<void> {
    const [funnel, forecast, nextSteps, products] = await Promise.all([
      firstValueFrom(this.crm.getFunnelReport(period)),
      firstValueFrom(this.crm.getForecastReport()),
      firstValueFrom(this.crm.getNextStepReport()),
      firstValueFrom(this.crm.getProductSalesReport({ ...period, sort: 'revenue', take: TILE_ROWS })),
    ]);
    if (this.period() !== period) return;
    this.funnel.set(funnel.stages);
    this.forecast.set(forecast);
    this.nextSteps.set(nextSteps);
    this.topProducts.set(products.items);
  }

  private async loadDiscipline(period: Period): Promise<void> {
    const report = await firstValueFrom(this.tasks.getTasksByEmployeeReport(period));
    if (this.period() !== period) return;
    this.overdueTasks.set(
      report.items
        .filter((r) => Number(r.overdue) > 0)
        .sort((a, b) => Number(b.overdue) - Number(a.overdue))
        .slice(0, TILE_ROWS),
    );
  }

  private async loadStock(): Promise<void> {
    this.stockSummary.set(await firstValueFrom(this.stock.getStockSummary()));
  }
}
