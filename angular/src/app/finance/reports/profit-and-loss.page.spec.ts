import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { allByTestId, byTestId, configureTestBed, http, settle } from '../../../testing/testing-providers';
import { ProfitAndLossPage } from './profit-and-loss.page';

const month = (m: string, revenue: number, cogs: number, expenses: number) => ({
  month: m,
  revenue,
  costOfGoodsSold: cogs,
  grossProfit: revenue - cogs,
  operatingExpenses: expenses,
  otherIncome: 0,
  otherExpenses: 0,
  netProfit: revenue - cogs - expenses,
});

describe('ProfitAndLossPage', () => {
  beforeEach(() => configureTestBed([{ path: '**', children: [] }]));
  afterEach(() => http().verify());

  it('asks for the period in the URL and shows the months as columns, a loss below zero in the chart', async () => {
    await TestBed.inject(Router).navigateByUrl('/finance/reports/profit-and-loss?from=2026-01-01&to=2026-02-28');
    const fixture = TestBed.createComponent(ProfitAndLossPage);
    await settle(fixture);
    http().expectOne('/api/settings/company').flush({ timeZone: 'Europe/Moscow', concurrencyStamp: 's' });
    await settle();
    const request = http().expectOne((r) => r.url === '/api/finance/reports/profit-and-loss');
    expect(request.request.params.get('from')).toBe('2026-01-01');
    expect(request.request.params.get('to')).toBe('2026-02-28');
    request.flush({
      from: '2026-01-01',
      to: '2026-02-28',
      revenue: 300000,
      costOfGoodsSold: 180000,
      grossProfit: 120000,
      expenses: [{ categoryId: 'rent', name: 'Аренда офиса', amount: 150000, months: [{ month: '2026-01', amount: 50000 }, { month: '2026-02', amount: 100000 }] }],
      operatingExpenses: 150000,
      otherIncome: 0,
      otherExpenses: 0,
      netProfit: -30000,
      months: [month('2026-01', 200000, 100000, 50000), month('2026-02', 100000, 80000, 100000)],
    });
    await settle(fixture);

    const text = (id: string) => byTestId(fixture, id)?.textContent?.replace(/\s+/g, ' ').trim();
    const cells = Array.from(byTestId(fixture, 'pnl-netProfit')!.querySelectorAll('td')).map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
    expect(cells).toEqual(['Чистая прибыль', '50 000,00', '-80 000,00', '-30 000,00']);
    expect(text('pnl-table')).toContain('Аренда офиса');
    expect(text('pnl-net-total')).toBe('-30 000,00 ₽');
    // Revenue, gross profit and net profit for each of two months; February's loss hangs below the zero line.
    const bars = allByTestId(fixture, 'chart-bar');
    expect(bars.length).toBe(6);
    expect(bars[5].getAttribute('class')).toContain('below');
  });
});
