import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { DayPipe, MoneyPipe } from '../../shared/formats/format.pipes';
import { StatusPipe } from '../../shared/formats/status.pipe';
import { ListTable } from '../../shared/list/list-table';
import { ListToolbar } from '../../shared/list/list-toolbar';
import { chosen, flag, pagedList } from '../../shared/list/paged-list';
import { PaymentDirection, PaymentDto } from '../../api/models';
import { FinanceService } from '../../api/services';
import { CustomerPicker, MoneyAccountPicker } from '../finance-pickers';

const FILTERS = { direction: '', accountId: '', companyId: '', from: '', to: '', unallocated: '' };

/** Money in and out of our cash desks and bank accounts, with what is still unallocated (a client's advance). */
@Component({
  selector: 'app-payment-list-page',
  imports: [
    FormsModule,
    RouterLink,
    MatTableModule,
    MatSortModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatCheckboxModule,
    MatButtonModule,
    TranslocoPipe,
    MoneyPipe,
    DayPipe,
    StatusPipe,
    ListToolbar,
    ListTable,
    CustomerPicker,
    MoneyAccountPicker,
  ],
  templateUrl: './payment-list.page.html',
  styleUrl: '../finance.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaymentListPage {
  private readonly finance = inject(FinanceService);
  private readonly router = inject(Router);
  protected readonly canEdit = inject(AuthService).hasPermission(Permissions.Finance.PaymentsEdit);
  protected readonly flag = flag;
  protected readonly directions: readonly PaymentDirection[] = ['incoming', 'outgoing'];
  protected readonly columns = ['number', 'date', 'direction', 'account', 'client', 'article', 'status', 'amount', 'unallocated'];
  protected readonly list = pagedList<PaymentDto, typeof FILTERS>({
    filters: FILTERS,
    load: (request, filters) =>
      this.finance.getPayments({ ...request, ...chosen(filters), unallocated: filters.unallocated === 'true' || undefined }),
  });

  protected open(payment: PaymentDto): void {
    void this.router.navigate(['/finance/payments', payment.id]);
  }
}
