import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { fieldErrors, problemOf, statusOf } from '../../core/http/problem-details';
import { confirm } from '../../shared/confirm-dialog';
import { BalanceDto, MoveDto, ReservationDto, WarehouseDto } from '../../api/models';
import { StockService } from '../../api/services';
import { StockProductDto } from '../../api/models';
import { ALL_WAREHOUSES } from '../stock-product';
import { parseNumber } from './product-form.page';

/** A product's card: its fields, stock per warehouse, reservations and the stock ledger. */
@Component({
  selector: 'app-product-card-page',
  imports: [DatePipe, DecimalPipe, FormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatProgressBarModule, TranslocoPipe],
  styleUrl: '../stock.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" />
    }
    @if (notFound()) {
      <p class="banner" role="alert" data-testid="product-not-found">{{ 'stock.product.notFound' | transloco }}</p>
    }
    @if (product(); as p) {
      <header class="header">
        <h1 data-testid="page-title">{{ p.sku }} — {{ p.name }}</h1>
        <div class="actions">
          <a mat-button routerLink="/stock/products" data-testid="product-back">{{ 'stock.back' | transloco }}</a>
          @if (canManage) {
            <a mat-flat-button [routerLink]="['/stock/products', p.id, 'edit']" data-testid="product-edit">{{ 'stock.edit' | transloco }}</a>
          }
        </div>
      </header>
      <dl data-testid="product-details">
        <dt>{{ 'stock.product.fields.unit' | transloco }}</dt>
        <dd>{{ p.unit }}</dd>
        <dt>{{ 'stock.product.fields.barcode' | transloco }}</dt>
        <dd>{{ p.barcode || '—' }}</dd>
        <dt>{{ 'stock.product.fields.category' | transloco }}</dt>
        <dd>{{ p.category || '—' }}</dd>
        <dt>{{ 'stock.product.fields.salePrice' | transloco }}</dt>
        <dd>{{ p.salePrice | number: '1.2-2' }}</dd>
        <dt>{{ 'stock.product.fields.vatRate' | transloco }}</dt>
        <dd>{{ p.vatRate ?? '—' }}</dd>
        <dt>{{ 'stock.product.fields.minQuantity' | transloco }}</dt>
        <dd>{{ p.minQuantity ?? '—' }}</dd>
        <dt>{{ 'stock.product.fields.valuationMethod' | transloco }}</dt>
        <dd>{{ 'stock.valuation.' + p.valuationMethod | transloco }}</dd>
        @if (p.isService) {
          <dt></dt>
          <dd>{{ 'stock.product.fields.isService' | transloco }}</dd>
        }
        @if (p.isArchived) {
          <dt></dt>
          <dd>{{ 'stock.product.fields.isArchived' | transloco }}</dd>
        }
      </dl>

      <h2>{{ 'stock.product.balances' | transloco }}</h2>
      <div class="table-wrap">
        <table class="plain" data-testid="product-balances">
          <thead>
            <tr>
              <th>{{ 'stock.balances.columns.warehouseName' | transloco }}</th>
              <th class="num">{{ 'stock.balances.columns.onHand' | transloco }}</th>
              <th class="num">{{ 'stock.balances.columns.reserved' | transloco }}</th>
              <th class="num">{{ 'stock.balances.columns.available' | transloco }}</th>
              <th class="num">{{ 'stock.balances.columns.unitCost' | transloco }}</th>
              <th class="num">{{ 'stock.balances.columns.value' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (b of balances(); track b.warehouseId) {
              <tr data-testid="product-balance-row">
                <td>{{ b.warehouseName }}</td>
                <td class="num">{{ b.onHand | number: '1.0-4' }}</td>
                <td class="num">{{ b.reserved | number: '1.0-4' }}</td>
                <td class="num">{{ b.available | number: '1.0-4' }}</td>
                <td class="num">{{ b.unitCost | number: '1.2-4' }}</td>
                <td class="num">{{ b.value | number: '1.2-2' }}</td>
              </tr>
            } @empty {
              <tr>
                <td colspan="6" class="empty">{{ 'stock.product.noBalances' | transloco }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>

      <h2>{{ 'stock.product.reservations' | transloco }}</h2>
      <div class="table-wrap">
        <table class="plain" data-testid="product-reservations">
          <thead>
            <tr>
              <th>{{ 'stock.product.warehouse' | transloco }}</th>
              <th>{{ 'stock.product.dealId' | transloco }}</th>
              <th class="num">{{ 'stock.product.quantity' | transloco }}</th>
              <th>{{ 'stock.product.comment' | transloco }}</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            @for (r of reservations(); track r.id) {
              <tr data-testid="reservation-row">
                <td>{{ r.warehouseName }}</td>
                <td>
                  @if (r.dealId) {
                    <a [routerLink]="['/crm/deals', r.dealId]">{{ r.dealId }}</a>
                  }
                </td>
                <td class="num">{{ r.quantity | number: '1.0-4' }}</td>
                <td>{{ r.comment }}</td>
                <td>
                  @if (canReserve) {
                    <button mat-button type="button" class="danger" (click)="release(r)" data-testid="reservation-release">{{ 'stock.product.release' | transloco }}</button>
                  }
                </td>
              </tr>
            } @empty {
              <tr>
                <td colspan="5" class="empty">{{ 'stock.product.noReservations' | transloco }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      @if (canReserve && !p.isService) {
        <form class="filters" (ngSubmit)="reserve()" data-testid="reserve-form">
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'stock.product.warehouse' | transloco }}</mat-label>
            <mat-select [(ngModel)]="reserveWarehouseId" name="warehouseId" data-testid="reserve-warehouse">
              @for (w of warehouses(); track w.id) {
                <mat-option [value]="w.id">{{ w.name }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'stock.product.dealId' | transloco }}</mat-label>
            <input matInput [(ngModel)]="reserveDealId" name="dealId" data-testid="reserve-deal" />
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'stock.product.quantity' | transloco }}</mat-label>
            <input matInput [(ngModel)]="reserveQuantity" name="quantity" inputmode="decimal" data-testid="reserve-quantity" />
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'stock.product.comment' | transloco }}</mat-label>
            <input matInput [(ngModel)]="reserveComment" name="comment" data-testid="reserve-comment" />
          </mat-form-field>
          <button mat-flat-button type="submit" data-testid="reserve-submit">{{ 'stock.product.reserve' | transloco }}</button>
        </form>
        @if (reserveError(); as message) {
          <div class="banner" role="alert" data-testid="reserve-error">{{ message }}</div>
        }
      }

      <h2>{{ 'stock.product.moves' | transloco }}</h2>
      <div class="table-wrap">
        <table class="plain" data-testid="product-moves">
          <thead>
            <tr>
              <th>{{ 'stock.product.moveColumns.date' | transloco }}</th>
              <th>{{ 'stock.product.moveColumns.document' | transloco }}</th>
              <th>{{ 'stock.product.moveColumns.warehouse' | transloco }}</th>
              <th class="num">{{ 'stock.product.moveColumns.quantity' | transloco }}</th>
              <th class="num">{{ 'stock.product.moveColumns.unitCost' | transloco }}</th>
              <th class="num">{{ 'stock.product.moveColumns.value' | transloco }}</th>
              <th class="num">{{ 'stock.product.moveColumns.quantityAfter' | transloco }}</th>
              <th class="num">{{ 'stock.product.moveColumns.valueAfter' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (m of moves(); track m.id) {
              <tr data-testid="move-row">
                <td class="nowrap">{{ m.date | date: 'dd.MM.yyyy' }}</td>
                <td class="nowrap">
                  <a [routerLink]="['/stock/documents', m.documentId]">{{ 'stock.kinds.' + m.documentKind | transloco }} {{ m.documentNumber }}</a>
                </td>
                <td>{{ m.warehouseName }}</td>
                <td class="num">{{ m.quantity | number: '1.0-4' }}</td>
                <td class="num">{{ m.unitCost | number: '1.2-4' }}</td>
                <td class="num">{{ m.value | number: '1.2-2' }}</td>
                <td class="num">{{ m.quantityAfter | number: '1.0-4' }}</td>
                <td class="num">{{ m.valueAfter | number: '1.2-2' }}</td>
              </tr>
            } @empty {
              <tr>
                <td colspan="8" class="empty">{{ 'stock.product.noMoves' | transloco }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
})
export class ProductCardPage implements OnInit {
  private readonly stock = inject(StockService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly auth = inject(AuthService);

  readonly id = input.required<string>();
  protected readonly canManage = this.auth.hasPermission(Permissions.Stock.ProductsManage);
  protected readonly canReserve = this.auth.hasPermission(Permissions.Stock.ReservationsManage);
  private readonly canSeeBalances = this.auth.hasPermission(Permissions.Stock.Balances);

  protected readonly product = signal<StockProductDto | null>(null);
  protected readonly balances = signal<BalanceDto[]>([]);
  protected readonly moves = signal<MoveDto[]>([]);
  protected readonly reservations = signal<ReservationDto[]>([]);
  protected readonly warehouses = signal<WarehouseDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly notFound = signal(false);
  protected readonly reserveError = signal<string | null>(null);

  protected reserveWarehouseId = '';
  protected reserveDealId = '';
  protected reserveQuantity = '';
  protected reserveComment = '';

  async ngOnInit(): Promise<void> {
    this.loading.set(true);
    try {
      this.product.set(await firstValueFrom(this.stock.getStockProduct({ id: this.id() })));
    } catch (error) {
      if (statusOf(error) === 404) this.notFound.set(true);
    } finally {
      this.loading.set(false);
    }
    if (!this.product()) return;
    this.loadStock();
    if (this.canReserve) {
      this.stock.getWarehouses(ALL_WAREHOUSES).subscribe({
        next: (page) => {
          this.warehouses.set(page.items);
          if (page.items.length === 1) this.reserveWarehouseId = page.items[0].id;
        },
        error: () => {},
      });
    }
  }

  private loadStock(): void {
    const productId = this.id();
    if (this.canSeeBalances) {
      this.stock.getStockBalances({ productId, includeEmpty: true, maxResultCount: 1000 }).subscribe({ next: (p) => this.balances.set(p.items), error: () => {} });
      this.stock.getStockMoves({ productId, maxResultCount: 200 }).subscribe({ next: (p) => this.moves.set(p.items), error: () => {} });
    }
    this.stock.getStockReservations({ productId }).subscribe({ next: (p) => this.reservations.set(p.items), error: () => {} });
  }

  protected async release(r: ReservationDto): Promise<void> {
    if (!(await confirm(this.dialog, this.transloco.translate('stock.product.confirmRelease')))) return;
    try {
      await firstValueFrom(this.stock.deleteStockReservation({ id: r.id }));
      this.snackBar.open(this.transloco.translate('stock.product.released'), undefined, { duration: 3000 });
      this.loadStock();
    } catch (error) {
      this.reserveError.set(problemOf(error)?.detail || this.transloco.translate<string>('stock.failed'));
    }
  }

  protected async reserve(): Promise<void> {
    this.reserveError.set(null);
    const quantity = parseNumber(this.reserveQuantity);
    try {
      await firstValueFrom(
        this.stock.createStockReservation({
          body: {
            productId: this.id(),
            warehouseId: this.reserveWarehouseId,
            dealId: this.reserveDealId.trim() || null,
            quantity: quantity ?? 0,
            comment: this.reserveComment.trim() || null,
          },
        }),
      );
      this.snackBar.open(this.transloco.translate('stock.product.reserved'), undefined, { duration: 3000 });
      this.reserveQuantity = '';
      this.reserveComment = '';
      this.loadStock();
    } catch (error) {
      const problem = problemOf(error);
      const fields = Object.values(fieldErrors(error)).flat();
      this.reserveError.set(fields.length ? fields.join(' ') : problem?.detail || problem?.title || this.transloco.translate<string>('stock.failed'));
    }
  }
}
