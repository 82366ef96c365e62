import { AgingAmounts, AgingRowDto } from '../api/models';

/** A figure of the period beside the same figure of the period before. */
export interface Change {
  readonly value: number;
  readonly previous: number;
  /** Growth in percent, one decimal; null when the previous figure was zero (no base to compare with). */
  readonly percent: number | null;
}

export function change(current: number | string, previous: number | string): Change {
  const value = Number(current) || 0;
  const before = Number(previous) || 0;
  const percent = before === 0 ? null : Math.round(((value - before) / Math.abs(before)) * 1000) / 10;
  return { value, previous: before, percent };
}

/** The aging buckets in reading order, with what each is: not yet due, then overdue by age. */
export const AGING_BUCKETS = ['notDue', 'd1_30', 'd31_60', 'd61_90', 'over90'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

export function agingBuckets(totals: AgingAmounts): { key: AgingBucket; amount: number }[] {
  return AGING_BUCKETS.map((key) => ({ key, amount: Number(totals[key]) || 0 }));
}

/** What is overdue of what the clients owe: every bucket but "not due". */
export function overdueOf(totals: AgingAmounts): number {
  return agingBuckets(totals)
    .filter((b) => b.key !== 'notDue')
    .reduce((sum, b) => sum + b.amount, 0);
}

/** The clients who owe the most, the most overdue first among equals. */
export function topDebtors(rows: readonly AgingRowDto[], count: number): AgingRowDto[] {
  const overdue = (r: AgingRowDto) => Number(r.total) - Number(r.notDue);
  return [...rows]
    .sort((a, b) => Number(b.total) - Number(a.total) || overdue(b) - overdue(a) || a.companyName.localeCompare(b.companyName))
    .slice(0, count);
}

/**
 * The sales plan period a cockpit period stands for: plans are kept per month or quarter, so a whole month or a whole
 * quarter is itself, and any other span (a year, a custom range) shows the plan of the month holding today.
 */
export function planPeriodOf(period: { from: string; to: string }, today: string): string {
  const [fy, fm, fd] = period.from.split('-').map(Number);
  const [ty, tm] = period.to.split('-').map(Number);
  const last = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  const whole = fd === 1 && period.to.endsWith(`-${String(last).padStart(2, '0')}`) && fy === ty;
  if (whole && fm === tm) return period.from.slice(0, 7);
  if (whole && tm - fm === 2 && fm % 3 === 1) return `${fy}-Q${(fm + 2) / 3}`;
  return today.slice(0, 7);
}
