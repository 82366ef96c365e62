import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { fieldErrors, problemOf } from '../../core/http/problem-details';
import { StockSettingsDto, ValuationMethod, WarehouseDto } from '../../api/models';
import { StockService } from '../../api/services';
import { ALL_WAREHOUSES } from '../stock-product';

/** The company's stock settings (directors): default valuation, automatic reservation on a won deal. */
@Component({
  selector: 'app-stock-settings-page',
  imports: [FormsModule, RouterLink, MatFormFieldModule, MatSelectModule, MatCheckboxModule, MatButtonModule, TranslocoPipe],
  styleUrl: '../stock.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="header">
      <h1 data-testid="page-title">{{ 'stock.settings.title' | transloco }}</h1>
      <a mat-button routerLink="/stock/warehouses">{{ 'stock.back' | transloco }}</a>
    </header>
    @if (banner(); as message) {
      <div class="banner" role="alert" data-testid="form-error">{{ message }}</div>
    }
    @if (settings()) {
      <form class="form" (ngSubmit)="save()">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'stock.settings.defaultValuation' | transloco }}</mat-label>
          <mat-select [(ngModel)]="valuation" name="valuation" data-testid="settings-valuation">
            <mat-option value="fifo">{{ 'stock.valuation.fifo' | transloco }}</mat-option>
            <mat-option value="movingAverage">{{ 'stock.valuation.movingAverage' | transloco }}</mat-option>
          </mat-select>
        </mat-form-field>
        <mat-checkbox class="wide" [(ngModel)]="reserveOnDealWon" name="reserveOnDealWon" data-testid="settings-reserve">
          {{ 'stock.settings.reserveOnDealWon' | transloco }}
        </mat-checkbox>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'stock.settings.reservationWarehouse' | transloco }}</mat-label>
          <mat-select [(ngModel)]="warehouseId" name="warehouseId" data-testid="settings-warehouse">
            <mat-option value="">{{ 'stock.none' | transloco }}</mat-option>
            @for (w of warehouses(); track w.id) {
              <mat-option [value]="w.id">{{ w.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <div class="actions wide">
          <button mat-flat-button type="submit" data-testid="settings-save">{{ 'stock.save' | transloco }}</button>
        </div>
      </form>
    }
  `,
})
export class StockSettingsPage implements OnInit {
  private readonly stock = inject(StockService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly settings = signal<StockSettingsDto | null>(null);
  protected readonly warehouses = signal<WarehouseDto[]>([]);
  protected readonly banner = signal<string | null>(null);
  protected valuation: ValuationMethod = 'fifo';
  protected reserveOnDealWon = false;
  protected warehouseId = '';

  async ngOnInit(): Promise<void> {
    this.stock.getWarehouses(ALL_WAREHOUSES).subscribe({ next: (p) => this.warehouses.set(p.items), error: () => {} });
    try {
      this.apply(await firstValueFrom(this.stock.getStockSettings()));
    } catch (error) {
      this.banner.set(problemOf(error)?.detail || this.transloco.translate<string>('stock.loadFailed'));
    }
  }

  private apply(s: StockSettingsDto): void {
    this.valuation = s.defaultValuationMethod;
    this.reserveOnDealWon = s.reserveOnDealWon;
    this.warehouseId = s.reservationWarehouseId ?? '';
    this.settings.set(s);
  }

  protected async save(): Promise<void> {
    this.banner.set(null);
    try {
      const saved = await firstValueFrom(
        this.stock.updateStockSettings({
          body: {
            defaultValuationMethod: this.valuation,
            reserveOnDealWon: this.reserveOnDealWon,
            reservationWarehouseId: this.warehouseId || null,
            concurrencyStamp: this.settings()?.concurrencyStamp,
          },
        }),
      );
      this.apply(saved);
      this.snackBar.open(this.transloco.translate('stock.saved'), undefined, { duration: 3000 });
    } catch (error) {
      const problem = problemOf(error);
      const fields = Object.values(fieldErrors(error)).flat();
      this.banner.set(fields.length ? fields.join(' ') : problem?.detail || problem?.title || this.transloco.translate<string>('stock.failed'));
    }
  }
}
