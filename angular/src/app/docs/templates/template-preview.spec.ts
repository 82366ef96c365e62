import { TestBed } from '@angular/core/testing';
import { byTestId, configureTestBed, http, settle } from '../../../testing/testing-providers';
import { PreviewRequest, TemplateError } from '../docs-models';
import { PREVIEW_DEBOUNCE_MS, TemplatePreview } from './template-preview';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const request = (body: string): PreviewRequest => ({ kind: 'contract', format: 'text', body, entityType: 'deal', entityId: 'd1' });

describe('TemplatePreview', () => {
  beforeEach(() => {
    configureTestBed();
    URL.createObjectURL = vi.fn(() => 'blob:preview-1');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => http().verify());

  it('asks for one PDF once typing pauses, not one per keystroke, and shows it', async () => {
    const fixture = TestBed.createComponent(TemplatePreview);
    const type = async (body: string) => {
      fixture.componentRef.setInput('request', request(body));
      await fixture.whenStable();
    };
    await type('Д');
    await sleep(200);
    await type('До');
    await sleep(200);
    await type('Дог');
    await sleep(PREVIEW_DEBOUNCE_MS - 200);
    http().expectNone('/api/docs/templates/preview');
    await sleep(600);

    // One request, for the text as it stood when typing paused (expectOne fails on two).
    const post = http().expectOne('/api/docs/templates/preview');
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual(request('Дог'));
    post.flush(new Blob(['%PDF-1.7'], { type: 'application/pdf' }));
    await settle(fixture);

    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
    expect(byTestId(fixture, 'preview-frame')?.getAttribute('src')).toBe('blob:preview-1');
  });

  it("hands a 422's template errors to the editor", async () => {
    const fixture = TestBed.createComponent(TemplatePreview);
    const reported: TemplateError[][] = [];
    fixture.componentInstance.errors.subscribe((e) => reported.push(e));
    fixture.componentRef.setInput('request', request('{{ for }}'));
    fixture.detectChanges();
    await sleep(PREVIEW_DEBOUNCE_MS + 100);

    const problem = { status: 422, title: 'Template errors', errors: [{ kind: 'syntax', line: 1, column: 8, message: 'Expecting a variable' }] };
    http()
      .expectOne('/api/docs/templates/preview')
      .flush(new Blob([JSON.stringify(problem)], { type: 'application/problem+json' }), { status: 422, statusText: 'Unprocessable Entity' });
    await settle(fixture);

    expect(reported).toEqual([[{ kind: 'syntax', line: 1, column: 8, message: 'Expecting a variable' }]]);
    expect(byTestId(fixture, 'preview-failed')).toBeNull();
  });
});
