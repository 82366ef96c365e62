import { TestBed } from '@angular/core/testing';
import { AuthService } from '../../core/auth/auth.service';
import { byTestId, configureTestBed, http, me, settle } from '../../../testing/testing-providers';
import { StatementsPage } from './statements.page';

const ACCOUNT = { id: 'a1', name: 'Сбербанк', kind: 'bank', accountNumber: '40702810900000000001', isArchived: false };

describe('StatementsPage', () => {
  beforeEach(async () => {
    configureTestBed([{ path: '**', children: [] }]);
    const refreshed = TestBed.inject(AuthService).refresh();
    http().expectOne('/api/account/me').flush(me({ permissions: ['Finance.Payments', 'Finance.Payments.Edit'] }));
    await refreshed;
  });
  afterEach(() => http().verify());

  it('lists the lines that wait, uploads a file for the chosen account and shows what the import did', async () => {
    const fixture = TestBed.createComponent(StatementsPage);
    await settle(fixture);
    http()
      .expectOne((r) => r.url === '/api/finance/bank-statements/lines' && r.params.get('status') === 'unmatched')
      .flush({ totalCount: 0, items: [] });
    await settle(fixture);
    expect(byTestId(fixture, 'statement-lines-empty')?.textContent).toContain('Все строки выписок разобраны');

    const page = fixture.componentInstance as unknown as { accountId: string; file: { set(f: File): void }; importFile(): Promise<void> };
    page.accountId = 'a1';
    page.file.set(new File(['1CClientBankExchange'], 'kl_to_1c.txt', { type: 'text/plain' }));
    const done = page.importFile();
    const upload = http().expectOne('/api/finance/bank-statements/import');
    const form = upload.request.body as FormData;
    expect(form.get('accountId')).toBe('a1');
    expect((form.get('file') as File).name).toBe('kl_to_1c.txt');
    upload.flush({ statementId: 's1', imported: 5, duplicates: 2, matched: 3, unmatched: [{ id: 'l1' }, { id: 'l2' }] });
    await done;
    await settle(fixture);
    // The list asks again for what still waits; the account picker names the account it was given.
    http().expectOne((r) => r.url === '/api/finance/bank-statements/lines').flush({ totalCount: 0, items: [] });
    http().expectOne('/api/finance/accounts/a1').flush(ACCOUNT);
    await settle(fixture);

    expect(byTestId(fixture, 'result-imported')?.textContent).toBe('5');
    expect(byTestId(fixture, 'result-duplicates')?.textContent).toBe('2');
    expect(byTestId(fixture, 'result-matched')?.textContent).toBe('3');
    expect(byTestId(fixture, 'result-unmatched')?.textContent).toBe('2');
  });

  it('shows the server\'s reason when a statement does not add up', async () => {
    const fixture = TestBed.createComponent(StatementsPage);
    await settle(fixture);
    http().expectOne((r) => r.url === '/api/finance/bank-statements/lines').flush({ totalCount: 0, items: [] });
    const page = fixture.componentInstance as unknown as { accountId: string; file: { set(f: File): void }; importFile(): Promise<void> };
    page.accountId = 'a1';
    page.file.set(new File(['x'], 'bad.txt'));
    const done = page.importFile();
    http()
      .expectOne('/api/finance/bank-statements/import')
      .flush(
        { title: 'Выписка не сходится.', detail: 'Начальный остаток 100,00 + поступило 50,00 − списано 20,00 = 130,00, а в выписке конечный 140,00.', status: 422 },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await done;
    await settle(fixture);
    http().expectOne('/api/finance/accounts/a1').flush(ACCOUNT);
    await settle(fixture);
    expect(byTestId(fixture, 'statement-import-error')?.textContent).toContain('130,00');
  });
});
