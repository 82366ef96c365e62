import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { catchError, firstValueFrom, forkJoin, map, of } from 'rxjs';
import { FinanceService } from '../../api/services';
import { problemOf } from '../../core/http/problem-details';
import { AmountPipe, DayPipe, MoneyPipe } from '../../shared/formats/format.pipes';
import { CustomerPicker } from '../finance-pickers';
import { BankStatementLineDto, InvoiceListItemDto, InvoiceStatus } from '../../api/models';
import { allocationProblem, proposeAllocations, remainderOf, suggestedFirst } from './statement-matching';

/** The statuses of an invoice that can still be paid. */
const OPEN_STATUSES: InvoiceStatus[] = ['issued', 'partiallyPaid'];

/**
 * Matches an incoming bank line to a customer and their open invoices: the customer whose tax id the payer gave is
 * chosen already, the invoices the import suggested come first, and the amount is spread over them, oldest due
 * first; the accountant may change any amount. What is not allocated becomes the customer's advance.
 */
@Component({
  selector: 'app-match-line-dialog',
  imports: [
    FormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    AmountPipe,
    DayPipe,
    MoneyPipe,
    CustomerPicker,
  ],
  templateUrl: './match-line.dialog.html',
  styleUrls: ['../reports/report.scss', './statements.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MatchLineDialog {
  private readonly finance = inject(FinanceService);
  private readonly transloco = inject(TranslocoService);
  private readonly ref = inject<MatDialogRef<MatchLineDialog, boolean>>(MatDialogRef);
  protected readonly line = inject<BankStatementLineDto>(MAT_DIALOG_DATA);

  protected readonly companyId = signal('');
  protected readonly invoices = signal<InvoiceListItemDto[]>([]);
  protected readonly amounts = signal<Record<string, number | null>>({});
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly remainder = computed(() => remainderOf(this.line.amount, this.amounts()));
  protected readonly problem = computed(() => allocationProblem(this.line.amount, this.invoices(), this.amounts()));
  protected readonly suggested = computed(() => new Set(this.line.suggestedInvoiceIds ?? []));

  constructor() {
    void this.findPayer();
  }

  /**
   * The customer the import recognised (by the invoices the purpose names or the payer's tax id), else the one customer
   * with the payer's tax id.
   */
  private async findPayer(): Promise<void> {
    if (this.line.suggestedCompanyId) {
      await this.chooseCustomer(this.line.suggestedCompanyId);
      return;
    }
    const taxId = this.line.payerTaxId?.trim();
    if (!taxId) return;
    const found = await firstValueFrom(
      this.finance.getCustomers({ filter: taxId, maxResultCount: 2 }).pipe(
        map((page) => page.items.filter((c) => c.taxId === taxId)),
        catchError(() => of([])),
      ),
    );
    if (found.length === 1 && !this.companyId()) await this.chooseCustomer(found[0].id);
  }

  protected async chooseCustomer(companyId: string): Promise<void> {
    this.companyId.set(companyId);
    this.invoices.set([]);
    this.amounts.set({});
    if (!companyId) return;
    this.loading.set(true);
    try {
      // Only invoices that can still be paid, so paid ones never crowd them out of the page.
      const pages = await firstValueFrom(
        forkJoin(OPEN_STATUSES.map((status) => this.finance.getInvoices({ companyId, status, maxResultCount: 100 }))),
      );
      if (this.companyId() !== companyId) return;
      const open = suggestedFirst(pages.flatMap((p) => p.items).filter((i) => Number(i.amountDue) > 0), this.line.suggestedInvoiceIds ?? []);
      this.invoices.set(open);
      this.amounts.set(proposeAllocations(this.line.amount, open));
    } catch {
      this.error.set(this.transloco.translate('financeReports.statements.invoicesFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  protected setAmount(invoiceId: string, value: string): void {
    const n = value === '' ? null : Number(value.replace(',', '.'));
    this.amounts.update((a) => ({ ...a, [invoiceId]: n !== null && Number.isFinite(n) ? n : null }));
  }

  protected async save(): Promise<void> {
    if (!this.companyId() || this.problem()) return;
    const allocations = this.invoices()
      .map((i) => ({ invoiceId: i.id, amount: Number(this.amounts()[i.id] ?? 0) }))
      .filter((a) => a.amount > 0);
    this.saving.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(this.finance.matchBankStatementLine({ id: this.line.id, body: { companyId: this.companyId(), allocations } }));
      this.ref.close(true);
    } catch (e) {
      const p = problemOf(e);
      this.error.set(p?.detail ?? p?.title ?? this.transloco.translate('financeReports.saveFailed'));
    } finally {
      this.saving.set(false);
    }
  }
}
