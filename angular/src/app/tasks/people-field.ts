import { ChangeDetectionStrategy, Component, forwardRef, input, signal, viewChild } from '@angular/core';
import { ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';
import { MatChipsModule } from '@angular/material/chips';
import { TranslocoPipe } from '@jsverse/transloco';
import { PickerItem } from '../shared/pickers/picker';
import { TaskPersonPicker } from './person-picker';
import { Person } from './tasks-models';

/** Several people (co-workers, observers, project members): their names as chips, one more added with a picker. */
@Component({
  selector: 'app-people-field',
  imports: [MatChipsModule, TranslocoPipe, TaskPersonPicker],
  template: `
    <div class="people-field" [attr.data-testid]="testId()">
      <app-task-person-picker
        [label]="label()"
        [testId]="testId() + '-add'"
        [readonly]="disabled()"
        (picked)="add($event)"
      />
      <mat-chip-set [attr.aria-label]="label()">
        @for (p of people(); track p.id) {
          <mat-chip [removable]="!disabled()" (removed)="remove(p)" [attr.data-testid]="testId() + '-person'">
            {{ p.name }}
            @if (!disabled()) {
              <button matChipRemove type="button" [attr.aria-label]="'tasks.remove' | transloco" [attr.data-testid]="testId() + '-remove'">✕</button>
            }
          </mat-chip>
        }
      </mat-chip-set>
    </div>
  `,
  styles: `.people-field { display: flex; flex-direction: column; gap: 4px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => PeopleField), multi: true }],
})
export class PeopleField implements ControlValueAccessor {
  readonly label = input('');
  readonly testId = input('people');

  private readonly picker = viewChild.required(TaskPersonPicker);
  protected readonly people = signal<Person[]>([]);
  protected readonly disabled = signal(false);
  private onChange: (people: Person[]) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  protected add(item: PickerItem | null): void {
    if (!item) return;
    // The box empties for the next name once this pick has been handled.
    queueMicrotask(() => this.picker().writeValue(''));
    if (this.people().some((p) => p.id === item.id)) return;
    this.set([...this.people(), { id: item.id, name: item.name }]);
  }

  protected remove(person: Person): void {
    this.set(this.people().filter((p) => p.id !== person.id));
  }

  private set(people: Person[]): void {
    this.people.set(people);
    this.onChange(people);
    this.onTouched();
  }

  writeValue(people: Person[] | null | undefined): void {
    this.people.set(people ?? []);
  }

  registerOnChange(fn: (people: Person[]) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }
}
