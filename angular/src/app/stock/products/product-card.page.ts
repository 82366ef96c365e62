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
import { FORMAT_PIPES } from '../../shared/formats/format.pipes';

/** A product's card: its fields, stock per warehouse, reservations and the stock ledger. */
@Component({
  selector: 'app-product-card-page',
  imports: [FORMAT_PIPES, FormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatProgressBarModule, TranslocoPipe],
  styleUrl: '../stock.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './product-card.page.html',
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
