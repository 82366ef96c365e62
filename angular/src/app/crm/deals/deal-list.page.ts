import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, firstValueFrom, of, switchMap, tap } from 'rxjs';
import { DealDto } from '../../api/models';
import { exportDeals } from '../../api/fn/crm/export-deals';
import { CrmService } from '../../api/services';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { downloadFile } from '../../shared/download';
import { ApiConfiguration } from '../../api/api-configuration';
import { HttpClient } from '@angular/common/http';
import { DealFilters, DealFiltersBar, queryOf } from './deal-filters';

export const DEAL_PAGE_SIZES = [20, 50, 100];

/** The deals as a table: server sorting and paging, the board's filters plus stage and status, export with the same filters. */
@Component({
  selector: 'app-deal-list-page',
  imports: [
    DatePipe,
    DecimalPipe,
    RouterLink,
    MatTableModule,
    MatSortModule,
    MatPaginatorModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatProgressBarModule,
    TranslocoPipe,
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

  protected readonly columns = ['title', 'stage', 'amount', 'status', 'expectedCloseDate', 'createdAt'];
  protected readonly pageSizes = DEAL_PAGE_SIZES;
  protected readonly filters = signal<DealFilters>({});
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);
  private readonly sort = signal<Sort>({ active: '', direction: '' });

  protected readonly rows = signal<DealDto[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(false);
  protected readonly failed = signal(false);
  private readonly stageNames = signal(new Map<string, string>());

  protected readonly canCreate = computed(() => {
    this.auth.me();
    return this.auth.hasPermission(Permissions.Crm.DealsCreate);
  });

  private readonly sorting = computed(() => {
    const { active, direction } = this.sort();
    return active && direction ? `${active} ${direction}` : undefined;
  });

  private readonly query = computed(() => ({
    ...queryOf(this.filters()),
    sorting: this.sorting(),
    skipCount: this.pageIndex() * this.pageSize(),
    maxResultCount: this.pageSize(),
  }));

  constructor() {
    void firstValueFrom(this.crm.getPipelines({ maxResultCount: 100 })).then((page) =>
      this.stageNames.set(new Map(page.items.flatMap((p) => p.stages.map((s) => [s.id, s.name] as const)))),
    );
    toObservable(this.query)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap((query) =>
          this.crm.getDeals(query).pipe(
            catchError(() => {
              this.failed.set(true);
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        this.loading.set(false);
        if (page) {
          this.failed.set(false);
          this.rows.set(page.items);
          this.total.set(Number(page.totalCount));
        }
      });
  }

  protected stageName(stageId: string): string {
    return this.stageNames().get(stageId) ?? '';
  }

  protected onFilters(filters: DealFilters): void {
    this.pageIndex.set(0);
    this.filters.set(filters);
  }

  protected onPage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

  protected onSort(sort: Sort): void {
    this.pageIndex.set(0);
    this.sort.set(sort);
  }

  /** The file the server writes for the current filters and sorting, downloaded with the session cookie. */
  protected exportTo(format: 'xlsx' | 'csv'): void {
    void downloadFile(this.http, this.api.rootUrl + exportDeals.PATH, { ...queryOf(this.filters()), sorting: this.sorting(), format });
  }

  protected open(deal: DealDto): void {
    void this.router.navigate(['/crm/deals', deal.id]);
  }
}
