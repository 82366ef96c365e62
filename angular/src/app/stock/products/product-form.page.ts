import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { fieldErrors, problemOf, statusOf } from '../../core/http/problem-details';
import { confirm } from '../../shared/confirm-dialog';
import { ProductInput, ValuationMethod } from '../../api/models';
import { StockService } from '../../api/services';
import { StockProductDto } from '../../api/models';

const TEXT_FIELDS = ['sku', 'name', 'unit', 'barcode', 'category', 'salePrice', 'vatRate', 'minQuantity'] as const;
type Field = (typeof TEXT_FIELDS)[number] | 'valuationMethod' | 'isService' | 'isArchived';

/** Number from a text box: empty means none; a comma is accepted as the decimal separator. */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(',', '.').replace(/\s/g, '');
  if (!t) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : NaN;
}

@Component({
  selector: 'app-product-form-page',
  imports: [ReactiveFormsModule, RouterLink, MatFormFieldModule, MatInputModule, MatSelectModule, MatCheckboxModule, MatButtonModule, MatProgressBarModule, TranslocoPipe],
  styleUrl: '../stock.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="header">
      <h1 data-testid="page-title">
        {{ (isNew() ? 'stock.product.newTitle' : 'stock.product.editTitle') | transloco }}
        @if (loaded(); as p) {
          <span class="muted">{{ p.sku }} {{ p.name }}</span>
        }
      </h1>
      <a mat-button [routerLink]="id() ? ['/stock/products', id()] : '/stock/products'" data-testid="product-back">{{ 'stock.back' | transloco }}</a>
    </header>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" />
    }
    @if (notFound()) {
      <p class="banner" role="alert" data-testid="product-not-found">{{ 'stock.product.notFound' | transloco }}</p>
    } @else {
      @if (banner(); as message) {
        <div class="banner" role="alert" data-testid="form-error">{{ message }}</div>
      }
      <form [formGroup]="form" (ngSubmit)="save()" class="form">
        @for (field of fields; track field) {
          <mat-form-field appearance="outline" subscriptSizing="dynamic" [class.wide]="field === 'name'">
            <mat-label>{{ 'stock.product.fields.' + field | transloco }}</mat-label>
            <input matInput [formControlName]="field" [attr.data-testid]="'product-' + field" [required]="field === 'sku' || field === 'name'" />
            @if (errors()[field]; as message) {
              <mat-error [attr.data-testid]="'error-' + field">{{ message }}</mat-error>
            }
          </mat-form-field>
        }
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'stock.product.fields.valuationMethod' | transloco }}</mat-label>
          <mat-select formControlName="valuationMethod" data-testid="product-valuationMethod">
            <mat-option value="">{{ 'stock.none' | transloco }}</mat-option>
            <mat-option value="fifo">{{ 'stock.valuation.fifo' | transloco }}</mat-option>
            <mat-option value="movingAverage">{{ 'stock.valuation.movingAverage' | transloco }}</mat-option>
          </mat-select>
          @if (errors()['valuationMethod']; as message) {
            <mat-error data-testid="error-valuationMethod">{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-checkbox formControlName="isService" data-testid="product-isService">{{ 'stock.product.fields.isService' | transloco }}</mat-checkbox>
        <mat-checkbox formControlName="isArchived" data-testid="product-isArchived">{{ 'stock.product.fields.isArchived' | transloco }}</mat-checkbox>
        <div class="actions wide">
          <button mat-flat-button type="submit" [disabled]="saving() || loading()" data-testid="product-save">{{ 'stock.save' | transloco }}</button>
          @if (loaded()) {
            <button mat-button type="button" class="danger" (click)="delete()" data-testid="product-delete">{{ 'stock.delete' | transloco }}</button>
          }
        </div>
      </form>
    }
  `,
})
export class ProductFormPage implements OnInit {
  private readonly stock = inject(StockService);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  readonly id = input<string>();
  protected readonly fields = TEXT_FIELDS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    sku: ['', Validators.required],
    name: ['', Validators.required],
    unit: ['шт'],
    barcode: [''],
    category: [''],
    salePrice: [''],
    vatRate: [''],
    minQuantity: [''],
    valuationMethod: ['' as ValuationMethod | ''],
    isService: [false],
    isArchived: [false],
  });
  protected readonly isNew = computed(() => !this.id());
  protected readonly loaded = signal<StockProductDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly notFound = signal(false);
  protected readonly banner = signal<string | null>(null);
  protected readonly errors = signal<Partial<Record<Field, string>>>({});

  async ngOnInit(): Promise<void> {
    const id = this.id();
    if (!id) return;
    this.loading.set(true);
    try {
      const p = await firstValueFrom(this.stock.getStockProduct({ id }));
      this.loaded.set(p);
      const text = (v: number | string | null | undefined) => (v === null || v === undefined ? '' : String(v));
      this.form.reset({
        sku: p.sku,
        name: p.name,
        unit: p.unit,
        barcode: p.barcode ?? '',
        category: p.category ?? '',
        salePrice: text(p.salePrice),
        vatRate: text(p.vatRate),
        minQuantity: text(p.minQuantity),
        valuationMethod: p.valuationMethod,
        isService: p.isService,
        isArchived: p.isArchived,
      });
    } catch (error) {
      if (statusOf(error) === 404) this.notFound.set(true);
      else this.banner.set(problemOf(error)?.detail || this.transloco.translate<string>('stock.loadFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    const v = this.form.getRawValue();
    const local: Partial<Record<Field, string>> = {};
    if (!v.sku.trim()) local.sku = this.transloco.translate('stock.required');
    if (!v.name.trim()) local.name = this.transloco.translate('stock.required');
    for (const f of ['salePrice', 'vatRate', 'minQuantity'] as const) {
      if (Number.isNaN(parseNumber(v[f]))) local[f] = '?';
    }
    this.setErrors(local);
    if (Object.keys(local).length) return;
    const loaded = this.loaded();
    const body: ProductInput = {
      sku: v.sku.trim(),
      name: v.name.trim(),
      unit: v.unit.trim() || undefined,
      barcode: v.barcode.trim() || null,
      category: v.category.trim() || null,
      salePrice: parseNumber(v.salePrice) ?? 0,
      vatRate: parseNumber(v.vatRate),
      minQuantity: parseNumber(v.minQuantity),
      valuationMethod: v.valuationMethod || undefined,
      isService: v.isService,
      isArchived: v.isArchived,
      concurrencyStamp: loaded?.concurrencyStamp,
    };
    this.saving.set(true);
    this.banner.set(null);
    try {
      const saved = loaded ? await firstValueFrom(this.stock.updateStockProduct({ id: loaded.id, body })) : await firstValueFrom(this.stock.createStockProduct({ body }));
      this.snackBar.open(this.transloco.translate('stock.saved'), undefined, { duration: 3000 });
      await this.router.navigate(['/stock/products', saved.id]);
    } catch (error) {
      this.showError(error);
    } finally {
      this.saving.set(false);
    }
  }

  protected async delete(): Promise<void> {
    const p = this.loaded();
    if (!p) return;
    if (!(await confirm(this.dialog, this.transloco.translate('stock.product.confirmDelete', { name: p.name })))) return;
    try {
      await firstValueFrom(this.stock.deleteStockProduct({ id: p.id }));
      this.snackBar.open(this.transloco.translate('stock.deleted'), undefined, { duration: 3000 });
      await this.router.navigate(['/stock/products']);
    } catch (error) {
      this.showError(error);
    }
  }

  private setErrors(errors: Partial<Record<Field, string>>): void {
    this.errors.set(errors);
    for (const [name, control] of Object.entries(this.form.controls)) {
      const message = errors[name as Field];
      control.setErrors(message ? { server: message } : null);
      if (message) control.markAsTouched();
    }
  }

  private showError(error: unknown): void {
    const problem = problemOf(error);
    if (statusOf(error) === 400) {
      const placed: Partial<Record<Field, string>> = {};
      const unplaced: string[] = [];
      for (const [field, messages] of Object.entries(fieldErrors(error))) {
        if (field in this.form.controls) placed[field as Field] = messages.join(' ');
        else unplaced.push(...messages);
      }
      this.setErrors(placed);
      this.banner.set(unplaced.length ? unplaced.join(' ') : null);
      return;
    }
    this.banner.set(problem?.detail || problem?.title || this.transloco.translate<string>('stock.failed'));
  }
}
