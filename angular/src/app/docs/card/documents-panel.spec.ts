import { TestBed } from '@angular/core/testing';
import { AuthService } from '../../core/auth/auth.service';
import { allByTestId, byTestId, configureTestBed, http, me, settle } from '../../../testing/testing-providers';
import { DocumentListItem, TemplateListItem } from '../docs-models';
import { DocumentsPanel } from './documents-panel';

const item = (id: string, number: string, overrides: Partial<DocumentListItem> = {}): DocumentListItem => ({
  id,
  kind: 'contract',
  number,
  title: 'Договор поставки',
  fileName: `Договор ${number}.pdf`,
  contentType: 'application/pdf',
  size: 40000,
  version: 1,
  createdAt: '2026-12-01T10:00:00+03:00',
  entityType: 'deal',
  entityId: 'd1',
  entityTitle: 'Поставка окон',
  templateId: 't1',
  templateName: 'Договор поставки',
  ownerId: 'u1',
  ...overrides,
});

const proposal: TemplateListItem = {
  id: 't2',
  name: 'Коммерческое предложение',
  kind: 'proposal',
  format: 'text',
  entityTypes: ['deal'],
  numberPrefix: 'КП',
  isBuiltIn: true,
  updatedAt: '2026-12-01T10:00:00+03:00',
};

describe('DocumentsPanel', () => {
  beforeEach(async () => {
    configureTestBed();
    URL.createObjectURL = vi.fn(() => 'blob:file');
    URL.revokeObjectURL = vi.fn();
    const signedIn = TestBed.inject(AuthService).refresh();
    http().expectOne('/api/account/me').flush(me({ permissions: ['Docs.Documents', 'Docs.Documents.Generate', 'Docs.Documents.Send'] }));
    await signedIn;
  });
  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((c) => c.remove());
    http().verify();
  });

  it('creates a document from a template picked for the card, lists it first and downloads it', async () => {
    const fixture = TestBed.createComponent(DocumentsPanel);
    fixture.componentRef.setInput('entityType', 'deal');
    fixture.componentRef.setInput('entityId', 'd1');
    await settle(fixture);
    http()
      .expectOne((r) => r.url === '/api/docs/documents' && r.params.get('entityType') === 'deal' && r.params.get('entityId') === 'd1')
      .flush({ totalCount: 1, items: [item('doc1', 'Д-2026-0001', { version: 2, sentAt: '2026-12-02T10:00:00+03:00' })] });
    await settle(fixture);
    expect(allByTestId(fixture, 'documents-item')[0].textContent).toContain('версия 2');

    byTestId(fixture, 'documents-create')!.click();
    await settle(fixture);
    http()
      .expectOne((r) => r.url === '/api/docs/templates' && r.params.get('entityType') === 'deal')
      .flush({ totalCount: 1, items: [proposal] });
    await settle(fixture);
    (document.querySelector('[data-testid="template-choice"]') as HTMLElement).click();
    // The dialog hands back its choice once its closing animation is over.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await settle(fixture);

    const generate = http().expectOne('/api/docs/documents');
    expect(generate.request.method).toBe('POST');
    expect(generate.request.body).toEqual({ templateId: 't2', entityType: 'deal', entityId: 'd1' });
    generate.flush(item('doc2', 'КП-2026-0001', { kind: 'proposal', title: 'Коммерческое предложение' }), { status: 201, statusText: 'Created' });
    await settle(fixture);

    const titles = allByTestId(fixture, 'documents-item-title').map((t) => t.textContent?.trim());
    expect(titles).toEqual(['Коммерческое предложение № КП-2026-0001', 'Договор поставки № Д-2026-0001']);

    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    allByTestId(fixture, 'documents-download')[0].click();
    await settle(fixture);
    http()
      .expectOne('/api/docs/documents/doc2/file')
      .flush(new Blob(['%PDF']), { headers: { 'content-disposition': "attachment; filename*=UTF-8''%D0%9A%D0%9F.pdf" } });
    await settle(fixture);
    expect(saved).toEqual(['КП.pdf']);
  });
});
