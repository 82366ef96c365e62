import { HttpEventType } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { allByTestId, byTestId, configureTestBed, http, settle } from '../../../testing/testing-providers';
import { Attachment } from '../docs-models';
import { AttachmentsPanel } from './attachments-panel';

const attachment = (id: string, fileName: string, overrides: Partial<Attachment> = {}): Attachment => ({
  id,
  fileName,
  contentType: 'application/pdf',
  size: 2048,
  hasThumbnail: false,
  uploadedBy: 'u1',
  uploadedByName: 'Иванов Иван',
  uploadedAt: '2026-12-01T10:00:00+03:00',
  ...overrides,
});

const isUpload = (r: { method: string; url: string }) => r.method === 'POST' && r.url === '/api/docs/attachments';

describe('AttachmentsPanel', () => {
  beforeEach(() => {
    configureTestBed();
    URL.createObjectURL = vi.fn(() => 'blob:thumbnail');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => http().verify());

  async function render(existing: Attachment[] = []) {
    const fixture = TestBed.createComponent(AttachmentsPanel);
    fixture.componentRef.setInput('entityType', 'deal');
    fixture.componentRef.setInput('entityId', 'd1');
    await settle(fixture);
    http()
      .expectOne((r) => r.url === '/api/docs/attachments' && r.method === 'GET' && r.params.get('entityType') === 'deal' && r.params.get('entityId') === 'd1')
      .flush({ totalCount: existing.length, items: existing });
    await settle(fixture);
    return fixture;
  }

  function drop(fixture: Awaited<ReturnType<typeof render>>, files: File[]): void {
    const event = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'dataTransfer', { value: { files } });
    byTestId(fixture, 'attachments-drop')!.dispatchEvent(event);
  }

  it("lists the card's files with who uploaded them and the images' thumbnails", async () => {
    const fixture = await render([attachment('a1', 'Договор.pdf'), attachment('a2', 'Фото.png', { contentType: 'image/png', hasThumbnail: true })]);
    http().expectOne('/api/docs/attachments/a2/thumbnail').flush(new Blob(['png'], { type: 'image/png' }));
    await settle(fixture);

    const names = allByTestId(fixture, 'attachments-item').map((i) => i.textContent ?? '');
    expect(names[0]).toContain('Договор.pdf');
    expect(names[0]).toContain('2 КБ');
    expect(names[0]).toContain('Иванов Иван');
    expect(allByTestId(fixture, 'attachments-thumbnail').map((i) => i.getAttribute('src'))).toEqual(['blob:thumbnail']);
  });

  it('uploads every dropped file on its own, shows its progress, and the server’s refusal of each under it', async () => {
    const fixture = await render();
    drop(fixture, [
      new File(['%PDF-1.7'], 'Счёт.pdf', { type: 'application/pdf' }),
      new File([new Uint8Array(10)], 'Большой.zip', { type: 'application/zip' }),
      new File(['MZ'], 'Программа.pdf', { type: 'application/pdf' }),
    ]);
    await settle(fixture);

    const [ok, big, exe] = http().match(isUpload);
    expect([ok, big, exe].map((r) => (r.request.body as FormData).get('file') instanceof File)).toEqual([true, true, true]);
    const form = ok.request.body as FormData;
    expect([form.get('entityType'), form.get('entityId'), (form.get('file') as File).name]).toEqual(['deal', 'd1', 'Счёт.pdf']);
    expect(ok.request.reportProgress).toBe(true);

    ok.event({ type: HttpEventType.UploadProgress, loaded: 40, total: 100 });
    await settle(fixture);
    expect(allByTestId(fixture, 'attachments-progress').map((p) => p.getAttribute('data-percent'))).toEqual(['40', '0', '0']);

    ok.flush([attachment('a9', 'Счёт.pdf')], { status: 201, statusText: 'Created' });
    big.flush({ title: 'Payload Too Large', status: 413, detail: 'Файл больше 25 МБ' }, { status: 413, statusText: 'Payload Too Large' });
    exe.flush(
      { title: 'Unprocessable', status: 422, detail: 'Такой тип файла нельзя прикрепить', code: 'Docs.Attachment.TypeNotAllowed' },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle(fixture);

    expect(allByTestId(fixture, 'attachments-item-name').map((n) => n.textContent)).toEqual(['Счёт.pdf']);
    const uploads = allByTestId(fixture, 'attachments-upload');
    expect(uploads.map((u) => u.textContent)).toEqual([expect.stringContaining('Большой.zip'), expect.stringContaining('Программа.pdf')]);
    expect(allByTestId(fixture, 'attachments-upload-error').map((e) => e.textContent)).toEqual(['Файл больше 25 МБ', 'Такой тип файла нельзя прикрепить']);
  });

  it('says the file was too large when the server answers 413 without details', async () => {
    const fixture = await render();
    drop(fixture, [new File(['x'], 'Видео.mp4')]);
    await settle(fixture);
    http().expectOne(isUpload).flush(null, { status: 413, statusText: 'Payload Too Large' });
    await settle(fixture);

    expect(byTestId(fixture, 'attachments-upload-error')?.textContent).toBe('Файл «Видео.mp4» больше допустимого размера');
  });
});
