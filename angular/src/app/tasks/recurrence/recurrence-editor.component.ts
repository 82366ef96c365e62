import { ChangeDetectionStrategy, Component, forwardRef, signal } from '@angular/core';
import { ControlValueAccessor, FormsModule, NG_VALUE_ACCESSOR } from '@angular/forms';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { emptyRecurrence, formatRecurrence, parseRecurrence, RecurrenceFrequency, RecurrenceModel, Weekday, WEEKDAYS } from './recurrence';

/**
 * A task's repetition as an RRULE string (or null): does not repeat, daily, weekly on chosen weekdays, monthly on a
 * day or the last day, yearly on the due date; every N periods. Use it as a form control:
 * `<app-recurrence-editor [(ngModel)]="recurrence" name="recurrence" />` or with `formControlName`.
 */
@Component({
  selector: 'app-recurrence-editor',
  imports: [FormsModule, MatSelectModule, MatFormFieldModule, MatInputModule, MatButtonToggleModule, MatCheckboxModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => RecurrenceEditorComponent), multi: true }],
  styles: `
    .row { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; }
    .interval { width: 110px; }
    .day { width: 110px; }
  `,
  template: `
    <div class="row">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'tasks.recurrence.label' | transloco }}</mat-label>
        <mat-select [value]="model().frequency" (valueChange)="setFrequency($event)" [disabled]="disabled()" data-testid="recurrence-frequency">
          @for (f of frequencies; track f) {
            <mat-option [value]="f">{{ 'tasks.recurrence.frequency.' + f | transloco }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      @if (model().frequency !== 'none') {
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="interval">
          <mat-label>{{ 'tasks.recurrence.interval.' + model().frequency | transloco }}</mat-label>
          <input matInput type="number" min="1" max="999" [value]="model().interval" [disabled]="disabled()"
                 (change)="setInterval($any($event.target).valueAsNumber)" data-testid="recurrence-interval" />
        </mat-form-field>
      }
      @if (model().frequency === 'weekly') {
        <mat-button-toggle-group multiple [value]="model().weekdays" (change)="setWeekdays($event.value)" [disabled]="disabled()"
                                 [attr.aria-label]="'tasks.recurrence.weekdays' | transloco" data-testid="recurrence-weekdays">
          @for (d of weekdays; track d) {
            <mat-button-toggle [value]="d" [attr.data-testid]="'recurrence-day-' + d">{{ 'tasks.recurrence.day.' + d | transloco }}</mat-button-toggle>
          }
        </mat-button-toggle-group>
      }
      @if (model().frequency === 'monthly') {
        <mat-checkbox [checked]="model().monthDay === -1" (change)="setLastDay($event.checked)" [disabled]="disabled()" data-testid="recurrence-last-day">
          {{ 'tasks.recurrence.lastDay' | transloco }}
        </mat-checkbox>
        @if (model().monthDay !== -1) {
          <mat-form-field appearance="outline" subscriptSizing="dynamic" class="day">
            <mat-label>{{ 'tasks.recurrence.monthDay' | transloco }}</mat-label>
            <input matInput type="number" min="1" max="31" [value]="model().monthDay ?? ''" [disabled]="disabled()"
                   (change)="setMonthDay($any($event.target).valueAsNumber)" data-testid="recurrence-month-day" />
          </mat-form-field>
        }
      }
    </div>
  `,
})
export class RecurrenceEditorComponent implements ControlValueAccessor {
  protected readonly frequencies: RecurrenceFrequency[] = ['none', 'daily', 'weekly', 'monthly', 'yearly'];
  protected readonly weekdays = WEEKDAYS;
  protected readonly model = signal<RecurrenceModel>(emptyRecurrence());
  protected readonly disabled = signal(false);
  private onChange: (value: string | null) => void = () => {};
  private onTouched: () => void = () => {};

  writeValue(value: string | null): void {
    this.model.set(parseRecurrence(value));
  }

  registerOnChange(fn: (value: string | null) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  protected setFrequency(frequency: RecurrenceFrequency): void {
    // Another frequency starts afresh: weekdays or a month day of the old one mean nothing to it.
    this.update({ ...emptyRecurrence(), frequency, interval: this.model().interval, rest: this.model().rest.filter((p) => !p.startsWith('BYMONTH=')) });
  }

  protected setInterval(interval: number): void {
    this.update({ ...this.model(), interval: Number.isFinite(interval) ? Math.min(999, Math.max(1, Math.floor(interval))) : 1 });
  }

  protected setWeekdays(weekdays: Weekday[]): void {
    this.update({ ...this.model(), weekdays });
  }

  protected setLastDay(last: boolean): void {
    this.update({ ...this.model(), monthDay: last ? -1 : null });
  }

  protected setMonthDay(day: number): void {
    this.update({ ...this.model(), monthDay: Number.isFinite(day) ? Math.min(31, Math.max(1, Math.floor(day))) : null });
  }

  private update(model: RecurrenceModel): void {
    this.model.set(model);
    this.onChange(formatRecurrence(model));
    this.onTouched();
  }
}
