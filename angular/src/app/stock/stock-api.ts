import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiConfiguration } from '../api/api-configuration';
import { downloadFile } from '../shared/download';
import { DocumentKind } from './document-lines';

/*
 * The Stock API as the screens use it. Plain HttpClient on the API root: several routes (import, export,
 * reservations, fill-from-balances, count sheet) are built alongside these screens and reach the generated
 * client only when the lead regenerates it after merging.
 */

export type ValuationMethod = 'fifo' | 'movingAverage';
export type DocumentStatus = 'draft' | 'posted' | 'cancelled';

export interface Page<T> {
  items: T[];
  totalCount: number;
}

export interface ProductDto {
  id: string;
  sku: string;
  name: string;
  unit: string;
  barcode: string | null;
  salePrice: number;
  vatRate: number | null;
  category: string | null;
  isService: boolean;
  minQuantity: number | null;
  valuationMethod: ValuationMethod;
  isArchived: boolean;
  createdAt: string;
  concurrencyStamp: string;
}

export type ProductInput = Partial<Omit<ProductDto, 'id' | 'createdAt'>>;

export interface WarehouseDto {
  id: string;
  name: string;
  address: string | null;
  concurrencyStamp: string;
}

export interface DocumentLineDto {
  id: string;
  lineNo: number;
  productId: string;
  quantity: number;
  unitCost: number | null;
  bookQuantity: number | null;
  difference: number | null;
  cost: number | null;
}

export interface DocumentDto {
  id: string;
  kind: DocumentKind;
  number: string;
  status: DocumentStatus;
  date: string;
  warehouseId: string;
  targetWarehouseId: string | null;
  companyId: string | null;
  dealId: string | null;
  invoiceId: string | null;
  reason: string | null;
  comment: string | null;
  lines: DocumentLineDto[];
  totalCost: number;
  postedAt: string | null;
  reversalOfId: string | null;
  reversedById: string | null;
  concurrencyStamp: string;
}

export interface DocumentListItemDto {
  id: string;
  kind: DocumentKind;
  number: string;
  status: DocumentStatus;
  date: string;
  warehouseId: string;
  targetWarehouseId: string | null;
  comment: string | null;
  lineCount: number;
  totalCost: number;
}

export interface DocumentInput {
  kind?: DocumentKind;
  warehouseId: string | null;
  targetWarehouseId: string | null;
  date: string | null;
  companyId: string | null;
  dealId: string | null;
  reason: string | null;
  comment: string | null;
  lines: { productId: string; quantity: number; unitCost: number | null }[];
  concurrencyStamp?: string | null;
}

export interface BalanceDto {
  productId: string;
  sku: string;
  productName: string;
  unit: string;
  category: string | null;
  warehouseId: string;
  warehouseName: string;
  onHand: number;
  reserved: number;
  available: number;
  value: number;
  unitCost: number;
  minQuantity: number | null;
}

export interface MoveDto {
  id: string;
  date: string;
  warehouseId: string;
  warehouseName: string;
  documentId: string;
  documentNumber: string;
  documentKind: DocumentKind;
  quantity: number;
  unitCost: number;
  value: number;
  quantityAfter: number;
  valueAfter: number;
}

export interface ReservationDto {
  id: string;
  productId: string;
  warehouseId: string;
  warehouseName: string;
  dealId: string | null;
  quantity: number;
  comment: string | null;
}

export interface ReservationInput {
  productId: string;
  warehouseId: string;
  dealId: string | null;
  quantity: number;
  comment: string | null;
}

export interface StockSettingsDto {
  defaultValuationMethod: ValuationMethod;
  reserveOnDealWon: boolean;
  reservationWarehouseId: string | null;
  concurrencyStamp: string;
}

export interface ImportResultDto {
  created: number;
  updated: number;
  errors: { row: number; field: string | null; message: string }[];
}

export type Query = Record<string, string | number | boolean | null | undefined>;

function params(query: Query): HttpParams {
  let result = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') result = result.set(key, String(value));
  }
  return result;
}

function clean(query: Query): Record<string, string | number | boolean | undefined> {
  const result: Record<string, string | number | boolean | undefined> = {};
  for (const [key, value] of Object.entries(query)) result[key] = value ?? undefined;
  return result;
}

@Injectable({ providedIn: 'root' })
export class StockApi {
  private readonly http = inject(HttpClient);
  private readonly config = inject(ApiConfiguration);

  private url(path: string): string {
    return `${this.config.rootUrl}/api/stock${path}`;
  }

