import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { AmountPipe } from '../../shared/formats/format.pipes';
import { MonthName } from './month-name.pipe';
import { MonthlyLine } from './report-tables';

/** A section of a monthly table: an optional heading row, then its lines. */
export interface MonthlySection {
  readonly heading?: string;
  readonly lines: readonly MonthlyLine[];
}

/** Lines × months with the period's total last: the body of the P&L and the cash flow. Amounts in roubles, the header says so. */
@Component({
  selector: 'app-monthly-table',
  imports: [TranslocoPipe, AmountPipe, MonthName],
  templateUrl: './monthly-table.html',
  styleUrl: './report.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MonthlyTable {
  readonly months = input.required<readonly string[]>();
  readonly sections = input.required<readonly MonthlySection[]>();
  readonly testid = input('monthly');
}
