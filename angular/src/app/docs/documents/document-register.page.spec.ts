import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthService } from '../../core/auth/auth.service';
import { allByTestId, configureTestBed, http, me, settle } from '../../../testing/testing-providers';
import { DocumentListItem } from '../docs-models';
import { DocumentRegisterPage } from './document-register.page';

const row: DocumentListItem = {
  id: 'doc1',
  kind: 'contract',
  number: 'Д-2026-0007',
  title: 'Договор поставки',
  fileName: 'Договор Д-2026-0007.pdf',
  contentType: 'application/pdf',
  size: 40000,
  version: 2,
  createdAt: '2026-12-01T10:00:00+03:00',
  entityType: 'deal',
  entityId: 'd1',
  entityTitle: 'Поставка окон',
  templateId: 't1',
  templateName: 'Договор поставки',
  ownerId: 'u1',
  ownerName: 'Иванов Иван',
  sentAt: null,
};

describe('DocumentRegisterPage', () => {
  beforeEach(async () => {
    configureTestBed([
      { path: 'docs/documents', component: DocumentRegisterPage },
      { path: '**', children: [] },
    ]);
    const signedIn = TestBed.inject(AuthService).refresh();
    http().expectOne('/api/account/me').flush(me({ permissions: ['Docs.Documents', 'Docs.Documents.Generate', 'Docs.Documents.Send'] }));
    await signedIn;
  });
  afterEach(() => http().verify());

  it("asks for the URL's kind, period and number, and links each document to its card", async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/docs/documents?kind=contract&from=2026-12-01&to=2026-12-31&q=0007');
    await settle(harness.fixture);

    const list = http().expectOne((r) => r.url === '/api/docs/documents');
    const p = list.request.params;
    expect([p.get('kind'), p.get('from'), p.get('to'), p.get('filter'), p.get('skipCount')]).toEqual(['contract', '2026-12-01', '2026-12-31', '0007', '0']);
    list.flush({ totalCount: 1, items: [row] });
    await settle(harness.fixture);

    const rows = allByTestId(harness.fixture, 'documents-row');
    expect(rows.length).toBe(1);
    expect(rows[0].textContent).toContain('Иванов Иван');
    const card = rows[0].querySelector('[data-testid="documents-row-card"] a');
    expect(card?.textContent?.trim()).toBe('Поставка окон');
    expect(card?.getAttribute('href')).toBe('/crm/deals/d1');
  });
});
