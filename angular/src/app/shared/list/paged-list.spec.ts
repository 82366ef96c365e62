import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Observable, Subject } from 'rxjs';
import { configureTestBed, settle } from '../../../testing/testing-providers';
import { Page, PageRequest, pagedList, SEARCH_DEBOUNCE_MS } from './paged-list';

interface Row {
  readonly id: number;
}

type Filters = { status: string; tag: string };

/** Every request the list made, answered by the test. */
const requests: { request: PageRequest; filters: Filters; answer: Subject<Page<Row>> }[] = [];

@Component({ selector: 'app-test-list', template: '' })
class TestListPage {
  readonly list = pagedList<Row, Filters>({
    filters: { status: '', tag: '' },
    load: (request, filters): Observable<Page<Row>> => {
      const answer = new Subject<Page<Row>>();
      requests.push({ request, filters, answer });
      return answer;
    },
  });
  readonly tag = this.list.textFilter('tag');
}

describe('pagedList', () => {
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    requests.length = 0;
    configureTestBed([{ path: 'list', component: TestListPage }, { path: 'other', children: [] }]);
    harness = await RouterTestingHarness.create();
  });

  const open = async (url: string) => {
    const page = await harness.navigateByUrl(url, TestListPage);
    await settle(harness.fixture);
    return page.list;
  };
  const url = () => TestBed.inject(Router).url;
  const last = () => requests[requests.length - 1];

  it('reads page, size, sort, search and filters from a shared link', async () => {
    const list = await open('/list?page=3&size=50&sort=-createdAt&q=рога&status=won&unknown=x');

    expect(last().request).toEqual({ skipCount: 100, maxResultCount: 50, sorting: 'createdAt desc', filter: 'рога' });
    expect(last().filters).toEqual({ status: 'won', tag: '' });
    expect(list.searchControl.value).toBe('рога');
    expect(list.sort()).toEqual({ active: 'createdAt', direction: 'desc' });
  });

  it('falls back to the first page of the default size for values that make no sense', async () => {
    await open('/list?page=-4&size=7&sort=-');

    expect(last().request).toEqual({ skipCount: 0, maxResultCount: 20, sorting: undefined, filter: undefined });
  });

  it('writes its state to the URL and reads the same state back', async () => {
    const list = await open('/list');
    list.setFilters({ status: 'lost' });
    await settle(harness.fixture);
    list.sortBy({ active: 'name', direction: 'asc' });
    await settle(harness.fixture);
    list.setPage({ pageIndex: 1, pageSize: 20 });
    await settle(harness.fixture);

    expect(url()).toBe('/list?status=lost&sort=name&page=2');
    expect(last().request).toEqual({ skipCount: 20, maxResultCount: 20, sorting: 'name asc', filter: undefined });
    expect(last().filters).toEqual({ status: 'lost', tag: '' });

    const again = await open(url());
    expect(again.pageIndex()).toBe(1);
    expect(again.filters().status).toBe('lost');
  });

  it('goes back to the first page when the sort or a filter changes, and leaves defaults out of the URL', async () => {
    const list = await open('/list?page=4&status=won');

    list.sortBy({ active: 'name', direction: 'desc' });
    await settle(harness.fixture);
    expect(url()).toBe('/list?status=won&sort=-name');
    expect(last().request.skipCount).toBe(0);

    list.setPage({ pageIndex: 2, pageSize: 20 });
    await settle(harness.fixture);
    list.setFilters({ status: '' });
    await settle(harness.fixture);
    expect(url()).toBe('/list?sort=-name');
  });

  it('goes back to the first page when the page size changes', async () => {
    const list = await open('/list?page=3');

    list.setPage({ pageIndex: 2, pageSize: 50 });
    await settle(harness.fixture);

    expect(url()).toBe('/list?size=50');
    expect(last().request).toMatchObject({ skipCount: 0, maxResultCount: 50 });
  });

  it('asks the server once typing pauses, from the first page, and not per keystroke', async () => {
    const list = await open('/list?page=2');
    const before = requests.length;
    vi.useFakeTimers();
    try {
      list.searchControl.setValue('р');
      vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 50);
      list.searchControl.setValue('рог');
      vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 50);
      list.searchControl.setValue(' рога ');
      vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 50);
      expect(url()).toBe('/list?page=2');
      vi.advanceTimersByTime(100);
    } finally {
      vi.useRealTimers();
    }
    await settle(harness.fixture);

    expect(url()).toBe('/list?q=' + encodeURIComponent('рога'));
    expect(requests.length).toBe(before + 1);
    expect(last().request).toMatchObject({ skipCount: 0, filter: 'рога' });
  });

  it('shows the URL\'s search and tag in their boxes when the URL changes under the same page (back, forward)', async () => {
    const list = await open('/list?q=окна&tag=vip');
    const page = harness.routeDebugElement!.componentInstance as TestListPage;
    expect(list.searchControl.value).toBe('окна');
    expect(page.tag.value).toBe('vip');
    const before = requests.length;

    await open('/list?q=двери');

    expect(harness.routeDebugElement!.componentInstance).toBe(page);
    expect(list.searchControl.value).toBe('двери');
    expect(page.tag.value).toBe('');
    expect(requests.length).toBe(before + 1);
    expect(last().filters).toEqual({ status: '', tag: '' });
  });

  it('keeps rows, total and loading as signals and says when the server failed', async () => {
    const list = await open('/list');
    expect(list.loading()).toBe(true);

    last().answer.next({ items: [{ id: 1 }, { id: 2 }], totalCount: '45' });
    expect(list.rows()).toEqual([{ id: 1 }, { id: 2 }]);
    expect(list.total()).toBe(45);
    expect(list.loading()).toBe(false);
    expect(list.failed()).toBe(false);

    list.reload();
    await settle(harness.fixture);
    last().answer.error(new Error('offline'));
    expect(list.failed()).toBe(true);
    expect(list.rows()).toEqual([{ id: 1 }, { id: 2 }]);
  });
});
