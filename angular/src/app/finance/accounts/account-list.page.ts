import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { MoneyAccountDto } from '../../api/models';
import { FinanceService } from '../../api/services';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { MoneyPipe } from '../../shared/formats/format.pipes';
import { ListTable } from '../../shared/list/list-table';
import { ListToolbar } from '../../shared/list/list-toolbar';
import { flag, pagedList } from '../../shared/list/paged-list';
import { clientPage } from '../client-page';

const FILTERS = { archived: '' };

/** Our cash desks and bank accounts with their balances (each always equal to the ledger). */
@Component({
  selector: 'app-account-list-page',
  imports: [RouterLink, MatTableModule, MatSortModule, MatButtonModule, MatCheckboxModule, TranslocoPipe, MoneyPipe, ListToolbar, ListTable],
  templateUrl: './account-list.page.html',
  styleUrl: '../finance.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountListPage {
  private readonly finance = inject(FinanceService);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  protected readonly canManage = this.auth.hasPermission(Permissions.Finance.SettingsManage);
  protected readonly canPay = this.auth.hasPermission(Permissions.Finance.PaymentsEdit);
  protected readonly flag = flag;
  protected readonly columns = ['name', 'kind', 'bank', 'accountNumber', 'balance'];
  protected readonly list = pagedList<MoneyAccountDto, typeof FILTERS>({
    filters: FILTERS,
    load: (request, filters) =>
      this.finance
        .getMoneyAccounts({ includeArchived: filters.archived === 'true' })
        .pipe(map((accounts) => clientPage(accounts, request, (a) => [a.name, a.bankName, a.accountNumber].join(' ')))),
  });

  protected open(a: MoneyAccountDto): void {
    void this.router.navigate(['/finance/accounts', a.id]);
  }
}
