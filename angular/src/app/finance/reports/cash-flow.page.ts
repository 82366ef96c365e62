import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ApiConfiguration } from '../../api/api-configuration';
import { BarChart, ChartSeries } from '../../shared/charts/bar-chart';
import { downloadFile } from '../../shared/download';
import { AmountPipe, MoneyPipe } from '../../shared/formats/format.pipes';
import { exportCashFlow } from '../../api/fn/finance/export-cash-flow';
import { CashFlowAccount } from '../../api/models';
import { FinanceService } from '../../api/services';
import { MonthlySection, MonthlyTable } from './monthly-table';
import { PeriodBar } from '../../shared/period/period-bar';
import { reportData, reportQuery } from './report-query';
import { Period, periodFrom, yearToDate } from '../../shared/period/report-period';
import { cashFlowLines, sumMoney } from './report-tables';

/** Cash flow (ДДС): money in and out by article, month by month, and each cash desk's and bank account's movement. */
@Component({
  selector: 'app-cash-flow-page',
  imports: [MatButtonModule, MatProgressBarModule, TranslocoPipe, AmountPipe, MoneyPipe, BarChart, MonthlyTable, PeriodBar],
  templateUrl: './cash-flow.page.html',
  styleUrl: './report.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CashFlowPage {
  private readonly api = inject(FinanceService);
  private readonly http = inject(HttpClient);
  private readonly root = inject(ApiConfiguration).rootUrl;
  private readonly transloco = inject(TranslocoService);
  private readonly query = reportQuery();

  protected readonly period = computed<Period | undefined>(() => {
    const today = this.query.today();
    return today ? periodFrom(this.query.params(), yearToDate(today)) : undefined;
  });
  protected readonly report = reportData(this.period, (p) => this.api.getCashFlow(p));
  protected readonly months = computed(() => (this.report.value()?.months ?? []).map((m) => m.month));
  protected readonly sections = computed<MonthlySection[]>(() => {
    const r = this.report.value();
    if (!r) return [];
    const lines = cashFlowLines(r);
    return [
      { heading: 'financeReports.cashFlow.incoming', lines: lines.incoming },
      { heading: 'financeReports.cashFlow.outgoing', lines: lines.outgoing },
      { lines: lines.totals },
    ];
  });
  /** All our money together: the report's own opening and closing, and the accounts' movements summed (transfers net to zero). */
  protected readonly accountTotals = computed(() => {
    const r = this.report.value();
    const accounts = r?.accounts ?? [];
    return {
      opening: r?.opening ?? 0,
      incoming: sumMoney(accounts.map((a) => a.incoming)),
      outgoing: sumMoney(accounts.map((a) => a.outgoing)),
      transfers: sumMoney(accounts.map((a) => this.transfersOf(a))),
      closing: r?.closing ?? 0,
    };
  });
  /** Money out is drawn below zero, so a month's bars read as in, out and what was left. */
  protected readonly chart = computed<ChartSeries[]>(() => {
    const months = this.report.value()?.months ?? [];
    const t = (key: string) => this.transloco.translate(`financeReports.cashFlow.total.${key}`);
    return [
      { name: t('incoming'), values: months.map((m) => m.incoming), tone: 'positive' },
      { name: t('outgoing'), values: months.map((m) => -Math.abs(Number(m.outgoing) || 0)), tone: 'negative' },
      { name: t('net'), values: months.map((m) => m.net), tone: 'primary' },
    ];
  });

  /** An account's transfers from and to our other accounts, net: what came in less what went out. */
  protected transfersOf(a: CashFlowAccount): number {
    return sumMoney([a.transfersIn, -(Number(a.transfersOut) || 0)]);
  }

  protected setPeriod(p: Period): void {
    this.query.set(p);
  }

  protected exportXlsx(): void {
    const p = this.period();
    if (p) void downloadFile(this.http, this.root + exportCashFlow.PATH, { ...p });
  }
}
