import { TestBed } from '@angular/core/testing';
import { AuthService } from '../auth/auth.service';
import { allByTestId, byTestId, configureTestBed, http, me, settle } from '../../../testing/testing-providers';
import { HomePage } from './home.page';

describe('HomePage', () => {
  beforeEach(() => configureTestBed([{ path: '**', children: [] }]));
  afterEach(() => http().verify());

  async function signIn(permissions: string[]) {
    const refreshed = TestBed.inject(AuthService).refresh();
    http().expectOne('/api/account/me').flush(me({ permissions }));
    await refreshed;
  }

  it("shows a sales manager their own plan for this month beside their deals", async () => {
    await signIn(['Crm.Deals', 'Crm.Reports']);
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    http().expectOne((r) => r.url === '/api/crm/pipelines').flush({ totalCount: 0, items: [] });
    http().expectOne('/api/settings/company').flush({ timeZone: 'Europe/Moscow', concurrencyStamp: 's' });
    await settle(fixture);
    const plan = http().expectOne((r) => r.url === '/api/crm/reports/plan-vs-fact');
    expect(plan.request.params.get('period')).toMatch(/^\d{4}-\d{2}$/);
    plan.flush({
      period: '2026-12', basis: 'wonDeals', from: '2026-12-01', to: '2026-12-31', workingDays: 23, workingDaysPassed: 8,
      rows: [{ ownerId: 'me', ownerName: 'Анна', plan: 100_000, fact: 40_000, percent: 40, forecast: 115_000 }],
      team: null,
    });
    await settle(fixture);

    expect(byTestId(fixture, 'plan-team')).toBeNull();
    expect(allByTestId(fixture, 'plan-row')).toHaveLength(1);
    expect(byTestId(fixture, 'plan-percent')?.textContent).toContain('40');
  });

  it("shows a sales user their own open deals by stage, the leads waiting and what moved lately", async () => {
    await signIn(['Crm.Companies', 'Crm.Deals', 'Crm.Leads']);
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    http().expectOne((r) => r.url === '/api/crm/pipelines').flush({
      totalCount: 1,
      items: [{ id: 'p1', name: 'Продажи', isDefault: true, concurrencyStamp: 'x', stages: [] }],
    });
    const leads = http().expectOne((r) => r.url === '/api/crm/leads');
    expect(leads.request.params.get('status')).toBe('new');
    leads.flush({ totalCount: 7, items: [{ id: 'l1', title: 'Заявка с сайта' }] });
    await settle(fixture);
    const board = http().expectOne((r) => r.url === '/api/crm/deals/board');
    expect(board.request.params.get('mine')).toBe('true');
    board.flush({
      pipelineId: 'p1',
      sorting: 'createdAt desc, id',
      columns: [
        { stageId: 's1', name: 'Звонок', kind: 'open', order: 0, probability: 10, count: 4, amount: 1000, deals: [{ id: 'd1', title: 'Окна' }] },
        { stageId: 'w', name: 'Успешно', kind: 'won', order: 1, probability: 100, count: 9, amount: 9000, deals: [] },
      ],
    });
    const recent = http().expectOne((r) => r.url === '/api/crm/deals');
    expect(recent.request.params.get('mine')).toBe('true');
    expect(recent.request.params.get('status')).toBe('open');
    recent.flush({ totalCount: 1, items: [{ id: 'd1', title: 'Окна', stageEnteredAt: '2026-12-01T10:00:00Z' }] });
    await settle(fixture);

    expect(allByTestId(fixture, 'home-stage').map((e) => e.getAttribute('data-stage'))).toEqual(['Звонок']);
    expect(byTestId(fixture, 'home-stage-count')?.textContent).toBe('4');
    expect(byTestId(fixture, 'home-deal')?.textContent?.trim()).toBe('Окна');
    expect(byTestId(fixture, 'home-leads-count')?.textContent).toBe('7');
    expect(byTestId(fixture, 'home-recent-deal')?.textContent).toContain('Окна');
    expect(byTestId(fixture, 'home-funnel')).toBeNull();
    expect(byTestId(fixture, 'home-drafts')).toBeNull();
  });

  it('shows the warehouse its drafts and the products below their minimum', async () => {
    await signIn(['Stock.Documents', 'Stock.Balances']);
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    const drafts = http().expectOne((r) => r.url === '/api/stock/documents');
    expect(drafts.request.params.get('status')).toBe('draft');
    drafts.flush({ totalCount: 2, items: [{ id: 'x1', kind: 'receipt', number: 'ПР-1', date: '2026-12-01', status: 'draft' }] });
    http().expectOne('/api/stock/balances/summary').flush({
      value: 1000,
      productsInStock: 2,
      belowMinimum: 2,
      shortest: [
        { productId: 'a', sku: 'A', name: 'Болт', unit: 'шт', available: 0, minQuantity: 5 },
        { productId: 'b', sku: 'B', name: 'Гайка', unit: 'шт', available: 2, minQuantity: 5 },
      ],
    });
    await settle(fixture);

    expect(byTestId(fixture, 'home-drafts-count')?.textContent).toBe('2');
    expect(allByTestId(fixture, 'home-draft')).toHaveLength(1);
    expect(allByTestId(fixture, 'home-low-stock-row').map((e) => e.textContent?.trim().split(' ')[0])).toEqual(['A', 'B']);
    expect(byTestId(fixture, 'home-my-deals')).toBeNull();
  });

  it('shows a director the cockpit instead of the panels of one role', async () => {
    await signIn(['Crm.Companies', 'Crm.Deals', 'Crm.Deals.ViewAll', 'Crm.Reports', 'Stock.Documents']);
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    http().expectOne('/api/settings/company').flush({ timeZone: 'Europe/Moscow', concurrencyStamp: 's' });
    await settle(fixture);
    const empty = (url: string) => (url.includes('documents') ? { totalCount: 0, items: [] } : url.includes('plan-vs-fact') ? { rows: [], team: null } : {});
    http().match(() => true).forEach((r) => r.flush(empty(r.request.url)));
    await settle(fixture);
    http().match(() => true).forEach((r) => r.flush(empty(r.request.url)));
    await settle(fixture);

    expect(byTestId(fixture, 'home-cockpit')).not.toBeNull();
    expect(byTestId(fixture, 'home-my-deals')).toBeNull();
    expect(byTestId(fixture, 'home-leads')).toBeNull();
    expect(byTestId(fixture, 'home-drafts')).not.toBeNull();
    http().match(() => true);
  });
});
