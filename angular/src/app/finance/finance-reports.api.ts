import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiConfiguration } from '../api/api-configuration';

/*
 * The shapes and calls of the finance routes these pages read, written by hand after finance-core.md while the
 * generated client does not have them yet; names are the generated ones, so the switch is an import.
 */

type Money = number | string;

export interface MoneyAccountDto {
  id: string;
  name: string;
  kind: 'cash' | 'bank';
  currency: string;
  bankName: string | null;
  accountNumber: string | null;
  isArchived: boolean;
  balance: Money;
}

export interface ArticleDto {
  id: string;
  name: string;
  kind: 'income' | 'expense';
  ledgerAccount: string;
  code: string | null;
  isArchived: boolean;
}

export interface InvoiceDto {
  id: string;
  number: string | null;
  status: 'draft' | 'issued' | 'partiallyPaid' | 'paid' | 'cancelled';
  companyId: string;
  companyName: string | null;
  issueDate: string | null;
  dueDate: string | null;
  total: Money;
  amountPaid: Money;
  amountDue: Money;
}

export interface BankStatementLineDto {
  id: string;
  date: string;
  number: string | null;
  direction: 'incoming' | 'outgoing';
  amount: Money;
  payerName: string | null;
  payerTaxId: string | null;
  payerAccount: string | null;
  recipientName: string | null;
  recipientTaxId: string | null;
  purpose: string | null;
  status: string;
  paymentId: string | null;
  suggestedInvoiceIds: string[];
}

export interface BankStatementImportResultDto {
  statementId: string;
  imported: number;
  duplicates: number;
  matched: number;
  unmatched: BankStatementLineDto[];
}

export interface BankStatementLineAllocationInput {
  invoiceId: string;
  amount: Money;
}

export interface AgingRowDto {
  companyId: string;
  companyName: string;
  notDue: Money;
  d1_30: Money;
  d31_60: Money;
  d61_90: Money;
  over90: Money;
  total: Money;
}

export interface AgingDto {
  asOf: string;
  rows: AgingRowDto[];
  totals: Omit<AgingRowDto, 'companyId' | 'companyName'>;
}

export interface CustomerAgingInvoiceDto {
  invoiceId: string;
  number: string | null;
  issueDate: string | null;
  dueDate: string | null;
  total: Money;
  paid: Money;
  due: Money;
  daysOverdue: number;
  bucket: string;
}

export interface CustomerAgingDto {
  asOf: string;
  companyId: string;
  companyName: string;
  invoices: CustomerAgingInvoiceDto[];
}

export interface ReconciliationRowDto {
  date: string;
  document: string;
  debit: Money;
  credit: Money;
}

export interface ReconciliationDto {
  companyId: string;
  companyName: string;
  from: string;
  to: string;
  openingBalance: Money;
  rows: ReconciliationRowDto[];
  debitTotal: Money;
  creditTotal: Money;
  closingBalance: Money;
}

export interface ProfitAndLossMonthDto {
  month: string;
  revenue: Money;
  costOfGoodsSold: Money;
  grossProfit: Money;
  operatingExpenses: Money;
  otherIncome: Money;
  otherExpenses: Money;
  netProfit: Money;
}

export interface ProfitAndLossDto {
  from: string;
  to: string;
  revenue: Money;
  costOfGoodsSold: Money;
  grossProfit: Money;
  expenses: { categoryId: string | null; name: string; amount: Money }[];
  operatingExpenses: Money;
  otherIncome: Money;
  otherExpenses: Money;
  netProfit: Money;
  months: ProfitAndLossMonthDto[];
}

export interface CashFlowArticleDto {
  categoryId: string | null;
  name: string;
  amount: Money;
  months: { month: string; amount: Money }[];
}

export interface CashFlowDto {
  from: string;
  to: string;
  incoming: CashFlowArticleDto[];
  outgoing: CashFlowArticleDto[];
  accounts: { accountId: string; name: string; opening: Money; incoming: Money; outgoing: Money; closing: Money }[];
  months: { month: string; incoming: Money; outgoing: Money; net: Money }[];
  totalIncoming: Money;
  totalOutgoing: Money;
  net: Money;
}

