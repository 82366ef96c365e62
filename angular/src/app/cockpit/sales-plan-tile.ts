import { PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { PlanVsFactDto, PlanVsFactRowDto } from '../api/models';
import { CrmService } from '../api/services';
import { MoneyPipe } from '../shared/formats/format.pipes';

/**
 * Sales plan vs fact for a month or quarter (`2026-12`, `2026-Q4`): the team's line and each manager's, with the
 * share of the plan done and the forecast to the period's end. The server applies the record rule, so a manager's
 * home shows the same tile with their own line only. The page places it: its host takes the page's tile class.
 */
@Component({
  selector: 'app-sales-plan-tile',
  imports: [PercentPipe, RouterLink, TranslocoPipe, MoneyPipe],
  template: `
    <h2><a routerLink="/crm/reports/sales-plans" [queryParams]="{ period: period() }">{{ 'cockpit.plan' | transloco }} · {{ period() }}</a></h2>
    @if (report(); as r) {
      @for (row of lines(r); track row.ownerId ?? 'team') {
        <div class="plan-row" [class.team]="!row.ownerId" [attr.data-testid]="row.ownerId ? 'plan-row' : 'plan-team'">
          <div class="who">{{ row.ownerId ? row.ownerName : ('cockpit.team' | transloco) }}</div>
          <div class="bar" aria-hidden="true"><span [style.width.%]="barOf(row)"></span></div>
          <div>
            <b data-testid="plan-fact">{{ row.fact | money }}</b>
            <span class="muted"> / {{ row.plan | money }}</span>
            @if (row.percent !== null) { · <span data-testid="plan-percent">{{ +row.percent / 100 | percent: '1.0-1' }}</span> }
          </div>
          <div class="muted">{{ 'cockpit.forecast' | transloco }} {{ row.forecast | money }}</div>
        </div>
      } @empty {
        <p class="muted">{{ 'cockpit.noPlan' | transloco }}</p>
      }
    }
  `,
  host: { 'data-testid': 'tile-plan' },
  styles: `
    h2 { font-size: 1rem; margin: 0 0 8px; }
    .muted { color: var(--mat-sys-on-surface-variant, #666); }
    .plan-row { padding: 4px 0; }
    .plan-row.team { font-weight: 600; border-bottom: 1px solid var(--mat-sys-outline-variant, #ddd); margin-bottom: 4px; }
    .bar { height: 6px; background: var(--mat-sys-outline-variant, #ddd); border-radius: 3px; overflow: hidden; margin: 2px 0; }
    .bar span { display: block; height: 100%; background: var(--mat-sys-primary, #3f51b5); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SalesPlanTile {
  private readonly crm = inject(CrmService);

  /** The plan period: a month `yyyy-MM` or a quarter `yyyy-Qn`. */
  readonly period = input.required<string>();

  protected readonly report = signal<PlanVsFactDto | null>(null);

  constructor() {
    effect(() => {
      const period = this.period();
      firstValueFrom(this.crm.getPlanVsFactReport({ period })).then(
        (r) => this.period() === period && this.report.set(r),
        () => this.report.set(null),
      );
    });
  }

  /** The team's line first (a director's view), then the managers with a plan or a fact. */
  protected lines(r: PlanVsFactDto): PlanVsFactRowDto[] {
    return [...(r.team ? [r.team] : []), ...r.rows];
  }

  /** The bar's filled share: the percentage done, capped at the bar's end. */
  protected barOf(row: PlanVsFactRowDto): number {
    return row.percent === null ? 0 : Math.min(100, Math.max(0, Number(row.percent)));
  }
}
