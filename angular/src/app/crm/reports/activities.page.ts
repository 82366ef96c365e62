import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { reportData, reportQuery } from '../../finance/reports/report-query';
import { BarChart, ChartSeries } from '../../shared/charts/bar-chart';
import { downloadFile } from '../../shared/download';
import { formatDay } from '../../shared/formats/formats';
import { FORMAT_PIPES } from '../../shared/formats/format.pipes';
import { filterValues, LeadReportFilters, reportParams } from './lead-report-filters';
import { ApiConfiguration } from '../../api/api-configuration';
import { exportActivityReport } from '../../api/fn/crm/export-activity-report';
import { CrmService } from '../../api/services';
import { ReportTable } from '../../shared/report/report-table';
import { ReportToolbar } from '../../shared/report/report-toolbar';

/** Calls, e-mails and meetings per manager per day, from what people log on the cards' timelines. */
@Component({
  selector: 'app-activities-page',
  imports: [FORMAT_PIPES, TranslocoPipe, BarChart, LeadReportFilters, ReportToolbar, ReportTable],
  templateUrl: './activities.page.html',
  styleUrl: '../../shared/report/report-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActivitiesPage {
  private readonly crm = inject(CrmService);
  private readonly api = inject(ApiConfiguration);
  private readonly http = inject(HttpClient);
  private readonly transloco = inject(TranslocoService);
  private readonly language = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() || 'ru' });
  protected readonly query = reportQuery();

  protected readonly filters = computed(() => {
    const today = this.query.today();
    return today ? filterValues(this.query.params(), today) : undefined;
  });
  protected readonly report = reportData(this.filters, (f) => this.crm.getActivityReport(reportParams({ from: f.from, to: f.to, ownerId: f.ownerId })));
  protected readonly ownerName = computed(() => {
    const id = this.filters()?.ownerId;
    return this.report.value()?.managers.find((m) => m.userId === id)?.name ?? null;
  });
  protected readonly days = computed(() => (this.report.value()?.days ?? []).map((d) => d.day));
  protected readonly dayLabels = computed(() => {
    const locale = this.language() || 'ru';
    return this.days().map((d) => formatDay(d, locale).slice(0, 5));
  });
  protected readonly chart = computed<ChartSeries[]>(() => {
    const days = this.report.value()?.days ?? [];
    const t = (key: string) => this.transloco.translate(`leadReports.activities.${key}`);
    return [
      { name: t('calls'), values: days.map((d) => d.calls), tone: 'primary' },
      { name: t('emails'), values: days.map((d) => d.emails), tone: 'secondary' },
      { name: t('meetings'), values: days.map((d) => d.meetings), tone: 'positive' },
    ];
  });

  protected exportXlsx(): void {
    const f = this.filters();
    if (f) void downloadFile(this.http, this.api.rootUrl + exportActivityReport.PATH, reportParams({ from: f.from, to: f.to, ownerId: f.ownerId }));
  }
}
