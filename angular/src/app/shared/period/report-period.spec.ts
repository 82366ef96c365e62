import { convertToParamMap } from '@angular/router';
import { currentMonth, dayFrom, lastDayOfMonth, periodFrom, yearToDate } from './report-period';

describe('report periods', () => {
  it('opens on the company\'s current month, first to last day', () => {
    expect(currentMonth('2026-12-02')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(currentMonth('2028-02-15')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(currentMonth('2026-02-28')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('opens the monthly reports on the year so far, through the end of the current month', () => {
    expect(yearToDate('2026-03-10')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(yearToDate('2026-01-01')).toEqual({ from: '2026-01-01', to: '2026-01-31' });
  });

  it('knows the last day of every month', () => {
    expect(lastDayOfMonth(2026, 4)).toBe('2026-04-30');
    expect(lastDayOfMonth(2026, 12)).toBe('2026-12-31');
    expect(lastDayOfMonth(2100, 2)).toBe('2100-02-28');
  });

  it('takes the period from the URL only when both days are valid and in order', () => {
    const fallback = { from: '2026-01-01', to: '2026-12-31' };
    expect(periodFrom(convertToParamMap({ from: '2026-03-01', to: '2026-03-31' }), fallback)).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(periodFrom(convertToParamMap({ from: '2026-03-31', to: '2026-03-01' }), fallback)).toBe(fallback);
    expect(periodFrom(convertToParamMap({ from: 'march' }), fallback)).toBe(fallback);
    expect(periodFrom(convertToParamMap({}), fallback)).toBe(fallback);
  });

  it('takes a day from the URL or the fallback', () => {
    expect(dayFrom('2026-05-31', '2026-12-02')).toBe('2026-05-31');
    expect(dayFrom(null, '2026-12-02')).toBe('2026-12-02');
    expect(dayFrom('31.05.2026', '2026-12-02')).toBe('2026-12-02');
  });
});
