import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { allByTestId, byTestId, configureTestBed, http, settle } from '../../../testing/testing-providers';
import { ProfitByChannelPage } from './profit-by-channel.page';

const row = (sourceId: string | null, name: string, revenue: number, cost: number, marginPercent: number | null) => ({
  sourceId, name, wonDeals: 1, revenue, paid: revenue, costOfGoods: cost, grossProfit: revenue - cost, marginPercent,
});

describe('ProfitByChannelPage', () => {
  beforeEach(() => configureTestBed([{ path: '**', children: [] }]));
  afterEach(() => http().verify());

  it('asks for the period in the URL and shows each channel, "no source" by its own words, and the totals', async () => {
    await TestBed.inject(Router).navigateByUrl('/crm/reports/profit-by-channel?from=2025-05-01&to=2025-05-31');
    const fixture = TestBed.createComponent(ProfitByChannelPage);
    await settle(fixture);
    http().expectOne('/api/settings/company').flush({ timeZone: 'Europe/Moscow', concurrencyStamp: 's' });
    await settle();
    const request = http().expectOne((r) => r.url === '/api/crm/reports/profit-by-channel');
    expect(request.request.params.get('from')).toBe('2025-05-01');
    expect(request.request.params.get('to')).toBe('2025-05-31');
    request.flush({
      from: '2025-05-01',
      to: '2025-05-31',
      rows: [row('s1', 'Сайт', 24000, 14000, 41.67), row(null, 'No source', 1800, 1000, 44.44)],
      totals: row(null, 'Итого', 25800, 15000, 41.86),
    });
    await settle(fixture);

    const rows = allByTestId(fixture, 'channel-row').map((r) => Array.from(r.querySelectorAll('td')).map((td) => td.textContent!.replace(/\s+/g, ' ').trim()));
    expect(rows[0]).toEqual(['Сайт', '1', '24 000,00 ₽', '24 000,00 ₽', '14 000,00 ₽', '10 000,00 ₽', '41,7 %']);
    expect(rows[1][0]).toBe('Без источника');
    expect(byTestId(fixture, 'channel-totals')?.textContent?.replace(/\s+/g, ' ')).toContain('25 800,00');
    expect(allByTestId(fixture, 'chart-bar').length).toBe(6);
  }, 30_000);
});
