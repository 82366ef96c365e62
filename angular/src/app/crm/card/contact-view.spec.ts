import { CustomFieldDto } from '../../api/models';
import { contactName, customFieldRows } from './contact-view';

function def(key: string, type: CustomFieldDto['type'], label = key.toUpperCase()): CustomFieldDto {
  return { id: key, key, label, type, options: [], required: false, entityType: 'contact', concurrencyStamp: 's' };
}

describe('contact view', () => {
  it('names a contact last name first and skips what is missing', () => {
    expect(contactName({ firstName: 'Ivan', lastName: 'Petrov' })).toBe('Petrov Ivan');
    expect(contactName({ firstName: 'Ivan', lastName: null })).toBe('Ivan');
    expect(contactName({ firstName: 'Ivan', lastName: '  ' })).toBe('Ivan');
  });

  it('lists filled custom fields in definition order with yes/no translated', () => {
    const rows = customFieldRows([def('b', 'text', 'Birthday note'), def('vip', 'yesNo', 'VIP'), def('empty', 'number')], {
      vip: 'false',
      b: 'likes tea',
      empty: '',
    });
    expect(rows).toEqual([
      { key: 'b', label: 'Birthday note', value: 'likes tea', translate: false },
      { key: 'vip', label: 'VIP', value: 'card.no', translate: true },
    ]);
    expect(customFieldRows([def('vip', 'yesNo')], { vip: 'true' })[0].value).toBe('card.yes');
  });

  it('keeps values whose definition is gone, under their key', () => {
    expect(customFieldRows([], { old: '42' })).toEqual([{ key: 'old', label: 'old', value: '42', translate: false }]);
  });
});
