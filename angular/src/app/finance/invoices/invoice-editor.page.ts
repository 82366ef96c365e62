import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { catchError, firstValueFrom, of } from 'rxjs';
import { FinanceService } from '../../api/services';
import { statusOf } from '../../core/http/problem-details';
import { FORMAT_PIPES } from '../../shared/formats/format.pipes';
import { PickerItem } from '../../shared/pickers/picker';
import { FinanceDealDto, FinanceProductDto, InvoiceDto, InvoiceInput } from '../../api/models';
import { CustomerPicker, FinanceDealPicker, FinanceProductPicker } from '../finance-pickers';
import { FormErrors } from '../form-errors';
import { allowedVatRate, invoiceAmounts, VAT_RATES, VatRate, vatFromKey, vatKey } from '../money-math';

/** A line as the editor holds it: numbers as typed, the VAT rate as its select key. */
export interface EditorLine {
  readonly key: number;
  readonly productId: string;
  readonly description: string;
  readonly unit: string;
  readonly quantity: string;
  readonly unitPrice: string;
  readonly vat: string;
}

let nextKey = 1;

/** A draft invoice: client, deal, dates, lines picked from the catalog with VAT, totals as the server will count them. */
@Component({
  selector: 'app-invoice-editor-page',
  imports: [
    FormsModule,
    RouterLink,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
    MatButtonModule,
    TranslocoPipe,
    FORMAT_PIPES,
    CustomerPicker,
    FinanceDealPicker,
    FinanceProductPicker,
  ],
  templateUrl: './invoice-editor.page.html',
  styleUrl: '../finance.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvoiceEditorPage implements OnInit {
  private readonly finance = inject(FinanceService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  /** Route parameter: the draft being edited; none for a new one. */
  readonly id = input<string>();
  protected readonly loaded = signal<InvoiceDto | null>(null);
  protected readonly notFound = signal(false);
  protected readonly saving = signal(false);
  protected readonly form = new FormErrors(this.transloco, ['companyId', 'dealId', 'issueDate', 'dueDate', 'comment', 'lines']);
  protected readonly vatKeys = VAT_RATES.map(vatKey);

  protected companyId = '';
  protected dealId = '';
  protected readonly dealTitle = signal<string | null>(null);
  protected issueDate = '';
  protected dueDate = '';
  protected comment = '';
  protected readonly pricesIncludeVat = signal(false);
  protected readonly lines = signal<EditorLine[]>([]);
  private defaultVat: VatRate = 22;

  /** Live totals, rounded per line exactly as the server does. */
  protected readonly amounts = computed(() =>
    invoiceAmounts(
      this.lines().map((l) => ({ quantity: l.quantity, unitPrice: l.unitPrice, vatRate: vatFromKey(l.vat) })),
      this.pricesIncludeVat(),
    ),
  );

  async ngOnInit(): Promise<void> {
    const organisation = await firstValueFrom(this.finance.getOrganisation().pipe(catchError(() => of(null))));
    if (organisation) this.defaultVat = organisation.defaultVatRate === null ? null : Number(organisation.defaultVatRate);
    const id = this.id();
    if (!id) {
      this.addLine();
      return;
    }
    try {
      const invoice = await firstValueFrom(this.finance.getInvoice({ id }));
      if (invoice.status !== 'draft') {
        await this.router.navigate(['/finance/invoices', id]);
        return;
      }
      this.apply(invoice);
    } catch (error) {
      if (statusOf(error) === 404) this.notFound.set(true);
      else this.form.fail(error);
    }
  }

  private apply(invoice: InvoiceDto): void {
    this.loaded.set(invoice);
    this.companyId = invoice.companyId;
    this.dealId = invoice.dealId ?? '';
    this.dealTitle.set(invoice.dealTitle);
    this.issueDate = invoice.issueDate;
    this.dueDate = invoice.dueDate;
    this.comment = invoice.comment ?? '';
    this.pricesIncludeVat.set(invoice.pricesIncludeVat);
    this.lines.set(
      invoice.lines.map((l) => ({
        key: nextKey++,
        productId: l.productId ?? '',
        description: l.description,
        unit: l.unit,
        quantity: String(l.quantity),
        unitPrice: String(l.unitPrice),
        vat: vatKey(l.vatRate === null ? null : Number(l.vatRate)),
      })),
    );
  }

  protected clientPicked(): void {
    // Another client: the deal belonged to the previous one.
    this.dealId = '';
    this.dealTitle.set(null);
  }

  protected dealPicked(item: PickerItem<FinanceDealDto> | null): void {
    this.dealTitle.set(item?.name ?? null);
    if (item?.data && !this.companyId) this.companyId = item.data.companyId;
  }

  protected addLine(): void {
    this.lines.update((lines) => [
      ...lines,
      { key: nextKey++, productId: '', description: '', unit: 'шт', quantity: '1', unitPrice: '', vat: vatKey(this.defaultVat) },
    ]);
  }

  protected removeLine(index: number): void {
    this.lines.update((lines) => lines.filter((_, i) => i !== index));
  }

  protected edit(index: number, patch: Partial<EditorLine>): void {
    this.lines.update((lines) => lines.map((l, i) => (i === index ? { ...l, ...patch } : l)));
  }

  /** A product fills the line's description, unit, price and VAT rate from the catalog. */
  protected productPicked(index: number, item: PickerItem<FinanceProductDto> | null): void {
    const p = item?.data;
    if (!p) {
      this.edit(index, { productId: '' });
      return;
    }
    this.edit(index, {
      productId: p.id,
      description: p.name,
      unit: p.unit || 'шт',
      unitPrice: String(p.salePrice),
      vat: vatKey(allowedVatRate(p.vatRate, this.defaultVat)),
    });
  }

  protected vatLabel(key: string): string {
    return key === 'none' ? this.transloco.translate<string>('finance.vat.none') : `${key} %`;
  }

  protected rateLabel(rate: VatRate): string {
    return rate === null ? this.transloco.translate<string>('finance.invoice.noVat') : this.transloco.translate<string>('finance.invoice.vatAt', { rate: `${rate} %` });
  }

  protected async save(): Promise<void> {
    if (!this.companyId) {
      this.form.require('companyId');
      return;
    }
    if (!this.lines().length) {
      this.form.fields.set({ lines: this.transloco.translate<string>('finance.invoice.noLines') });
      return;
    }
    this.saving.set(true);
    this.form.clear();
    const body: InvoiceInput = {
      companyId: this.companyId,
      dealId: this.dealId || null,
      issueDate: this.issueDate || null,
      dueDate: this.dueDate || null,
      pricesIncludeVat: this.pricesIncludeVat(),
      comment: this.comment.trim() || null,
      lines: this.lines().map((l) => ({
        productId: l.productId || null,
        description: l.description.trim(),
        unit: l.unit.trim() || null,
        quantity: Number(l.quantity) || 0,
        unitPrice: Number(l.unitPrice) || 0,
        vatRate: vatFromKey(l.vat),
      })),
      concurrencyStamp: this.loaded()?.concurrencyStamp,
    };
    try {
      const loaded = this.loaded();
      const saved = loaded
        ? await firstValueFrom(this.finance.updateInvoice({ id: loaded.id, body }))
        : await firstValueFrom(this.finance.createInvoice({ body }));
      this.snackBar.open(this.transloco.translate('finance.saved'), undefined, { duration: 3000 });
      await this.router.navigate(['/finance/invoices', saved.id]);
    } catch (error) {
      this.form.fail(error);
    } finally {
      this.saving.set(false);
    }
  }
}
