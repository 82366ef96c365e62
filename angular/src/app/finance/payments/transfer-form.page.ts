import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { FinanceService } from '../../api/services';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { MoneyAccountPicker } from '../finance-pickers';
import { FormErrors } from '../form-errors';

/** Money moved between two of our own accounts (cash to bank, bank to bank): neither income nor expense. */
@Component({
  selector: 'app-transfer-form-page',
  imports: [FormsModule, RouterLink, MatFormFieldModule, MatInputModule, MatButtonModule, TranslocoPipe, MoneyAccountPicker],
  templateUrl: './transfer-form.page.html',
  styleUrl: '../finance.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TransferFormPage {
  private readonly finance = inject(FinanceService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly saving = signal(false);
  protected readonly form = new FormErrors(this.transloco, ['fromAccountId', 'toAccountId', 'date', 'amount', 'purpose']);
  protected fromAccountId = '';
  protected toAccountId = '';
  protected date = '';
  protected amount: number | null = null;
  protected purpose = '';

  protected async save(): Promise<void> {
    for (const field of ['fromAccountId', 'toAccountId'] as const) {
      if (!this[field]) {
        this.form.require(field);
        return;
      }
    }
    if (!(Number(this.amount) > 0)) {
      this.form.require('amount');
      return;
    }
    this.saving.set(true);
    this.form.clear();
    try {
      await firstValueFrom(
        this.finance.createTransfer({
          body: {
            fromAccountId: this.fromAccountId,
            toAccountId: this.toAccountId,
            date: this.date || null,
            amount: Number(this.amount),
            purpose: this.purpose.trim() || null,
          },
        }),
      );
      this.snackBar.open(this.transloco.translate('finance.transfer.saved'), undefined, { duration: 3000 });
      await this.router.navigate(['/finance/accounts']);
    } catch (error) {
      this.form.fail(error);
    } finally {
      this.saving.set(false);
    }
  }
}
