import { CashFlowDto, ProfitAndLossDto } from '../../api/models';
import { balanceSides, cashFlowLines, isBalanced, monthCells, profitAndLossLines, sumMoney, trialBalanceLines } from './report-tables';

describe('report tables', () => {
  it('sums money to the kopeck, whatever floating point would make of it', () => {
    expect(sumMoney([0.1, 0.2])).toBe(0.3);
    expect(sumMoney(['1000.10', '2000.20', null, undefined, '0.01'])).toBe(3000.31);
    expect(sumMoney(Array(1000).fill(0.01))).toBe(10);
  });

  it('shows a signed balance in the debit or the credit column', () => {
    expect(balanceSides('1500.00')).toEqual({ debit: 1500, credit: null });
    expect(balanceSides(-20.5)).toEqual({ debit: null, credit: 20.5 });
    expect(balanceSides(0)).toEqual({ debit: null, credit: null });
  });

  describe('trial balance', () => {
    const rows = [
      { account: '51', name: 'Расчётные счета', openingBalance: '100000.00', debit: '60000.00', credit: '25000.00', closingBalance: '135000.00' },
      { account: '62.01', name: 'Расчёты с покупателями', openingBalance: '20000.00', debit: '72000.00', credit: '60000.00', closingBalance: '32000.00' },
      { account: '80', name: 'Уставный капитал', openingBalance: '-120000.00', debit: '0', credit: '0', closingBalance: '-120000.00' },
      { account: '90.01', name: 'Выручка', openingBalance: '0', debit: '0', credit: '72000.00', closingBalance: '-72000.00' },
      { account: '26', name: 'Общехозяйственные расходы', openingBalance: '0', debit: '25000.00', credit: '0', closingBalance: '25000.00' },
    ];

    it('sees debit = credit in each pair of the totals, to the kopeck', () => {
      const totals = { openingDebit: 120000, openingCredit: '120000.00', debit: 157000, credit: 157000, closingDebit: 192000, closingCredit: 192000 };
      expect(isBalanced(totals)).toBe(true);
      expect(isBalanced({ ...totals, credit: 157000.01 })).toBe(false);
      expect(isBalanced({ ...totals, closingCredit: 191999.99 })).toBe(false);
    });

    it('puts opening and closing balances on their side and leaves the other empty', () => {
      const [bank, , capital] = trialBalanceLines(rows);
      expect(bank.openingDebit).toBe(100000);
      expect(bank.openingCredit).toBeNull();
      expect(capital.closingCredit).toBe(120000);
      expect(capital.closingDebit).toBeNull();
    });

  });

  it('lays the P&L out as lines by month with the period total last', () => {
    const month = (m: string, revenue: number, net: number) => ({
      month: m, revenue, costOfGoodsSold: 0, grossProfit: revenue, operatingExpenses: revenue - net, otherIncome: 0, otherExpenses: 0, netProfit: net,
    });
    const dto = {
      from: '2026-01-01', to: '2026-02-28', revenue: 300, costOfGoodsSold: 0, grossProfit: 300, operatingExpenses: 350,
      expenses: [{ categoryId: 'rent', name: 'Аренда', amount: 350, months: [{ month: '2026-02', amount: 350 }] }],
      otherIncome: 0, otherExpenses: 0, netProfit: -50, months: [month('2026-01', 100, 20), month('2026-02', 200, -70)],
    } as ProfitAndLossDto;
    const lines = profitAndLossLines(dto);
    expect(lines.map((l) => l.key)).toEqual([
      'revenue', 'costOfGoodsSold', 'grossProfit', 'expense-rent', 'operatingExpenses', 'otherIncome', 'otherExpenses', 'netProfit',
    ]);
    expect(lines[3]).toEqual(expect.objectContaining({ label: 'Аренда', named: true, months: [0, 350], total: 350, indent: true }));
    const net = lines.at(-1)!;
    expect(net.months).toEqual([20, -70]);
    expect(net.total).toBe(-50);
    expect(net.strong).toBe(true);
  });

  it('fills the months an article had no money in with zero', () => {
    expect(monthCells(['2026-01', '2026-02', '2026-03'], [{ month: '2026-02', amount: '15.50' }])).toEqual([0, 15.5, 0]);
  });

  it('builds the cash flow: articles in, their total, articles out, their total, net', () => {
    const dto: CashFlowDto = {
      from: '2026-01-01', to: '2026-02-28',
      incoming: [{ categoryId: 'a1', name: 'Оплата от покупателей', amount: 500, months: [{ month: '2026-02', amount: 500 }] }],
      outgoing: [{ categoryId: 'a2', name: 'Аренда', amount: 200, months: [{ month: '2026-01', amount: 100 }, { month: '2026-02', amount: 100 }] }],
      accounts: [], opening: 0, closing: 300, transfers: 0,
      months: [{ month: '2026-01', incoming: 0, outgoing: 100, net: -100, transfers: 0 }, { month: '2026-02', incoming: 500, outgoing: 100, net: 400, transfers: 0 }],
      totalIncoming: 500, totalOutgoing: 200, net: 300,
    };
    const lines = cashFlowLines(dto);
    expect(lines.incoming.map((l) => [l.label, l.months, l.total])).toEqual([
      ['Оплата от покупателей', [0, 500], 500],
      ['financeReports.cashFlow.total.incoming', [0, 500], 500],
    ]);
    expect(lines.outgoing[0].months).toEqual([100, 100]);
    expect(lines.totals[0].months).toEqual([-100, 400]);
    expect(lines.totals[0].total).toBe(300);
  });
});
