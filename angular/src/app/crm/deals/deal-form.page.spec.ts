import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { Router } from '@angular/router';
import { of } from 'rxjs';
import { DealDto, PipelineDto } from '../../api/models';
import { AuthService } from '../../core/auth/auth.service';
import { allByTestId, byTestId, configureTestBed, http, me, settle, type } from '../../../testing/testing-providers';
import { DealFormPage } from './deal-form.page';

const pipeline: PipelineDto = {
  id: 'p1',
  name: 'Продажи',
  isDefault: true,
  concurrencyStamp: 'x',
  stages: [
    { id: 's1', name: 'Звонок', order: 0, probability: 10, kind: 'open' },
    { id: 's2', name: 'Замер', order: 1, probability: 30, kind: 'open' },
    { id: 'won', name: 'Успешно', order: 2, probability: 100, kind: 'won' },
    { id: 'lost', name: 'Отказ', order: 3, probability: 0, kind: 'lost' },
  ],
};

const existing: DealDto = {
  id: 'd1', title: 'Окна', companyId: 'c1', contactId: null, pipelineId: 'p1', stageId: 's2', amount: 800.3, currency: 'RUB',
  expectedCloseDate: '2026-12-31', ownerId: 'u1', sourceId: null, status: 'open', lossReasonId: null, lossComment: null,
  lines: [
    { productId: null, description: 'Окно', quantity: 1.5, unitPrice: 333.33, amount: 500 },
    { productId: null, description: 'Монтаж', quantity: 3, unitPrice: 100.1, amount: 300.3 },
  ],
  createdAt: '2026-11-01T00:00:00Z', modifiedAt: null, closedAt: null, stageEnteredAt: '2026-11-01T00:00:00Z', concurrencyStamp: 'stamp-1',
};

