import { ChangeDetectionStrategy, Component, forwardRef, inject } from '@angular/core';
import { NG_VALUE_ACCESSOR } from '@angular/forms';
import { map } from 'rxjs';
import { Picker, PICKER_IMPORTS, PICKER_STYLES, PICKER_TEMPLATE, PickerLookup, PickerSearch } from '../shared/pickers/picker';
import { TasksService } from '../api/services';
import { Person } from './tasks-models';

/** The people a task may be given to (Tasks' copy of people), by name. */
export function taskPeopleSearch(client: TasksService): PickerSearch<Person> {
  // The server caps the answer itself (GET /api/tasks/people takes no page size).
  return (filter) => client.getTaskPeople(filter ? { filter } : {}).pipe(map((page) => page.items.map((p) => ({ id: p.id, name: p.name, data: p }))));
}

/** A person a task may be given to; a page that knows the current one's name passes it (`currentName`). */
@Component({
  selector: 'app-task-person-picker',
  imports: PICKER_IMPORTS,
  template: PICKER_TEMPLATE,
  styles: PICKER_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => TaskPersonPicker), multi: true }],
})
export class TaskPersonPicker extends Picker<Person> {
  private readonly client = inject(TasksService);
  protected override defaultSearch = taskPeopleSearch(this.client);
  /** The people route has no lookup by id: the name comes from the first page of everyone (a company's staff fits). */
  protected override defaultLookup: PickerLookup<Person> = (id) =>
    this.client.getTaskPeople().pipe(map((page) => {
      const p = page.items.find((x) => x.id === id);
      return p ? { id: p.id, name: p.name, data: p } : null;
    }));
}
