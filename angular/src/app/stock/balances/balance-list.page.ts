import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormControl, FormsModule, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap, tap } from 'rxjs';
import { roundMoney } from '../document-lines';
import { HttpClient } from '@angular/common/http';
import { ApiConfiguration } from '../../api/api-configuration';
import { exportStockBalances } from '../../api/fn/stock/export-stock-balances';
import { BalanceDto, WarehouseDto } from '../../api/models';
import { StockService } from '../../api/services';
import { downloadFile } from '../../shared/download';
import { ALL_WAREHOUSES } from '../stock-product';

/** The value of the rows shown, to kopecks. */
export function pageValue(rows: readonly Pick<BalanceDto, 'value'>[]): number {
  return roundMoney(rows.reduce((sum, r) => sum + Number(r.value), 0));
}

@Component({
  selector: 'app-balance-list-page',
  imports: [
    DecimalPipe,
    FormsModule,
    ReactiveFormsModule,
    MatTableModule,
    MatSortModule,
    MatPaginatorModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatCheckboxModule,
    MatButtonModule,
    MatProgressBarModule,
    TranslocoPipe,
  ],
  styleUrl: '../stock.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="header">
      <h1 data-testid="page-title">{{ 'stock.balances.title' | transloco }}</h1>
      <div class="actions">
        <button mat-stroked-button type="button" (click)="exportXlsx()" data-testid="balances-export">{{ 'stock.balances.export' | transloco }}</button>
      </div>
    </header>
    <div class="filters">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'stock.balances.search' | transloco }}</mat-label>
        <input matInput type="search" [formControl]="search" data-testid="balances-search" />
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'stock.balances.warehouse' | transloco }}</mat-label>
        <mat-select [ngModel]="warehouseId()" (ngModelChange)="setFilter(warehouseId, $event)" data-testid="balances-warehouse">
          <mat-option value="">{{ 'stock.all' | transloco }}</mat-option>
          @for (w of warehouses(); track w.id) {
            <mat-option [value]="w.id">{{ w.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'stock.balances.category' | transloco }}</mat-label>
        <mat-select [ngModel]="category()" (ngModelChange)="setFilter(category, $event)" data-testid="balances-category">
          <mat-option value="">{{ 'stock.all' | transloco }}</mat-option>
          @for (c of categories(); track c) {
            <mat-option [value]="c">{{ c }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-checkbox [ngModel]="includeEmpty()" (ngModelChange)="setFilter(includeEmpty, $event)" data-testid="balances-include-empty">
        {{ 'stock.balances.includeEmpty' | transloco }}
      </mat-checkbox>
    </div>
    <div class="table-wrap">
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" class="progress" />
      }
      <table mat-table [dataSource]="rows()" matSort (matSortChange)="onSort($event)" data-testid="balances-table">
        <ng-container matColumnDef="sku">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'stock.balances.columns.sku' | transloco }}</th>
          <td mat-cell *matCellDef="let b" class="nowrap" data-testid="balance-sku">{{ b.sku }}</td>
          <td mat-footer-cell *matFooterCellDef>{{ 'stock.balances.pageTotal' | transloco }}</td>
        </ng-container>
        <ng-container matColumnDef="productName">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'stock.balances.columns.productName' | transloco }}</th>
          <td mat-cell *matCellDef="let b">{{ b.productName }}</td>
          <td mat-footer-cell *matFooterCellDef></td>
        </ng-container>
        <ng-container matColumnDef="warehouseName">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'stock.balances.columns.warehouseName' | transloco }}</th>
          <td mat-cell *matCellDef="let b">{{ b.warehouseName }}</td>
          <td mat-footer-cell *matFooterCellDef></td>
        </ng-container>
        <ng-container matColumnDef="onHand">
          <th mat-header-cell *matHeaderCellDef mat-sort-header class="num">{{ 'stock.balances.columns.onHand' | transloco }}</th>
          <td mat-cell *matCellDef="let b" class="num" data-testid="balance-on-hand">{{ b.onHand | number: '1.0-4' }}</td>
          <td mat-footer-cell *matFooterCellDef></td>
        </ng-container>
        <ng-container matColumnDef="reserved">
          <th mat-header-cell *matHeaderCellDef mat-sort-header class="num">{{ 'stock.balances.columns.reserved' | transloco }}</th>
          <td mat-cell *matCellDef="let b" class="num">{{ b.reserved | number: '1.0-4' }}</td>
          <td mat-footer-cell *matFooterCellDef></td>
        </ng-container>
        <ng-container matColumnDef="available">
          <th mat-header-cell *matHeaderCellDef class="num">{{ 'stock.balances.columns.available' | transloco }}</th>
          <td mat-cell *matCellDef="let b" class="num" data-testid="balance-available">{{ b.available | number: '1.0-4' }}</td>
          <td mat-footer-cell *matFooterCellDef></td>
        </ng-container>
        <ng-container matColumnDef="unitCost">
          <th mat-header-cell *matHeaderCellDef class="num">{{ 'stock.balances.columns.unitCost' | transloco }}</th>
          <td mat-cell *matCellDef="let b" class="num">{{ b.unitCost | number: '1.2-4' }}</td>
          <td mat-footer-cell *matFooterCellDef></td>
        </ng-container>
        <ng-container matColumnDef="value">
          <th mat-header-cell *matHeaderCellDef mat-sort-header class="num">{{ 'stock.balances.columns.value' | transloco }}</th>
          <td mat-cell *matCellDef="let b" class="num" data-testid="balance-value">{{ b.value | number: '1.2-2' }}</td>
          <td mat-footer-cell *matFooterCellDef class="num" data-testid="balances-page-total">{{ total() | number: '1.2-2' }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns" class="row" tabindex="0" data-testid="balances-row" (click)="open(row)" (keydown.enter)="open(row)"></tr>
        <tr mat-footer-row *matFooterRowDef="columns"></tr>
        <tr class="mat-row" *matNoDataRow>
          <td class="mat-cell empty" [attr.colspan]="columns.length" data-testid="balances-empty">
            @if (failed()) {
              {{ 'stock.loadFailed' | transloco }}
            } @else if (!loading()) {
              {{ 'stock.empty' | transloco }}
            }
          </td>
        </tr>
      </table>
      <mat-paginator [length]="count()" [pageIndex]="pageIndex()" [pageSize]="pageSize()" [pageSizeOptions]="[20, 50, 100, 500]" (page)="onPage($event)" />
    </div>
  `,
})
export class BalanceListPage {
  private readonly stock = inject(StockService);
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiConfiguration);
  private readonly router = inject(Router);
  protected readonly columns = ['sku', 'productName', 'warehouseName', 'onHand', 'reserved', 'available', 'unitCost', 'value'];
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly warehouseId = signal('');
  protected readonly category = signal('');
  protected readonly includeEmpty = signal(false);
  protected readonly warehouses = signal<WarehouseDto[]>([]);
  protected readonly categories = signal<string[]>([]);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(50);
  private readonly sort = signal<Sort>({ active: '', direction: '' });
  private readonly filter = signal('');
  protected readonly rows = signal<BalanceDto[]>([]);
  protected readonly count = signal(0);
  protected readonly total = computed(() => pageValue(this.rows()));
  protected readonly loading = signal(false);
  protected readonly failed = signal(false);

  private readonly filters = computed(() => {
    const { active, direction } = this.sort();
    return {
      warehouseId: this.warehouseId() || undefined,
      category: this.category() || undefined,
      filter: this.filter() || undefined,
      includeEmpty: this.includeEmpty() || undefined,
      sorting: active && direction ? `${active} ${direction}` : undefined,
    };
  });
  private readonly query = computed(() => ({ ...this.filters(), skipCount: this.pageIndex() * this.pageSize(), maxResultCount: this.pageSize() }));

  constructor() {
    this.stock.getWarehouses(ALL_WAREHOUSES).subscribe({ next: (p) => this.warehouses.set(p.items), error: () => {} });
    this.stock.getStockProductCategories().subscribe({ next: (c) => this.categories.set(c), error: () => {} });
    this.search.valueChanges
      .pipe(map((t) => t.trim()), debounceTime(300), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((text) => {
        this.pageIndex.set(0);
        this.filter.set(text);
      });
    toObservable(this.query)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap((q) => this.stock.getStockBalances(q).pipe(catchError(() => (this.failed.set(true), of(null))))),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        this.loading.set(false);
        if (page) {
          this.failed.set(false);
          this.rows.set(page.items);
          this.count.set(Number(page.totalCount));
        }
      });
  }

  protected setFilter<T>(target: { set(value: T): void }, value: T): void {
    this.pageIndex.set(0);
    target.set(value);
  }

  protected onPage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

  protected onSort(sort: Sort): void {
    this.pageIndex.set(0);
    this.sort.set(sort);
  }

  protected exportXlsx(): void {
    void downloadFile(this.http, this.api.rootUrl + exportStockBalances.PATH, { ...this.filters(), format: 'xlsx' });
  }

  protected open(b: BalanceDto): void {
    void this.router.navigate(['/stock/products', b.productId]);
  }
}
