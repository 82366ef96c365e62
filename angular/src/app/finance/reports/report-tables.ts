import { CashFlowCategory, CashFlowDto, ProfitAndLossDto, TrialBalanceRow, TrialBalanceTotals } from '../../api/models';

/** What the report tables do with the server's figures: lay them out, never recompute them, except totals of columns. */

type Money = number | string | null | undefined;

/** A money figure as a number of kopecks, so sums of many rows are exact. */
export function kopecks(value: Money): number {
  return Math.round((Number(value ?? 0) || 0) * 100);
}

/** The exact sum of money figures, to kopecks. */
export function sumMoney(values: readonly Money[]): number {
  return values.reduce<number>((sum, v) => sum + kopecks(v), 0) / 100;
}

/** One line of a report table: a figure per month, in the order of the report's months, and the period's total. */
export interface MonthlyLine {
  readonly key: string;
  /** An i18n key, or the name of an article when `named`. */
  readonly label: string;
  readonly named?: boolean;
  readonly months: readonly number[];
  readonly total: number;
  /** A subtotal or total, shown bold. */
  readonly strong?: boolean;
  /** A part of the line below it (an article of the operating expenses). */
  readonly indent?: boolean;
  readonly testId?: string;
}

/** An article's figures laid on the report's months: a month the server left out is 0. */
export function monthCells(months: readonly string[], entries: readonly { month: string; amount: Money }[]): number[] {
  const byMonth = new Map(entries.map((e) => [e.month, Number(e.amount ?? 0) || 0]));
  return months.map((m) => byMonth.get(m) ?? 0);
}

const PNL_LINES = [
  { key: 'revenue', strong: false },
  { key: 'costOfGoodsSold', strong: false },
  { key: 'grossProfit', strong: true },
  { key: 'operatingExpenses', strong: false },
  { key: 'otherIncome', strong: false },
  { key: 'otherExpenses', strong: false },
  { key: 'netProfit', strong: true },
] as const;

/**
 * The P&L as lines × months: revenue down to net profit, each month as the server counted it, the period's total
 * last; the expenses by article come right before their sum, the operating expenses.
 */
export function profitAndLossLines(dto: ProfitAndLossDto): MonthlyLine[] {
  const months = dto.months.map((m) => m.month);
  const lines: MonthlyLine[] = [];
  for (const { key, strong } of PNL_LINES) {
    if (key === 'operatingExpenses') {
      dto.expenses.forEach((e, i) =>
        lines.push({ key: `expense-${e.categoryId ?? i}`, label: e.name, named: true, months: monthCells(months, e.months), total: Number(e.amount) || 0, indent: true }),
      );
    }
    lines.push({
      key,
      label: `financeReports.pnl.${key}`,
      months: dto.months.map((m) => Number(m[key] ?? 0) || 0),
      total: Number(dto[key] ?? 0) || 0,
      strong,
      testId: `pnl-${key}`,
    });
  }
  return lines;
}

/** The cash flow as lines × months: money in by article and its total, money out likewise, then the net flow. */
export function cashFlowLines(dto: CashFlowDto): { incoming: MonthlyLine[]; outgoing: MonthlyLine[]; totals: MonthlyLine[] } {
  const months = dto.months.map((m) => m.month);
  const article = (direction: string) => (a: CashFlowCategory, i: number): MonthlyLine => ({
    key: `${direction}-${a.categoryId ?? i}`,
    label: a.name,
    named: true,
    months: monthCells(months, a.months),
    total: Number(a.amount) || 0,
  });
  const total = (key: 'incoming' | 'outgoing' | 'net', total: Money): MonthlyLine => ({
    key,
    label: `financeReports.cashFlow.total.${key}`,
    months: dto.months.map((m) => Number(m[key]) || 0),
    total: Number(total) || 0,
    strong: true,
    testId: `cash-flow-${key}`,
  });
  return {
    incoming: [...dto.incoming.map(article('in')), total('incoming', dto.totalIncoming)],
    outgoing: [...dto.outgoing.map(article('out')), total('outgoing', dto.totalOutgoing)],
    totals: [total('net', dto.net)],
  };
}

/** A signed balance (debit positive) as the two columns accountants read it in: debit or credit, the other empty. */
export function balanceSides(balance: Money): { debit: number | null; credit: number | null } {
  const k = kopecks(balance);
  if (k > 0) return { debit: k / 100, credit: null };
  if (k < 0) return { debit: null, credit: -k / 100 };
  return { debit: null, credit: null };
}

/** A trial balance row in six columns: opening debit/credit, the period's turnovers, closing debit/credit. */
export interface TrialBalanceLine {
  readonly account: string;
  readonly name: string;
  readonly openingDebit: number | null;
  readonly openingCredit: number | null;
  readonly debit: number;
  readonly credit: number;
  readonly closingDebit: number | null;
  readonly closingCredit: number | null;
}

export function trialBalanceLines(rows: readonly TrialBalanceRow[]): TrialBalanceLine[] {
  return rows.map((r) => {
    const opening = balanceSides(r.openingBalance);
    const closing = balanceSides(r.closingBalance);
    return {
      account: r.account,
      name: r.name,
      openingDebit: opening.debit,
      openingCredit: opening.credit,
      debit: Number(r.debit) || 0,
      credit: Number(r.credit) || 0,
      closingDebit: closing.debit,
      closingCredit: closing.credit,
    };
  });
}

/** Whether debit equals credit, to the kopeck, in the opening balances, the turnovers and the closing balances. */
export function isBalanced(t: TrialBalanceTotals): boolean {
  const same = (a: Money, b: Money) => kopecks(a) === kopecks(b);
  return same(t.openingDebit, t.openingCredit) && same(t.debit, t.credit) && same(t.closingDebit, t.closingCredit);
}
