import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { ContactDto } from '../../api/models';
import { AuthService } from '../../core/auth/auth.service';
import { byTestId, configureTestBed, http, me, settle } from '../../../testing/testing-providers';
import { DocumentListItem } from '../docs-models';
import { SendDocumentData, SendDocumentDialog } from './send-document.dialog';

const document: DocumentListItem = {
  id: 'doc1',
  kind: 'contract',
  number: 'Д-2026-0001',
  title: 'Договор поставки',
  fileName: 'Договор Д-2026-0001.pdf',
  contentType: 'application/pdf',
  size: 51234,
  version: 1,
  createdAt: '2026-12-01T10:00:00+03:00',
  entityType: 'deal',
  entityId: 'd1',
  entityTitle: 'Поставка окон',
  templateId: 't1',
  templateName: 'Договор поставки',
  ownerId: 'u1',
};

const contact: ContactDto = {
  id: 'c1',
  companyId: null,
  firstName: 'Пётр',
  lastName: 'Сидоров',
  emails: ['petr@romashka.ru', 'sales@romashka.ru'],
  phones: [],
  position: null,
  tags: [],
  customFields: {},
  ownerId: 'u1',
  createdAt: '2026-11-01T10:00:00+03:00',
  modifiedAt: null,
  concurrencyStamp: 'stamp',
};

describe('SendDocumentDialog', () => {
  let closed: unknown;

  beforeEach(async () => {
    configureTestBed();
    closed = undefined;
    TestBed.overrideProvider(MAT_DIALOG_DATA, { useValue: { document, entityType: 'contact', entityId: 'c1' } satisfies SendDocumentData });
    TestBed.overrideProvider(MatDialogRef, { useValue: { close: (v: unknown) => (closed = v) } });
    const signedIn = TestBed.inject(AuthService).refresh();
    http().expectOne('/api/account/me').flush(me({ fullName: 'Анна Смирнова', permissions: ['Crm.Contacts', 'Docs.Documents.Send'] }));
    await signedIn;
  });
  afterEach(() => http().verify());

  async function open(mail: { configured: boolean; from: string | null }) {
    const fixture = TestBed.createComponent(SendDocumentDialog);
    await settle(fixture);
    http().expectOne('/api/docs/mail/status').flush(mail);
    http().expectOne('/api/crm/contacts/c1').flush(contact);
    await settle(fixture);
    return fixture;
  }

  const value = (fixture: Awaited<ReturnType<typeof open>>, id: string) => (byTestId(fixture, id) as HTMLInputElement).value;

  it('explains that mail is not configured before anyone types, and does not offer to send', async () => {
    const fixture = await open({ configured: false, from: null });

    const banner = byTestId(fixture, 'send-smtp-missing');
    expect(banner?.textContent).toContain('Suite:Smtp:Host');
    expect((byTestId(fixture, 'send-submit') as HTMLButtonElement).disabled).toBe(true);
  });

  it("fills in the contact's address, the subject and a polite message, and sends them", async () => {
    const fixture = await open({ configured: true, from: 'office@suite.example' });

    expect(byTestId(fixture, 'send-smtp-missing')).toBeNull();
    expect(value(fixture, 'send-to')).toBe('petr@romashka.ru');
    expect(value(fixture, 'send-subject')).toBe('Договор поставки № Д-2026-0001');
    const message = value(fixture, 'send-message');
    expect(message).toContain('Здравствуйте!');
    expect(message).toContain('Д-2026-0001');
    expect(message).toContain('Анна Смирнова');

    const cc = byTestId(fixture, 'send-cc') as HTMLInputElement;
    cc.value = 'boss@suite.example; accountant@suite.example';
    cc.dispatchEvent(new Event('input'));
    byTestId(fixture, 'send-submit')!.click();
    await settle(fixture);

    const send = http().expectOne('/api/docs/documents/doc1/send');
    expect(send.request.body).toEqual({
      to: ['petr@romashka.ru'],
      cc: ['boss@suite.example', 'accountant@suite.example'],
      subject: 'Договор поставки № Д-2026-0001',
      message,
    });
    send.flush({ sentAt: '2026-12-03T09:00:00Z' });
    await settle(fixture);
    expect(closed).toEqual({ sentAt: '2026-12-03T09:00:00Z' });
  });

  it("shows the server's explanation when sending finds mail unconfigured after all", async () => {
    const fixture = await open({ configured: true, from: null });

    byTestId(fixture, 'send-submit')!.click();
    await settle(fixture);
    http()
      .expectOne('/api/docs/documents/doc1/send')
      .flush(
        { title: 'Conflict', status: 409, code: 'Docs.Smtp.NotConfigured', detail: 'Почта не настроена: задайте Suite:Smtp:Host в appsettings.json.' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle(fixture);

    expect(byTestId(fixture, 'send-error')?.textContent).toContain('задайте Suite:Smtp:Host');
    expect(byTestId(fixture, 'send-smtp-missing')).not.toBeNull();
    expect(closed).toBeUndefined();
  });
});
