import { ChangeDetectionStrategy, Component, forwardRef, inject } from '@angular/core';
import { NG_VALUE_ACCESSOR } from '@angular/forms';
import { map } from 'rxjs';
import { UserDto } from '../../api/models';
import { IdentityService } from '../../api/services';
import { Picker, PICKER_IMPORTS, PICKER_PAGE, PICKER_STYLES, PICKER_TEMPLATE, PickerItem, PickerLookup, PickerSearch } from './picker';

export const userItem = (u: UserDto): PickerItem<UserDto> => ({ id: u.id, name: u.userName, hint: u.email, data: u });

/**
 * Users by name from Identity's list (administrators only). Owner pickers pass their own `search`: the people who may
 * own records, from the module's copy of users.
 */
export function identityUserSearch(identity: IdentityService): PickerSearch<UserDto> {
  return (filter) => identity.getUsers({ filter: filter || undefined, maxResultCount: PICKER_PAGE }).pipe(map((page) => page.items.map(userItem)));
}

export function identityUserLookup(identity: IdentityService): PickerLookup<UserDto> {
  return (id) => identity.getUser({ id }).pipe(map(userItem));
}

/** People, searchable by name. */
@Component({
  selector: 'app-user-picker',
  imports: PICKER_IMPORTS,
  template: PICKER_TEMPLATE,
  styles: PICKER_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => UserPicker), multi: true }],
})
export class UserPicker extends Picker<UserDto> {
  private readonly identity = inject(IdentityService);
  protected override defaultSearch = identityUserSearch(this.identity);
  protected override defaultLookup = identityUserLookup(this.identity);
}
