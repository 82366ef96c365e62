import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { InvoiceDto, PaymentDto } from '../../api/models';
import { FinanceService } from '../../api/services';
import { MoneyAccountPicker } from '../finance-pickers';
import { FormErrors } from '../form-errors';
import { defaultPaymentAmount } from '../money-math';

/**
 * "Record payment" on an invoice: money came into a cash desk or bank account from the invoice's client. The amount
 * starts at what is due; more than that is allocated up to the amount due and the rest stays the client's advance.
 */
@Component({
  selector: 'app-record-payment-dialog',
  imports: [FormsModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatButtonModule, TranslocoPipe, MoneyAccountPicker],
  templateUrl: './record-payment.dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .fields { display: flex; flex-direction: column; gap: 16px; min-width: min(420px, 80vw); padding-top: 8px; }
    .banner { padding: 8px 12px; border-radius: 8px; background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
    .line-error { color: var(--mat-sys-error); }
  `,
})
export class RecordPaymentDialog {
  private readonly finance = inject(FinanceService);
  private readonly ref = inject<MatDialogRef<RecordPaymentDialog, PaymentDto>>(MatDialogRef);
  private readonly transloco = inject(TranslocoService);
  protected readonly invoice = inject<InvoiceDto>(MAT_DIALOG_DATA);
  protected readonly form = new FormErrors(this.transloco, ['accountId', 'amount', 'date', 'purpose']);
  protected readonly saving = signal(false);
  protected accountId = '';
  protected amount: number | null = defaultPaymentAmount(this.invoice);
  protected date = '';
  protected purpose = this.transloco.translate<string>('finance.recordPayment.title', { number: this.invoice.number ?? '' });

  protected async save(): Promise<void> {
    if (!this.accountId) {
      this.form.require('accountId');
      return;
    }
    const amount = Number(this.amount);
    if (!(amount > 0)) {
      this.form.require('amount');
      return;
    }
    this.saving.set(true);
    this.form.clear();
    try {
      const payment = await firstValueFrom(
        this.finance.createPayment({
          body: {
            direction: 'incoming',
            accountId: this.accountId,
            amount,
            date: this.date || null,
            companyId: this.invoice.companyId,
            purpose: this.purpose.trim() || null,
            allocations: [{ invoiceId: this.invoice.id, amount: Math.min(amount, defaultPaymentAmount(this.invoice)) }],
          },
        }),
      );
      this.ref.close(payment);
    } catch (error) {
      this.form.fail(error);
    } finally {
      this.saving.set(false);
    }
  }
}
