import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { MoneyAccountDto, MoneyAccountKind } from '../../api/models';
import { FinanceService } from '../../api/services';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { statusOf } from '../../core/http/problem-details';
import { confirm } from '../../shared/confirm-dialog';
import { MoneyPipe } from '../../shared/formats/format.pipes';
import { FormErrors } from '../form-errors';

/** A cash desk or a bank account: its name and, for a bank account, the requisites printed on invoices. */
@Component({
  selector: 'app-account-form-page',
  imports: [FormsModule, RouterLink, MatFormFieldModule, MatInputModule, MatSelectModule, MatCheckboxModule, MatButtonModule, TranslocoPipe, MoneyPipe],
  templateUrl: './account-form.page.html',
  styleUrl: '../finance.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountFormPage implements OnInit {
  private readonly finance = inject(FinanceService);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly canManage = inject(AuthService).hasPermission(Permissions.Finance.SettingsManage);

  readonly id = input<string>();
  protected readonly isNew = computed(() => !this.id());
  protected readonly loaded = signal<MoneyAccountDto | null>(null);
  protected readonly saving = signal(false);
  protected readonly notFound = signal(false);
  protected readonly form = new FormErrors(this.transloco, ['name', 'kind', 'bankName', 'bic', 'accountNumber', 'correspondentAccount']);
  protected name = '';
  protected readonly kind = signal<MoneyAccountKind>('bank');
  protected bankName = '';
  protected bic = '';
  protected accountNumber = '';
  protected correspondentAccount = '';
  protected isMain = false;
  protected isArchived = false;

  async ngOnInit(): Promise<void> {
    const id = this.id();
    if (!id) return;
    try {
      const a = await firstValueFrom(this.finance.getMoneyAccount({ id }));
      this.loaded.set(a);
      this.name = a.name;
      this.kind.set(a.kind);
      this.bankName = a.bankName ?? '';
      this.bic = a.bic ?? '';
      this.accountNumber = a.accountNumber ?? '';
      this.correspondentAccount = a.correspondentAccount ?? '';
      this.isMain = a.isMain;
      this.isArchived = a.isArchived;
    } catch (error) {
      if (statusOf(error) === 404) this.notFound.set(true);
      else this.form.fail(error);
    }
  }

  protected async save(): Promise<void> {
    if (!this.name.trim()) {
      this.form.require('name');
      return;
    }
    this.saving.set(true);
    this.form.clear();
    const bank = this.kind() === 'bank';
    const body = {
      name: this.name.trim(),
      kind: this.kind(),
      bankName: bank ? this.bankName.trim() || null : null,
      bic: bank ? this.bic.trim() || null : null,
      accountNumber: bank ? this.accountNumber.trim() || null : null,
      correspondentAccount: bank ? this.correspondentAccount.trim() || null : null,
      isMain: bank && this.isMain,
      isArchived: this.isArchived,
      concurrencyStamp: this.loaded()?.concurrencyStamp,
    };
    try {
      const loaded = this.loaded();
      if (loaded) await firstValueFrom(this.finance.updateMoneyAccount({ id: loaded.id, body }));
      else await firstValueFrom(this.finance.createMoneyAccount({ body }));
      this.snackBar.open(this.transloco.translate('finance.saved'), undefined, { duration: 3000 });
      await this.router.navigate(['/finance/accounts']);
    } catch (error) {
      this.form.fail(error);
    } finally {
      this.saving.set(false);
    }
  }

  protected async delete(): Promise<void> {
    const a = this.loaded();
    if (!a || !(await confirm(this.dialog, this.transloco.translate('finance.accounts.confirmDelete', { name: a.name })))) return;
    try {
      await firstValueFrom(this.finance.deleteMoneyAccount({ id: a.id }));
      this.snackBar.open(this.transloco.translate('finance.deleted'), undefined, { duration: 3000 });
      await this.router.navigate(['/finance/accounts']);
    } catch (error) {
      this.form.fail(error);
    }
  }
}
