import { EmployeeReportRow, ReportBucket } from '../tasks-models';

export const BUCKETS: readonly ReportBucket[] = ['doneOnTime', 'doneLate', 'open', 'overdue'];

/** One employee's stacked bar: each bucket's share of the widest bar on the chart, in percent. */
export interface EmployeeBar {
  readonly userId: string;
  readonly name: string;
  readonly parts: { readonly bucket: ReportBucket; readonly value: number; readonly percent: number }[];
}

/**
 * Bars on one scale: the employee with the most tasks fills the width. "Overdue" is a part of "open" in the figures
 * (open counts every unfinished task), so the bar shows open minus overdue beside overdue, never the overdue twice.
 */
export function employeeBars(rows: readonly EmployeeReportRow[]): EmployeeBar[] {
  const totals = rows.map((r) => r.doneOnTime + r.doneLate + Math.max(r.open, r.overdue));
  const widest = Math.max(1, ...totals);
  return rows.map((r) => {
    const values: Record<ReportBucket, number> = {
      doneOnTime: r.doneOnTime,
      doneLate: r.doneLate,
      open: Math.max(0, r.open - r.overdue),
      overdue: r.overdue,
    };
    return {
      userId: r.userId,
      name: r.userName ?? '',
      parts: BUCKETS.map((bucket) => ({ bucket, value: values[bucket], percent: (values[bucket] / widest) * 100 })).filter((p) => p.value > 0),
    };
  });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The month a day is in, first to last day. */
export function monthOf(today: string): { from: string; to: string } {
  const [y, m] = today.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(last)}` };
}
