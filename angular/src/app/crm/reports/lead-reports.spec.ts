import { boundsParam, DEFAULT_BOUNDS, formatMinutes, parseBounds, periodLabel } from './lead-reports';

describe('lead reports helpers', () => {
  it('reads budget bounds typed with spaces, commas or semicolons and a decimal comma', () => {
    expect(parseBounds('100 000, 500000,1 000 000')).toEqual({ bounds: [100_000, 500_000, 1_000_000] });
    expect(parseBounds('499 999,99; 1 000 000')).toEqual({ bounds: [499_999.99, 1_000_000] });
    expect(parseBounds('  ')).toEqual({ bounds: DEFAULT_BOUNDS });
  });

  it('refuses bounds that are not positive amounts in ascending order, or too many', () => {
    expect(parseBounds('500000, 100000')).toEqual({ error: 'order' });
    expect(parseBounds('100000, 100000')).toEqual({ error: 'order' });
    expect(parseBounds('abc')).toEqual({ error: 'number' });
    expect(parseBounds('0')).toEqual({ error: 'number' });
    expect(parseBounds('-5')).toEqual({ error: 'number' });
    expect(parseBounds('1.001')).toEqual({ error: 'number' });
    expect(parseBounds('1,2,3,4,5,6,7,8,9,10,11')).toEqual({ error: 'count' });
  });

  it('writes bounds as the query wants them', () => {
    expect(boundsParam([100_000, 499_999.99])).toBe('100000,499999.99');
  });

  it('labels a period by its day, or its first and last day', () => {
    const day = (d: string) => d.split('-').reverse().join('.');
    expect(periodLabel('2027-03-01', '2027-03-01', day)).toBe('01.03.2027');
    expect(periodLabel('2027-03-01', '2027-03-07', day)).toBe('01.03.2027 – 07.03.2027');
  });

  it('shows a wait in minutes, hours or days', () => {
    const units = { d: 'д', h: 'ч', min: 'мин' };
    expect(formatMinutes(12.5, units)).toBe('12.5 мин');
    expect(formatMinutes(125, units)).toBe('2 ч 05 мин');
    expect(formatMinutes(3 * 1440 + 4 * 60 + 10, units)).toBe('3 д 4 ч');
    expect(formatMinutes(null, units)).toBe('—');
    expect(formatMinutes(12.5, units, (n) => String(n).replace('.', ','))).toBe('12,5 мин');
  });
});
