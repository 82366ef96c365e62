import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiConfiguration } from '../api/api-configuration';

/*
 * The invoice and payment endpoints' shapes, written by hand while their backend is being built: names and fields
 * as the generated client will have them (operation and DTO names agreed in the Finance design), so the screens
 * switch to `api/` by changing imports only.
 */

export type InvoiceStatus = 'draft' | 'issued' | 'partiallyPaid' | 'paid' | 'cancelled';
export type PaymentDirection = 'incoming' | 'outgoing';
export type PaymentStatus = 'posted' | 'cancelled';
export type PaymentSource = 'manual' | 'statement';
type Num = number | string;

export interface InvoiceLineDto {
  position: Num;
  productId: string | null;
  description: string;
  unit: string;
  quantity: Num;
  unitPrice: Num;
  vatRate: Num | null;
  net: Num;
  vat: Num;
  total: Num;
}

export interface InvoiceListItemDto {
  id: string;
  number: string | null;
  status: InvoiceStatus;
  companyId: string;
  companyName: string | null;
  dealId: string | null;
  dealTitle: string | null;
  ownerId: string;
  ownerName: string | null;
  issueDate: string;
  dueDate: string;
  currency: string;
  totalNet: Num;
  totalVat: Num;
  total: Num;
  amountPaid: Num;
  amountDue: Num;
  isOverdue: boolean;
  daysOverdue: Num;
}

export interface InvoiceDto extends InvoiceListItemDto {
  pricesIncludeVat: boolean;
  comment: string | null;
  buyer: { name: string; taxId: string | null; kpp: string | null; address: string | null } | null;
  lines: InvoiceLineDto[];
  vatByRate: { rate: Num | null; net: Num; vat: Num }[];
  payments: { paymentId: string; date: string; amount: Num }[];
  concurrencyStamp: string;
}

export interface InvoiceLineInput {
  productId?: string | null;
  description?: string | null;
  unit?: string | null;
  quantity?: Num;
  unitPrice?: Num;
  vatRate?: Num | null;
}

export interface InvoiceInput {
  companyId?: string | null;
  dealId?: string | null;
  issueDate?: string | null;
  dueDate?: string | null;
  currency?: string | null;
  pricesIncludeVat?: boolean | null;
  comment?: string | null;
  lines?: InvoiceLineInput[] | null;
  concurrencyStamp?: string | null;
}

export interface FinanceDealDto {
  id: string;
  displayName: string;
  title: string;
  companyId: string;
  companyName: string | null;
  ownerId: string;
  status: string;
  lineCount: Num;
}

export interface FinanceProductDto {
  id: string;
  displayName: string;
  sku: string;
  name: string;
  unit: string;
  salePrice: Num;
  vatRate: Num | null;
  isService: boolean;
}

export interface PaymentAllocationDto {
  invoiceId: string;
  invoiceNumber: string | null;
  date: string;
  amount: Num;
  cancelledOn: string | null;
}

export interface PaymentDto {
  id: string;
  number: string;
  date: string;
  direction: PaymentDirection;
  accountId: string;
  accountName: string | null;
  amount: Num;
  companyId: string | null;
  companyName: string | null;
  purpose: string | null;
  categoryId: string;
  categoryName: string | null;
  allocated: Num;
  unallocated: Num;
  status: PaymentStatus;
  source: PaymentSource;
  cancelledOn: string | null;
  allocations: PaymentAllocationDto[];
  createdAt: string;
  concurrencyStamp: string;
}

export interface AllocationInput {
  invoiceId?: string | null;
  amount?: Num | null;
}

export interface PaymentInput {
  accountId?: string | null;
  direction?: PaymentDirection | null;
  date?: string | null;
  amount?: Num | null;
  companyId?: string | null;
  purpose?: string | null;
  categoryId?: string | null;
  allocations?: AllocationInput[] | null;
}

export interface TransferInput {
  fromAccountId?: string | null;
  toAccountId?: string | null;
  date?: string | null;
  amount?: Num | null;
  purpose?: string | null;
}

