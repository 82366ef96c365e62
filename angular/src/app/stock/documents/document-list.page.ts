import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, of, switchMap, tap } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { DOCUMENT_KINDS } from '../document-lines';
import { DocumentListItemDto, WarehouseDto } from '../../api/models';
import { StockService } from '../../api/services';
import { ALL_WAREHOUSES } from '../stock-product';

@Component({
  selector: 'app-document-list-page',
  imports: [
    DatePipe,
    DecimalPipe,
    FormsModule,
    RouterLink,
    MatTableModule,
    MatSortModule,
    MatPaginatorModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatProgressBarModule,
    TranslocoPipe,
  ],
  styleUrl: '../stock.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="header">
      <h1 data-testid="page-title">{{ 'stock.documents.title' | transloco }}</h1>
      @if (canEdit) {
        <div class="actions">
          @for (kind of kinds; track kind) {
            <a mat-stroked-button [routerLink]="['/stock/documents/new', kind]" [attr.data-testid]="'documents-new-' + kind">
              + {{ 'stock.kinds.' + kind | transloco }}
            </a>
          }
        </div>
      }
    </header>

    <div class="filters">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'stock.documents.kind' | transloco }}</mat-label>
        <mat-select [ngModel]="kind()" (ngModelChange)="setFilter(kind, $event)" data-testid="documents-kind">
          <mat-option value="">{{ 'stock.all' | transloco }}</mat-option>
          @for (k of kinds; track k) {
            <mat-option [value]="k">{{ 'stock.kinds.' + k | transloco }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'stock.documents.status' | transloco }}</mat-label>
        <mat-select [ngModel]="status()" (ngModelChange)="setFilter(status, $event)" data-testid="documents-status">
          <mat-option value="">{{ 'stock.all' | transloco }}</mat-option>
          @for (s of statuses; track s) {
            <mat-option [value]="s">{{ 'stock.statuses.' + s | transloco }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'stock.documents.warehouse' | transloco }}</mat-label>
        <mat-select [ngModel]="warehouseId()" (ngModelChange)="setFilter(warehouseId, $event)" data-testid="documents-warehouse">
          <mat-option value="">{{ 'stock.all' | transloco }}</mat-option>
          @for (w of warehouses(); track w.id) {
            <mat-option [value]="w.id">{{ w.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'stock.documents.from' | transloco }}</mat-label>
        <input matInput type="date" [ngModel]="dateFrom()" (ngModelChange)="setFilter(dateFrom, $event)" data-testid="documents-from" />
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'stock.documents.to' | transloco }}</mat-label>
        <input matInput type="date" [ngModel]="dateTo()" (ngModelChange)="setFilter(dateTo, $event)" data-testid="documents-to" />
      </mat-form-field>
    </div>

    <div class="table-wrap">
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" class="progress" />
      }
      <table mat-table [dataSource]="rows()" matSort (matSortChange)="onSort($event)" data-testid="documents-table">
        <ng-container matColumnDef="number">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'stock.documents.columns.number' | transloco }}</th>
          <td mat-cell *matCellDef="let d" class="nowrap">{{ d.number }}</td>
        </ng-container>
        <ng-container matColumnDef="date">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'stock.documents.columns.date' | transloco }}</th>
          <td mat-cell *matCellDef="let d" class="nowrap">{{ d.date | date: 'dd.MM.yyyy' }}</td>
        </ng-container>
        <ng-container matColumnDef="kind">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'stock.documents.columns.kind' | transloco }}</th>
          <td mat-cell *matCellDef="let d">{{ 'stock.kinds.' + d.kind | transloco }}</td>
        </ng-container>
        <ng-container matColumnDef="status">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'stock.documents.columns.status' | transloco }}</th>
          <td mat-cell *matCellDef="let d" data-testid="documents-row-status">{{ 'stock.statuses.' + d.status | transloco }}</td>
        </ng-container>
        <ng-container matColumnDef="warehouse">
          <th mat-header-cell *matHeaderCellDef>{{ 'stock.documents.columns.warehouse' | transloco }}</th>
          <td mat-cell *matCellDef="let d">
            {{ warehouseName(d.warehouseId) }}
            @if (d.targetWarehouseId) {
              → {{ warehouseName(d.targetWarehouseId) }}
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="lines">
          <th mat-header-cell *matHeaderCellDef class="num">{{ 'stock.documents.columns.lines' | transloco }}</th>
          <td mat-cell *matCellDef="let d" class="num">{{ d.lineCount }}</td>
        </ng-container>
        <ng-container matColumnDef="totalCost">
          <th mat-header-cell *matHeaderCellDef class="num">{{ 'stock.documents.columns.totalCost' | transloco }}</th>
          <td mat-cell *matCellDef="let d" class="num">{{ d.totalCost | number: '1.2-2' }}</td>
        </ng-container>
        <ng-container matColumnDef="comment">
          <th mat-header-cell *matHeaderCellDef>{{ 'stock.documents.columns.comment' | transloco }}</th>
          <td mat-cell *matCellDef="let d">{{ d.comment }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns" class="row" tabindex="0" data-testid="documents-row" (click)="open(row)" (keydown.enter)="open(row)"></tr>
        <tr class="mat-row" *matNoDataRow>
          <td class="mat-cell empty" [attr.colspan]="columns.length" data-testid="documents-empty">
            @if (failed()) {
              {{ 'stock.loadFailed' | transloco }}
            } @else if (!loading()) {
              {{ 'stock.empty' | transloco }}
            }
          </td>
        </tr>
      </table>
      <mat-paginator [length]="total()" [pageIndex]="pageIndex()" [pageSize]="pageSize()" [pageSizeOptions]="[10, 20, 50, 100]" (page)="onPage($event)" />
    </div>
  `,
})
export class DocumentListPage {
  private readonly stock = inject(StockService);
  private readonly router = inject(Router);
  protected readonly canEdit = inject(AuthService).hasPermission(Permissions.Stock.DocumentsEdit);
  protected readonly kinds = DOCUMENT_KINDS;
  protected readonly statuses = ['draft', 'posted', 'cancelled'];
  protected readonly columns = ['number', 'date', 'kind', 'status', 'warehouse', 'lines', 'totalCost', 'comment'];

  protected readonly kind = signal('');
  protected readonly status = signal('');
  protected readonly warehouseId = signal('');
  protected readonly dateFrom = signal('');
  protected readonly dateTo = signal('');
  protected readonly warehouses = signal<WarehouseDto[]>([]);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);
  private readonly sort = signal<Sort>({ active: '', direction: '' });
  protected readonly rows = signal<DocumentListItemDto[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(false);
  protected readonly failed = signal(false);

  private readonly query = computed(() => {
    const { active, direction } = this.sort();
    return {
      kind: this.kind() || undefined,
      status: this.status() || undefined,
      warehouseId: this.warehouseId() || undefined,
      dateFrom: this.dateFrom() || undefined,
      dateTo: this.dateTo() || undefined,
      sorting: active && direction ? `${active} ${direction}` : undefined,
      skipCount: this.pageIndex() * this.pageSize(),
      maxResultCount: this.pageSize(),
    };
  });

  constructor() {
    this.stock.getWarehouses(ALL_WAREHOUSES).subscribe({ next: (p) => this.warehouses.set(p.items), error: () => {} });
    toObservable(this.query)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap((q) => this.stock.getStockDocuments(q).pipe(catchError(() => (this.failed.set(true), of(null))))),
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

  protected warehouseName(id: string): string {
    return this.warehouses().find((w) => w.id === id)?.name ?? '';
  }

  protected setFilter(target: { set(value: string): void }, value: string | null): void {
    this.pageIndex.set(0);
    target.set(value ?? '');
  }

  protected onPage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

  protected onSort(sort: Sort): void {
    this.pageIndex.set(0);
    this.sort.set(sort);
  }

  protected open(d: DocumentListItemDto): void {
    void this.router.navigate(['/stock/documents', d.id]);
  }
}
