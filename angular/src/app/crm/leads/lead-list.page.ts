import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap, tap } from 'rxjs';
import { LeadDto, LeadStatus, SourceDto } from '../../api/models';
import { CrmService } from '../../api/services';
import { HttpClient } from '@angular/common/http';
import { ApiConfiguration } from '../../api/api-configuration';
import { exportLeads } from '../../api/fn/crm/export-leads';
import { downloadFile } from '../../shared/download';
import { PAGE_SIZES, SEARCH_DEBOUNCE_MS } from '../companies/company-list.page';

export const LEAD_STATUSES: readonly LeadStatus[] = ['new', 'inWork', 'converted', 'junk'];

@Component({
  selector: 'app-lead-list-page',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatTableModule,
    MatSortModule,
    MatPaginatorModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatChipsModule,
    MatButtonModule,
    MatProgressBarModule,
    TranslocoPipe,
  ],
  templateUrl: './lead-list.page.html',
  styles: `
    .header { display: flex; align-items: center; justify-content: space-between; gap: 16px; }
    .actions { display: flex; gap: 8px; align-items: center; }
    .filters { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; margin-bottom: 12px; }
    .search { min-width: 280px; }
    .row { cursor: pointer; }
    .nowrap { white-space: nowrap; }
    .empty { padding: 16px; }
    .status { font-size: 12px; padding: 2px 8px; border-radius: 12px; background: #e8eaf6; white-space: nowrap; }
    .status-new { background: #e3f2fd; }
    .status-inWork { background: #fff8e1; }
    .status-converted { background: #e8f5e9; }
    .status-junk { background: #eeeeee; color: #616161; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LeadListPage {
  private readonly crm = inject(CrmService);
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiConfiguration);
  private readonly router = inject(Router);

  protected readonly columns = ['title', 'name', 'companyName', 'phone', 'email', 'status', 'createdAt'];
  protected readonly statuses = LEAD_STATUSES;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly search = new FormControl('', { nonNullable: true });

  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);
  protected readonly status = signal<LeadStatus | ''>('');
  protected readonly sourceId = signal<string>('');
  private readonly sort = signal<Sort>({ active: '', direction: '' });
  private readonly filter = signal('');

  protected readonly sources = signal<SourceDto[]>([]);
  protected readonly rows = signal<LeadDto[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(false);
  protected readonly failed = signal(false);

  private readonly query = computed(() => {
    const { active, direction } = this.sort();
    return {
      skipCount: this.pageIndex() * this.pageSize(),
      maxResultCount: this.pageSize(),
      sorting: active && direction ? `${active} ${direction}` : undefined,
      filter: this.filter() || undefined,
      status: this.status() || undefined,
      sourceId: this.sourceId() || undefined,
    };
  });

  /** The server's file for the current search, filters and sorting. */
  protected exportTo(format: 'xlsx' | 'csv'): void {
    const { sorting, filter, status, sourceId } = this.query();
    void downloadFile(this.http, this.api.rootUrl + exportLeads.PATH, { sorting, filter, status, sourceId, format });
  }

  constructor() {
    this.crm
      .getSources({ maxResultCount: 1000 })
      .pipe(catchError(() => of(null)), takeUntilDestroyed())
      .subscribe((page) => this.sources.set(page?.items ?? []));

    this.search.valueChanges
      .pipe(
        map((text) => text.trim()),
        debounceTime(SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((text) => {
        this.pageIndex.set(0);
        this.filter.set(text);
      });

    toObservable(this.query)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap((query) =>
          this.crm.getLeads(query).pipe(
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

  protected setStatus(status: LeadStatus | ''): void {
    this.pageIndex.set(0);
    this.status.set(status);
  }

  protected setSource(sourceId: string): void {
    this.pageIndex.set(0);
    this.sourceId.set(sourceId);
  }

  protected onPage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

  protected onSort(sort: Sort): void {
    this.pageIndex.set(0);
    this.sort.set(sort);
  }

  protected open(lead: LeadDto): void {
    void this.router.navigate(['/crm/leads', lead.id]);
  }
}
