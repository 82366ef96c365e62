import { TestBed } from '@angular/core/testing';
import { AuthService } from '../auth/auth.service';
import { dayIn } from '../../shared/company-day';
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
    http().expectOne((r) => r.url === '/api/stock/balances').flush({
      totalCount: 3,
      items: [
        { productId: 'a', sku: 'A', productName: 'Болт', warehouseId: 'w', warehouseName: 'Склад', available: 2, minQuantity: 5, unit: 'шт' },
        { productId: 'b', sku: 'B', productName: 'Гайка', warehouseId: 'w', warehouseName: 'Склад', available: 9, minQuantity: 5, unit: 'шт' },
        { productId: 'c', sku: 'C', productName: 'Шайба', warehouseId: 'w', warehouseName: 'Склад', available: 0, minQuantity: null, unit: 'шт' },
      ],
    });
    await settle(fixture);

    expect(byTestId(fixture, 'home-drafts-count')?.textContent).toBe('2');
    expect(allByTestId(fixture, 'home-draft')).toHaveLength(1);
    expect(allByTestId(fixture, 'home-low-stock-row').map((e) => e.textContent?.trim().split(' ')[0])).toEqual(['A']);
    expect(byTestId(fixture, 'home-my-deals')).toBeNull();
  });

  it('shows a director the funnel and the ranking by money won', async () => {
    await signIn(['Crm.Companies', 'Crm.Deals', 'Crm.Deals.ViewAll', 'Crm.Reports']);
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    // The company's month, not the browser's: a zone 14 hours ahead of UTC is on another day for most of the UTC day.
    http().expectOne('/api/settings/company').flush({ timeZone: 'Pacific/Kiritimati', concurrencyStamp: 's' });
    await settle(fixture);
    const funnel = http().expectOne((r) => r.url === '/api/crm/reports/funnel');
    const today = dayIn('Pacific/Kiritimati');
    expect([funnel.request.params.get('from'), funnel.request.params.get('to')]).toEqual([`${today.slice(0, 8)}01`, today]);
    funnel.flush({ pipelineId: 'p1', stages: [{ stageId: 's1', name: 'Звонок', kind: 'open', count: 3, amount: 300, conversionToNext: null }] });
    http().expectOne((r) => r.url === '/api/crm/reports/manager-ranking').flush({
      items: [
        { ownerId: 'aaaaaaaa-1', wonAmount: 100, wonCount: 1, lostCount: 0, openCount: 0, averageDeal: 100, winRate: 1 },
        { ownerId: 'bbbbbbbb-2', wonAmount: 900, wonCount: 2, lostCount: 0, openCount: 0, averageDeal: 450, winRate: 1, ownerName: 'Борис Петров' },
      ],
    });
    await settle(fixture);

    expect(allByTestId(fixture, 'home-funnel-stage')).toHaveLength(1);
    expect(allByTestId(fixture, 'home-ranking-row').map((e) => e.textContent?.trim().split(' ·')[0])).toEqual(['1. Борис Петров', '2. aaaaaaaa']);
    expect(byTestId(fixture, 'home-my-deals')).toBeNull();
  });
});
