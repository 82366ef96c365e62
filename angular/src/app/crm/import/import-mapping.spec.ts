import { ImportFieldDto } from '../../api/models';
import { assign, initialMapping, missingRequired, toRequest } from './import-mapping';

const fields: ImportFieldDto[] = [
  { key: 'name', label: 'Name', required: true },
  { key: 'taxId', label: 'Tax id', required: false },
  { key: 'phone', label: 'Phone', required: false },
];

describe('import mapping', () => {
  it('keeps the suggestion for known fields, each field once', () => {
    const mapping = initialMapping(['Название', 'ИНН', 'ИНН (2)', 'Прочее'], fields, {
      Название: 'name',
      ИНН: 'taxId',
      'ИНН (2)': 'taxId',
      Прочее: 'password',
    });
    expect(mapping).toEqual({ Название: 'name', ИНН: 'taxId', 'ИНН (2)': '', Прочее: '' });
  });

  it('moves a field to the column it is assigned to', () => {
    const mapping = assign({ A: 'name', B: '' }, 'B', 'name');
    expect(mapping).toEqual({ A: '', B: 'name' });
    expect(assign(mapping, 'A', '')).toEqual({ A: '', B: 'name' });
  });

  it('reports required fields nobody maps and sends only mapped columns', () => {
    expect(missingRequired({ A: 'phone', B: '' }, fields).map((f) => f.key)).toEqual(['name']);
    expect(missingRequired({ A: 'name' }, fields)).toEqual([]);
    expect(toRequest({ A: 'name', B: '' })).toEqual({ A: 'name' });
  });
});
