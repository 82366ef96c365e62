import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { statusOf } from '../../core/http/problem-details';
import { confirm } from '../../shared/confirm-dialog';
import { FORMAT_PIPES } from '../../shared/formats/format.pipes';
import { StatusPipe } from '../../shared/formats/status.pipe';
import { InvoiceListItemDto, PaymentDirection, PaymentDto } from '../../api/models';
import { FinanceService } from '../../api/services';
import { ArticlePicker, CustomerPicker, MoneyAccountPicker } from '../finance-pickers';
import { FormErrors } from '../form-errors';
import { spreadPayment } from '../money-math';

const OPEN: readonly string[] = ['issued', 'partiallyPaid'];

/**
 * A payment: a new one (incoming or outgoing, with its account, counterparty, article and, for a client's money,
 * the open invoices it pays; the rest stays an advance), or a posted one with its allocations and "Cancel".
 */
@Component({
  selector: 'app-payment-form-page',
  imports: [
    FormsModule,
    RouterLink,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatButtonToggleModule,
    TranslocoPipe,
    FORMAT_PIPES,
    StatusPipe,
    MoneyAccountPicker,
    CustomerPicker,
    ArticlePicker,
  ],
  templateUrl: './payment-form.page.html',
  styleUrl: '../finance.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaymentFormPage implements OnInit {
  private readonly finance = inject(FinanceService);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly canEdit = inject(AuthService).hasPermission(Permissions.Finance.PaymentsEdit);
  protected readonly seesInvoices = inject(AuthService).hasPermission(Permissions.Finance.Invoices);

  /** Route parameter: a posted payment to show; none for a new one. */
  readonly id = input<string>();
  protected readonly payment = signal<PaymentDto | null>(null);
  protected readonly notFound = signal(false);
  protected readonly saving = signal(false);
  protected readonly form = new FormErrors(this.transloco, ['accountId', 'direction', 'date', 'amount', 'companyId', 'categoryId', 'purpose', 'allocations']);

  protected readonly direction = signal<PaymentDirection>('incoming');
  protected accountId = '';
  protected date = '';
  protected readonly amount = signal<string>('');
  protected readonly companyId = signal('');
  protected categoryId = '';
  protected purpose = '';
  protected readonly openInvoices = signal<InvoiceListItemDto[]>([]);
  protected readonly allocations = signal<Record<string, string>>({});
  protected readonly allocated = computed(() =>
    Object.values(this.allocations()).reduce((sum, v) => sum + Math.round((Number(v) || 0) * 100), 0) / 100,
  );
  protected readonly advance = computed(() => Math.round(((Number(this.amount()) || 0) - this.allocated()) * 100) / 100);

  async ngOnInit(): Promise<void> {
    const id = this.id();
    if (!id) return;
    try {
      this.payment.set(await firstValueFrom(this.finance.getPayment({ id })));
    } catch (error) {
      if (statusOf(error) === 404) this.notFound.set(true);
      else this.form.fail(error);
    }
  }

  protected setDirection(direction: PaymentDirection): void {
    this.direction.set(direction);
    this.categoryId = '';
    if (direction === 'outgoing') this.allocations.set({});
    else void this.loadOpenInvoices();
  }

  protected async clientChanged(companyId: string): Promise<void> {
    this.companyId.set(companyId);
    this.allocations.set({});
    await this.loadOpenInvoices();
  }

  /** The client's open invoices, oldest first: what this money may pay. */
  private async loadOpenInvoices(): Promise<void> {
    const companyId = this.companyId();
    if (!companyId || this.direction() !== 'incoming') {
      this.openInvoices.set([]);
      return;
    }
    const page = await firstValueFrom(this.finance.getInvoices({ companyId, sorting: 'issueDate asc', maxResultCount: 100 }));
    this.openInvoices.set(page.items.filter((i) => OPEN.includes(i.status)));
  }

  protected setAllocation(invoiceId: string, value: string): void {
    this.allocations.update((a) => ({ ...a, [invoiceId]: value }));
  }

  /** Pays the open invoices oldest first with the amount entered. */
  protected spread(): void {
    const spread = spreadPayment(Number(this.amount()) || 0, this.openInvoices());
    this.allocations.set(Object.fromEntries(Object.entries(spread).map(([id, amount]) => [id, amount ? String(amount) : ''])));
  }

  protected async save(): Promise<void> {
    if (!this.accountId) {
      this.form.require('accountId');
      return;
    }
    if (!(Number(this.amount()) > 0)) {
      this.form.require('amount');
      return;
    }
    this.saving.set(true);
    this.form.clear();
    const allocations = Object.entries(this.allocations())
      .filter(([, v]) => Number(v) > 0)
      .map(([invoiceId, v]) => ({ invoiceId, amount: Number(v) }));
    try {
      const payment = await firstValueFrom(
        this.finance.createPayment({
          body: {
            direction: this.direction(),
            accountId: this.accountId,
            date: this.date || null,
            amount: Number(this.amount()),
            companyId: this.companyId() || null,
            categoryId: this.categoryId || null,
            purpose: this.purpose.trim() || null,
            allocations: this.direction() === 'incoming' && allocations.length ? allocations : null,
          },
        }),
      );
      this.snackBar.open(this.transloco.translate('finance.payment.saved'), undefined, { duration: 3000 });
      await this.router.navigate(['/finance/payments', payment.id]);
    } catch (error) {
      this.form.fail(error);
    } finally {
      this.saving.set(false);
    }
  }

  protected async cancel(): Promise<void> {
    const payment = this.payment();
    if (!payment || !(await confirm(this.dialog, this.transloco.translate('finance.payment.confirmCancel', { number: payment.number })))) return;
    try {
      this.payment.set(await firstValueFrom(this.finance.cancelPayment({ id: payment.id })));
      this.snackBar.open(this.transloco.translate('finance.payment.cancelled'), undefined, { duration: 3000 });
    } catch (error) {
      this.form.fail(error);
    }
  }
}
