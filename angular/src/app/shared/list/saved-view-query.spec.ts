import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { NEVER } from 'rxjs';
import { configureTestBed, settle } from '../../../testing/testing-providers';
import { ListState, pagedList, paramsOfView, viewQueryOf } from './paged-list';

type Filters = { status: string; pipelineId: string; mine: string };
const defaults: Filters = { status: 'open', pipelineId: '', mine: '' };

const state = (overrides: Partial<ListState<Filters>>): ListState<Filters> => ({
  pageIndex: 3,
  pageSize: 50,
  sort: { active: '', direction: '' },
  search: '',
  filters: defaults,
  ...overrides,
});

@Component({ selector: 'app-test-deals', template: '' })
class TestDealsPage {
  readonly list = pagedList<unknown, Filters>({ filters: { ...defaults }, load: () => NEVER });
}

describe('saved views of a list', () => {
  it('keep the filters that differ from the page defaults, the search and the order, in the endpoints\' names', () => {
    const query = viewQueryOf(
      state({ search: 'окна', sort: { active: 'amount', direction: 'desc' }, filters: { status: 'won', pipelineId: 'p1', mine: '' } }),
      defaults,
    );

    expect(query).toEqual({ status: 'won', pipelineId: 'p1', filter: 'окна', sorting: 'amount desc' });
  });

  it('keep "any" chosen over a default that is not "any"', () => {
    expect(viewQueryOf(state({ filters: { status: '', pipelineId: '', mine: '' } }), defaults)).toEqual({ status: '' });
  });

  it('show the list from the first page, and reset what the view does not name to the default', () => {
    expect(paramsOfView({ pipelineId: 'p1', filter: 'окна', sorting: 'amount desc', unknown: 'x' }, defaults)).toEqual({
      q: 'окна',
      sort: '-amount',
      page: null,
      status: null,
      pipelineId: 'p1',
      mine: null,
    });
    expect(paramsOfView({ sorting: 'title' }, defaults)).toMatchObject({ q: null, sort: 'title' });
    expect(paramsOfView({}, defaults)).toMatchObject({ q: null, sort: null });
  });

  it('read back as the same list after being applied', async () => {
    configureTestBed([{ path: 'deals', component: TestDealsPage }]);
    const harness = await RouterTestingHarness.create();
    const page = await harness.navigateByUrl('/deals?page=4&size=50&status=lost&q=двери&sort=title', TestDealsPage);
    await settle(harness.fixture);

    page.list.applyView({ pipelineId: 'p1', filter: 'окна', sorting: 'amount desc' });
    await settle(harness.fixture);

    const router = TestBed.inject(Router);
    expect(router.parseUrl(router.url).queryParams).toEqual({ size: '50', pipelineId: 'p1', q: 'окна', sort: '-amount' });
    expect(page.list.viewQuery()).toEqual({ pipelineId: 'p1', filter: 'окна', sorting: 'amount desc' });
    expect(page.list.pageIndex()).toBe(0);
    expect(page.list.filters().status).toBe('open');
  });
});
