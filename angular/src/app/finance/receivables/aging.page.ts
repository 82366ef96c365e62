import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiConfiguration } from '../../api/api-configuration';
import { downloadFile } from '../../shared/download';
import { AmountPipe, DayPipe } from '../../shared/formats/format.pipes';
import { exportReceivablesAging } from '../../api/fn/finance/export-receivables-aging';
import { AgingRowDto } from '../../api/models';
import { FinanceService } from '../../api/services';
import { reportData, reportQuery } from '../reports/report-query';
import { dayFrom, isDay } from '../../shared/period/report-period';
import { AGING_BUCKETS } from './aging';

/** Receivables by customer as of a day, in buckets of days past due; a customer opens their invoices. */
@Component({
  selector: 'app-aging-page',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, TranslocoPipe, AmountPipe, DayPipe],
  templateUrl: './aging.page.html',
  styleUrl: '../reports/report.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgingPage {
  private readonly api = inject(FinanceService);
  private readonly http = inject(HttpClient);
  private readonly root = inject(ApiConfiguration).rootUrl;
  private readonly router = inject(Router);
  private readonly query = reportQuery();
  protected readonly buckets = AGING_BUCKETS;

  protected readonly asOf = computed(() => {
    const today = this.query.today();
    return today ? dayFrom(this.query.params().get('asOf'), today) : undefined;
  });
  protected readonly report = reportData(
    () => (this.asOf() ? { asOf: this.asOf() } : undefined),
    (p) => this.api.getReceivablesAging(p),
  );

  protected setAsOf(value: string): void {
    if (isDay(value)) this.query.set({ asOf: value });
  }

  protected open(row: AgingRowDto): void {
    void this.router.navigate(['/finance/receivables', row.companyId], { queryParams: { asOf: this.asOf() } });
  }

  protected exportXlsx(): void {
    const asOf = this.asOf();
    if (asOf) void downloadFile(this.http, this.root + exportReceivablesAging.PATH, { asOf });
  }
}
