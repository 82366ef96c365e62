import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, map, of } from 'rxjs';
import { ApiConfiguration } from '../../api/api-configuration';
import { exportDeals } from '../../api/fn/crm/export-deals';
import { DealDto } from '../../api/models';
import { CrmService } from '../../api/services';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { downloadFile } from '../../shared/download';
import { DayPipe, MoneyPipe } from '../../shared/formats/format.pipes';
import { StatusPipe } from '../../shared/formats/status.pipe';
import { ListTable } from '../../shared/list/list-table';
import { ListToolbar } from '../../shared/list/list-toolbar';
import { flag, pagedList } from '../../shared/list/paged-list';
import { DealFilters, DealFiltersBar, queryOf } from './deal-filters';

/** The deal filters as they sit in the URL; the text goes to the list's own search (`q`). */
const URL_FILTERS = { pipelineId: '', stageId: '', status: '', ownerId: '', mine: '', sourceId: '', tag: '', nextStep: '' };
type UrlFilters = typeof URL_FILTERS;

/** The filter bar's values from the URL's. */
function dealFiltersOf(filters: UrlFilters, search: string): DealFilters {
  const { mine, ...rest } = filters;
  const values: Record<string, string | boolean | undefined> = { mine: mine === 'true' || undefined, filter: search || undefined };
  for (const [name, value] of Object.entries(rest)) values[name] = value || undefined;
  return values as DealFilters;
}

/** The deals as a table: server sorting and paging, the board's filters plus stage and status, export with the same filters. */
@Component({
  selector: 'app-deal-list-page',
  imports: [
    RouterLink,
    MatTableModule,
    MatSortModule,
    MatButtonModule,
    MatButtonToggleModule,
    TranslocoPipe,
    DayPipe,
    MoneyPipe,
    StatusPipe,
    ListToolbar,
    ListTable,
    DealFiltersBar,
  ],
  templateUrl: './deal-list.page.html',
  styleUrl: './deal-list.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DealListPage {
  private readonly crm = inject(CrmService);
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiConfiguration);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  protected readonly columns = ['title', 'stage', 'amount', 'status', 'owner', 'expectedCloseDate', 'createdAt'];
  protected readonly list = pagedList<DealDto, UrlFilters>({
    filters: URL_FILTERS,
    pageSizes: [20, 50, 100],
    load: (request, filters) => this.crm.getDeals({ ...queryOf(dealFiltersOf(filters, '')), ...request }),
  });
  protected readonly filters = computed(() => dealFiltersOf(this.list.filters(), this.list.search()));
  private readonly stageNames = toSignal(
    this.crm.getPipelines({ maxResultCount: 100 }).pipe(
      map((page) => new Map(page.items.flatMap((p) => p.stages.map((s) => [s.id, s.name] as const)))),
      catchError(() => of(new Map<string, string>())),
    ),
    { initialValue: new Map<string, string>() },
  );

  protected readonly canCreate = computed(() => {
    this.auth.me();
    return this.auth.hasPermission(Permissions.Crm.DealsCreate);
  });

  protected stageName(stageId: string): string {
    return this.stageNames().get(stageId) ?? '';
  }

  protected onFilters(filters: DealFilters): void {
    const { filter, mine, ...rest } = filters;
    const change: Record<string, string> = { mine: flag(!!mine) };
    for (const name of Object.keys(URL_FILTERS)) {
      if (name !== 'mine') change[name] = String((rest as Record<string, unknown>)[name] ?? '');
    }
    this.list.setFilters(change as Partial<UrlFilters>, filter ?? '');
  }

  /** The file the server writes for the current filters and sorting, downloaded with the session cookie. */
  protected exportTo(format: 'xlsx' | 'csv'): void {
    void downloadFile(this.http, this.api.rootUrl + exportDeals.PATH, { ...queryOf(this.filters()), sorting: this.list.request().sorting, format });
  }

  protected open(deal: DealDto): void {
    void this.router.navigate(['/crm/deals', deal.id]);
  }
}
