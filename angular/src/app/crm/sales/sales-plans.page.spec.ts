import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { AuthService } from '../../core/auth/auth.service';
import { allByTestId, byTestId, configureTestBed, http, me, settle } from '../../../testing/testing-providers';
import { SalesPlansPage } from './sales-plans.page';

const report = (team: boolean) => ({
  period: '2026-12',
  basis: 'wonDeals',
  from: '2026-12-01',
  to: '2026-12-31',
  workingDays: 23,
  workingDaysPassed: 8,
  rows: [{ ownerId: 'a', ownerName: 'Анна Смирнова', plan: 100000, fact: 40000, percent: 40, forecast: 115000 }],
  team: team ? { ownerId: null, ownerName: 'Team', plan: 200000, fact: 60000, percent: 30, forecast: 172500 } : null,
});

async function open(permissions: string[]) {
  const auth = TestBed.inject(AuthService);
  const refreshed = auth.refresh();
  http().expectOne('/api/account/me').flush(me({ permissions }));
  await refreshed;
  await TestBed.inject(Router).navigateByUrl('/crm/reports/sales-plans?period=2026-12');
  const fixture = TestBed.createComponent(SalesPlansPage);
  await settle(fixture);
  http().expectOne('/api/settings/company').flush({ timeZone: 'Europe/Moscow', concurrencyStamp: 's' });
  await settle();
  return fixture;
}

describe('SalesPlansPage', () => {
  beforeEach(() => configureTestBed([{ path: '**', children: [] }]));
  afterEach(() => http().verify());

  it('shows a manager their own plan, fact, percentage and forecast, without the plans editor', async () => {
    const fixture = await open(['Crm.Reports']);
    const request = http().expectOne((r) => r.url === '/api/crm/reports/plan-vs-fact');
    expect(request.request.params.get('period')).toBe('2026-12');
    request.flush(report(false));
    await settle(fixture);

    const rows = allByTestId(fixture, 'plan-row').map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows.length).toBe(1);
    expect(rows[0]).toContain('Анна Смирнова');
    expect(rows[0]).toContain('115 000,00');
    expect(byTestId(fixture, 'plan-percent')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('40 %');
    expect(byTestId(fixture, 'working-days')?.textContent).toContain('8');
    expect(byTestId(fixture, 'plans')).toBeNull();
    expect(allByTestId(fixture, 'chart-bar').length).toBe(3);
  }, 30_000);

  it('gives a director the team row and the period\'s plans to edit', async () => {
    const fixture = await open(['Crm.Reports', 'Crm.SalesPlans.Manage', 'Crm.Deals.ViewAll']);
    http().expectOne((r) => r.url === '/api/crm/reports/plan-vs-fact').flush(report(true));
    http()
      .expectOne((r) => r.url === '/api/crm/sales-plans')
      .flush({ totalCount: 1, items: [{ id: 'p1', period: '2026-12', ownerId: null, ownerName: null, amount: 200000, concurrencyStamp: 's' }] });
    await settle(fixture);

    const rows = allByTestId(fixture, 'plan-row').map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows.length).toBe(2);
    expect(rows[1]).toContain('Команда');
    expect(allByTestId(fixture, 'plan').length).toBe(1);
    expect(byTestId(fixture, 'plan-basis')).not.toBeNull();
  }, 30_000);
});
