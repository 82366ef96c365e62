import { lastDayOfMonth, Period } from './report-period';

/** The periods a director switches between; "custom" keeps the two days chosen by hand. */
export type PeriodPreset = 'month' | 'lastMonth' | 'quarter' | 'year' | 'custom';

export const PERIOD_PRESETS: readonly PeriodPreset[] = ['month', 'lastMonth', 'quarter', 'year', 'custom'];

const pad = (n: number) => String(n).padStart(2, '0');

/** Whole months from the first day of `from` to the last day of `to` (1-based months, `to` may be in a later year). */
function months(year: number, from: number, to: number): Period {
  const endYear = year + Math.floor((to - 1) / 12);
  const endMonth = ((to - 1) % 12) + 1;
  return { from: `${year}-${pad(from)}-01`, to: lastDayOfMonth(endYear, endMonth) };
}

/**
 * The preset's period around the company's today: this month, last month, this quarter, this year, each whole (to
 * the last day, so a tile compares like with like against the previous period). `custom` gives this month too: the
 * user then edits the days.
 */
export function presetPeriod(preset: PeriodPreset, today: string): Period {
  const [y, m] = today.split('-').map(Number);
  switch (preset) {
    case 'lastMonth':
      return m === 1 ? months(y - 1, 12, 12) : months(y, m - 1, m - 1);
    case 'quarter': {
      const first = Math.floor((m - 1) / 3) * 3 + 1;
      return months(y, first, first + 2);
    }
    case 'year':
      return months(y, 1, 12);
    default:
      return months(y, m, m);
  }
}

/**
 * The period just before, of the same length: whole months step back by as many months (February after March's 31
 * days is still "the month before"), any other span by as many days.
 */
export function previousPeriod(period: Period): Period {
  const [fy, fm, fd] = period.from.split('-').map(Number);
  const [ty, tm] = period.to.split('-').map(Number);
  if (fd === 1 && period.to === lastDayOfMonth(ty, tm)) {
    const count = (ty - fy) * 12 + (tm - fm) + 1;
    const start = fy * 12 + (fm - 1) - count;
    return months(Math.floor(start / 12), (start % 12) + 1, (start % 12) + count);
  }
  const day = 86_400_000;
  const from = Date.UTC(fy, fm - 1, fd);
  const length = Math.round((Date.parse(`${period.to}T00:00:00Z`) - from) / day) + 1;
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return { from: iso(from - length * day), to: iso(from - day) };
}

/** The preset a period is, if any (a URL's from/to opens the page with the right chip chosen). */
export function presetOf(period: Period, today: string): PeriodPreset {
  return PERIOD_PRESETS.find((p) => p !== 'custom' && samePeriod(presetPeriod(p, today), period)) ?? 'custom';
}

function samePeriod(a: Period, b: Period): boolean {
  return a.from === b.from && a.to === b.to;
}
