import { kopecks } from '../reports/report-tables';

/** An open invoice as the match dialog offers it. */
export interface OpenInvoice {
  readonly id: string;
  readonly dueDate: string | null;
  readonly amountDue: number | string;
}

/**
 * The invoices in the order the accountant reads them: those the import suggested (number in the purpose, the
 * payer's tax id, the amount) first, in the import's order, then the rest oldest due first.
 */
export function suggestedFirst<T extends OpenInvoice>(invoices: readonly T[], suggestedIds: readonly string[]): T[] {
  const rank = (i: T) => {
    const s = suggestedIds.indexOf(i.id);
    return s < 0 ? suggestedIds.length : s;
  };
  return [...invoices].sort((a, b) => rank(a) - rank(b) || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
}

/**
 * What the line's amount pays, invoice by invoice in the given order: each gets as much of its due as is left, to
 * the kopeck, until the amount is spent. What is left over stays the customer's advance.
 */
export function proposeAllocations(amount: number | string, invoices: readonly OpenInvoice[]): Record<string, number> {
  let left = kopecks(amount);
  const result: Record<string, number> = {};
  for (const invoice of invoices) {
    const take = Math.max(0, Math.min(left, kopecks(invoice.amountDue)));
    result[invoice.id] = take / 100;
    left -= take;
  }
  return result;
}

/** What a set of allocations leaves of the line's amount: positive an advance, negative more than was paid. */
export function remainderOf(amount: number | string, allocations: Record<string, number | string | null>): number {
  return (kopecks(amount) - Object.values(allocations).reduce<number>((sum, v) => sum + kopecks(v), 0)) / 100;
}

/**
 * Why the allocations cannot be sent, as an i18n key under financeReports.statements; null when they can. Nothing
 * allocated is allowed: the whole amount is then the customer's advance.
 */
export function allocationProblem(amount: number | string, invoices: readonly OpenInvoice[], allocations: Record<string, number | string | null>): string | null {
  if (invoices.some((i) => kopecks(allocations[i.id]) < 0)) return 'negativeAmount';
  if (invoices.some((i) => kopecks(allocations[i.id]) > kopecks(i.amountDue))) return 'moreThanDue';
  if (remainderOf(amount, allocations) < 0) return 'moreThanPaid';
  return null;
}
