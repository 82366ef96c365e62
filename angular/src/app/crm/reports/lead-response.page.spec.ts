import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { allByTestId, byTestId, configureTestBed, http, settle } from '../../../testing/testing-providers';
import { LeadResponsePage } from './lead-response.page';

const row = (id: string | null, name: string | null, leads: number, answered: number, median: number | null, share: number | null) => ({
  id,
  name,
  leads,
  answered,
  untouched: leads - answered,
  medianMinutes: median,
  averageMinutes: median,
  answeredWithin15Minutes: answered,
  shareWithin15Minutes: share,
});

describe('LeadResponsePage', () => {
  beforeEach(() => configureTestBed([{ path: '**', children: [] }]));
  afterEach(() => http().verify());

  it('asks for the period and manager in the URL, and names the managers, sources and untouched leads', async () => {
    await TestBed.inject(Router).navigateByUrl('/crm/reports/lead-response?from=2027-03-01&to=2027-03-31&ownerId=u1');
    const fixture = TestBed.createComponent(LeadResponsePage);
    await settle(fixture);
    http().expectOne('/api/settings/company').flush({ timeZone: 'Europe/Moscow', concurrencyStamp: 's' });
    await settle(fixture);
    http().expectOne('/api/crm/sources?maxResultCount=1000').flush({ totalCount: 0, items: [] });
    const request = http().expectOne((r) => r.url === '/api/crm/reports/lead-response');
    expect(request.request.params.get('from')).toBe('2027-03-01');
    expect(request.request.params.get('to')).toBe('2027-03-31');
    expect(request.request.params.get('ownerId')).toBe('u1');
    expect(request.request.params.has('sourceId')).toBe(false);
    request.flush({
      total: row(null, null, 3, 2, 12.5, 0.5),
      byOwner: [row('u1', 'Анна Петрова', 3, 2, 12.5, 0.5)],
      bySource: [row(null, null, 3, 2, 12.5, 0.5)],
      untouched: [
        {
          leadId: 'l5', title: 'Заявка с сайта', name: 'Пётр', status: 'new', ownerId: 'u1', ownerName: 'Анна Петрова',
          sourceId: null, sourceName: null, createdAt: '2027-03-01T06:04:00Z', waitingMinutes: 125,
        },
      ],
    });
    await settle(fixture);

    const text = (id: string) => byTestId(fixture, id)?.textContent?.replace(/\s+/g, ' ').trim();
    expect(text('lead-response-leads')).toBe('3');
    expect(text('lead-response-median')).toBe('12,5 мин');
    expect(text('lead-response-untouched')).toBe('1');
    expect(text('lead-response-byOwner')).toContain('Анна Петрова');
    expect(text('lead-response-bySource')).toContain('Без источника');
    const untouched = allByTestId(fixture, 'untouched-lead');
    expect(untouched.length).toBe(1);
    expect(untouched[0].textContent).toContain('Заявка с сайта');
    expect(untouched[0].textContent).toContain('2 ч 05 мин');
    expect(untouched[0].querySelector('a')?.getAttribute('href')).toBe('/crm/leads/l5');
    expect(allByTestId(fixture, 'chart-bar').length).toBe(2);
  });
});
