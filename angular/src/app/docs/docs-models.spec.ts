import { documentCaption } from './docs-models';

describe('documentCaption', () => {
  it('numbers a document made from a template after its title', () => {
    expect(documentCaption({ title: 'Акт', number: 'Д-2026-0001' })).toBe('Акт № Д-2026-0001');
  });

  it('does not number an invoice PDF twice: its title already names the invoice', () => {
    expect(documentCaption({ title: 'Счёт № СЧ-2026-000001', number: 'СЧ-2026-000001' })).toBe('Счёт № СЧ-2026-000001');
  });
});
