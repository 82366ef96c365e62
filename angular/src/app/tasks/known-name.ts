import { Signal } from '@angular/core';
import { of } from 'rxjs';
import { PickerLookup } from '../shared/pickers/picker';

/**
 * A picker's lookup for a record that already names its reference (a task its assignee, its project): the name is
 * read when the picker asks, so a value set before the picker's inputs caught up still shows its name.
 */
export function knownName(name: Signal<string | null>): PickerLookup {
  return (id) => {
    const known = name();
    return of(known ? { id, name: known } : null);
  };
}
