import { barPercent, monthLabel, NO_FILTERS, percent, reportParams } from './reports';

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

  it('shows fractions as percentages and a dash for none', () => {
    expect(percent(4 / 7)).toBe('57.1 %');
    expect(percent(1)).toBe('100 %');
    expect(percent(null)).toBe('—');
  });

  it('labels forecast months', () => {
    expect(monthLabel(2027, 2)).toBe('2027-02');
    expect(monthLabel(null, null)).toBeNull();
  });
});
