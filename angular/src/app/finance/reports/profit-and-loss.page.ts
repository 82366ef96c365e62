import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ApiConfiguration } from '../../api/api-configuration';
import { BarChart, ChartSeries } from '../../shared/charts/bar-chart';
import { downloadFile } from '../../shared/download';
import { MoneyPipe } from '../../shared/formats/format.pipes';
import { exportProfitAndLoss } from '../../api/fn/finance/export-profit-and-loss';
import { FinanceService } from '../../api/services';
import { MonthlyTable } from './monthly-table';
import { PeriodBar } from '../../shared/period/period-bar';
import { reportData, reportQuery } from './report-query';
import { Period, periodFrom, yearToDate } from '../../shared/period/report-period';
import { profitAndLossLines } from './report-tables';

/** Profit and loss on the accrual basis, month by month: revenue net of VAT, cost of goods shipped, expenses, net profit. */
@Component({
  selector: 'app-profit-and-loss-page',
  imports: [MatButtonModule, MatProgressBarModule, TranslocoPipe, MoneyPipe, BarChart, MonthlyTable, PeriodBar],
  templateUrl: './profit-and-loss.page.html',
  styleUrl: './report.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfitAndLossPage {
  private readonly api = inject(FinanceService);
  private readonly http = inject(HttpClient);
  private readonly root = inject(ApiConfiguration).rootUrl;
  private readonly transloco = inject(TranslocoService);
  private readonly query = reportQuery();

  protected readonly period = computed<Period | undefined>(() => {
    const today = this.query.today();
    return today ? periodFrom(this.query.params(), yearToDate(today)) : undefined;
  });
  protected readonly report = reportData(this.period, (p) => this.api.getProfitAndLoss(p));
  protected readonly months = computed(() => (this.report.value()?.months ?? []).map((m) => m.month));
  protected readonly sections = computed(() => {
    const r = this.report.value();
    return r ? [{ lines: profitAndLossLines(r) }] : [];
  });
  protected readonly chart = computed<ChartSeries[]>(() => {
    const months = this.report.value()?.months ?? [];
    const t = (key: string) => this.transloco.translate(`financeReports.pnl.${key}`);
    return [
      { name: t('revenue'), values: months.map((m) => m.revenue), tone: 'primary' },
      { name: t('grossProfit'), values: months.map((m) => m.grossProfit), tone: 'secondary' },
      { name: t('netProfit'), values: months.map((m) => m.netProfit), tone: 'positive' },
    ];
  });

  protected setPeriod(p: Period): void {
    this.query.set(p);
  }

  protected exportXlsx(): void {
    const p = this.period();
    if (p) void downloadFile(this.http, this.root + exportProfitAndLoss.PATH, { ...p });
  }
}
