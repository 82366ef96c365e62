import { TestBed } from '@angular/core/testing';
import { AuthService } from '../../core/auth/auth.service';
import { configureTestBed, http, me, settle } from '../../../testing/testing-providers';
import { ReportsPage } from './reports.page';

describe('ReportsPage', () => {
  beforeEach(async () => {
    configureTestBed([{ path: '**', children: [] }]);
    const auth = TestBed.inject(AuthService);
    const refreshed = auth.refresh();
    http().expectOne('/api/account/me').flush(me({ permissions: ['Crm.Deals', 'Crm.Reports'] }));
    await refreshed;
  });
  // verify() also fails on any request nobody expected, such as the users list a sales manager may not read.
  afterEach(() => http().verify());

  it('names managers in the ranking by the full names Crm sends, without asking Identity for users', async () => {
    const fixture = TestBed.createComponent(ReportsPage);
    await fixture.whenStable();
    http().expectOne('/api/crm/pipelines?maxResultCount=100').flush({ totalCount: 0, items: [] });
    http().expectOne('/api/crm/sources?maxResultCount=1000').flush({ totalCount: 0, items: [] });
    await settle(); // not the fixture: it would wait for the six report requests still open
    http().expectOne((r) => r.url === '/api/crm/reports/funnel').flush({ pipelineId: 'p1', stages: [] });
    http().expectOne((r) => r.url === '/api/crm/reports/velocity').flush({ stages: [], averageSaleDays: null, wonCount: 0 });
    http().expectOne((r) => r.url === '/api/crm/reports/forecast').flush({ months: [], openAmount: 0, weightedAmount: 0 });
    http().expectOne((r) => r.url === '/api/crm/reports/loss-reasons').flush({ items: [] });
    http().expectOne((r) => r.url === '/api/crm/reports/sources').flush({ items: [] });
    http()
      .expectOne((r) => r.url === '/api/crm/reports/manager-ranking')
      .flush({
        items: [
          { ownerId: 'u1', ownerName: 'Анна Петрова', wonCount: 2, wonAmount: 500, averageDeal: 250, winRate: 1, lostCount: 0, openCount: 1 },
          { ownerId: '00000000-0000-4000-8000-0000000000b2', ownerName: null, wonCount: 1, wonAmount: 10, averageDeal: 10, winRate: 0.5, lostCount: 1, openCount: 0 },
        ],
      });
    await settle(fixture);

    // The ranking's tab is not the one shown first; its rows print ownerName(ownerId).
    const page = fixture.componentInstance as unknown as { ownerName(id: string): string };
    expect(page.ownerName('u1')).toBe('Анна Петрова');
    expect(page.ownerName('00000000-0000-4000-8000-0000000000b2')).toBe('…0000b2');
  }, 30_000);

  it('keeps the figures of the last filter when an earlier load answers after it', async () => {
    const fixture = TestBed.createComponent(ReportsPage);
    await fixture.whenStable();
    http().expectOne('/api/crm/pipelines?maxResultCount=100').flush({ totalCount: 0, items: [] });
    http().expectOne('/api/crm/sources?maxResultCount=1000').flush({ totalCount: 0, items: [] });
    await settle();
    const page = fixture.componentInstance as unknown as {
      setFilter(key: 'to', value: string): void;
      funnel(): { stages: { count: number }[] } | null;
    };
    const reports = ['velocity', 'forecast', 'loss-reasons', 'sources', 'manager-ranking'];
    const empty: Record<string, object> = {
      velocity: { stages: [], averageSaleDays: null, wonCount: 0 },
      forecast: { months: [], openAmount: 0, weightedAmount: 0 },
      'loss-reasons': { items: [] },
      sources: { items: [] },
      'manager-ranking': { items: [] },
    };
    const answer = (to: string | null, count: number) => {
      const matches = (name: string) => (r: { url: string; params: { get(k: string): string | null } }) =>
        r.url === `/api/crm/reports/${name}` && r.params.get('to') === to;
      http().expectOne(matches('funnel')).flush({ pipelineId: 'p1', stages: [{ stageId: 's1', name: 'Первый звонок', count }] });
      for (const name of reports) http().expectOne(matches(name)).flush(empty[name]);
    };

    // The first load (no period) is still open when the user picks a period; it answers last.
    page.setFilter('to', '2000-01-01');
    answer('2000-01-01', 0);
    answer(null, 12);
    await settle(fixture);

    expect(page.funnel()?.stages[0].count).toBe(0);
  }, 30_000);
});
