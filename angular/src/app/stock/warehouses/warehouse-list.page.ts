import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { WarehouseDto } from '../../api/models';
import { StockService } from '../../api/services';
import { ALL_WAREHOUSES } from '../stock-product';

@Component({
  selector: 'app-warehouse-list-page',
  imports: [RouterLink, MatButtonModule, MatProgressBarModule, TranslocoPipe],
  styleUrl: '../stock.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="header">
      <h1 data-testid="page-title">{{ 'stock.warehouses.title' | transloco }}</h1>
      <div class="actions">
        @if (canSettings) {
          <a mat-stroked-button routerLink="/stock/settings" data-testid="stock-settings">{{ 'stock.warehouses.settings' | transloco }}</a>
        }
        @if (canManage) {
          <a mat-flat-button routerLink="/stock/warehouses/new" data-testid="warehouses-new">{{ 'stock.warehouses.new' | transloco }}</a>
        }
      </div>
    </header>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" />
    }
    <div class="table-wrap">
      <table class="plain" data-testid="warehouses-table">
        <thead>
          <tr>
            <th>{{ 'stock.warehouses.name' | transloco }}</th>
            <th>{{ 'stock.warehouses.address' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (w of rows(); track w.id) {
            <tr class="row" tabindex="0" data-testid="warehouses-row" (click)="open(w)" (keydown.enter)="open(w)">
              <td>{{ w.name }}</td>
              <td>{{ w.address }}</td>
            </tr>
          } @empty {
            <tr>
              <td colspan="2" class="empty">{{ (failed() ? 'stock.loadFailed' : 'stock.empty') | transloco }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class WarehouseListPage implements OnInit {
  private readonly stock = inject(StockService);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  protected readonly canManage = this.auth.hasPermission(Permissions.Stock.WarehousesManage);
  protected readonly canSettings = this.auth.hasPermission(Permissions.Stock.SettingsManage);
  protected readonly rows = signal<WarehouseDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly failed = signal(false);

  async ngOnInit(): Promise<void> {
    this.loading.set(true);
    try {
      this.rows.set((await firstValueFrom(this.stock.getWarehouses(ALL_WAREHOUSES))).items);
    } catch {
      this.failed.set(true);
    } finally {
      this.loading.set(false);
    }
  }

  protected open(w: WarehouseDto): void {
    void this.router.navigate(['/stock/warehouses', w.id]);
  }
}
