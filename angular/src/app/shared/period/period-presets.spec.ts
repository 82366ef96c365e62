import { presetOf, presetPeriod, previousPeriod } from './period-presets';

describe('period presets', () => {
  it('gives whole months, quarters and years around the company today', () => {
    expect(presetPeriod('month', '2026-12-03')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(presetPeriod('lastMonth', '2026-12-03')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(presetPeriod('lastMonth', '2027-01-15')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(presetPeriod('quarter', '2026-11-30')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(presetPeriod('quarter', '2026-02-10')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(presetPeriod('year', '2028-02-29')).toEqual({ from: '2028-01-01', to: '2028-12-31' });
  });

  it('steps back by whole months when the period is whole months', () => {
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(previousPeriod({ from: '2026-01-01', to: '2026-03-31' })).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(previousPeriod({ from: '2026-01-01', to: '2026-12-31' })).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(previousPeriod({ from: '2026-01-01', to: '2026-01-31' })).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });

  it('steps back by days otherwise', () => {
    expect(previousPeriod({ from: '2026-03-10', to: '2026-03-19' })).toEqual({ from: '2026-02-28', to: '2026-03-09' });
    expect(previousPeriod({ from: '2026-12-03', to: '2026-12-03' })).toEqual({ from: '2026-12-02', to: '2026-12-02' });
  });

  it('recognises a preset from its days', () => {
    expect(presetOf({ from: '2026-10-01', to: '2026-12-31' }, '2026-12-03')).toBe('quarter');
    expect(presetOf({ from: '2026-12-01', to: '2026-12-15' }, '2026-12-03')).toBe('custom');
  });
});
