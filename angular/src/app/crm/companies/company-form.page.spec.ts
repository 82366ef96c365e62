import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { Router } from '@angular/router';
import { of } from 'rxjs';
import { company } from '../../../testing/companies';
import { byTestId, configureTestBed, http, settle, type } from '../../../testing/testing-providers';
import { CompanyFormPage } from './company-form.page';

describe('CompanyFormPage', () => {
  beforeEach(() => configureTestBed([{ path: '**', children: [] }]));
  afterEach(() => {
    // The custom field definitions and the duplicate check are side requests with their own tests.
    http().match((r) => r.url.startsWith('/api/crm/custom-fields') || r.url.startsWith('/api/crm/duplicates'));
    http().verify();
  });

  async function render(id?: string) {
    const fixture = TestBed.createComponent(CompanyFormPage);
    if (id) fixture.componentRef.setInput('id', id);
    await fixture.whenStable();
    return fixture;
  }

  const input = (fixture: Awaited<ReturnType<typeof render>>, field: string) =>
    byTestId(fixture, `company-${field}`) as HTMLInputElement;

  it('should create a company with empty fields sent as null', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate');
    const fixture = await render();
    type(input(fixture, 'name'), '  Рога и копыта ');
    type(input(fixture, 'taxId'), '7707083893');

    byTestId(fixture, 'company-save')!.click();
    await settle(fixture);

    const req = http().expectOne('/api/crm/companies');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toMatchObject({
      name: 'Рога и копыта',
      taxId: '7707083893',
      kpp: null,
      email: null,
      tags: [],
      concurrencyStamp: null,
    });
    req.flush(company(1), { status: 201, statusText: 'Created' });
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/crm/companies']);
  });

  it('should show each 400 error under its own field', async () => {
    const fixture = await render();
    type(input(fixture, 'name'), 'Acme');
    type(input(fixture, 'taxId'), '123');

    byTestId(fixture, 'company-save')!.click();
    await settle(fixture);
    http()
      .expectOne('/api/crm/companies')
      .flush(
        {
          title: 'One or more validation errors occurred.',
          status: 400,
          errors: { taxId: ['ИНН должен состоять из 10 или 12 цифр'], Email: ['Неверный адрес'] },
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle(fixture);

    expect(byTestId(fixture, 'error-taxId')?.textContent?.trim()).toBe('ИНН должен состоять из 10 или 12 цифр');
    expect(byTestId(fixture, 'error-email')?.textContent?.trim()).toBe('Неверный адрес');
    expect(byTestId(fixture, 'error-name')).toBeNull();
    expect(byTestId(fixture, 'error-kpp')).toBeNull();
  });

  it('should show the detail of a 409 conflict', async () => {
    const fixture = await render();
    type(input(fixture, 'name'), 'Acme');

    byTestId(fixture, 'company-save')!.click();
    await settle(fixture);
    http()
      .expectOne('/api/crm/companies')
      .flush(
        { title: 'Conflict', status: 409, detail: 'Компания с ИНН 7707083893 уже есть', code: 'Crm.Company.DuplicateTaxId' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle(fixture);

    expect(byTestId(fixture, 'form-error')?.textContent?.trim()).toBe('Компания с ИНН 7707083893 уже есть');
  });

  it('should require a name before calling the server', async () => {
    const fixture = await render();

    byTestId(fixture, 'company-save')!.click();
    await settle(fixture);

    http().expectNone('/api/crm/companies');
    expect(byTestId(fixture, 'error-name')?.textContent?.trim()).toBe('Обязательное поле');
  });

  it('should load a company and send its concurrencyStamp back on save', async () => {
    const existing = company(7, { name: 'Old name', tags: ['vip'], concurrencyStamp: 'stamp-7' });
    const fixture = await render(existing.id);
    http().expectOne(`/api/crm/companies/${existing.id}`).flush(existing);
    await settle(fixture);
    expect(input(fixture, 'name').value).toBe('Old name');
    expect(input(fixture, 'kpp').value).toBe('773601001');

    type(input(fixture, 'name'), 'New name');
    byTestId(fixture, 'company-save')!.click();
    await settle(fixture);

    const req = http().expectOne(`/api/crm/companies/${existing.id}`);
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toMatchObject({ name: 'New name', tags: ['vip'], concurrencyStamp: 'stamp-7' });
    req.flush({ ...existing, name: 'New name', concurrencyStamp: 'stamp-8' });
    await settle(fixture);
  });

  it('should say when the company does not exist', async () => {
    const fixture = await render('00000000-0000-4000-8000-000000000404');
    http()
      .expectOne('/api/crm/companies/00000000-0000-4000-8000-000000000404')
      .flush({ title: 'Not Found', status: 404 }, { status: 404, statusText: 'Not Found' });
    await settle(fixture);

    expect(byTestId(fixture, 'company-not-found')?.textContent?.trim()).toBe('Компания не найдена');
    expect(byTestId(fixture, 'company-save')).toBeNull();
  });

  it('should delete only after confirmation', async () => {
    const existing = company(3);
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate');
    const answers = [false, true];
    vi.spyOn(TestBed.inject(MatDialog), 'open').mockImplementation(
      () => ({ afterClosed: () => of(answers.shift()) }) as never,
    );
    const fixture = await render(existing.id);
    http().expectOne(`/api/crm/companies/${existing.id}`).flush(existing);
    await settle(fixture);

    byTestId(fixture, 'company-delete')!.click();
    await settle(fixture);
    http().expectNone(`/api/crm/companies/${existing.id}`);

    byTestId(fixture, 'company-delete')!.click();
    await settle(fixture);
    const req = http().expectOne(`/api/crm/companies/${existing.id}`);
    expect(req.request.method).toBe('DELETE');
    req.flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/crm/companies']);
  });
});
