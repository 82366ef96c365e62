import { firstDayOf, fractionOf, isPeriodCode, monthCode, percentWidth, planChart, planRows, quarterCode, shiftPeriod } from './sales-periods';
import { PlanVsFactDto as PlanVsFact } from '../../api/models';

describe('sales periods', () => {
  it('names the month and the quarter of a day', () => {
    expect(monthCode('2026-12-10')).toBe('2026-12');
    expect(quarterCode('2026-12-10')).toBe('2026-Q4');
    expect(quarterCode('2026-01-01')).toBe('2026-Q1');
    expect(quarterCode('2026-06-30')).toBe('2026-Q2');
  });

  it('accepts only months and quarters', () => {
    expect(isPeriodCode('2026-12')).toBe(true);
    expect(isPeriodCode('2026-Q4')).toBe(true);
    expect(isPeriodCode('2026-13')).toBe(false);
    expect(isPeriodCode('2026-Q5')).toBe(false);
    expect(isPeriodCode('2026-12-01')).toBe(false);
    expect(isPeriodCode(null)).toBe(false);
  });

  it('finds the first day of a month and of a quarter', () => {
    expect(firstDayOf('2026-12')).toBe('2026-12-01');
    expect(firstDayOf('2026-Q4')).toBe('2026-10-01');
    expect(quarterCode(firstDayOf('2026-11'))).toBe('2026-Q4');
  });

  it('steps over year ends', () => {
    expect(shiftPeriod('2026-12', 1)).toBe('2027-01');
    expect(shiftPeriod('2026-01', -1)).toBe('2025-12');
    expect(shiftPeriod('2026-Q4', 1)).toBe('2027-Q1');
    expect(shiftPeriod('2026-Q1', -1)).toBe('2025-Q4');
  });

  it('turns a percentage into the fraction the share pipe shows', () => {
    expect(fractionOf(41.67)).toBeCloseTo(0.4167);
    expect(fractionOf(null)).toBeNull();
  });

  it('keeps a progress bar between 0 and 100', () => {
    expect(percentWidth(null)).toBe(0);
    expect(percentWidth(40)).toBe(40);
    expect(percentWidth(130.5)).toBe(100);
  });
});

describe('plan vs fact chart', () => {
  const report: PlanVsFact = {
    period: '2026-12', basis: 'wonDeals', from: '2026-12-01', to: '2026-12-31', workingDays: 23, workingDaysPassed: 8,
    rows: [
      { ownerId: 'a', ownerName: 'Анна', plan: 100000, fact: 40000, percent: 40, forecast: 115000 },
      { ownerId: 'b', ownerName: null, plan: 0, fact: 5000, percent: null, forecast: 14375 },
    ],
    team: { ownerId: null, ownerName: 'Team', plan: 200000, fact: 45000, percent: 22.5, forecast: 129375 },
  };

  it('puts the team last under its own name, and only when the reader sees it', () => {
    expect(planRows(report, 'Команда').map((r) => r.ownerName)).toEqual(['Анна', null, 'Команда']);
    expect(planRows({ ...report, team: null }, 'Команда').length).toBe(2);
    expect(planRows(null, 'Команда')).toEqual([]);
  });

  it('draws plan, fact and forecast per person', () => {
    const chart = planChart(planRows(report, 'Команда'), { plan: 'План', fact: 'Факт', forecast: 'Прогноз' });
    expect(chart.labels).toEqual(['Анна', '—', 'Команда']);
    expect(chart.series.map((s) => s.name)).toEqual(['План', 'Факт', 'Прогноз']);
    expect(chart.series[1].values).toEqual([40000, 5000, 45000]);
    expect(chart.series[2].values).toEqual([115000, 14375, 129375]);
  });
});
