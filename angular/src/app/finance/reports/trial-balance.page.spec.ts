import { TestBed } from '@angular/core/testing';
import { allByTestId, byTestId, configureTestBed, http, settle } from '../../../testing/testing-providers';
import { TrialBalancePage } from './trial-balance.page';

describe('TrialBalancePage', () => {
  beforeEach(() => configureTestBed([{ path: '**', children: [] }]));
  afterEach(() => http().verify());

  it('opens on the company\'s current month and shows debit = credit in the totals row', async () => {
    const fixture = TestBed.createComponent(TrialBalancePage);
    await settle(fixture);
    // The company's zone decides which month "now" is in.
    http().expectOne('/api/settings/company').flush({ timeZone: 'Europe/Moscow', concurrencyStamp: 's' });
    await settle();
    const request = http().expectOne((r) => r.url === '/api/finance/reports/trial-balance');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(new Date());
    expect(request.request.params.get('from')).toBe(`${today.slice(0, 7)}-01`);
    expect(request.request.params.get('to')?.slice(0, 7)).toBe(today.slice(0, 7));
    request.flush({
      from: '2026-12-01',
      to: '2026-12-31',
      rows: [
        { account: '51', name: 'Расчётные счета', openingBalance: 0, debit: 1200, credit: 0, closingBalance: 1200 },
        { account: '62.01', name: 'Расчёты с покупателями', openingBalance: 0, debit: 1200, credit: 1200, closingBalance: 0 },
        { account: '90.01', name: 'Выручка', openingBalance: 0, debit: 0, credit: 1200, closingBalance: -1200 },
      ],
      totals: { openingDebit: 0, openingCredit: 0, debit: 2400, credit: 2400, closingDebit: 1200, closingCredit: 1200 },
    });
    await settle(fixture);

    expect(allByTestId(fixture, 'trial-balance-row').length).toBe(3);
    expect(byTestId(fixture, 'trial-balance-debit')?.textContent?.replace(/\s/g, ' ').trim()).toBe('2 400,00');
    expect(byTestId(fixture, 'trial-balance-credit')?.textContent?.replace(/\s/g, ' ').trim()).toBe('2 400,00');
    expect(byTestId(fixture, 'trial-balance-balanced')).not.toBeNull();
  });
});
