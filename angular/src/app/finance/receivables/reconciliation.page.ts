import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiConfiguration } from '../../api/api-configuration';
import { downloadFile } from '../../shared/download';
import { AmountPipe, DayPipe, MoneyPipe } from '../../shared/formats/format.pipes';
import { CustomerPicker } from '../finance-pickers';
import { exportReconciliationStatement } from '../../api/fn/finance/export-reconciliation-statement';
import { FinanceService } from '../../api/services';
import { PeriodBar } from '../../shared/period/period-bar';
import { reportData, reportQuery } from '../reports/report-query';
import { Period, periodFrom, yearToDate } from '../../shared/period/report-period';
import { balanceSides } from '../reports/report-tables';

/**
 * The reconciliation statement (акт сверки) with one customer for a period: the opening balance, invoices (debit)
 * and payments (credit) in date order, the turnovers and the closing balance, as we see it; positive means they owe us.
 */
@Component({
  selector: 'app-reconciliation-page',
  imports: [FormsModule, MatButtonModule, MatProgressBarModule, TranslocoPipe, AmountPipe, DayPipe, MoneyPipe, CustomerPicker, PeriodBar],
  templateUrl: './reconciliation.page.html',
  styleUrl: '../reports/report.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReconciliationPage {
  private readonly api = inject(FinanceService);
  private readonly http = inject(HttpClient);
  private readonly root = inject(ApiConfiguration).rootUrl;
  private readonly query = reportQuery();

  protected readonly companyId = computed(() => this.query.params().get('companyId') ?? '');
  protected readonly period = computed<Period | undefined>(() => {
    const today = this.query.today();
    return today ? periodFrom(this.query.params(), yearToDate(today)) : undefined;
  });
  protected readonly report = reportData(
    () => {
      const p = this.period();
      const companyId = this.companyId();
      return p && companyId ? { companyId, ...p } : undefined;
    },
    (p) => this.api.getReconciliationStatement(p),
  );
  protected readonly opening = computed(() => balanceSides(this.report.value()?.openingBalance));
  protected readonly closing = computed(() => balanceSides(this.report.value()?.closingBalance));

  protected setCompany(companyId: string): void {
    this.query.set({ companyId: companyId || null });
  }

  protected setPeriod(p: Period): void {
    this.query.set(p);
  }

  protected exportXlsx(): void {
    const p = this.period();
    const companyId = this.companyId();
    if (p && companyId) void downloadFile(this.http, this.root + exportReconciliationStatement.PATH, { companyId, ...p });
  }
}
