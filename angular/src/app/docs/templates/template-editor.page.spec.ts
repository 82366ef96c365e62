import { TestBed } from '@angular/core/testing';
import { allByTestId, byTestId, configureTestBed, http, settle } from '../../../testing/testing-providers';
import { TemplateDto, TemplateField } from '../docs-models';
import { TemplateEditorPage } from './template-editor.page';

const fields: TemplateField[] = [
  { path: 'company.name', description: 'Название компании', example: 'ООО «Ромашка»' },
  { path: 'deal.title', description: 'Название сделки', example: 'Поставка окон' },
];

const contract: TemplateDto = {
  id: 't1',
  name: 'Договор поставки',
  kind: 'contract',
  format: 'text',
  entityTypes: ['deal', 'company'],
  numberPrefix: 'Д',
  isBuiltIn: false,
  updatedAt: '2026-12-01T10:00:00+03:00',
  body: '# Договор\nПокупатель: \nСумма: {{ deal.amount }}',
};

describe('TemplateEditorPage', () => {
  beforeEach(() => configureTestBed([{ path: '**', children: [] }]));
  afterEach(() => http().verify());

  async function open(template: TemplateDto) {
    const fixture = TestBed.createComponent(TemplateEditorPage);
    fixture.componentRef.setInput('id', template.id);
    await settle(fixture);
    http().expectOne('/api/docs/templates/fields').flush(fields);
    http().expectOne(`/api/docs/templates/${template.id}`).flush(template);
    await settle(fixture);
    return fixture;
  }

  const body = (fixture: Awaited<ReturnType<typeof open>>) => byTestId(fixture, 'template-body') as HTMLTextAreaElement;

  it('inserts a clicked merge field where the cursor is and leaves the cursor after it', async () => {
    const fixture = await open(contract);
    const area = body(fixture);
    expect(area.value).toBe(contract.body);
    const cursor = '# Договор\nПокупатель: '.length;
    area.focus();
    area.setSelectionRange(cursor, cursor);

    const field = allByTestId(fixture, 'template-field').find((b) => b.getAttribute('data-path') === 'company.name')!;
    field.click();
    await settle(fixture);

    expect(area.value).toBe('# Договор\nПокупатель: {{ company.name }}\nСумма: {{ deal.amount }}');
    expect(area.selectionStart).toBe(cursor + '{{ company.name }}'.length);
    expect(area.selectionEnd).toBe(area.selectionStart);
  });

  it('replaces the selected text with the field', async () => {
    const fixture = await open({ ...contract, body: 'Клиент: XXX.' });
    const area = body(fixture);
    area.setSelectionRange('Клиент: '.length, 'Клиент: XXX'.length);

    allByTestId(fixture, 'template-field')[0].click();
    await settle(fixture);

    expect(area.value).toBe('Клиент: {{ company.name }}.');
  });

  it("shows a 422's template errors with their line and column and marks those lines", async () => {
    const fixture = await open(contract);
    const area = body(fixture);
    area.value = '# Договор\nПокупатель: {{ company.name\nСумма: {{ for x in }}';
    area.dispatchEvent(new Event('input'));
    await settle(fixture);

    byTestId(fixture, 'template-save')!.click();
    await settle(fixture);
    const put = http().expectOne('/api/docs/templates/t1');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ name: 'Договор поставки', body: area.value, numberPrefix: 'Д' });
    put.flush(
      {
        title: 'The template does not compile',
        status: 422,
        errors: [
          { kind: 'syntax', line: 3, column: 18, message: 'Expecting an expression' },
          { kind: 'syntax', line: 2, column: 13, message: 'Unexpected end of expression' },
        ],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle(fixture);

    const errors = allByTestId(fixture, 'template-error').map((e) => e.textContent?.replace(/\s+/g, ' ').trim());
    expect(errors).toEqual(['2:13 Unexpected end of expression', '3:18 Expecting an expression']);
    expect(allByTestId(fixture, 'template-error-line').map((l) => l.textContent?.trim())).toEqual(['2', '3']);

    // A click on an error puts the cursor there.
    allByTestId(fixture, 'template-error')[0].click();
    expect(area.selectionStart).toBe('# Договор\n'.length + 12);
  });

  it('hides Delete for a built-in template', async () => {
    const fixture = await open({ ...contract, isBuiltIn: true, format: 'form', body: 'title: Счёт' });
    expect(byTestId(fixture, 'template-delete')).toBeNull();
    expect(byTestId(fixture, 'template-built-in')).not.toBeNull();
    // A form's body is `key: value` lines: no merge fields beside it.
    expect(byTestId(fixture, 'template-fields')).toBeNull();
  });
});
