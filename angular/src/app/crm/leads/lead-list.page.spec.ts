import { TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { LeadDto } from '../../api/models';
import { allByTestId, byTestId, configureTestBed, http, settle } from '../../../testing/testing-providers';
import { LeadListPage } from './lead-list.page';

const lead = (n: number, overrides: Partial<LeadDto> = {}): LeadDto => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  title: `Lead ${n}`,
  name: `Person ${n}`,
  phone: '+7 900 000-00-00',
  email: null,
  companyName: null,
  taxId: null,
  comment: null,
  sourceId: null,
  status: 'new',
  ownerId: '00000000-0000-4000-8000-0000000000a1',
  junkReason: null,
  webFormId: null,
  companyId: null,
  contactId: null,
  dealId: null,
  convertedAt: null,
  createdAt: '2026-11-01T10:00:00+03:00',
  modifiedAt: null,
  concurrencyStamp: 'stamp',
  ...overrides,
});

describe('LeadListPage', () => {
  beforeEach(() => configureTestBed([{ path: '**', children: [] }]));
  afterEach(() => http().verify());

  const pending = (): TestRequest => http().expectOne((r) => r.url === '/api/crm/leads');
  const params = (req: TestRequest) =>
    Object.fromEntries(req.request.params.keys().map((k) => [k, req.request.params.get(k)]));

  async function render() {
    const fixture = TestBed.createComponent(LeadListPage);
    await fixture.whenStable();
    http().expectOne((r) => r.url === '/api/crm/sources').flush({ totalCount: 0, items: [] });
    pending().flush({ totalCount: 2, items: [lead(1), lead(2, { status: 'junk' })] });
    await settle(fixture);
    return fixture;
  }

  it('should show each lead with its status chip', async () => {
    const fixture = await render();

    expect(allByTestId(fixture, 'leads-row')).toHaveLength(2);
    expect(allByTestId(fixture, 'lead-status').map((e) => e.textContent?.trim())).toEqual(['Новый', 'Мусор']);
  });

  it('should export the leads the list shows, with its status filter', async () => {
    const fixture = await render();
    const chip = byTestId(fixture, 'leads-status-junk')!;
    ((chip.querySelector('.mat-mdc-chip-action') as HTMLElement | null) ?? chip).click();
    await settle(fixture);
    pending().flush({ totalCount: 1, items: [lead(2, { status: 'junk' })] });
    await settle(fixture);

    byTestId(fixture, 'leads-export-csv')!.click();
    const file = http().expectOne((r) => r.url === '/api/crm/leads/export');
    expect(params(file)).toMatchObject({ status: 'junk', format: 'csv' });
    file.flush(new Blob(['x']));
  });

  it('should ask for one status from the first page when its chip is chosen', async () => {
    const fixture = await render();

    const chip = byTestId(fixture, 'leads-status-junk')!;
    ((chip.querySelector('.mat-mdc-chip-action') as HTMLElement | null) ?? chip).click();
    await settle(fixture);

    expect(params(pending())).toEqual({ skipCount: '0', maxResultCount: '20', status: 'junk' });
  });
});
