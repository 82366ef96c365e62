import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { catchError, map, of } from 'rxjs';
import { CrmService } from '../../api/services';
import { reportData, reportQuery } from '../../finance/reports/report-query';
import { BarChart, ChartSeries } from '../../shared/charts/bar-chart';
import { downloadFile } from '../../shared/download';
import { formatAmount } from '../../shared/formats/formats';
import { FORMAT_PIPES } from '../../shared/formats/format.pipes';
import { filterValues, LeadReportFilters, reportParams } from './lead-report-filters';
import { ApiConfiguration } from '../../api/api-configuration';
import { exportDealSegmentsReport } from '../../api/fn/crm/export-deal-segments-report';
import { DealSegmentDto as DealSegment } from '../../api/models';
import { boundsParam, parseBounds } from './lead-reports';
import { ReportTable } from '../../shared/report/report-table';
import { ReportToolbar } from '../../shared/report/report-toolbar';

/** New deals by budget range (the bounds are the user's to edit) and by the stage they are in: count and amount per cell. */
@Component({
  selector: 'app-deal-segments-page',
  imports: [
    FORMAT_PIPES,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    BarChart,
    LeadReportFilters,
    ReportToolbar,
    ReportTable,
  ],
  templateUrl: './deal-segments.page.html',
  styleUrl: '../../shared/report/report-page.scss',
  styles: `
    .bounds { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; flex-basis: 100%; }
    .bounds .wide { min-width: min(280px, 100%); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DealSegmentsPage {
  private readonly api = inject(ApiConfiguration);
  private readonly crm = inject(CrmService);
  private readonly http = inject(HttpClient);
  private readonly transloco = inject(TranslocoService);
  private readonly language = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() || 'ru' });
  protected readonly query = reportQuery();

  protected readonly pipelines = toSignal(
    this.crm.getPipelines({ maxResultCount: 100 }).pipe(
      map((page) => page.items),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );
  protected readonly filters = computed(() => {
    const today = this.query.today();
    if (!today) return undefined;
    const params = this.query.params();
    return { ...filterValues(params, today), pipelineId: params.get('pipelineId'), bounds: params.get('bounds') ?? undefined };
  });
  protected readonly report = reportData(this.filters, (f) => this.crm.getDealSegmentsReport(reportParams(f)));

  /** What the bounds field shows: the report's bounds until the user types. */
  protected readonly boundsText = signal('');
  protected readonly boundsError = signal<string | null>(null);

  protected readonly segmentNames = computed(() => (this.report.value()?.segments ?? []).map((s) => this.rangeName(s)));
  protected readonly chart = computed<ChartSeries[]>(() => [
    {
      name: this.transloco.translate('leadReports.segments.amount'),
      values: (this.report.value()?.segments ?? []).map((s) => s.amount),
      tone: 'primary',
    },
  ]);
  /** Stage names carry their pipeline's when the report spans several pipelines. */
  protected readonly manyPipelines = computed(() => new Set((this.report.value()?.stages ?? []).map((s) => s.pipelineId)).size > 1);

  constructor() {
    effect(() => {
      const bounds = this.report.value()?.bounds;
      if (bounds) this.boundsText.set(bounds.map((b) => formatAmount(b, this.language() || 'ru', '1.0-2')).join('; '));
    });
  }

  protected rangeName(s: DealSegment): string {
    const locale = this.language() || 'ru';
    const from = formatAmount(s.from, locale, '1.0-2');
    if (s.to === null) return this.transloco.translate('leadReports.segments.andAbove', { from });
    const to = formatAmount(s.to, locale, '1.0-2');
    return s.from === 0
      ? this.transloco.translate('leadReports.segments.under', { to })
      : this.transloco.translate('leadReports.segments.between', { from, to });
  }

  protected applyBounds(): void {
    const parsed = parseBounds(this.boundsText());
    if ('error' in parsed) {
      this.boundsError.set(`leadReports.segments.error.${parsed.error}`);
      return;
    }
    this.boundsError.set(null);
    this.query.set({ bounds: boundsParam(parsed.bounds) });
  }

  protected exportXlsx(): void {
    const f = this.filters();
    if (f)
      void downloadFile(this.http, this.api.rootUrl + exportDealSegmentsReport.PATH, reportParams(f));
  }
}
