import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { BankStatementLineDto, InvoiceListItemDto } from '../../api/models';
import { allByTestId, byTestId, configureTestBed, http, settle } from '../../../testing/testing-providers';
import { MatchLineDialog } from './match-line.dialog';

const line: BankStatementLineDto = {
  id: 'l1',
  statementId: 's1',
  accountId: 'a1',
  date: '2026-12-01',
  number: '512',
  direction: 'incoming',
  amount: '1500.00',
  payerName: 'ООО «Ромашка»',
  payerTaxId: '7707083893',
  payerAccount: null,
  recipientName: null,
  recipientTaxId: null,
  recipientAccount: null,
  purpose: 'Оплата по счёту СЧ-2026-000012',
  status: 'unmatched',
  paymentId: null,
  suggestedCompanyId: 'c1',
  suggestedInvoiceIds: ['i12'],
};

const invoice = (id: string, number: string, dueDate: string, amountDue: number, status: 'issued' | 'partiallyPaid' = 'issued'): InvoiceListItemDto => ({
  id,
  number,
  status,
  dueDate,
  amountDue,
  amountPaid: 0,
  total: amountDue,
  totalNet: amountDue,
  totalVat: 0,
  companyId: 'c1',
  companyName: 'ООО «Ромашка»',
  currency: 'RUB',
  daysOverdue: 0,
  isOverdue: false,
  dealId: null,
  dealTitle: null,
  issueDate: '2026-11-01',
  ownerId: 'u1',
  ownerName: null,
});

describe('MatchLineDialog', () => {
  let closed: unknown;

  beforeEach(() => {
    configureTestBed();
    closed = undefined;
    TestBed.overrideProvider(MAT_DIALOG_DATA, { useValue: line });
    TestBed.overrideProvider(MatDialogRef, { useValue: { close: (v: unknown) => (closed = v) } });
  });
  afterEach(() => http().verify());

  it('takes the customer the import recognised, puts the suggested invoice first and spreads the amount, the rest to the oldest', async () => {
    const fixture = TestBed.createComponent(MatchLineDialog);
    await settle(fixture);
    http().expectOne('/api/finance/customers/c1').flush({ id: 'c1', name: 'ООО «Ромашка»', taxId: '7707083893', kpp: null, address: null, ownerId: 'u1' });
    http()
      .expectOne((r) => r.url === '/api/finance/invoices' && r.params.get('status') === 'issued' && r.params.get('companyId') === 'c1')
      .flush({ totalCount: 2, items: [invoice('i10', 'СЧ-2026-000010', '2026-10-01', 400), invoice('i12', 'СЧ-2026-000012', '2026-12-10', 1000)] });
    http()
      .expectOne((r) => r.url === '/api/finance/invoices' && r.params.get('status') === 'partiallyPaid')
      .flush({ totalCount: 1, items: [invoice('i11', 'СЧ-2026-000011', '2026-11-01', 300, 'partiallyPaid')] });
    await settle(fixture);

    const rows = allByTestId(fixture, 'match-invoice');
    expect(rows.map((r) => r.textContent?.match(/СЧ-\d+-\d+/)?.[0])).toEqual(['СЧ-2026-000012', 'СЧ-2026-000010', 'СЧ-2026-000011']);
    const amounts = allByTestId(fixture, 'match-amount').map((i) => (i as HTMLInputElement).value);
    expect(amounts).toEqual(['1000', '400', '100']);
    expect(byTestId(fixture, 'match-problem')).toBeNull();

    // The accountant leaves the last 100 as an advance.
    const last = allByTestId(fixture, 'match-amount')[2] as HTMLInputElement;
    last.value = '';
    last.dispatchEvent(new Event('input'));
    await settle(fixture);
    expect(byTestId(fixture, 'match-remainder')?.textContent).toContain('100,00');

    byTestId(fixture, 'match-save')?.click();
    await settle();
    const match = http().expectOne('/api/finance/bank-statements/lines/l1/match');
    expect(match.request.body).toEqual({
      companyId: 'c1',
      allocations: [
        { invoiceId: 'i12', amount: 1000 },
        { invoiceId: 'i10', amount: 400 },
      ],
    });
    match.flush(null);
    await settle(fixture);
    expect(closed).toBe(true);
  });

  it('refuses to send more than an invoice has due', async () => {
    const fixture = TestBed.createComponent(MatchLineDialog);
    await settle(fixture);
    http().expectOne('/api/finance/customers/c1').flush({ id: 'c1', name: 'ООО «Ромашка»', taxId: null, kpp: null, address: null, ownerId: 'u1' });
    http().expectOne((r) => r.params.get('status') === 'issued').flush({ totalCount: 1, items: [invoice('i12', 'СЧ-2026-000012', '2026-12-10', 1000)] });
    http().expectOne((r) => r.params.get('status') === 'partiallyPaid').flush({ totalCount: 0, items: [] });
    await settle(fixture);

    const input = allByTestId(fixture, 'match-amount')[0] as HTMLInputElement;
    input.value = '1200';
    input.dispatchEvent(new Event('input'));
    await settle(fixture);
    expect(byTestId(fixture, 'match-problem')?.textContent).toContain('больше, чем осталось оплатить');
    expect((byTestId(fixture, 'match-save') as HTMLButtonElement).disabled).toBe(true);
  });
});
