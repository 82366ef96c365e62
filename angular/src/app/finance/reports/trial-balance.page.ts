import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiConfiguration } from '../../api/api-configuration';
import { downloadFile } from '../../shared/download';
import { AmountPipe } from '../../shared/formats/format.pipes';
import { exportTrialBalance } from '../../api/fn/finance/export-trial-balance';
import { FinanceService } from '../../api/services';
import { PeriodBar } from '../../shared/period/period-bar';
import { reportData, reportQuery } from './report-query';
import { currentMonth, Period, periodFrom } from '../../shared/period/report-period';
import { isBalanced, trialBalanceLines } from './report-tables';

/**
 * The trial balance (оборотно-сальдовая ведомость): each account's opening balance, the period's debit and credit
 * turnovers and the closing balance, in the six columns accountants read; the totals row shows debit = credit.
 */
@Component({
  selector: 'app-trial-balance-page',
  imports: [MatButtonModule, MatProgressBarModule, TranslocoPipe, AmountPipe, PeriodBar],
  templateUrl: './trial-balance.page.html',
  styleUrl: './report.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrialBalancePage {
  private readonly api = inject(FinanceService);
  private readonly http = inject(HttpClient);
  private readonly root = inject(ApiConfiguration).rootUrl;
  private readonly query = reportQuery();

  protected readonly period = computed<Period | undefined>(() => {
    const today = this.query.today();
    return today ? periodFrom(this.query.params(), currentMonth(today)) : undefined;
  });
  protected readonly report = reportData(this.period, (p) => this.api.getTrialBalance(p));
  protected readonly lines = computed(() => trialBalanceLines(this.report.value()?.rows ?? []));
  protected readonly balanced = computed(() => {
    const totals = this.report.value()?.totals;
    return totals ? isBalanced(totals) : false;
  });

  protected setPeriod(p: Period): void {
    this.query.set(p);
  }

  protected exportXlsx(): void {
    const p = this.period();
    if (p) void downloadFile(this.http, this.root + exportTrialBalance.PATH, { ...p });
  }
}
