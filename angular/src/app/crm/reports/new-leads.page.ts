import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { reportData, reportQuery } from '../../finance/reports/report-query';
import { BarChart, ChartSeries } from '../../shared/charts/bar-chart';
import { downloadFile } from '../../shared/download';
import { formatDay } from '../../shared/formats/formats';
import { filterValues, LeadReportFilters, reportParams } from './lead-report-filters';
import { ApiConfiguration } from '../../api/api-configuration';
import { exportNewLeadsReport } from '../../api/fn/crm/export-new-leads-report';
import { NewLeadsCountsDto as NewLeadsCounts } from '../../api/models';
import { CrmService } from '../../api/services';
import { LeadGrouping, periodLabel } from './lead-reports';
import { ReportTable } from '../../shared/report/report-table';
import { ReportToolbar } from '../../shared/report/report-toolbar';

const FATES = ['processed', 'converted', 'junked', 'ignored'] as const;

/** New leads by what became of them (processed, converted, junked, ignored), per day, week or month and per source. */
@Component({
  selector: 'app-new-leads-page',
  imports: [MatButtonToggleModule, TranslocoPipe, BarChart, LeadReportFilters, ReportToolbar, ReportTable],
  templateUrl: './new-leads.page.html',
  styleUrl: '../../shared/report/report-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewLeadsPage {
  private readonly crm = inject(CrmService);
  private readonly api = inject(ApiConfiguration);
  private readonly http = inject(HttpClient);
  private readonly transloco = inject(TranslocoService);
  private readonly language = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() || 'ru' });
  protected readonly query = reportQuery();
  protected readonly fates = FATES;

  protected readonly filters = computed(() => {
    const today = this.query.today();
    if (!today) return undefined;
    const params = this.query.params();
    const groupBy = params.get('groupBy');
    return { ...filterValues(params, today), groupBy: (groupBy === 'week' || groupBy === 'month' ? groupBy : 'day') as LeadGrouping };
  });
  protected readonly report = reportData(this.filters, (f) => this.crm.getNewLeadsReport(reportParams(f)));
  protected readonly periods = computed(() => {
    const locale = this.language() || 'ru';
    return (this.report.value()?.periods ?? []).map((p) => ({ ...p, label: periodLabel(p.start, p.end, (d) => formatDay(d, locale)) }));
  });
  protected readonly periodKeys = computed(() => this.periods().map((p) => p.start));
  protected readonly periodLabels = computed(() => this.periods().map((p) => p.label));
  protected readonly chart = computed<ChartSeries[]>(() => {
    const periods = this.report.value()?.periods ?? [];
    const tones = { processed: 'primary', converted: 'positive', junked: 'negative', ignored: 'neutral' } as const;
    return FATES.map((fate) => ({
      name: this.transloco.translate(`leadReports.newLeads.${fate}`),
      values: periods.map((p) => p.counts[fate]),
      tone: tones[fate],
    }));
  });

  protected count(counts: NewLeadsCounts, key: keyof NewLeadsCounts): number {
    return Number(counts[key]);
  }

  protected exportXlsx(): void {
    const f = this.filters();
    if (f) void downloadFile(this.http, this.api.rootUrl + exportNewLeadsReport.PATH, reportParams(f));
  }
}
