/** Pure helpers of the leads' and activities' report pages. */

/** How the new-leads report groups its rows. */
export type LeadGrouping = 'day' | 'week' | 'month';

/** The default budget ranges of the deal-segments report, as the server has them. */
export const DEFAULT_BOUNDS = [100_000, 500_000, 1_000_000];

/**
 * The bounds the user typed as the API wants them, or what is wrong: amounts separated by commas (`100000, 500000`),
 * or by semicolons, and then a decimal comma is allowed too (`499 999,99; 1 000 000`); spaces are ignored. Positive,
 * at most two decimals, ascending, at most ten. An empty field means the default ranges.
 */
export function parseBounds(text: string): { bounds: number[] } | { error: 'number' | 'order' | 'count' } {
  const semicolons = text.includes(';');
  const parts = text
    .split(semicolons ? ';' : ',')
    .map((p) => p.replace(/[\s\u00a0]/g, ''))
    .map((p) => (semicolons ? p.replace(',', '.') : p))
    .filter((p) => p.length > 0);
  if (parts.length === 0) return { bounds: [...DEFAULT_BOUNDS] };
  if (parts.length > 10) return { error: 'count' };
  const bounds: number[] = [];
  for (const p of parts) {
    if (!/^\d+(\.\d{1,2})?$/.test(p)) return { error: 'number' };
    const value = Number(p);
    if (!(value > 0)) return { error: 'number' };
    if (bounds.length > 0 && value <= bounds[bounds.length - 1]) return { error: 'order' };
    bounds.push(value);
  }
  return { bounds };
}

/** Bounds as the query parameter: `100000,500000`. */
export function boundsParam(bounds: readonly number[]): string {
  return bounds.map((b) => String(b)).join(',');
}

/** The period a new-leads row covers, for a column: one day, or first–last day. */
export function periodLabel(start: string, end: string, format: (day: string) => string): string {
  return start === end ? format(start) : `${format(start)} – ${format(end)}`;
}

/**
 * Minutes as people read a wait: `12,5 мин`, `2 ч 05 мин`, `3 д 4 ч`; a dash for none. `number` writes the minutes
 * under an hour in the UI language (a decimal comma in Russian).
 */
export function formatMinutes(
  minutes: number | null | undefined,
  units: { d: string; h: string; min: string },
  number: (value: number) => string = String,
): string {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes)) return '—';
  if (minutes < 60) return `${number(Math.round(minutes * 10) / 10)} ${units.min}`;
  const whole = Math.round(minutes);
  const days = Math.floor(whole / 1440);
  const hours = Math.floor((whole % 1440) / 60);
  const mins = whole % 60;
  return days > 0 ? `${days} ${units.d} ${hours} ${units.h}` : `${hours} ${units.h} ${String(mins).padStart(2, '0')} ${units.min}`;
}
