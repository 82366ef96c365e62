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
import { ContactDto } from '../../api/models';
import { HttpClient } from '@angular/common/http';
import { ApiConfiguration } from '../../api/api-configuration';
import { exportContacts } from '../../api/fn/crm/export-contacts';
import { downloadFile } from '../../shared/download';
import { CrmService } from '../../api/services';

@Component({
  selector: 'app-contact-list-page',
  imports: [
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
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="header">
      <h1 data-testid="page-title">{{ 'contacts.title' | transloco }}</h1>
      <span class="spacer"></span>
      <a mat-button routerLink="/crm/import" data-testid="contacts-import">{{ 'import.title' | transloco }}</a>
      <button mat-stroked-button type="button" (click)="exportTo('xlsx')" data-testid="contacts-export-xlsx">{{ 'export.xlsx' | transloco }}</button>
      <button mat-stroked-button type="button" (click)="exportTo('csv')" data-testid="contacts-export-csv">{{ 'export.csv' | transloco }}</button>
      <a mat-flat-button routerLink="/crm/contacts/new" data-testid="contacts-new">{{ 'contacts.new' | transloco }}</a>
    </header>
    <div class="filters">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'contacts.search' | transloco }}</mat-label>
        <input matInput type="search" [formControl]="search" data-testid="contacts-search" />
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'contacts.tag' | transloco }}</mat-label>
        <input matInput [formControl]="tag" data-testid="contacts-tag" />
      </mat-form-field>
    </div>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" />
    }
    <table mat-table [dataSource]="rows()" matSort (matSortChange)="onSort($event)" data-testid="contacts-table">
      <ng-container matColumnDef="lastName">
        <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'contacts.columns.name' | transloco }}</th>
        <td mat-cell *matCellDef="let c">{{ c.lastName }} {{ c.firstName }}</td>
      </ng-container>
      <ng-container matColumnDef="position">
        <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'contact.fields.position' | transloco }}</th>
        <td mat-cell *matCellDef="let c">{{ c.position }}</td>
      </ng-container>
      <ng-container matColumnDef="phones">
        <th mat-header-cell *matHeaderCellDef>{{ 'contact.fields.phones' | transloco }}</th>
        <td mat-cell *matCellDef="let c">{{ c.phones.join(', ') }}</td>
      </ng-container>
      <ng-container matColumnDef="emails">
        <th mat-header-cell *matHeaderCellDef>{{ 'contact.fields.emails' | transloco }}</th>
        <td mat-cell *matCellDef="let c">{{ c.emails.join(', ') }}</td>
      </ng-container>
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let row; columns: columns" class="row" tabindex="0" data-testid="contacts-row"
          (click)="open(row)" (keydown.enter)="open(row)"></tr>
      <tr class="mat-row" *matNoDataRow>
        <td class="mat-cell" [attr.colspan]="columns.length" data-testid="contacts-empty">
          {{ (failed() ? 'contacts.loadFailed' : 'contacts.empty') | transloco }}
        </td>
      </tr>
    </table>
    <mat-paginator [length]="total()" [pageIndex]="pageIndex()" [pageSize]="pageSize()" [pageSizeOptions]="[10, 20, 50]"
                   (page)="onPage($event)" />
  `,
  styles: `
    .header { display: flex; align-items: center; gap: 8px; }
    .spacer { flex: 1; }
    .filters { display: flex; gap: 12px; margin-bottom: 12px; }
    .row { cursor: pointer; }
  `,
})
export class ContactListPage {
  private readonly crm = inject(CrmService);
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiConfiguration);
  private readonly router = inject(Router);

  protected readonly columns = ['lastName', 'position', 'phones', 'emails'];
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly tag = new FormControl('', { nonNullable: true });
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);
  private readonly sort = signal<Sort>({ active: '', direction: '' });
  private readonly filter = signal('');
  private readonly tagFilter = signal('');
  protected readonly rows = signal<ContactDto[]>([]);
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
      tag: this.tagFilter() || undefined,
    };
  });

  /** The server's file for the current search, tag and sorting. */
  protected exportTo(format: 'xlsx' | 'csv'): void {
    const { sorting, filter, tag } = this.query();
    void downloadFile(this.http, this.api.rootUrl + exportContacts.PATH, { sorting, filter, tag, format });
  }

  constructor() {
    for (const [control, target] of [
      [this.search, this.filter],
      [this.tag, this.tagFilter],
    ] as const) {
      control.valueChanges
        .pipe(map((t) => t.trim()), debounceTime(300), distinctUntilChanged(), takeUntilDestroyed())
        .subscribe((text) => {
          this.pageIndex.set(0);
          target.set(text);
        });
    }
    toObservable(this.query)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap((q) => this.crm.getContacts(q).pipe(catchError(() => (this.failed.set(true), of(null))))),
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

  protected onPage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

  protected onSort(sort: Sort): void {
    this.pageIndex.set(0);
    this.sort.set(sort);
  }

  protected open(contact: ContactDto): void {
    void this.router.navigate(['/crm/contacts', contact.id]);
  }
}
