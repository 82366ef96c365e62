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
import { DecimalPipe } from '@angular/common';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { catchError, debounceTime, distinctUntilChanged, firstValueFrom, map, of, switchMap, tap } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { problemOf } from '../../core/http/problem-details';
import { HttpClient } from '@angular/common/http';
import { ApiConfiguration } from '../../api/api-configuration';
import { exportStockProducts } from '../../api/fn/stock/export-stock-products';
import { ProductImportResult } from '../../api/models';
import { StockService } from '../../api/services';
import { downloadFile } from '../../shared/download';
import { StockProductDto } from '../../api/models';

@Component({
  selector: 'app-product-list-page',
  imports: [
    DecimalPipe,
    FormsModule,
    ReactiveFormsModule,
    RouterLink,
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
      <h1 data-testid="page-title">{{ 'stock.products.title' | transloco }}</h1>
      <div class="actions">
        <button mat-stroked-button type="button" (click)="exportXlsx()" data-testid="products-export">{{ 'stock.products.export' | transloco }}</button>
        @if (canManage) {
          <button mat-stroked-button type="button" (click)="file.click()" data-testid="products-import">{{ 'stock.products.import' | transloco }}</button>
          <input #file type="file" hidden accept=".xlsx" (change)="importFile($any($event.target).files?.[0]); file.value = ''" data-testid="products-import-file" />
          <a mat-flat-button routerLink="/stock/products/new" data-testid="products-new">{{ 'stock.products.new' | transloco }}</a>
        }
      </div>
    </header>

    @if (importError(); as message) {
      <div class="banner" role="alert" data-testid="products-import-error">{{ message }}</div>
    }
    @if (importResult(); as r) {
      <div class="info" data-testid="products-import-result">
        <p>{{ 'stock.products.importResult' | transloco: { created: r.created, updated: r.updated, errors: r.errors.length } }}</p>
        @if (r.errors.length) {
          <table class="plain" data-testid="products-import-errors">
            <thead>
              <tr>
                <th>{{ 'stock.products.errorRow' | transloco }}</th>
                <th>{{ 'stock.products.errorField' | transloco }}</th>
                <th>{{ 'stock.products.errorMessage' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (e of r.errors; track $index) {
                <tr data-testid="products-import-error-row">
                  <td>{{ e.row }}</td>
                  <td>{{ e.field }}</td>
                  <td>{{ e.message }}</td>
                </tr>
              }
            </tbody>
          </table>
        }
      </div>
    }

    <div class="filters">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'stock.products.search' | transloco }}</mat-label>
        <input matInput type="search" [formControl]="search" data-testid="products-search" />
        <mat-hint>{{ 'stock.products.searchHint' | transloco }}</mat-hint>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'stock.products.category' | transloco }}</mat-label>
        <mat-select [ngModel]="category()" (ngModelChange)="setFilter(category, $event)" data-testid="products-category">
          <mat-option value="">{{ 'stock.all' | transloco }}</mat-option>
          @for (c of categories(); track c) {
            <mat-option [value]="c">{{ c }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'stock.products.services' | transloco }}</mat-label>
        <mat-select [ngModel]="services()" (ngModelChange)="setFilter(services, $event)" data-testid="products-services">
          <mat-option value="">{{ 'stock.all' | transloco }}</mat-option>
          <mat-option value="false">{{ 'stock.products.goodsOnly' | transloco }}</mat-option>
          <mat-option value="true">{{ 'stock.products.servicesOnly' | transloco }}</mat-option>
        </mat-select>
      </mat-form-field>
      <mat-checkbox [ngModel]="archived()" (ngModelChange)="setFilter(archived, $event)" data-testid="products-archived">
        {{ 'stock.products.archived' | transloco }}
      </mat-checkbox>
    </div>

    <div class="table-wrap">
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" class="progress" />
      }
      <table mat-table [dataSource]="rows()" matSort (matSortChange)="onSort($event)" data-testid="products-table">
        <ng-container matColumnDef="sku">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'stock.products.columns.sku' | transloco }}</th>
          <td mat-cell *matCellDef="let p" class="nowrap">{{ p.sku }}</td>
        </ng-container>
        <ng-container matColumnDef="name">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'stock.products.columns.name' | transloco }}</th>
          <td mat-cell *matCellDef="let p">
            {{ p.name }}
            @if (p.isService) {
              <span class="muted">({{ 'stock.products.service' | transloco }})</span>
            }
            @if (p.isArchived) {
              <span class="muted">({{ 'stock.products.archivedMark' | transloco }})</span>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="unit">
          <th mat-header-cell *matHeaderCellDef>{{ 'stock.products.columns.unit' | transloco }}</th>
          <td mat-cell *matCellDef="let p">{{ p.unit }}</td>
        </ng-container>
        <ng-container matColumnDef="barcode">
          <th mat-header-cell *matHeaderCellDef>{{ 'stock.products.columns.barcode' | transloco }}</th>
          <td mat-cell *matCellDef="let p" class="nowrap">{{ p.barcode }}</td>
        </ng-container>
        <ng-container matColumnDef="category">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'stock.products.columns.category' | transloco }}</th>
          <td mat-cell *matCellDef="let p">{{ p.category }}</td>
        </ng-container>
        <ng-container matColumnDef="salePrice">
          <th mat-header-cell *matHeaderCellDef mat-sort-header class="num">{{ 'stock.products.columns.salePrice' | transloco }}</th>
          <td mat-cell *matCellDef="let p" class="num">{{ p.salePrice | number: '1.2-2' }}</td>
        </ng-container>
        <ng-container matColumnDef="minQuantity">
          <th mat-header-cell *matHeaderCellDef class="num">{{ 'stock.products.columns.minQuantity' | transloco }}</th>
          <td mat-cell *matCellDef="let p" class="num">{{ p.minQuantity | number: '1.0-4' }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns" class="row" tabindex="0" data-testid="products-row" (click)="open(row)" (keydown.enter)="open(row)"></tr>
        <tr class="mat-row" *matNoDataRow>
          <td class="mat-cell empty" [attr.colspan]="columns.length" data-testid="products-empty">
            @if (failed()) {
              {{ 'stock.loadFailed' | transloco }}
            } @else if (!loading()) {
              {{ 'stock.empty' | transloco }}
            }
          </td>
        </tr>
      </table>
      <mat-paginator
        [length]="total()"
        [pageIndex]="pageIndex()"
        [pageSize]="pageSize()"
        [pageSizeOptions]="[10, 20, 50, 100]"
        (page)="onPage($event)"
        data-testid="products-paginator"
      />
    </div>
  `,
})
export class ProductListPage {
  private readonly stock = inject(StockService);
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiConfiguration);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  protected readonly canManage = inject(AuthService).hasPermission(Permissions.Stock.ProductsManage);

  protected readonly columns = ['sku', 'name', 'unit', 'barcode', 'category', 'salePrice', 'minQuantity'];
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly category = signal('');
  protected readonly services = signal('');
  protected readonly archived = signal(false);
  protected readonly categories = signal<string[]>([]);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);
  private readonly sort = signal<Sort>({ active: '', direction: '' });
  private readonly filter = signal('');

  protected readonly rows = signal<StockProductDto[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(false);
  protected readonly failed = signal(false);
  protected readonly importResult = signal<ProductImportResult | null>(null);
  protected readonly importError = signal<string | null>(null);
  private readonly reload = signal(0);

  private readonly filters = computed(() => {
    const { active, direction } = this.sort();
    return {
      sorting: active && direction ? `${active} ${direction}` : undefined,
      filter: this.filter() || undefined,
      category: this.category() || undefined,
      isService: this.services() ? this.services() === 'true' : undefined,
      includeArchived: this.archived() || undefined,
    };
  });
  private readonly query = computed(() => ({
    ...this.filters(),
    skipCount: this.pageIndex() * this.pageSize(),
    maxResultCount: this.pageSize(),
    reload: this.reload(),
  }));

  constructor() {
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
        switchMap(({ reload: _, ...query }) => this.stock.getStockProducts(query).pipe(catchError(() => (this.failed.set(true), of(null))))),
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
    void downloadFile(this.http, this.api.rootUrl + exportStockProducts.PATH, { ...this.filters(), format: 'xlsx' });
  }

  protected async importFile(file: File | undefined): Promise<void> {
    if (!file) return;
    this.importError.set(null);
    this.importResult.set(null);
    try {
      const result = await firstValueFrom(this.stock.importStockProducts({ body: { file } }));
      this.importResult.set({ created: result.created ?? 0, updated: result.updated ?? 0, errors: result.errors ?? [] });
      this.reload.update((n) => n + 1);
      this.stock.getStockProductCategories().subscribe({ next: (c) => this.categories.set(c), error: () => {} });
    } catch (error) {
      const problem = problemOf(error);
      this.importError.set(problem?.detail || problem?.title || this.transloco.translate<string>('stock.products.importFailed'));
    }
  }

  protected open(product: StockProductDto): void {
    void this.router.navigate(['/stock/products', product.id]);
  }
}
