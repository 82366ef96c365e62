import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { problemOf } from '../../core/http/problem-details';
import { DayPipe, MoneyPipe } from '../../shared/formats/format.pipes';
import { ArticlePicker, CustomerPicker } from '../finance-pickers';
import { BankStatementLineDto } from '../../api/models';
import { FinanceService } from '../../api/services';

/**
 * Books a bank line that pays no invoice to an article: income for money in (a loan, interest), expense for money
 * out (rent, taxes, a supplier); the customer is optional (a refund to one).
 */
@Component({
  selector: 'app-assign-line-dialog',
  imports: [FormsModule, MatButtonModule, MatDialogModule, TranslocoPipe, DayPipe, MoneyPipe, ArticlePicker, CustomerPicker],
  templateUrl: './assign-line.dialog.html',
  styleUrl: './statements.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssignLineDialog {
  private readonly api = inject(FinanceService);
  private readonly transloco = inject(TranslocoService);
  private readonly ref = inject<MatDialogRef<AssignLineDialog, boolean>>(MatDialogRef);
  protected readonly line = inject<BankStatementLineDto>(MAT_DIALOG_DATA);
  protected readonly kind = this.line.direction === 'incoming' ? 'income' : 'expense';

  protected categoryId = '';
  protected companyId = '';
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async save(): Promise<void> {
    if (!this.categoryId) return;
    this.saving.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(
        this.api.assignBankStatementLine({ id: this.line.id, body: { categoryId: this.categoryId, companyId: this.companyId || null } }),
      );
      this.ref.close(true);
    } catch (e) {
      const p = problemOf(e);
      this.error.set(p?.detail ?? p?.title ?? this.transloco.translate('financeReports.saveFailed'));
    } finally {
      this.saving.set(false);
    }
  }
}
