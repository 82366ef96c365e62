import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
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
import { InvoiceListItemDto, InvoiceStatus } from '../../api/models';
import { FinanceService } from '../../api/services';
import { CustomerPicker, FinanceDealPicker } from '../finance-pickers';

const FILTERS = { status: '', companyId: '', dealId: '', overdue: '', from: '', to: '' };

/** Invoices the user may see (sales: of their own clients and deals), the overdue ones in red. */
@Component({
  selector: 'app-invoice-list-page',
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
    FinanceDealPicker,
  ],
  templateUrl: './invoice-list.page.html',
  styleUrl: '../finance.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvoiceListPage {
  private readonly finance = inject(FinanceService);
  private readonly router = inject(Router);
  protected readonly canEdit = inject(AuthService).hasPermission(Permissions.Finance.InvoicesEdit);
  protected readonly flag = flag;
  protected readonly statuses: readonly InvoiceStatus[] = ['draft', 'issued', 'partiallyPaid', 'paid', 'cancelled'];
  protected readonly columns = ['number', 'issueDate', 'client', 'deal', 'owner', 'status', 'dueDate', 'total', 'amountDue'];
  protected readonly list = pagedList<InvoiceListItemDto, typeof FILTERS>({
    filters: FILTERS,
    load: (request, filters) => this.finance.getInvoices({ ...request, ...chosen(filters), overdue: filters.overdue === 'true' || undefined }),
  });
  /** Deals have no lookup by id: a deal filter from a link takes its title from the rows it found. */
  protected readonly dealTitle = computed(() => {
    const id = this.list.filters().dealId;
    return (id && this.list.rows().find((r) => r.dealId === id)?.dealTitle) || null;
  });

  protected open(invoice: InvoiceListItemDto): void {
    void this.router.navigate(['/finance/invoices', invoice.id]);
  }
}
