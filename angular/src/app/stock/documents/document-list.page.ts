import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, map, of } from 'rxjs';
import { DocumentListItemDto, DocumentStatus } from '../../api/models';
import { StockService } from '../../api/services';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { AmountPipe, DayPipe } from '../../shared/formats/format.pipes';
import { StatusPipe } from '../../shared/formats/status.pipe';
import { ListTable } from '../../shared/list/list-table';
import { ListToolbar } from '../../shared/list/list-toolbar';
import { chosen, pagedList } from '../../shared/list/paged-list';
import { DOCUMENT_KINDS } from '../document-lines';
import { ALL_WAREHOUSES } from '../stock-product';

const FILTERS = { kind: '', status: '', warehouseId: '', dateFrom: '', dateTo: '' };

@Component({
  selector: 'app-document-list-page',
  imports: [
    RouterLink,
    MatTableModule,
    MatSortModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    TranslocoPipe,
    AmountPipe,
    DayPipe,
    StatusPipe,
    ListToolbar,
    ListTable,
  ],
  templateUrl: './document-list.page.html',
  styleUrl: '../stock.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DocumentListPage {
  private readonly stock = inject(StockService);
  private readonly router = inject(Router);
  protected readonly canEdit = inject(AuthService).hasPermission(Permissions.Stock.DocumentsEdit);
  protected readonly kinds = DOCUMENT_KINDS;
  protected readonly statuses: readonly DocumentStatus[] = ['draft', 'posted', 'cancelled'];
  protected readonly columns = ['number', 'date', 'kind', 'status', 'warehouse', 'lines', 'totalCost', 'comment'];
  protected readonly warehouses = toSignal(
    this.stock.getWarehouses(ALL_WAREHOUSES).pipe(
      map((page) => page.items),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );
  protected readonly list = pagedList<DocumentListItemDto, typeof FILTERS>({
    filters: FILTERS,
    load: (request, filters) => this.stock.getStockDocuments({ ...request, ...chosen(filters) }),
  });

  protected warehouseName(id: string): string {
    return this.warehouses().find((w) => w.id === id)?.name ?? '';
  }

  protected open(d: DocumentListItemDto): void {
    void this.router.navigate(['/stock/documents', d.id]);
  }
}