export interface TrialBalanceRowDto {
  account: string;
  name: string;
  openingBalance: Money;
  debit: Money;
  credit: Money;
  closingBalance: Money;
}

export interface TrialBalanceDto {
  from: string;
  to: string;
  rows: TrialBalanceRowDto[];
  totals: { debit: Money; credit: Money };
}

interface Paged<T> {
  items: T[];
  totalCount: number | string;
}

/** The export routes, for `downloadFile`. */
export const EXPORT_PATHS = {
  aging: '/api/finance/receivables/aging/export',
  reconciliation: '/api/finance/receivables/reconciliation/export',
  profitAndLoss: '/api/finance/reports/profit-and-loss/export',
  cashFlow: '/api/finance/reports/cash-flow/export',
  trialBalance: '/api/finance/reports/trial-balance/export',
} as const;

@Injectable({ providedIn: 'root' })
export class FinanceReportsApi {
  private readonly http = inject(HttpClient);
  private readonly root = inject(ApiConfiguration).rootUrl;

  private get<T>(path: string, params: Record<string, string | number | boolean | undefined> = {}): Observable<T> {
    const defined = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string>;
    return this.http.get<T>(this.root + path, { params: defined });
  }

  getMoneyAccounts(params: { includeArchived?: boolean } = {}): Observable<MoneyAccountDto[]> {
    return this.get('/api/finance/accounts', params);
  }

  getFinanceCategories(params: { kind?: 'income' | 'expense' } = {}): Observable<ArticleDto[]> {
    return this.get('/api/finance/categories', params);
  }

  getInvoices(params: { companyId?: string; status?: string; skipCount?: number; maxResultCount?: number }): Observable<Paged<InvoiceDto>> {
    return this.get('/api/finance/invoices', params);
  }

  importBankStatement(params: { body: { file: Blob; accountId: string } }): Observable<BankStatementImportResultDto> {
    const form = new FormData();
    form.append('file', params.body.file);
    form.append('accountId', params.body.accountId);
    return this.http.post<BankStatementImportResultDto>(this.root + '/api/finance/bank-statements/import', form);
  }

  getBankStatementLines(
    params: { status?: string; skipCount?: number; maxResultCount?: number; sorting?: string; filter?: string } = {},
  ): Observable<Paged<BankStatementLineDto>> {
    return this.get('/api/finance/bank-statements/lines', params);
  }

  matchBankStatementLine(params: { id: string; body: { allocations: BankStatementLineAllocationInput[]; companyId?: string | null } }): Observable<unknown> {
    return this.http.post(`${this.root}/api/finance/bank-statements/lines/${params.id}/match`, params.body);
  }

  assignBankStatementLine(params: { id: string; body: { categoryId: string; companyId?: string | null } }): Observable<unknown> {
    return this.http.post(`${this.root}/api/finance/bank-statements/lines/${params.id}/assign`, params.body);
  }

  getReceivablesAging(params: { asOf?: string }): Observable<AgingDto> {
    return this.get('/api/finance/receivables/aging', params);
  }

  getCustomerAging(params: { companyId: string; asOf?: string }): Observable<CustomerAgingDto> {
    return this.get(`/api/finance/receivables/aging/${params.companyId}`, { asOf: params.asOf });
  }

  getReconciliation(params: { companyId: string; from?: string; to?: string }): Observable<ReconciliationDto> {
    return this.get('/api/finance/receivables/reconciliation', params);
  }

  getProfitAndLoss(params: { from?: string; to?: string }): Observable<ProfitAndLossDto> {
    return this.get('/api/finance/reports/profit-and-loss', params);
  }

  getCashFlow(params: { from?: string; to?: string }): Observable<CashFlowDto> {
    return this.get('/api/finance/reports/cash-flow', params);
  }

  getTrialBalance(params: { from?: string; to?: string }): Observable<TrialBalanceDto> {
    return this.get('/api/finance/reports/trial-balance', params);
  }
}
