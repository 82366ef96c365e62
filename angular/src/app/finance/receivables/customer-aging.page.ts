import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, forkJoin, map, of } from 'rxjs';
import { AmountPipe, DayPipe } from '../../shared/formats/format.pipes';
import { AgingInvoiceDto } from '../../api/models';
import { FinanceService } from '../../api/services';
import { reportData, reportQuery } from '../reports/report-query';
import { dayFrom, isDay } from '../../shared/period/report-period';
import { sumMoney } from '../reports/report-tables';

/** One customer's open invoices as of a day: what they owe, how late, in which bucket; an invoice opens its card. */
@Component({
  selector: 'app-customer-aging-page',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, RouterLink, TranslocoPipe, AmountPipe, DayPipe],
  templateUrl: './customer-aging.page.html',
  styleUrl: '../reports/report.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CustomerAgingPage {
  private readonly api = inject(FinanceService);
  private readonly router = inject(Router);
  private readonly query = reportQuery();
  /** The route's `:companyId`. */
  readonly companyId = input.required<string>();

  protected readonly asOf = computed(() => {
    const today = this.query.today();
    return today ? dayFrom(this.query.params().get('asOf'), today) : undefined;
  });
  protected readonly report = reportData(
    () => (this.asOf() ? { companyId: this.companyId(), asOf: this.asOf() } : undefined),
    (p) =>
      forkJoin({
        // The name is for the title only: without it the invoices still show.
        companyName: this.api.getCustomer({ id: p.companyId }).pipe(
          map((c) => c.name),
          catchError(() => of(null)),
        ),
        invoices: this.api.getReceivablesAgingOfCompany(p),
      }),
  );
  protected readonly totals = computed(() => {
    const invoices = this.report.value()?.invoices ?? [];
    return { total: sumMoney(invoices.map((i) => i.total)), paid: sumMoney(invoices.map((i) => i.paid)), due: sumMoney(invoices.map((i) => i.due)) };
  });

  protected setAsOf(value: string): void {
    if (isDay(value)) this.query.set({ asOf: value });
  }

  protected open(invoice: AgingInvoiceDto): void {
    void this.router.navigate(['/finance/invoices', invoice.invoiceId]);
  }
}
