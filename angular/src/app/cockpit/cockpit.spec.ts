import { AgingRowDto } from '../api/models';
import { agingBuckets, change, overdueOf, planPeriodOf, topDebtors } from './cockpit';

const row = (companyName: string, total: number, notDue: number): AgingRowDto => ({
  companyId: companyName,
  companyName,
  notDue,
  d1_30: total - notDue,
  d31_60: 0,
  d61_90: 0,
  over90: 0,
  total,
});

describe('cockpit figures', () => {
  it('compares a figure with the period before in percent', () => {
    expect(change(120_000, 100_000)).toEqual({ value: 120_000, previous: 100_000, percent: 20 });
    expect(change('90000.00', '120000.00').percent).toBe(-25);
    expect(change(-50, -100).percent).toBe(50);
    expect(change(1, 3).percent).toBe(-66.7);
    expect(change(500, 0).percent).toBeNull();
  });

  it('reads the aging buckets in order and adds up what is overdue', () => {
    const totals = { notDue: 100, d1_30: 10, d31_60: 20, d61_90: 30, over90: '40.50', total: 200.5 };
    expect(agingBuckets(totals).map((b) => b.key)).toEqual(['notDue', 'd1_30', 'd31_60', 'd61_90', 'over90']);
    expect(overdueOf(totals)).toBe(100.5);
  });

  it('puts the largest debt first and, among equal debts, the more overdue one', () => {
    const rows = [row('Альфа', 100, 100), row('Бета', 300, 0), row('Вега', 100, 0), row('Гамма', 50, 0)];
    expect(topDebtors(rows, 3).map((r) => r.companyName)).toEqual(['Бета', 'Вега', 'Альфа']);
  });

  it('reads the plan period of a whole month or quarter, else the month of today', () => {
    expect(planPeriodOf({ from: '2026-12-01', to: '2026-12-31' }, '2026-12-04')).toBe('2026-12');
    expect(planPeriodOf({ from: '2026-11-01', to: '2026-11-30' }, '2026-12-04')).toBe('2026-11');
    expect(planPeriodOf({ from: '2026-10-01', to: '2026-12-31' }, '2026-12-04')).toBe('2026-Q4');
    expect(planPeriodOf({ from: '2026-01-01', to: '2026-12-31' }, '2026-12-04')).toBe('2026-12');
    expect(planPeriodOf({ from: '2026-11-01', to: '2027-01-31' }, '2026-12-04')).toBe('2026-12');
    expect(planPeriodOf({ from: '2026-12-02', to: '2026-12-31' }, '2026-12-04')).toBe('2026-12');
    expect(planPeriodOf({ from: '2026-11-01', to: '2026-11-29' }, '2026-12-04')).toBe('2026-12');
  });
});
