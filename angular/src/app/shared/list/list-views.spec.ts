import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { NEVER } from 'rxjs';
import { configureTestBed, http, me, settle } from '../../../testing/testing-providers';
import { AuthService } from '../../core/auth/auth.service';
import { ListViews } from './list-views';
import { pagedList } from './paged-list';
import { SavedViewDto as SavedView } from '../../api/models';

const myId = '6a1c8b0e-0000-4000-8000-000000000001';

const view = (overrides: Partial<SavedView>): SavedView => ({
  id: 'v1',
  list: 'crm.deals',
  name: 'Мои горящие',
  query: { status: 'open', sorting: 'amount desc' },
  shared: false,
  ownerId: myId,
  ownerName: 'Анна Смирнова',
  canChange: true,
  concurrencyStamp: 's1',
  ...overrides,
});

@Component({
  selector: 'app-test-deals',
  imports: [ListViews],
  template: `<app-list-views [list]="list" key="crm.deals" />`,
})
class TestDealsPage {
  readonly list = pagedList<unknown, { status: string; pipelineId: string }>({ filters: { status: '', pipelineId: '' }, load: () => NEVER });
}

describe('ListViews', () => {
  beforeEach(() => configureTestBed([{ path: 'deals', component: TestDealsPage }]));
  afterEach(() => http().verify());

  const items = () => Array.from(document.querySelectorAll<HTMLElement>('[data-testid="view-item"]'));

  it('lists my views, then the shared ones with their author, and applies the one picked to the list\'s URL', async () => {
    const signedIn = TestBed.inject(AuthService).refresh();
    http().expectOne('/api/account/me').flush(me({ id: myId, permissions: ['Crm.Deals'] }));
    await signedIn;
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/deals?status=lost&q=' + encodeURIComponent('двери') + '&page=3');
    await settle(harness.fixture);

    (harness.routeNativeElement!.querySelector('[data-testid="views-menu"]') as HTMLElement).click();
    await settle(harness.fixture);
    http()
      .expectOne((r) => r.url === '/api/views' && r.params.get('list') === 'crm.deals')
      .flush({
        totalCount: 2,
        items: [
          view({}),
          view({ id: 'v2', name: 'Крупные', shared: true, ownerId: 'd1', ownerName: 'Дина Орлова', canChange: false, query: { pipelineId: 'p1', filter: 'окна' } }),
        ],
      });
    await settle(harness.fixture);

    expect(items().map((i) => i.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['Мои горящие', 'Крупные автор: Дина Орлова']);
    expect(document.querySelectorAll('[data-testid="view-delete"]').length).toBe(1);

    items()[1].click();
    await settle(harness.fixture);

    const router = TestBed.inject(Router);
    expect(router.parseUrl(router.url).queryParams).toEqual({ pipelineId: 'p1', q: 'окна' });
  });
});
