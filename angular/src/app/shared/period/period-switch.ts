import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { TranslocoPipe } from '@jsverse/transloco';
import { PeriodBar } from './period-bar';
import { PERIOD_PRESETS, PeriodPreset, presetOf, presetPeriod } from './period-presets';
import { Period } from './report-period';

/**
 * This month, last month, quarter, year, or two days by hand: the period switch of a dashboard. A preset gives its
 * whole period; "custom" shows the two days.
 */
@Component({
  selector: 'app-period-switch',
  imports: [MatButtonToggleModule, TranslocoPipe, PeriodBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-button-toggle-group [value]="preset()" (change)="choose($event.value)" hideSingleSelectionIndicator data-testid="period-switch">
      @for (p of presets; track p) {
        <mat-button-toggle [value]="p" [attr.data-testid]="'period-' + p">{{ 'period.presets.' + p | transloco }}</mat-button-toggle>
      }
    </mat-button-toggle-group>
    @if (preset() === 'custom') {
      <app-period-bar [period]="period()" (changed)="changed.emit($event)" />
    }
  `,
  styles: `
    @use '../breakpoints' as bp;
    :host { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    /* A phone: the presets scroll sideways inside their group rather than being cut off. */
    @include bp.phone {
      mat-button-toggle-group { max-width: 100%; overflow-x: auto; }
    }
  `,
})
export class PeriodSwitch {
  readonly period = input.required<Period>();
  /** The company's today, `yyyy-MM-dd`: presets are around it. */
  readonly today = input.required<string>();
  readonly changed = output<Period>();

  protected readonly presets = PERIOD_PRESETS;
  /** Chosen by hand: the two days stay open even while they happen to make a whole month. */
  private readonly custom = signal(false);
  protected readonly preset = computed(() => (this.custom() ? 'custom' : presetOf(this.period(), this.today())));

  protected choose(preset: PeriodPreset): void {
    // "Custom" starts from the period shown, so the two days appear filled in.
    this.custom.set(preset === 'custom');
    if (preset !== 'custom') this.changed.emit(presetPeriod(preset, this.today()));
  }
}
