import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { Params } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, map, of, switchMap } from 'rxjs';
import { CrmService } from '../../api/services';
import { PeriodBar } from '../../shared/period/period-bar';
import { currentMonth, Period, periodFrom } from '../../shared/period/report-period';
import { OwnerPicker } from '../../shared/pickers/crm-pickers';

/**
 * The filter bar of the leads' and activities' reports: the period, the manager (a picker) and the source. A change
 * is passed on as the URL parameters to merge (null removes one), so the page's figures follow the URL.
 */
@Component({
  selector: 'app-lead-report-filters',
  imports: [PeriodBar, OwnerPicker, ReactiveFormsModule, MatFormFieldModule, MatSelectModule, TranslocoPipe],
  template: `
    <app-period-bar [period]="period()" (changed)="changed.emit({ from: $event.from, to: $event.to })" />
    <app-owner-picker [formControl]="owner" testId="report-owner" [label]="'leadReports.manager' | transloco" [currentName]="ownerName()" />
    @if (withSource()) {
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'leadReports.source' | transloco }}</mat-label>
        <mat-select [value]="sourceId()" (selectionChange)="changed.emit({ sourceId: $event.value })" data-testid="report-source">
          <mat-option [value]="null">{{ 'leadReports.anySource' | transloco }}</mat-option>
          @for (s of sources(); track s.id) {
            <mat-option [value]="s.id">{{ s.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    }
  `,
  styles: `
    :host { display: contents; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LeadReportFilters {
  private readonly crm = inject(CrmService);

  readonly period = input.required<Period>();
  readonly ownerId = input<string | null>(null);
  /** The chosen manager's name, from the report's rows: Crm has no lookup of one person by id. */
  readonly ownerName = input<string | null>(null);
  readonly sourceId = input<string | null>(null);
  readonly withSource = input(true);
  readonly changed = output<Params>();

  protected readonly owner = new FormControl<string | null>(null);
  /** Asked for only when the bar shows a source (the activities report has none). */
  protected readonly sources = toSignal(
    toObservable(this.withSource).pipe(
      switchMap((shown) =>
        shown
          ? this.crm.getSources({ maxResultCount: 1000 }).pipe(
              map((page) => page.items),
              catchError(() => of([])),
            )
          : of([]),
      ),
    ),
    { initialValue: [] },
  );

  constructor() {
    // Written again when the name arrives with the report, so the box shows the manager's name rather than nothing.
    effect(() => {
      this.ownerName();
      this.owner.setValue(this.ownerId(), { emitEvent: false });
    });
    this.owner.valueChanges.pipe(takeUntilDestroyed()).subscribe((id) => this.changed.emit({ ownerId: id || null }));
  }
}

/** The filters of a report page from its URL: the period (the company's current month by default), manager and source. */
export interface LeadReportFilterValues extends Period {
  ownerId: string | null;
  sourceId: string | null;
}

/** The filters as the generated client's query: the ones not chosen (null) are left out. */
export function reportParams<T extends object>(filters: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== null)) as { [K in keyof T]?: Exclude<T[K], null> };
}

export function filterValues(params: { get(name: string): string | null }, today: string): LeadReportFilterValues {
  return { ...periodFrom(params, currentMonth(today)), ownerId: params.get('ownerId'), sourceId: params.get('sourceId') };
}
