import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { ApiConfiguration } from '../../api/api-configuration';
import { exportStockProducts } from '../../api/fn/stock/export-stock-products';
import { ProductImportResult, StockProductDto } from '../../api/models';
import { StockService } from '../../api/services';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { problemOf } from '../../core/http/problem-details';
import { downloadFile } from '../../shared/download';
import { AmountPipe, QuantityPipe } from '../../shared/formats/format.pipes';
import { ListTable } from '../../shared/list/list-table';
import { ListToolbar } from '../../shared/list/list-toolbar';
import { flag, pagedList } from '../../shared/list/paged-list';

/** `services` is '' (all), 'false' (goods only) or 'true' (services only); `archived` is a checkbox. */
const FILTERS = { category: '', services: '', archived: '' };

/** The products endpoint's parameters for the URL's filters. */
function productParams(f: typeof FILTERS) {
  return {
    category: f.category || undefined,
    isService: f.services ? f.services === 'true' : undefined,
    includeArchived: f.archived === 'true' || undefined,
  };
}

@Component({
  selector: 'app-product-list-page',
  imports: [
    RouterLink,
    MatTableModule,
    MatSortModule,
    MatFormFieldModule,
    MatSelectModule,
    MatCheckboxModule,
    MatButtonModule,
    TranslocoPipe,
    AmountPipe,
    QuantityPipe,
    ListToolbar,
    ListTable,
  ],
  templateUrl: './product-list.page.html',
  styleUrl: '../stock.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProductListPage {
  private readonly stock = inject(StockService);
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiConfiguration);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  protected readonly canManage = inject(AuthService).hasPermission(Permissions.Stock.ProductsManage);
  protected readonly flag = flag;

  protected readonly columns = ['sku', 'name', 'unit', 'barcode', 'category', 'salePrice', 'minQuantity'];
  protected readonly categories = signal<string[]>([]);
  protected readonly importResult = signal<ProductImportResult | null>(null);
  protected readonly importError = signal<string | null>(null);
  protected readonly list = pagedList<StockProductDto, typeof FILTERS>({
    filters: FILTERS,
    load: (request, filters) => this.stock.getStockProducts({ ...request, ...productParams(filters) }),
  });

  constructor() {
    this.loadCategories();
  }

  private loadCategories(): void {
    this.stock.getStockProductCategories().subscribe({ next: (c) => this.categories.set(c), error: () => {} });
  }

  protected exportXlsx(): void {
    const { sorting, filter } = this.list.request();
    void downloadFile(this.http, this.api.rootUrl + exportStockProducts.PATH, { sorting, filter, ...productParams(this.list.filters()), format: 'xlsx' });
  }

  protected async importFile(file: File | undefined): Promise<void> {
    if (!file) return;
    this.importError.set(null);
    this.importResult.set(null);
    try {
      const result = await firstValueFrom(this.stock.importStockProducts({ body: { file } }));
      this.importResult.set({ created: result.created ?? 0, updated: result.updated ?? 0, errors: result.errors ?? [] });
      this.list.reload();
      this.loadCategories();
    } catch (error) {
      const problem = problemOf(error);
      this.importError.set(problem?.detail || problem?.title || this.transloco.translate<string>('stock.products.importFailed'));
    }
  }

  protected open(product: StockProductDto): void {
    void this.router.navigate(['/stock/products', product.id]);
  }
}
