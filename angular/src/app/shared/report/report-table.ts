import { ChangeDetectionStrategy, Component, input, ViewEncapsulation } from '@angular/core';

/**
 * A report's table, written once: the page gives the header and body rows; the block frames them, keeps the header
 * in sight, lines up the numbers (cells with class `num`) and lets a wide table scroll sideways inside its frame
 * rather than widen the page. Class `label-col` marks the cell that names the row; `strong` rows and `tfoot` are totals.
 */
@Component({
  selector: 'app-report-table',
  template: `
    <div class="report-table-wrap">
      <table class="report-table" [attr.data-testid]="testid()">
        <ng-content />
      </table>
    </div>
  `,
  styleUrl: './report-table.scss',
  // The rows come from the page; their cells are styled here, so the styles cannot be scoped to this template.
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportTable {
  readonly testid = input<string>();
}
