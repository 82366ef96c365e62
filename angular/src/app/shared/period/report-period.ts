/** Report periods: the defaults a report opens with, from the company's today, and how a period sits in the URL. */

export interface Period {
  readonly from: string;
  readonly to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of a month (1-based), `yyyy-MM-dd`. */
export function lastDayOfMonth(year: number, month: number): string {
  // Day 0 of the next month is the last of this one; UTC so no zone moves it.
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

/** The company's current month, first to last day: what a trial balance or a reconciliation opens with. */
export function currentMonth(today: string): Period {
  const [y, m] = today.split('-').map(Number);
  return { from: `${y}-${pad(m)}-01`, to: lastDayOfMonth(y, m) };
}

/**
 * The company's year so far, by whole months: 1 January to the end of the current month, what the monthly reports
 * (P&L, cash flow) open with, so their columns are the months that have begun.
 */
export function yearToDate(today: string): Period {
  const [y, m] = today.split('-').map(Number);
  return { from: `${y}-01-01`, to: lastDayOfMonth(y, m) };
}

/** A period from the URL's `from` and `to` when both are days and in order; otherwise the default. */
export function periodFrom(query: { get(name: string): string | null }, fallback: Period): Period {
  const from = query.get('from');
  const to = query.get('to');
  return isDay(from) && isDay(to) && from <= to ? { from, to } : fallback;
}

/** A day from the URL (`asOf`), or the fallback. */
export function dayFrom(value: string | null, fallback: string): string {
  return isDay(value) ? value : fallback;
}

export function isDay(value: string | null | undefined): value is string {
  return !!value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
}
