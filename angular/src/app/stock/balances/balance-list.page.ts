import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, map, of } from 'rxjs';
import { ApiConfiguration } from '../../api/api-configuration';
import { exportStockBalances } from '../../api/fn/stock/export-stock-balances';
import { BalanceDto } from '../../api/models';
import { StockService } from '../../api/services';
import { downloadFile } from '../../shared/download';
import { AmountPipe, QuantityPipe } from '../../shared/formats/format.pipes';
import { ListTable } from '../../shared/list/list-table';
import { ListToolbar } from '../../shared/list/list-toolbar';
import { flag, pagedList } from '../../shared/list/paged-list';
import { roundMoney } from '../document-lines';
import { ALL_WAREHOUSES } from '../stock-product';

/** The value of the rows shown, to kopecks. */
export function pageValue(rows: readonly Pick<BalanceDto, 'value'>[]): number {
  return roundMoney(rows.reduce((sum, r) => sum + Number(r.value), 0));
}

const FILTERS = { warehouseId: '', category: '', includeEmpty: '' };

/** The balances endpoint's parameters for the URL's filters. */
function balanceParams(f: typeof FILTERS) {
  return { warehouseId: f.warehouseId || undefined, category: f.category || undefined, includeEmpty: f.includeEmpty === 'true' || undefined };
}

@Component({
  selector: 'app-balance-list-page',
  imports: [
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
  templateUrl: './balance-list.page.html',
  styleUrl: '../stock.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BalanceListPage {
  private readonly stock = inject(StockService);
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiConfiguration);
  private readonly router = inject(Router);
  protected readonly flag = flag;
  protected readonly columns = ['sku', 'productName', 'warehouseName', 'onHand', 'reserved', 'available', 'unitCost', 'value'];
  protected readonly warehouses = toSignal(
    this.stock.getWarehouses(ALL_WAREHOUSES).pipe(
      map((page) => page.items),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );
  protected readonly categories = signal<string[]>([]);
  protected readonly list = pagedList<BalanceDto, typeof FILTERS>({
    filters: FILTERS,
    pageSize: 50,
    pageSizes: [20, 50, 100, 500],
    load: (request, filters) => this.stock.getStockBalances({ ...request, ...balanceParams(filters) }),
  });
  protected readonly total = computed(() => pageValue(this.list.rows()));

  constructor() {
    this.stock.getStockProductCategories().subscribe({ next: (c) => this.categories.set(c), error: () => {} });
  }

  protected exportXlsx(): void {
    const { sorting, filter } = this.list.request();
    void downloadFile(this.http, this.api.rootUrl + exportStockBalances.PATH, { sorting, filter, ...balanceParams(this.list.filters()), format: 'xlsx' });
  }

  protected open(b: BalanceDto): void {
    void this.router.navigate(['/stock/products', b.productId]);
  }
}
