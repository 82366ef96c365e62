import { dayIn } from './company-day';

describe('company day', () => {
  // 2026-12-31 22:30 UTC: still the 31st in London, already 1 January in Moscow and Vladivostok.
  const lateOnNewYearsEve = new Date(Date.UTC(2026, 11, 31, 22, 30));

  it('is the calendar day in the company\'s time zone, not the browser\'s', () => {
    expect(dayIn('Europe/Moscow', lateOnNewYearsEve)).toBe('2027-01-01');
    expect(dayIn('Asia/Vladivostok', lateOnNewYearsEve)).toBe('2027-01-01');
    expect(dayIn('Europe/London', lateOnNewYearsEve)).toBe('2026-12-31');
    expect(dayIn('UTC', lateOnNewYearsEve)).toBe('2026-12-31');
  });

  it('falls back to the browser\'s day for a zone it does not know', () => {
    expect(dayIn('Mars/Olympus', lateOnNewYearsEve)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
