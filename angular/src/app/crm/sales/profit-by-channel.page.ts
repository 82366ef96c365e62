import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Period, periodFrom, yearToDate } from '../../shared/period/report-period';
import { reportData, reportQuery } from '../../finance/reports/report-query';
import { BarChart, ChartSeries } from '../../shared/charts/bar-chart';
import { downloadFile } from '../../shared/download';
import { FORMAT_PIPES } from '../../shared/formats/format.pipes';
import { ApiConfiguration } from '../../api/api-configuration';
import { exportProfitByChannelReport } from '../../api/fn/crm/export-profit-by-channel-report';
import { CrmService } from '../../api/services';
import { fractionOf } from './sales-periods';
import { ReportTable } from '../../shared/report/report-table';
import { ReportToolbar } from '../../shared/report/report-toolbar';

/** Which channel pays: per source the deals won, revenue net of VAT, paid, cost of goods, gross profit and margin. */
@Component({
  selector: 'app-profit-by-channel-page',
  imports: [TranslocoPipe, FORMAT_PIPES, BarChart, ReportToolbar, ReportTable],
  templateUrl: './profit-by-channel.page.html',
  styleUrl: './sales.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfitByChannelPage {
  private readonly crm = inject(CrmService);
  private readonly api = inject(ApiConfiguration);
  private readonly http = inject(HttpClient);
  private readonly transloco = inject(TranslocoService);
  private readonly query = reportQuery();

  protected readonly period = computed<Period | undefined>(() => {
    const today = this.query.today();
    return today ? periodFrom(this.query.params(), yearToDate(today)) : undefined;
  });
  protected readonly report = reportData(this.period, (p) => this.crm.getProfitByChannelReport(p));
  protected readonly labels = computed(() => (this.report.value()?.rows ?? []).map((r) => r.name));
  protected readonly chart = computed<ChartSeries[]>(() => {
    const rows = this.report.value()?.rows ?? [];
    const t = (key: string) => this.transloco.translate(`salesReports.${key}`);
    return [
      { name: t('revenue'), values: rows.map((r) => r.revenue), tone: 'primary' },
      { name: t('costOfGoods'), values: rows.map((r) => r.costOfGoods), tone: 'neutral' },
      { name: t('grossProfit'), values: rows.map((r) => r.grossProfit), tone: 'positive' },
    ];
  });

  protected readonly fraction = fractionOf;

  protected setPeriod(p: Period): void {
    this.query.set(p);
  }

  protected exportXlsx(): void {
    const p = this.period();
    if (p) void downloadFile(this.http, this.api.rootUrl + exportProfitByChannelReport.PATH, { ...p });
  }
}
