/** Pure helpers of the sales pages: plan periods ("2026-12", "2026-Q4") and the plan-vs-fact chart. */
import type { ChartSeries } from '../../shared/charts/bar-chart';
import type { PlanVsFactDto as PlanVsFact, PlanVsFactRowDto as PlanVsFactRow } from '../../api/models';

const pad = (n: number) => String(n).padStart(2, '0');

/** The month of a company day (`yyyy-MM-dd`) as a plan period. */
export function monthCode(day: string): string {
  return day.slice(0, 7);
}

/** The quarter of a company day as a plan period. */
export function quarterCode(day: string): string {
  const [y, m] = day.split('-').map(Number);
  return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
}

/** Whether `code` is a month (`2026-12`) or a quarter (`2026-Q4`) the server accepts. */
export function isPeriodCode(code: string | null | undefined): code is string {
  if (!code) return false;
  const month = /^(\d{4})-(\d{2})$/.exec(code);
  if (month) return Number(month[1]) > 0 && Number(month[2]) >= 1 && Number(month[2]) <= 12;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(code);
  return !!quarter && Number(quarter[1]) > 0;
}

/** The first day of a month or quarter (`2026-Q4` → `2026-10-01`). */
export function firstDayOf(code: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(code);
  return quarter ? `${quarter[1]}-${pad(Number(quarter[2]) * 3 - 2)}-01` : `${code}-01`;
}

/** The month or quarter `by` steps after (negative: before) `code`. */
export function shiftPeriod(code: string, by: number): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(code);
  if (quarter) {
    const index = Number(quarter[1]) * 4 + Number(quarter[2]) - 1 + by;
    return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  }
  const [y, m] = code.split('-').map(Number);
  const index = y * 12 + m - 1 + by;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** A progress bar's width for a percentage: 0 without a plan, at most 100. */
export function percentWidth(percent: number | string | null | undefined): number {
  return Math.max(0, Math.min(100, Number(percent ?? 0)));
}

/** A percentage from the server (41.67) as the fraction the `share` pipe shows (0.4167 → 41,7 %); null stays null. */
export function fractionOf(percent: number | string | null | undefined): number | null {
  return percent === null || percent === undefined ? null : Number(percent) / 100;
}

/** The rows a chart and a table show: the managers, then the team when the reader sees it. */
export function planRows(report: PlanVsFact | null, teamName: string): PlanVsFactRow[] {
  if (!report) return [];
  return report.team ? [...report.rows, { ...report.team, ownerName: teamName }] : report.rows;
}

/** Plan, fact and forecast bars per row, grouped by the row's name (a manager without a known name shows as "—"). */
export function planChart(
  rows: readonly PlanVsFactRow[],
  names: { plan: string; fact: string; forecast: string },
): { labels: string[]; series: ChartSeries[] } {
  return {
    labels: rows.map((r) => r.ownerName ?? '—'),
    series: [
      { name: names.plan, values: rows.map((r) => r.plan), tone: 'neutral' },
      { name: names.fact, values: rows.map((r) => r.fact), tone: 'primary' },
      { name: names.forecast, values: rows.map((r) => r.forecast), tone: 'secondary' },
    ],
  };
}
