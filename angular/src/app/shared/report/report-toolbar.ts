import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { PeriodBar } from '../period/period-bar';
import { Period } from '../period/report-period';

/**
 * The top of a report page, written once: the title and the XLSX export, the filter bar (the period when the page
 * passes one, then whatever filters the page puts inside), and the loading bar or the "could not load" line.
 */
@Component({
  selector: 'app-report-toolbar',
  imports: [MatButtonModule, MatProgressBarModule, TranslocoPipe, PeriodBar],
  template: `
    <header class="report-header">
      <h1 data-testid="page-title">{{ heading() | transloco }}</h1>
      <div class="report-actions">
        <ng-content select="[reportActions]" />
        @if (exportTestId(); as testId) {
          <button mat-stroked-button type="button" (click)="exported.emit()" [disabled]="!canExport()" [attr.data-testid]="testId">
            {{ 'report.export' | transloco }}
          </button>
        }
      </div>
    </header>
    <div class="report-filters">
      @if (period(); as p) {
        <app-period-bar [period]="p" (changed)="periodChanged.emit($event)" />
      }
      <ng-content />
    </div>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" />
    }
    @if (failed()) {
      <p class="report-failed" role="alert" data-testid="report-failed">{{ failedText() | transloco }}</p>
    }
  `,
  styles: `
    :host { display: block; }
    .report-header { display: flex; align-items: center; justify-content: space-between; gap: 16px; flex-wrap: wrap; margin-bottom: 8px; }
    .report-actions { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
    .report-filters { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; margin-bottom: 16px; }
    .report-filters:empty { display: none; }
    .report-failed { color: var(--mat-sys-error); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportToolbar {
  /** The page's title, a translation key. */
  readonly heading = input.required<string>();
  /** The export button's test id; none: the report has no export. */
  readonly exportTestId = input<string>();
  /** False until the filters are known (the company's today has not arrived yet). */
  readonly canExport = input(true);
  /** The period to show in the filter bar; none: the page's own filters carry it. */
  readonly period = input<Period>();
  readonly loading = input(false);
  readonly failed = input(false);
  /** What "could not load" says, a translation key. */
  readonly failedText = input('report.loadFailed');
  readonly exported = output<void>();
  readonly periodChanged = output<Period>();
}
