import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { fieldErrors, problemOf, statusOf } from '../../core/http/problem-details';
import { confirm } from '../../shared/confirm-dialog';
import { WarehouseDto } from '../../api/models';
import { StockService } from '../../api/services';

@Component({
  selector: 'app-warehouse-form-page',
  imports: [FormsModule, RouterLink, MatFormFieldModule, MatInputModule, MatButtonModule, TranslocoPipe],
  styleUrl: '../stock.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="header">
      <h1 data-testid="page-title">{{ (isNew() ? 'stock.warehouse.newTitle' : 'stock.warehouse.editTitle') | transloco }}</h1>
      <a mat-button routerLink="/stock/warehouses" data-testid="warehouse-back">{{ 'stock.back' | transloco }}</a>
    </header>
    @if (notFound()) {
      <p class="banner" role="alert">{{ 'stock.warehouse.notFound' | transloco }}</p>
    } @else {
      @if (banner(); as message) {
        <div class="banner" role="alert" data-testid="form-error">{{ message }}</div>
      }
      <form class="form" (ngSubmit)="save()">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'stock.warehouses.name' | transloco }}</mat-label>
          <input matInput [(ngModel)]="name" name="name" required [disabled]="!canManage" data-testid="warehouse-name" />
          @if (errors()['name']; as m) {
            <mat-hint class="line-error" data-testid="error-name">{{ m }}</mat-hint>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
          <mat-label>{{ 'stock.warehouses.address' | transloco }}</mat-label>
          <input matInput [(ngModel)]="address" name="address" [disabled]="!canManage" data-testid="warehouse-address" />
          @if (errors()['address']; as m) {
            <mat-hint class="line-error" data-testid="error-address">{{ m }}</mat-hint>
          }
        </mat-form-field>
        @if (canManage) {
          <div class="actions wide">
            <button mat-flat-button type="submit" [disabled]="saving()" data-testid="warehouse-save">{{ 'stock.save' | transloco }}</button>
            @if (loaded()) {
              <button mat-button type="button" class="danger" (click)="delete()" data-testid="warehouse-delete">{{ 'stock.delete' | transloco }}</button>
            }
          </div>
        }
      </form>
    }
  `,
})
export class WarehouseFormPage implements OnInit {
  private readonly stock = inject(StockService);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly canManage = inject(AuthService).hasPermission(Permissions.Stock.WarehousesManage);

  readonly id = input<string>();
  protected readonly isNew = computed(() => !this.id());
  protected readonly loaded = signal<WarehouseDto | null>(null);
  protected readonly saving = signal(false);
  protected readonly notFound = signal(false);
  protected readonly banner = signal<string | null>(null);
  protected readonly errors = signal<Record<string, string>>({});
  protected name = '';
  protected address = '';

  async ngOnInit(): Promise<void> {
    const id = this.id();
    if (!id) return;
    try {
      const w = await firstValueFrom(this.stock.getWarehouse({ id }));
      this.loaded.set(w);
      this.name = w.name;
      this.address = w.address ?? '';
      this.banner.set(null);
    } catch (error) {
      if (statusOf(error) === 404) this.notFound.set(true);
    }
  }

  protected async save(): Promise<void> {
    if (!this.name.trim()) {
      this.errors.set({ name: this.transloco.translate('stock.required') });
      return;
    }
    this.saving.set(true);
    this.banner.set(null);
    this.errors.set({});
    const body = { name: this.name.trim(), address: this.address.trim() || null, concurrencyStamp: this.loaded()?.concurrencyStamp };
    try {
      const loaded = this.loaded();
      if (loaded) await firstValueFrom(this.stock.updateWarehouse({ id: loaded.id, body }));
      else await firstValueFrom(this.stock.createWarehouse({ body }));
      this.snackBar.open(this.transloco.translate('stock.saved'), undefined, { duration: 3000 });
      await this.router.navigate(['/stock/warehouses']);
    } catch (error) {
      this.showError(error);
    } finally {
      this.saving.set(false);
    }
  }

  protected async delete(): Promise<void> {
    const w = this.loaded();
    if (!w || !(await confirm(this.dialog, this.transloco.translate('stock.warehouse.confirmDelete', { name: w.name })))) return;
    try {
      await firstValueFrom(this.stock.deleteWarehouse({ id: w.id }));
      this.snackBar.open(this.transloco.translate('stock.deleted'), undefined, { duration: 3000 });
      await this.router.navigate(['/stock/warehouses']);
    } catch (error) {
      this.showError(error);
    }
  }

  private showError(error: unknown): void {
    if (statusOf(error) === 400) {
      const errors: Record<string, string> = {};
      for (const [field, messages] of Object.entries(fieldErrors(error))) errors[field] = messages.join(' ');
      this.errors.set(errors);
      const unplaced = Object.entries(errors).filter(([f]) => f !== 'name' && f !== 'address');
      this.banner.set(unplaced.length ? unplaced.map(([, m]) => m).join(' ') : null);
      return;
    }
    const problem = problemOf(error);
    this.banner.set(problem?.detail || problem?.title || this.transloco.translate<string>('stock.failed'));
  }
}
