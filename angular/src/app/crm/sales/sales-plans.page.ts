import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { problemOf } from '../../core/http/problem-details';
import { reportData, reportQuery } from '../../finance/reports/report-query';
import { BarChart } from '../../shared/charts/bar-chart';
import { FORMAT_PIPES } from '../../shared/formats/format.pipes';
import { OwnerPicker } from '../../shared/pickers/crm-pickers';
import { SalesPlanBasis, SalesPlanDto as SalesPlan } from '../../api/models';
import { CrmService } from '../../api/services';
import { firstDayOf, fractionOf, isPeriodCode, monthCode, percentWidth, planChart, planRows, quarterCode, shiftPeriod } from './sales-periods';
import { ReportTable } from '../../shared/report/report-table';
import { ReportToolbar } from '../../shared/report/report-toolbar';

/**
 * "Планы продаж": plan vs fact for a month or a quarter (chart, percentage, forecast by working days), and for those who
 * manage plans the plans of the period with an owner picker, and what counts as the fact. The period lives in the URL.
 */
@Component({
  selector: 'app-sales-plans-page',
  imports: [
    BarChart,
    FORMAT_PIPES,
    FormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    OwnerPicker,
    TranslocoPipe,
    ReportToolbar,
    ReportTable,
  ],
  templateUrl: './sales-plans.page.html',
  styleUrl: './sales.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SalesPlansPage {
  private readonly crm = inject(CrmService);
  private readonly auth = inject(AuthService);
  private readonly transloco = inject(TranslocoService);
  private readonly query = reportQuery();

  protected readonly canManage = computed(() => {
    this.auth.me();
    return this.auth.hasPermission(Permissions.Crm.SalesPlansManage);
  });
  protected readonly period = computed<string | undefined>(() => {
    const fromUrl = this.query.params().get('period');
    if (isPeriodCode(fromUrl)) return fromUrl;
    const today = this.query.today();
    return today ? monthCode(today) : undefined;
  });
  protected readonly isQuarter = computed(() => this.period()?.includes('Q') ?? false);

  /** Bumped after every change of plans or basis, so the figures are asked again. */
  private readonly version = signal(0);
  protected readonly report = reportData(
    () => {
      const period = this.period();
      return period ? { period, version: this.version() } : undefined;
    },
    (q) => this.crm.getPlanVsFactReport({ period: q.period }),
  );
  protected readonly plans = reportData(
    () => {
      const period = this.period();
      return period && this.canManage() ? { period, version: this.version() } : undefined;
    },
    (q) => this.crm.getSalesPlans({ period: q.period, maxResultCount: 1000 }),
  );

  protected readonly rows = computed(() => planRows(this.report.value(), this.transloco.translate('salesPlans.team')));
  protected readonly chart = computed(() =>
    planChart(this.rows(), {
      plan: this.transloco.translate('salesPlans.plan'),
      fact: this.transloco.translate('salesPlans.fact'),
      forecast: this.transloco.translate('salesPlans.forecast'),
    }),
  );
  protected readonly width = percentWidth;
  protected readonly fraction = fractionOf;

  protected readonly newOwnerId = signal<string | null>(null);
  protected readonly newForTeam = signal(false);
  protected readonly newAmount = signal<number | null>(null);
  protected readonly error = signal<string | null>(null);

  protected step(by: number): void {
    const period = this.period();
    if (period) this.query.set({ period: shiftPeriod(period, by) });
  }

  protected toggleQuarter(quarter: boolean): void {
    const period = this.period();
    if (!period) return;
    // The month or quarter that holds the period's first day.
    const day = firstDayOf(period);
    this.query.set({ period: quarter ? quarterCode(day) : monthCode(day) });
  }

  protected async setBasis(basis: SalesPlanBasis): Promise<void> {
    const current = await firstValueFrom(this.crm.getSalesPlanSettings());
    await this.run(() => firstValueFrom(this.crm.updateSalesPlanSettings({ body: { basis, concurrencyStamp: current.concurrencyStamp } })));
  }

  protected async add(): Promise<void> {
    const period = this.period();
    const amount = this.newAmount();
    const ownerId = this.newForTeam() ? null : this.newOwnerId();
    if (!period || amount === null || (!this.newForTeam() && !ownerId)) return;
    const done = await this.run(() => firstValueFrom(this.crm.createSalesPlan({ body: { period, ownerId, amount } })));
    if (done) {
      this.newOwnerId.set(null);
      this.newAmount.set(null);
      this.newForTeam.set(false);
    }
  }

  protected async change(plan: SalesPlan, amount: number | string): Promise<void> {
    const value = Number(amount);
    if (Number.isNaN(value) || value === Number(plan.amount)) return;
    await this.run(() =>
      firstValueFrom(this.crm.updateSalesPlan({ id: plan.id, body: { period: plan.period, ownerId: plan.ownerId, amount: value, concurrencyStamp: plan.concurrencyStamp } })),
    );
  }

  protected async remove(plan: SalesPlan): Promise<void> {
    await this.run(() => firstValueFrom(this.crm.deleteSalesPlan({ id: plan.id })));
  }

  /** Runs a change, shows the server's refusal (a duplicate plan, a stale edit), and reloads the figures. */
  private async run(change: () => Promise<unknown>): Promise<boolean> {
    this.error.set(null);
    try {
      await change();
      return true;
    } catch (e) {
      const problem = problemOf(e);
      this.error.set(problem?.detail ?? problem?.title ?? this.transloco.translate('salesPlans.failed'));
      return false;
    } finally {
      this.version.update((v) => v + 1);
    }
  }
}
