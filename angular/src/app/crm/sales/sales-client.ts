import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiConfiguration } from '../../api/api-configuration';
import { Page } from '../../shared/list/paged-list';

/** Crm's sales analytics shapes (docs/api-crm-sales.md), hand-written until the generated client has them. */
export interface ChannelProfit {
  sourceId: string | null;
  name: string;
  wonDeals: number;
  revenue: number;
  paid: number;
  costOfGoods: number;
  grossProfit: number;
  marginPercent: number | null;
}

export interface ProfitByChannel {
  from: string;
  to: string;
  rows: ChannelProfit[];
  totals: ChannelProfit;
}

export type ProductSort = 'revenue' | 'quantity' | 'margin';

export interface ProductSales {
  productId: string;
  sku: string | null;
  name: string | null;
  quantity: number;
  revenue: number;
  cost: number;
  margin: number;
  marginPercent: number | null;
}

export interface ProductSalesReport {
  from: string;
  to: string;
  sort: ProductSort;
  items: ProductSales[];
}

export type SalesPlanBasis = 'wonDeals' | 'paidInvoices';

export interface SalesPlan {
  id: string;
  period: string;
  ownerId: string | null;
  ownerName: string | null;
  amount: number;
  concurrencyStamp: string;
}

export interface SalesPlanInput {
  period: string;
  ownerId: string | null;
  amount: number;
  concurrencyStamp?: string;
}

export interface SalesPlanSettings {
  basis: SalesPlanBasis;
  concurrencyStamp: string;
}

export interface PlanVsFactRow {
  ownerId: string | null;
  ownerName: string | null;
  plan: number;
  fact: number;
  percent: number | null;
  forecast: number;
}

export interface PlanVsFact {
  period: string;
  basis: SalesPlanBasis;
  from: string;
  to: string;
  workingDays: number;
  workingDaysPassed: number;
  rows: PlanVsFactRow[];
  team: PlanVsFactRow | null;
}

/** Crm's sales reports and plans; same-origin like the generated client. */
@Injectable({ providedIn: 'root' })
export class SalesClient {
  private readonly http = inject(HttpClient);
  private readonly root = inject(ApiConfiguration).rootUrl + '/api/crm';

  readonly profitByChannelExportUrl = `${this.root}/reports/profit-by-channel/export`;
  readonly productsExportUrl = `${this.root}/reports/products/export`;

  profitByChannel(period: { from: string; to: string }): Observable<ProfitByChannel> {
    return this.http.get<ProfitByChannel>(`${this.root}/reports/profit-by-channel`, { params: new HttpParams({ fromObject: period }) });
  }

  products(query: { from: string; to: string; sort: ProductSort; take: number }): Observable<ProductSalesReport> {
    return this.http.get<ProductSalesReport>(`${this.root}/reports/products`, { params: new HttpParams({ fromObject: query }) });
  }

  planVsFact(period: string): Observable<PlanVsFact> {
    return this.http.get<PlanVsFact>(`${this.root}/reports/plan-vs-fact`, { params: { period } });
  }

  plans(period: string): Observable<Page<SalesPlan>> {
    return this.http.get<Page<SalesPlan>>(`${this.root}/sales-plans`, { params: { period, maxResultCount: 1000 } });
  }

  createPlan(body: SalesPlanInput): Observable<SalesPlan> {
    return this.http.post<SalesPlan>(`${this.root}/sales-plans`, body);
  }

  updatePlan(id: string, body: SalesPlanInput): Observable<SalesPlan> {
    return this.http.put<SalesPlan>(`${this.root}/sales-plans/${id}`, body);
  }

  deletePlan(id: string): Observable<void> {
    return this.http.delete<void>(`${this.root}/sales-plans/${id}`);
  }

  settings(): Observable<SalesPlanSettings> {
    return this.http.get<SalesPlanSettings>(`${this.root}/sales-plans/settings`);
  }

  updateSettings(body: SalesPlanSettings): Observable<SalesPlanSettings> {
    return this.http.put<SalesPlanSettings>(`${this.root}/sales-plans/settings`, body);
  }
}
