import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTabsModule } from '@angular/material/tabs';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import {
  ForecastReportDto,
  FunnelReportDto,
  LossReasonReportDto,
  ManagerRankingDto,
  PipelineDto,
  SourceDto,
  SourceReportDto,
  VelocityReportDto,
} from '../../api/models';
import { CrmService } from '../../api/services';
import { barPercent, NO_FILTERS, ReportFilters, reportParams } from './reports';
import { FORMAT_PIPES } from '../../shared/formats/format.pipes';

/** The sales reports on one page: a filter bar, then one tab per report, each drawn with plain bars. */
@Component({
  selector: 'app-reports-page',
  imports: [
    FORMAT_PIPES,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTabsModule,
    TranslocoPipe,
  ],
  templateUrl: './reports.page.html',
  styleUrl: './reports.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportsPage {
  private readonly crm = inject(CrmService);

  protected readonly filters = signal<ReportFilters>({ ...NO_FILTERS });
  protected readonly loading = signal(false);
  protected readonly pipelines = signal<PipelineDto[]>([]);
  protected readonly sources = signal<SourceDto[]>([]);
  protected readonly owners = signal<string[]>([]);
  private readonly userNames = signal<Record<string, string>>({});

  protected readonly funnel = signal<FunnelReportDto | null>(null);
  protected readonly velocity = signal<VelocityReportDto | null>(null);
  protected readonly forecast = signal<ForecastReportDto | null>(null);
  protected readonly losses = signal<LossReasonReportDto | null>(null);
  protected readonly bySource = signal<SourceReportDto | null>(null);
  protected readonly ranking = signal<ManagerRankingDto | null>(null);

  protected readonly funnelMax = computed(() => (this.funnel()?.stages ?? []).map((s) => s.count));
  protected readonly velocityMax = computed(() => (this.velocity()?.stages ?? []).map((s) => s.averageDays));
  protected readonly forecastMax = computed(() => (this.forecast()?.months ?? []).map((m) => m.openAmount));
  protected readonly lossMax = computed(() => (this.losses()?.items ?? []).map((i) => i.amount));
  protected readonly sourceMax = computed(() => (this.bySource()?.items ?? []).map((i) => i.dealsCount));
  protected readonly rankingMax = computed(() => (this.ranking()?.items ?? []).map((i) => i.wonAmount));

  protected readonly bar = barPercent;

  constructor() {
    void this.start();
  }

  /** An owner's full name, as the ranking brings it from Crm's copy of people; a short id only for a user Crm does not know. */
  protected ownerName(id: string): string {
    return this.userNames()[id] ?? `…${id.slice(-6)}`;
  }

  protected setFilter<K extends keyof ReportFilters>(key: K, value: ReportFilters[K]): void {
    this.filters.update((f) => ({ ...f, [key]: value }));
    void this.load();
  }

  protected reset(): void {
    this.filters.set({ ...NO_FILTERS });
    void this.load();
  }

  private async start(): Promise<void> {
    const [pipelines, sources] = await Promise.all([
      firstValueFrom(this.crm.getPipelines({ maxResultCount: 100 })),
      firstValueFrom(this.crm.getSources({ maxResultCount: 1000 })),
    ]);
    this.pipelines.set(pipelines.items);
    this.sources.set(sources.items);
    await this.load();
  }

  /** Loads started so far: a filter changed twice quickly starts two, and only the last may fill the page. */
  private loads = 0;

  private async load(): Promise<void> {
    const params = reportParams(this.filters());
    const load = ++this.loads;
    this.loading.set(true);
    try {
      const [funnel, velocity, forecast, losses, bySource, ranking] = await Promise.all([
        firstValueFrom(this.crm.getFunnelReport(params)),
        firstValueFrom(this.crm.getVelocityReport(params)),
        firstValueFrom(this.crm.getForecastReport(params)),
        firstValueFrom(this.crm.getLossReasonsReport(params)),
        firstValueFrom(this.crm.getSourcesReport(params)),
        firstValueFrom(this.crm.getManagerRankingReport(params)),
      ]);
      if (load !== this.loads) return;
      this.funnel.set(funnel);
      this.velocity.set(velocity);
      this.forecast.set(forecast);
      this.losses.set(losses);
      this.bySource.set(bySource);
      this.ranking.set(ranking);
      const names = ranking.items.filter((i) => i.ownerName).map((i) => [i.ownerId, i.ownerName as string]);
      this.userNames.update((known) => ({ ...known, ...Object.fromEntries(names) }));
      if (!this.filters().ownerId) this.owners.set(ranking.items.map((i) => i.ownerId));
    } finally {
      if (load === this.loads) this.loading.set(false);
    }
  }
}
