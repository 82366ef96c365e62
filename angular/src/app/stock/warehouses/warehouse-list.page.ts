import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { WarehouseDto } from '../../api/models';
import { StockService } from '../../api/services';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { ListTable } from '../../shared/list/list-table';
import { ListToolbar } from '../../shared/list/list-toolbar';
import { pagedList } from '../../shared/list/paged-list';

@Component({
  selector: 'app-warehouse-list-page',
  imports: [RouterLink, MatTableModule, MatSortModule, MatButtonModule, TranslocoPipe, ListToolbar, ListTable],
  templateUrl: './warehouse-list.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WarehouseListPage {
  private readonly stock = inject(StockService);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  protected readonly canManage = this.auth.hasPermission(Permissions.Stock.WarehousesManage);
  protected readonly canSettings = this.auth.hasPermission(Permissions.Stock.SettingsManage);
  protected readonly columns = ['name', 'address'];
  protected readonly list = pagedList<WarehouseDto>({ load: (request) => this.stock.getWarehouses(request) });

  protected open(w: WarehouseDto): void {
    void this.router.navigate(['/stock/warehouses', w.id]);
  }
}
