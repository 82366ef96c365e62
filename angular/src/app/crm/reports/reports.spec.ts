import { barPercent, NO_FILTERS, reportParams } from './reports';

describe('reports helpers', () => {
  it('sends only the filters that are set', () => {
    expect(reportParams(NO_FILTERS)).toEqual({});
    expect(reportParams({ ...NO_FILTERS, from: '2026-01-01', ownerId: 'u1' })).toEqual({ from: '2026-01-01', ownerId: 'u1' });
  });

  it('draws bars relative to the largest value', () => {
    expect(barPercent(50, [100, 50, 0])).toBe(50);
    expect(barPercent('2800.00', ['2800.00', '1000.00'])).toBe(100);
    expect(barPercent(0, [0, 0])).toBe(0);
  });
});
