import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { isDay, Period } from './report-period';

/** A report's period: two days; a change is passed on only when both are days and in order. */
@Component({
  selector: 'app-period-bar',
  imports: [MatFormFieldModule, MatInputModule, TranslocoPipe],
  templateUrl: './period-bar.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host { display: contents; }
  `,
})
export class PeriodBar {
  readonly period = input.required<Period>();
  readonly changed = output<Period>();

  protected set(field: keyof Period, value: string): void {
    const next = { ...this.period(), [field]: value };
    if (isDay(next.from) && isDay(next.to) && next.from <= next.to) this.changed.emit(next);
  }
}