export interface TransferDto {
  id: string;
  number: string;
  date: string;
  fromAccountId: string;
  fromAccountName: string | null;
  toAccountId: string;
  toAccountName: string | null;
  amount: Num;
  purpose: string | null;
  createdAt: string;
}

export interface PagedResult<T> {
  items: T[];
  totalCount: Num;
}

interface Paging {
  skipCount?: Num;
  maxResultCount?: Num;
  sorting?: string;
  filter?: string;
}

/** The invoice and payment operations, with the generated client's names and parameter shapes. */
@Injectable({ providedIn: 'root' })
export class FinanceDocumentsService {
  private readonly http = inject(HttpClient);
  private readonly root = inject(ApiConfiguration).rootUrl;

  private url(path: string): string {
    return `${this.root}/api/finance${path}`;
  }

  private query(params: object): HttpParams {
    let query = new HttpParams();
    for (const [name, value] of Object.entries(params)) {
      if (value !== undefined && value !== null && value !== '') query = query.set(name, String(value));
    }
    return query;
  }

  getInvoices(params: Paging & { status?: string; companyId?: string; dealId?: string; overdue?: boolean | string; from?: string; to?: string } = {}): Observable<PagedResult<InvoiceListItemDto>> {
    return this.http.get<PagedResult<InvoiceListItemDto>>(this.url('/invoices'), { params: this.query(params) });
  }

  getInvoice(params: { id: string }): Observable<InvoiceDto> {
    return this.http.get<InvoiceDto>(this.url(`/invoices/${params.id}`));
  }

  createInvoice(params: { body: InvoiceInput }): Observable<InvoiceDto> {
    return this.http.post<InvoiceDto>(this.url('/invoices'), params.body);
  }

  updateInvoice(params: { id: string; body: InvoiceInput }): Observable<InvoiceDto> {
    return this.http.put<InvoiceDto>(this.url(`/invoices/${params.id}`), params.body);
  }

  deleteInvoice(params: { id: string }): Observable<void> {
    return this.http.delete<void>(this.url(`/invoices/${params.id}`));
  }

  createInvoiceFromDeal(params: { dealId: string }): Observable<InvoiceDto> {
    return this.http.post<InvoiceDto>(this.url(`/invoices/from-deal/${params.dealId}`), {});
  }

  issueInvoice(params: { id: string }): Observable<InvoiceDto> {
    return this.http.post<InvoiceDto>(this.url(`/invoices/${params.id}/issue`), {});
  }

  cancelInvoice(params: { id: string }): Observable<InvoiceDto> {
    return this.http.post<InvoiceDto>(this.url(`/invoices/${params.id}/cancel`), {});
  }

  getFinanceDeals(params: Paging & { companyId?: string } = {}): Observable<PagedResult<FinanceDealDto>> {
    return this.http.get<PagedResult<FinanceDealDto>>(this.url('/deals'), { params: this.query(params) });
  }

  getFinanceProducts(params: Paging = {}): Observable<PagedResult<FinanceProductDto>> {
    return this.http.get<PagedResult<FinanceProductDto>>(this.url('/products'), { params: this.query(params) });
  }

  getPayments(params: Paging & { direction?: string; status?: string; source?: string; accountId?: string; companyId?: string; from?: string; to?: string; unallocated?: boolean | string } = {}): Observable<PagedResult<PaymentDto>> {
    return this.http.get<PagedResult<PaymentDto>>(this.url('/payments'), { params: this.query(params) });
  }

  getPayment(params: { id: string }): Observable<PaymentDto> {
    return this.http.get<PaymentDto>(this.url(`/payments/${params.id}`));
  }

  createPayment(params: { body: PaymentInput }): Observable<PaymentDto> {
    return this.http.post<PaymentDto>(this.url('/payments'), params.body);
  }

  cancelPayment(params: { id: string }): Observable<PaymentDto> {
    return this.http.post<PaymentDto>(this.url(`/payments/${params.id}/cancel`), {});
  }

  createTransfer(params: { body: TransferInput }): Observable<TransferDto> {
    return this.http.post<TransferDto>(this.url('/transfers'), params.body);
  }
}
