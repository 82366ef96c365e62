import { TestBed } from '@angular/core/testing';
import { AuthService } from '../core/auth/auth.service';
import { dayIn } from '../shared/company-day';
import { presetPeriod, previousPeriod } from '../shared/period/period-presets';
import { allByTestId, byTestId, configureTestBed, http, me, settle } from '../../testing/testing-providers';
import { DirectorHome } from './director-home';

const pnl = (revenue: number, grossProfit: number, netProfit: number) => ({
  from: '',
  to: '',
  revenue,
  costOfGoodsSold: revenue - grossProfit,
  grossProfit,
  expenses: [],
  operatingExpenses: 0,
  otherIncome: 0,
  otherExpenses: 0,
  netProfit,
  months: [{ month: '2026-12', revenue, costOfGoodsSold: 0, grossProfit, operatingExpenses: 0, otherIncome: 0, otherExpenses: 0, netProfit }],
});

describe('DirectorHome', () => {
  beforeEach(() => configureTestBed([{ path: '**', children: [] }]));
  afterEach(() => http().verify());

  it('shows the month against the month before, the money, the debtors, the funnel, the discipline and the stock', async () => {
    const refreshed = TestBed.inject(AuthService).refresh();
    http()
      .expectOne('/api/account/me')
      .flush(me({ permissions: ['Finance.Reports', 'Finance.Payments', 'Crm.Reports', 'Tasks.Reports', 'Stock.Balances'] }));
    await refreshed;
    const fixture = TestBed.createComponent(DirectorHome);
    await fixture.whenStable();
    http().expectOne('/api/settings/company').flush({ timeZone: 'Europe/Moscow', concurrencyStamp: 's' });
    await settle(fixture);

    const month = presetPeriod('month', dayIn('Europe/Moscow'));
    const before = previousPeriod(month);
    const profit = http().match((r) => r.url === '/api/finance/reports/profit-and-loss');
    expect(profit.map((r) => [r.request.params.get('from'), r.request.params.get('to')])).toContainEqual([month.from, month.to]);
    profit.forEach((r) =>
      r.request.params.get('from') === before.from ? r.flush(pnl(100_000, 40_000, 10_000)) : r.flush(pnl(120_000, 50_000, 5_000)),
    );
    http().expectOne((r) => r.url === '/api/finance/reports/cash-flow').flush({ totalIncoming: 90_000, totalOutgoing: 30_000 });
    http().expectOne('/api/finance/accounts').flush([
      { id: 'a1', name: 'Расчётный', balance: 250_000, currency: 'RUB' },
      { id: 'a2', name: 'Касса', balance: 5_000.5, currency: 'RUB' },
    ]);
    http()
      .expectOne((r) => r.url === '/api/finance/receivables/aging')
      .flush({
        asOf: month.from,
        totals: { notDue: 100, d1_30: 50, d31_60: 0, d61_90: 0, over90: 25, total: 175 },
        rows: [
          { companyId: 'c1', companyName: 'ООО Ромашка', notDue: 100, d1_30: 0, d31_60: 0, d61_90: 0, over90: 0, total: 100 },
          { companyId: 'c2', companyName: 'ИП Клёнов', notDue: 0, d1_30: 50, d31_60: 0, d61_90: 0, over90: 25, total: 75 },
        ],
      });
    http()
      .expectOne((r) => r.url === '/api/crm/reports/funnel')
      .flush({ stages: [{ stageId: 's1', name: 'Замер', kind: 'open', count: 4, amount: 400, conversionToNext: 0.5 }] });
    http().expectOne('/api/crm/reports/forecast').flush({ months: [], openAmount: 800_000, weightedAmount: 240_000 });
    http()
      .expectOne('/api/crm/reports/next-steps')
      .flush({ items: [{ ownerId: 'u1', ownerName: 'Анна Смирнова', openDeals: 9, withoutNextStep: 3, overdueNextStep: 1 }], openDeals: 9, withoutNextStep: 3, overdueNextStep: 1 });
    const products = http().expectOne((r) => r.url === '/api/crm/reports/products');
    expect([products.request.params.get('from'), products.request.params.get('sort'), products.request.params.get('take')]).toEqual([month.from, 'revenue', '5']);
    products.flush({ from: month.from, to: month.to, sort: 'revenue', items: [{ productId: 'p9', sku: 'W', name: 'Окно ПВХ', quantity: 3, revenue: 30_000, cost: 18_000, margin: 12_000, marginPercent: 40 }] });
    http()
      .expectOne((r) => r.url === '/api/tasks/reports/by-employee')
      .flush({ items: [{ userId: 'u2', userName: 'Борис Петров', overdue: 2 }, { userId: 'u3', userName: 'Вера', overdue: 0 }] });
    http()
      .expectOne('/api/stock/balances/summary')
      .flush({ value: 12_345.67, productsInStock: 3, belowMinimum: 1, shortest: [{ productId: 'p1', sku: 'A', name: 'Профиль', unit: 'м', available: 2, minQuantity: 10 }] });
    await settle(fixture);
    // The plan tile asks for this month's plan (a month of the cockpit is a plan period of its own).
    const plan = http().expectOne((r) => r.url === '/api/crm/reports/plan-vs-fact');
    expect(plan.request.params.get('period')).toBe(month.from.slice(0, 7));
    plan.flush({
      period: month.from.slice(0, 7), basis: 'wonDeals', from: month.from, to: month.to, workingDays: 20, workingDaysPassed: 10,
      rows: [{ ownerId: 'u1', ownerName: 'Анна Смирнова', plan: 100_000, fact: 45_000, percent: 45, forecast: 90_000 }],
      team: { ownerId: null, ownerName: null, plan: 150_000, fact: 60_000, percent: 40, forecast: 120_000 },
    });
    await settle(fixture);

    const revenue = byTestId(fixture, 'cockpit-revenue')!;
    expect(revenue.querySelector('[data-testid="change"]')?.textContent).toContain('+20');
    expect(byTestId(fixture, 'cockpit-netProfit')!.querySelector('[data-testid="change"]')?.textContent).toContain('-50');
    expect(allByTestId(fixture, 'cash-account')).toHaveLength(2);
    expect(byTestId(fixture, 'cash-total')?.textContent).toContain('255');
    expect(allByTestId(fixture, 'debtor').map((e) => e.textContent?.split(' ·')[0].trim())).toEqual(['ООО Ромашка', 'ИП Клёнов']);
    expect(byTestId(fixture, 'receivables-overdue')?.textContent).toContain('75');
    expect(byTestId(fixture, 'pipeline-weighted')?.textContent).toContain('240');
    expect(byTestId(fixture, 'without-next-step')?.textContent).toContain('3');
    expect(allByTestId(fixture, 'without-next-step-row').map((e) => e.textContent?.split(' ·')[0].trim())).toEqual(['Анна Смирнова']);
    expect(allByTestId(fixture, 'overdue-tasks-row').map((e) => e.textContent?.split(' ·')[0].trim())).toEqual(['Борис Петров']);
    expect(byTestId(fixture, 'stock-below-minimum')?.textContent).toContain('1');
    expect(allByTestId(fixture, 'low-stock-item')[0].textContent).toContain('Профиль');
    expect(allByTestId(fixture, 'top-product').map((e) => e.textContent?.split(' ·')[0].trim())).toEqual(['Окно ПВХ']);
    expect(byTestId(fixture, 'plan-team')?.textContent).toContain('40');
    const planRows = allByTestId(fixture, 'plan-row');
    expect(planRows.map((e) => e.textContent)).toEqual([expect.stringContaining('Анна Смирнова')]);
    expect(planRows[0].querySelector('[data-testid="plan-percent"]')?.textContent).toContain('45');
    expect(byTestId(fixture, 'without-next-step')?.getAttribute('href')).toContain('nextStep=none');
  });

  it('leaves out the tiles the user may not see', async () => {
    const refreshed = TestBed.inject(AuthService).refresh();
    http().expectOne('/api/account/me').flush(me({ permissions: ['Stock.Balances'] }));
    await refreshed;
    const fixture = TestBed.createComponent(DirectorHome);
    await fixture.whenStable();
    http().expectOne('/api/settings/company').flush({ timeZone: 'Europe/Moscow', concurrencyStamp: 's' });
    await settle(fixture);
    http().expectOne('/api/stock/balances/summary').flush({ value: 1, productsInStock: 1, belowMinimum: 0, shortest: [] });
    await settle(fixture);

    expect(byTestId(fixture, 'tile-stock')).not.toBeNull();
    expect(byTestId(fixture, 'tile-profit')).toBeNull();
    expect(byTestId(fixture, 'tile-funnel')).toBeNull();
  });
});