  products(query: Query): Observable<Page<ProductDto>> {
    return this.http.get<Page<ProductDto>>(this.url('/products'), { params: params(query) });
  }
  categories(): Observable<string[]> {
    return this.http.get<string[]>(this.url('/products/categories'));
  }
  product(id: string): Observable<ProductDto> {
    return this.http.get<ProductDto>(this.url(`/products/${id}`));
  }
  productByCode(code: string): Observable<ProductDto> {
    return this.http.get<ProductDto>(this.url(`/products/by-code/${encodeURIComponent(code)}`));
  }
  createProduct(body: ProductInput): Observable<ProductDto> {
    return this.http.post<ProductDto>(this.url('/products'), body);
  }
  updateProduct(id: string, body: ProductInput): Observable<ProductDto> {
    return this.http.put<ProductDto>(this.url(`/products/${id}`), body);
  }
  deleteProduct(id: string): Observable<void> {
    return this.http.delete<void>(this.url(`/products/${id}`));
  }
  exportProducts(query: Query): Promise<void> {
    return downloadFile(this.http, this.url('/products/export'), clean({ ...query, format: 'xlsx' }));
  }
  importProducts(file: File): Observable<ImportResultDto> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<ImportResultDto>(this.url('/products/import'), form);
  }

  warehouses(query: Query = { maxResultCount: 1000 }): Observable<Page<WarehouseDto>> {
    return this.http.get<Page<WarehouseDto>>(this.url('/warehouses'), { params: params(query) });
  }
  warehouse(id: string): Observable<WarehouseDto> {
    return this.http.get<WarehouseDto>(this.url(`/warehouses/${id}`));
  }
  createWarehouse(body: Partial<WarehouseDto>): Observable<WarehouseDto> {
    return this.http.post<WarehouseDto>(this.url('/warehouses'), body);
  }
  updateWarehouse(id: string, body: Partial<WarehouseDto>): Observable<WarehouseDto> {
    return this.http.put<WarehouseDto>(this.url(`/warehouses/${id}`), body);
  }
  deleteWarehouse(id: string): Observable<void> {
    return this.http.delete<void>(this.url(`/warehouses/${id}`));
  }

  documents(query: Query): Observable<Page<DocumentListItemDto>> {
    return this.http.get<Page<DocumentListItemDto>>(this.url('/documents'), { params: params(query) });
  }
  document(id: string): Observable<DocumentDto> {
    return this.http.get<DocumentDto>(this.url(`/documents/${id}`));
  }
  createDocument(body: DocumentInput): Observable<DocumentDto> {
    return this.http.post<DocumentDto>(this.url('/documents'), body);
  }
  updateDocument(id: string, body: DocumentInput): Observable<DocumentDto> {
    return this.http.put<DocumentDto>(this.url(`/documents/${id}`), body);
  }
  deleteDocument(id: string): Observable<void> {
    return this.http.delete<void>(this.url(`/documents/${id}`));
  }
  postDocument(id: string): Observable<DocumentDto> {
    return this.http.post<DocumentDto>(this.url(`/documents/${id}/post`), {});
  }
  cancelDocument(id: string): Observable<DocumentDto> {
    return this.http.post<DocumentDto>(this.url(`/documents/${id}/cancel`), {});
  }
  fillFromBalances(id: string): Observable<DocumentDto> {
    return this.http.post<DocumentDto>(this.url(`/documents/${id}/fill-from-balances`), {});
  }
  countSheet(id: string): Promise<void> {
    return downloadFile(this.http, this.url(`/documents/${id}/count-sheet`), {});
  }

  balances(query: Query): Observable<Page<BalanceDto>> {
    return this.http.get<Page<BalanceDto>>(this.url('/balances'), { params: params(query) });
  }
  exportBalances(query: Query): Promise<void> {
    return downloadFile(this.http, this.url('/balances/export'), clean({ ...query, format: 'xlsx' }));
  }
  moves(query: Query): Observable<Page<MoveDto>> {
    return this.http.get<Page<MoveDto>>(this.url('/moves'), { params: params(query) });
  }

  reservations(query: Query): Observable<Page<ReservationDto> | ReservationDto[]> {
    return this.http.get<Page<ReservationDto> | ReservationDto[]>(this.url('/reservations'), { params: params(query) });
  }
  reserve(body: ReservationInput): Observable<ReservationDto> {
    return this.http.post<ReservationDto>(this.url('/reservations'), body);
  }
  release(id: string): Observable<void> {
    return this.http.delete<void>(this.url(`/reservations/${id}`));
  }

  settings(): Observable<StockSettingsDto> {
    return this.http.get<StockSettingsDto>(this.url('/settings'));
  }
  updateSettings(body: Partial<StockSettingsDto>): Observable<StockSettingsDto> {
    return this.http.put<StockSettingsDto>(this.url('/settings'), body);
  }
}

/** A list endpoint may answer a page or a bare array. */
export function itemsOf<T>(result: Page<T> | T[] | null | undefined): T[] {
  if (!result) return [];
  return Array.isArray(result) ? result : result.items;
}
