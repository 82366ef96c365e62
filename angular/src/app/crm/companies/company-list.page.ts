import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap, tap } from 'rxjs';
import { CompanyDto } from '../../api/models';
import { CrmService } from '../../api/services';
import { exportCompanies } from '../../api/fn/crm/export-companies';
import { downloadFile } from '../../shared/download';
import { ApiConfiguration } from '../../api/api-configuration';
import { HttpClient } from '@angular/common/http';

export const PAGE_SIZES = [10, 20, 50];
export const SEARCH_DEBOUNCE_MS = 300;

@Component({
  selector: 'app-company-list-page',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatTableModule,
    MatSortModule,
    MatPaginatorModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatProgressBarModule,
    TranslocoPipe,
  ],
  templateUrl: './company-list.page.html',
  styleUrl: './company-list.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompanyListPage {
  private readonly crm = inject(CrmService);
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiConfiguration);
  private readonly router = inject(Router);

  protected readonly columns = ['name', 'taxId', 'phone', 'email', 'address', 'createdAt'];
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly search = new FormControl('', { nonNullable: true });

  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);
  private readonly sort = signal<Sort>({ active: '', direction: '' });
  private readonly filter = signal('');

  protected readonly rows = signal<CompanyDto[]>([]);
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
    };
  });

  constructor() {
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
          this.crm.getCompanies(query).pipe(
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
          // The .NET document allows integers as strings; the server sends numbers.
          this.total.set(Number(page.totalCount));
        }
      });
  }

  protected onPage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

  protected onSort(sort: Sort): void {
    this.pageIndex.set(0);
    this.sort.set(sort);
  }

  /** The server's file for the current search and sorting. */
  protected exportTo(format: 'xlsx' | 'csv'): void {
    const { sorting, filter } = this.query();
    void downloadFile(this.http, this.api.rootUrl + exportCompanies.PATH, { sorting, filter, format });
  }

  protected open(company: CompanyDto): void {
    void this.router.navigate(['/crm/companies', company.id]);
  }
}