// Each line renders a product picker: on a loaded machine a test takes longer than vitest's default 5 s.
describe('DealFormPage', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    configureTestBed([{ path: '**', children: [] }]);
    const auth = TestBed.inject(AuthService);
    const refreshed = auth.refresh();
    http().expectOne('/api/account/me').flush(me({ permissions: ['Crm.Deals', 'Crm.Deals.Create', 'Crm.Deals.Edit'] }));
    await refreshed;
  });
  afterEach(() => http().verify());

  async function render(id?: string) {
    const fixture = TestBed.createComponent(DealFormPage);
    if (id) fixture.componentRef.setInput('id', id);
    await fixture.whenStable();
    http().expectOne((r) => r.url === '/api/crm/pipelines').flush({ totalCount: 1, items: [pipeline] });
    http().expectOne((r) => r.url === '/api/crm/sources').flush({ totalCount: 0, items: [] });
    await settle(fixture);
    return fixture;
  }

  it('creates a deal in the default pipeline first open stage with the picked company', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate');
    const fixture = await render();
    type(byTestId(fixture, 'deal-title'), ' Двери ');
    type(byTestId(fixture, 'deal-amount'), '1500.5');
    (fixture.componentInstance as unknown as { pickCompany(c: { id: string; name: string }): void }).pickCompany({ id: 'c9', name: 'ООО Окна' });
    await settle(fixture);
    // The company picker shows the picked company's name; the contact picker now offers that company's people.
    http().expectOne('/api/crm/companies/c9').flush({ id: 'c9', name: 'ООО Окна' });
    await settle(fixture);
    expect(byTestId(fixture, 'deal-contact')).toBeTruthy();
    (fixture.componentInstance as unknown as { form: { controls: { contactId: { setValue(v: string): void } } } }).form.controls.contactId.setValue('k1');
    await settle(fixture);
    http().expectOne('/api/crm/contacts/k1').flush({ id: 'k1', firstName: 'Анна', lastName: 'Ким', position: 'Директор', companyId: 'c9' });

    byTestId(fixture, 'deal-save')!.click();
    await settle(fixture);

    const req = http().expectOne('/api/crm/deals');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toMatchObject({
      title: 'Двери', companyId: 'c9', contactId: 'k1', pipelineId: 'p1', stageId: 's1', amount: 1500.5, currency: 'RUB', lines: [], ownerId: null,
    });
    req.flush({ ...existing, id: 'd2' });
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/crm/deals']);
  });

  it('shows each line amount and the total, and sends the lines instead of an amount', async () => {
    const fixture = await render('d1');
    http().expectOne('/api/crm/deals/d1').flush(existing);
    await settle(fixture);
    http().expectOne('/api/crm/companies/c1').flush({ id: 'c1', name: 'ООО Окна' });
    await settle(fixture);

    expect(allByTestId(fixture, 'line-amount').map((e) => e.textContent?.trim())).toEqual(['500,00', '300,30']);
    expect(byTestId(fixture, 'lines-total')?.textContent?.trim()).toBe('800,30');
    expect((byTestId(fixture, 'deal-amount') as HTMLInputElement).disabled).toBe(true);

    byTestId(fixture, 'deal-save')!.click();
    await settle(fixture);
    const req = http().expectOne('/api/crm/deals/d1');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toMatchObject({
      amount: null,
      concurrencyStamp: 'stamp-1',
      lines: [
        { description: 'Окно', quantity: 1.5, unitPrice: 333.33 },
        { description: 'Монтаж', quantity: 3, unitPrice: 100.1 },
      ],
    });
    req.flush(existing);
    await settle(fixture);
    http().expectOne('/api/crm/deals/d1').flush(existing);
    await settle(fixture);
    await settle(fixture);
  });

  it('loses a deal with the reason chosen in the dialog', async () => {
    const fixture = await render('d1');
    http().expectOne('/api/crm/deals/d1').flush(existing);
    await settle(fixture);
    http().expectOne('/api/crm/companies/c1').flush({ id: 'c1', name: 'ООО Окна' });
    await settle(fixture);
    vi.spyOn(TestBed.inject(MatDialog), 'open').mockReturnValue({
      afterClosed: () => of({ lossReasonId: 'r1', comment: 'Дорого' }),
    } as never);

    byTestId(fixture, 'deal-lose')!.click();
    await settle(fixture);
    http().expectOne((r) => r.url === '/api/crm/loss-reasons').flush({ totalCount: 1, items: [{ id: 'r1', name: 'Цена', concurrencyStamp: 'x' }] });
    await settle(fixture);
    const lose = http().expectOne('/api/crm/deals/d1/lose');
    expect(lose.request.body).toEqual({ lossReasonId: 'r1', comment: 'Дорого' });
    lose.flush({ ...existing, status: 'lost', stageId: 'lost' });
    await settle(fixture);
    http().expectOne('/api/crm/deals/d1').flush({ ...existing, status: 'lost', stageId: 'lost' });
    await settle(fixture);
    await settle(fixture);

    expect(byTestId(fixture, 'deal-reopen')).not.toBeNull();
    expect(byTestId(fixture, 'deal-lose')).toBeNull();
  });

  it('fills a line from the catalog product picked: its name and sale price', async () => {
    const fixture = await render();
    byTestId(fixture, 'line-add')!.click();
    await settle(fixture);
    const page = fixture.componentInstance as unknown as { pickProduct(i: number, p: unknown): void };
    page.pickProduct(0, { id: 'p7', name: 'Окно ПВХ', data: { id: 'p7', name: 'Окно ПВХ', sku: 'W-1', salePrice: '12500.50', unit: 'шт', isService: false } });
    (fixture.componentInstance as unknown as { lines: { at(i: number): { controls: { productId: { setValue(v: string): void } } } } }).lines
      .at(0).controls.productId.setValue('p7');
    await settle(fixture);

    expect((byTestId(fixture, 'line-description') as HTMLInputElement).value).toBe('Окно ПВХ');
    expect((byTestId(fixture, 'line-price') as HTMLInputElement).value).toBe('12500.5');
    expect(byTestId(fixture, 'lines-total')?.textContent?.trim().replace(/\s/g, ' ')).toBe('12 500,50');
  });
});
