import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { allByTestId, byTestId, configureTestBed, http, settle } from '../../../testing/testing-providers';
import { AgingPage } from './aging.page';

describe('AgingPage', () => {
  beforeEach(() => configureTestBed([{ path: '**', children: [] }]));
  afterEach(() => http().verify());

  it('shows customers by bucket with a totals row, and a customer opens their invoices as of the same day', async () => {
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/finance/receivables?asOf=2026-11-30');
    const fixture = TestBed.createComponent(AgingPage);
    await settle(fixture);
    http().expectOne('/api/settings/company').flush({ timeZone: 'Europe/Moscow', concurrencyStamp: 's' });
    await settle();
    http()
      .expectOne((r) => r.url === '/api/finance/receivables/aging' && r.params.get('asOf') === '2026-11-30')
      .flush({
        asOf: '2026-11-30',
        rows: [
          { companyId: 'c1', companyName: 'ООО «Ромашка»', notDue: 1000, d1_30: 500, d31_60: 0, d61_90: 0, over90: 0, total: 1500 },
          { companyId: 'c2', companyName: 'АО «Вектор»', notDue: 0, d1_30: 0, d31_60: 0, d61_90: 0, over90: 250.5, total: 250.5 },
        ],
        totals: { notDue: 1000, d1_30: 500, d31_60: 0, d61_90: 0, over90: 250.5, total: 1750.5 },
      });
    await settle(fixture);

    const rows = allByTestId(fixture, 'aging-row');
    expect(rows.map((r) => r.textContent)).toEqual([expect.stringContaining('ООО «Ромашка»'), expect.stringContaining('АО «Вектор»')]);
    expect(byTestId(fixture, 'aging-total')?.textContent?.replace(/\s/g, ' ').trim()).toBe('1 750,50');

    rows[1].click();
    await settle(fixture);
    expect(router.url).toBe('/finance/receivables/c2?asOf=2026-11-30');
  });
});
