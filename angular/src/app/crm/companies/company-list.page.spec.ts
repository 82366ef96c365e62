import { TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { company } from '../../../testing/companies';
import { allByTestId, byTestId, configureTestBed, http, settle, type } from '../../../testing/testing-providers';
import { SEARCH_DEBOUNCE_MS } from '../../shared/list/paged-list';
import { CompanyListPage } from './company-list.page';

// The first render of a full page of rows also loads Material's table and paginator: slow on a shared machine.
describe('CompanyListPage', { timeout: 20_000 }, () => {
  beforeEach(() => configureTestBed([{ path: '**', children: [] }]));
  afterEach(() => http().verify());

  const pending = (): TestRequest => http().expectOne((r) => r.url === '/api/crm/companies');
  const params = (req: TestRequest) =>
    Object.fromEntries(req.request.params.keys().map((k) => [k, req.request.params.get(k)]));

  async function render(total = 45, rows = 20) {
    const fixture = TestBed.createComponent(CompanyListPage);
    await fixture.whenStable();
    const first = pending();
    first.flush({ totalCount: total, items: Array.from({ length: rows }, (_, i) => company(i + 1)) });
    await settle(fixture);
    return { fixture, first };
  }

  it('should ask for the first page of 20 without sorting or filter', async () => {
    const { fixture, first } = await render();

    expect(first.request.method).toBe('GET');
    expect(params(first)).toEqual({ skipCount: '0', maxResultCount: '20' });
    expect(allByTestId(fixture, 'companies-row')).toHaveLength(20);
    expect(byTestId(fixture, 'page-title')?.tagName).toBe('H1');
    expect(byTestId(fixture, 'page-title')?.textContent?.trim()).toBe('Компании');
  });

  it('should send skipCount and maxResultCount from the paginator', async () => {
    const { fixture } = await render();

    const next = fixture.nativeElement.querySelector('.mat-mdc-paginator-navigation-next') as HTMLButtonElement;
    next.click();
    await settle(fixture);

    expect(params(pending())).toEqual({ skipCount: '20', maxResultCount: '20' });
  });

  it('should send sorting from the column header, asc then desc', async () => {
    const { fixture } = await render();

    byTestId(fixture, 'sort-name')!.click();
    await settle(fixture);
    const asc = pending();
    expect(params(asc)).toEqual({ skipCount: '0', maxResultCount: '20', sorting: 'name asc' });
    asc.flush({ totalCount: 45, items: [company(1)] });
    await settle(fixture);

    byTestId(fixture, 'sort-name')!.click();
    await settle(fixture);
    expect(params(pending())).toEqual({ skipCount: '0', maxResultCount: '20', sorting: 'name desc' });
  });

  it('should send the search text as filter once typing pauses, from the first page', async () => {
    const { fixture } = await render();
    const next = fixture.nativeElement.querySelector('.mat-mdc-paginator-navigation-next') as HTMLButtonElement;
    next.click();
    await settle(fixture);
    pending().flush({ totalCount: 45, items: [company(21)] });
    await settle(fixture);

    type(byTestId(fixture, 'companies-search'), 'ро');
    type(byTestId(fixture, 'companies-search'), 'рога');
    await settle(fixture);
    http().expectNone((r) => r.url === '/api/crm/companies');

    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));
    await settle(fixture);
    expect(params(pending())).toEqual({ skipCount: '0', maxResultCount: '20', filter: 'рога' });
  });

  it('should say so when there are no companies', async () => {
    const { fixture } = await render(0, 0);

    expect(allByTestId(fixture, 'companies-row')).toHaveLength(0);
    expect(byTestId(fixture, 'companies-empty')?.textContent?.trim()).toBe('Компаний не найдено');
  });

  it('should open a company when its row is clicked', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate');
    const { fixture } = await render(2, 2);

    allByTestId(fixture, 'companies-row')[1].click();

    expect(navigate).toHaveBeenCalledWith(['/crm/companies', company(2).id]);
  });

  it('should link New company to the empty form', async () => {
    const { fixture } = await render(0, 0);

    expect(byTestId(fixture, 'companies-new')?.getAttribute('href')).toBe('/crm/companies/new');
  });
});
