import { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { allByTestId, byTestId, configureTestBed, http, settle } from '../../../testing/testing-providers';
import { ActivitiesPage } from './activities.page';
import { DealSegmentsPage } from './deal-segments.page';
import { NewLeadsPage } from './new-leads.page';

const counts = (received: number, processed: number, converted: number, junked: number, ignored: number) => ({
  received, processed, converted, junked, ignored,
});

/** Opens a report page at `url` and answers the company's time zone; the page then asks for its figures. */
async function open<T>(url: string, page: Type<T>) {
  await TestBed.inject(Router).navigateByUrl(url);
  const fixture = TestBed.createComponent(page);
  await settle(fixture);
  http().expectOne('/api/settings/company').flush({ timeZone: 'Europe/Moscow', concurrencyStamp: 's' });
  await settle(fixture);
  return fixture;
}

const text = (fixture: Parameters<typeof byTestId>[0], id: string) => byTestId(fixture, id)?.textContent?.replace(/\s+/g, ' ').trim();
const cells = (fixture: Parameters<typeof byTestId>[0], id: string) =>
  Array.from(byTestId(fixture, id)?.querySelectorAll('td') ?? []).map((td) => td.textContent?.replace(/\s+/g, ' ').trim());

describe('Lead report pages', () => {
  beforeEach(() => configureTestBed([{ path: '**', children: [] }]));
  afterEach(() => http().verify());

  it('new leads: asks for the grouping in the URL and shows each period and source by what became of its leads', async () => {
    const fixture = await open('/crm/reports/new-leads?from=2027-03-01&to=2027-03-07&groupBy=week', NewLeadsPage);
    http().expectOne('/api/crm/sources?maxResultCount=1000').flush({ totalCount: 0, items: [] });
    const request = http().expectOne((r) => r.url === '/api/crm/reports/new-leads');
    expect(request.request.params.get('groupBy')).toBe('week');
    request.flush({
      groupBy: 'week',
      total: counts(9, 5, 1, 1, 2),
      periods: [{ start: '2027-03-01', end: '2027-03-07', counts: counts(9, 5, 1, 1, 2) }],
      sources: [{ sourceId: null, name: null, counts: counts(9, 5, 1, 1, 2) }],
    });
    await settle(fixture);

    expect(text(fixture, 'new-leads-received')).toBe('9');
    expect(text(fixture, 'new-leads-ignored')).toBe('2');
    expect(cells(fixture, 'new-leads-period')).toEqual(['01.03.2027 – 07.03.2027', '9', '5', '1', '1', '2']);
    expect(text(fixture, 'new-leads-source')).toContain('Без источника');
    expect(allByTestId(fixture, 'chart-bar').length).toBe(4);
  });

  it('deal segments: sends the bounds the user typed and refuses bounds out of order', async () => {
    const fixture = await open('/crm/reports/deal-segments?from=2027-03-01&to=2027-03-31', DealSegmentsPage);
    http().expectOne('/api/crm/pipelines?maxResultCount=100').flush({ totalCount: 0, items: [] });
    http().expectOne('/api/crm/sources?maxResultCount=1000').flush({ totalCount: 0, items: [] });
    http().expectOne((r) => r.url === '/api/crm/reports/deal-segments' && !r.params.has('bounds')).flush({
      bounds: [100000],
      stages: [{ stageId: 's1', name: 'Новая', kind: 'open', pipelineId: 'p', pipelineName: 'Продажи', count: 2, amount: 150000 }],
      segments: [
        { from: 0, to: 100000, count: 1, amount: 50000, stages: [{ stageId: 's1', count: 1, amount: 50000 }] },
        { from: 100000, to: null, count: 1, amount: 100000, stages: [{ stageId: 's1', count: 1, amount: 100000 }] },
      ],
      count: 2,
      amount: 150000,
    });
    await settle(fixture);

    const rows = allByTestId(fixture, 'deal-segment').map((r) => r.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows[0]).toContain('до 100 000');
    expect(rows[1]).toContain('от 100 000');
    const bounds = byTestId(fixture, 'deal-segments-bounds') as HTMLInputElement;
    expect(bounds.value.replace(/\s/g, ' ')).toBe('100 000');

    bounds.value = '500 000; 100 000';
    bounds.dispatchEvent(new Event('input'));
    (byTestId(fixture, 'deal-segments-apply') as HTMLButtonElement).click();
    await settle(fixture);
    expect(text(fixture, 'deal-segments-bounds-error')).toBe('Границы — по возрастанию, без повторов.');

    bounds.value = '100 000; 499 999,99';
    bounds.dispatchEvent(new Event('input'));
    (byTestId(fixture, 'deal-segments-apply') as HTMLButtonElement).click();
    await settle(fixture);
    const again = http().expectOne((r) => r.url === '/api/crm/reports/deal-segments' && r.params.get('bounds') === '100000,499999.99');
    again.flush({ bounds: [100000, 499999.99], stages: [], segments: [], count: 0, amount: 0 });
    await settle(fixture);
  });

  it('activities: shows the team per day and each manager with their days', async () => {
    const fixture = await open('/crm/reports/activities?from=2027-03-01&to=2027-03-02', ActivitiesPage);
    http().expectOne((r) => r.url === '/api/crm/reports/activities').flush({
      total: { calls: 5, emails: 1, meetings: 1 },
      days: [
        { day: '2027-03-01', calls: 4, emails: 1, meetings: 0 },
        { day: '2027-03-02', calls: 1, emails: 0, meetings: 1 },
      ],
      managers: [
        { userId: 'b', name: 'Борис', total: { calls: 3, emails: 0, meetings: 1 }, days: [{ day: '2027-03-01', calls: 3, emails: 0, meetings: 0 }] },
      ],
    });
    await settle(fixture);

    expect(text(fixture, 'activities-calls')).toBe('5');
    expect(cells(fixture, 'activities-manager')).toEqual(['Борис', 'Итого', '3', '0', '1']);
    expect(allByTestId(fixture, 'chart-bar').length).toBe(6);
    expect(byTestId(fixture, 'report-source')).toBeNull();
  });
});
