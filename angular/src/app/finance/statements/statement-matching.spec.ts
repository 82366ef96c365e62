import { allocationProblem, proposeAllocations, remainderOf, suggestedFirst } from './statement-matching';

const invoice = (id: string, dueDate: string, amountDue: number | string) => ({ id, dueDate, amountDue });

describe('statement matching', () => {
  const invoices = [invoice('old', '2026-10-01', 300), invoice('newer', '2026-11-01', '200.50'), invoice('named', '2026-11-20', 1000)];

  it('puts the suggested invoices first, then the rest oldest due first', () => {
    const ordered = suggestedFirst([invoices[1], invoices[2], invoices[0]], ['named']);
    expect(ordered.map((i) => i.id)).toEqual(['named', 'old', 'newer']);
  });

  it('spreads the amount over the invoices in order, each up to what it has due', () => {
    expect(proposeAllocations('1250.25', invoices)).toEqual({ old: 300, newer: 200.5, named: 749.75 });
  });

  it('leaves an overpayment as the advance', () => {
    const allocations = proposeAllocations(2000, invoices);
    expect(allocations).toEqual({ old: 300, newer: 200.5, named: 1000 });
    expect(remainderOf(2000, allocations)).toBe(499.5);
  });

  it('refuses more than an invoice has due, more than was paid, or a negative amount', () => {
    expect(allocationProblem(500, invoices, { old: 300.01 })).toBe('moreThanDue');
    expect(allocationProblem(500, invoices, { old: 300, newer: 200.5 })).toBe('moreThanPaid');
    expect(allocationProblem(500, invoices, { old: -1 })).toBe('negativeAmount');
    expect(allocationProblem(500, invoices, { old: 300, newer: 200 })).toBeNull();
    // Nothing allocated: the whole payment is the customer's advance.
    expect(allocationProblem(500, invoices, {})).toBeNull();
  });
});
