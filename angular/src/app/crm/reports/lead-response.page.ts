import { formatNumber } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { reportData, reportQuery } from '../../finance/reports/report-query';
import { BarChart, ChartSeries } from '../../shared/charts/bar-chart';
import { downloadFile } from '../../shared/download';
import { FORMAT_PIPES } from '../../shared/formats/format.pipes';
import { filterValues, LeadReportFilters, LeadReportFilterValues, reportParams } from './lead-report-filters';
import { ApiConfiguration } from '../../api/api-configuration';
import { exportLeadResponseReport } from '../../api/fn/crm/export-lead-response-report';
import { CrmService } from '../../api/services';
import { formatMinutes } from './lead-reports';
import { ReportTable } from '../../shared/report/report-table';
import { ReportToolbar } from '../../shared/report/report-toolbar';

/** Lead response speed: minutes from a lead's arrival to its first action by a person, per manager and source, and the leads nobody has touched. */
@Component({
  selector: 'app-lead-response-page',
  imports: [FORMAT_PIPES, RouterLink, TranslocoPipe, BarChart, LeadReportFilters, ReportToolbar, ReportTable],
  templateUrl: './lead-response.page.html',
  styleUrl: '../../shared/report/report-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LeadResponsePage {
  private readonly crm = inject(CrmService);
  private readonly api = inject(ApiConfiguration);
  private readonly http = inject(HttpClient);
  private readonly transloco = inject(TranslocoService);
  private readonly language = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() || 'ru' });
  protected readonly query = reportQuery();

  protected readonly filters = computed<LeadReportFilterValues | undefined>(() => {
    const today = this.query.today();
    return today ? filterValues(this.query.params(), today) : undefined;
  });
  protected readonly report = reportData(this.filters, (f) => this.crm.getLeadResponseReport(reportParams(f)));
  protected readonly ownerName = computed(() => {
    const id = this.filters()?.ownerId;
    return this.report.value()?.byOwner.find((r) => r.id === id)?.name ?? null;
  });
  protected readonly managers = computed(() => (this.report.value()?.byOwner ?? []).map((r) => r.name ?? '—'));
  protected readonly chart = computed<ChartSeries[]>(() => {
    const rows = this.report.value()?.byOwner ?? [];
    const t = (key: string) => this.transloco.translate(`leadReports.response.${key}`);
    return [
      { name: t('median'), values: rows.map((r) => r.medianMinutes), tone: 'primary' },
      { name: t('average'), values: rows.map((r) => r.averageMinutes), tone: 'secondary' },
    ];
  });

  /** The server's minutes (a JSON number; the generated type also allows a string) as people read a wait. */
  protected minutes(value: number | string | null | undefined): string {
    const t = (key: string) => this.transloco.translate(`leadReports.units.${key}`);
    const locale = this.language() || 'ru';
    return formatMinutes(value === null || value === undefined ? null : Number(value), { d: t('d'), h: t('h'), min: t('min') }, (n) => formatNumber(n, locale, '1.0-1'));
  }

  protected exportXlsx(): void {
    const f = this.filters();
    if (f) void downloadFile(this.http, this.api.rootUrl + exportLeadResponseReport.PATH, reportParams(f));
  }
}
