import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom, map } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { problemOf } from '../../core/http/problem-details';
import { AmountPipe, DayPipe } from '../../shared/formats/format.pipes';
import { ListTable } from '../../shared/list/list-table';
import { ListToolbar } from '../../shared/list/list-toolbar';
import { pagedList } from '../../shared/list/paged-list';
import { PickerSearch } from '../../shared/pickers/picker';
import { MoneyAccountPicker, moneyAccountItem } from '../finance-pickers';
import { BankStatementLineDto, ImportResultDto, MoneyAccountDto } from '../../api/models';
import { FinanceService } from '../../api/services';
import { Permissions } from '../../core/auth/permissions';
import { AssignLineDialog } from './assign-line.dialog';
import { MatchLineDialog } from './match-line.dialog';

/** The review list's filter: '' is the lines still waiting for the accountant. */
const FILTERS = { status: '' };

/**
 * Bank statements: upload a 1CClientBankExchange file for one of our bank accounts, see what it brought (new lines,
 * duplicates of lines imported before, lines matched to invoices), then review the lines that wait: match an incoming
 * one to a customer's invoices, or book a line to an article.
 */
@Component({
  selector: 'app-statements-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    TranslocoPipe,
    AmountPipe,
    DayPipe,
    ListTable,
    ListToolbar,
    MoneyAccountPicker,
  ],
  templateUrl: './statements.page.html',
  styleUrls: ['../reports/report.scss', './statements.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatementsPage {
  private readonly api = inject(FinanceService);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  protected readonly canEdit = inject(AuthService).hasPermission(Permissions.Finance.PaymentsEdit);

  protected accountId = '';
  /** A statement comes from a bank: the picker offers our bank accounts in use, not the cash desks. */
  protected readonly bankAccounts: PickerSearch<MoneyAccountDto> = (text) =>
    this.api.getMoneyAccounts().pipe(
      map((accounts) =>
        accounts
          .filter((a) => a.kind === 'bank' && !a.isArchived)
          .filter((a) => !text || [a.name, a.bankName, a.accountNumber].some((v) => (v ?? '').toLocaleLowerCase().includes(text.toLocaleLowerCase())))
          .map(moneyAccountItem),
      ),
    );
  protected readonly file = signal<File | null>(null);
  protected readonly importing = signal(false);
  protected readonly result = signal<ImportResultDto | null>(null);
  protected readonly importError = signal<string | null>(null);

  protected readonly columns = ['date', 'number', 'counterparty', 'taxId', 'amount', 'purpose', 'status', 'actions'];
  protected readonly list = pagedList<BankStatementLineDto, typeof FILTERS>({
    filters: FILTERS,
    pageSize: 50,
    load: (request, f) => this.api.getBankStatementLines({ ...request, status: f.status || 'unmatched' }),
  });
  protected readonly waiting = computed(() => (this.list.filters().status || 'unmatched') === 'unmatched');

  protected chooseFile(input: HTMLInputElement): void {
    this.file.set(input.files?.[0] ?? null);
    this.result.set(null);
    this.importError.set(null);
  }

  protected async importFile(): Promise<void> {
    const file = this.file();
    if (!file || !this.accountId) return;
    this.importing.set(true);
    this.importError.set(null);
    try {
      this.result.set(await firstValueFrom(this.api.importBankStatement({ body: { file, accountId: this.accountId } })));
      this.list.reload();
    } catch (e) {
      const p = problemOf(e);
      this.importError.set(p?.detail ?? p?.title ?? this.transloco.translate('financeReports.statements.importFailed'));
    } finally {
      this.importing.set(false);
    }
  }

  protected async match(line: BankStatementLineDto): Promise<void> {
    const ref = this.dialog.open<MatchLineDialog, BankStatementLineDto, boolean>(MatchLineDialog, { data: line, width: '760px', maxWidth: '96vw' });
    if (await firstValueFrom(ref.afterClosed())) this.list.reload();
  }

  protected async assign(line: BankStatementLineDto): Promise<void> {
    const ref = this.dialog.open<AssignLineDialog, BankStatementLineDto, boolean>(AssignLineDialog, { data: line, width: '560px', maxWidth: '96vw' });
    if (await firstValueFrom(ref.afterClosed())) this.list.reload();
  }
}
