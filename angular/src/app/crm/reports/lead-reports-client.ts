import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiConfiguration } from '../../api/api-configuration';

/*
 * The leads' and activities' reports (docs/api-crm-reports.md), hand-written until the generated client has them.
 * Money arrives as a JSON number; ids as strings.
 */

export interface LeadResponseRow {
  id: string | null;
  name: string | null;
  leads: number;
  answered: number;
  untouched: number;
  medianMinutes: number | null;
  averageMinutes: number | null;
  answeredWithin15Minutes: number;
  shareWithin15Minutes: number | null;
}

export interface UntouchedLead {
  leadId: string;
  title: string;
  name: string | null;
  status: string;
  ownerId: string;
  ownerName: string | null;
  sourceId: string | null;
  sourceName: string | null;
  createdAt: string;
  waitingMinutes: number;
}

export interface LeadResponseReport {
  total: LeadResponseRow;
  byOwner: LeadResponseRow[];
  bySource: LeadResponseRow[];
  untouched: UntouchedLead[];
}

export interface NewLeadsCounts {
  received: number;
  processed: number;
  converted: number;
  junked: number;
  ignored: number;
}

export type LeadGrouping = 'day' | 'week' | 'month';

export interface NewLeadsReport {
  groupBy: LeadGrouping;
  total: NewLeadsCounts;
  periods: { start: string; end: string; counts: NewLeadsCounts }[];
  sources: { sourceId: string | null; name: string | null; counts: NewLeadsCounts }[];
}

export interface SegmentStage {
  stageId: string;
  name: string;
  kind: 'open' | 'won' | 'lost';
  pipelineId: string;
  pipelineName: string;
  count: number;
  amount: number;
}

export interface DealSegment {
  from: number;
  to: number | null;
  count: number;
  amount: number;
  stages: { stageId: string; count: number; amount: number }[];
}

export interface DealSegmentsReport {
  bounds: number[];
  stages: SegmentStage[];
  segments: DealSegment[];
  count: number;
  amount: number;
}

export interface ActivityCounts {
  calls: number;
  emails: number;
  meetings: number;
}

export interface ActivityDay extends ActivityCounts {
  day: string;
}

export interface ActivityReport {
  total: ActivityCounts;
  days: ActivityDay[];
  managers: { userId: string; name: string | null; total: ActivityCounts; days: ActivityDay[] }[];
}

/** The filters every one of these reports takes; empty ones are left out of the query. */
export interface LeadReportQuery {
  from?: string;
  to?: string;
  ownerId?: string | null;
  sourceId?: string | null;
  pipelineId?: string | null;
  groupBy?: LeadGrouping;
  bounds?: string;
}

/** The report routes under `/api/crm/reports`; each has an XLSX workbook at `exportUrl(report)`. */
@Injectable({ providedIn: 'root' })
export class LeadReportsClient {
  private readonly http = inject(HttpClient);
  private readonly root = inject(ApiConfiguration).rootUrl + '/api/crm/reports';

  leadResponse(query: LeadReportQuery): Observable<LeadResponseReport> {
    return this.http.get<LeadResponseReport>(`${this.root}/lead-response`, { params: paramsOf(query) });
  }

  newLeads(query: LeadReportQuery): Observable<NewLeadsReport> {
    return this.http.get<NewLeadsReport>(`${this.root}/new-leads`, { params: paramsOf(query) });
  }

  dealSegments(query: LeadReportQuery): Observable<DealSegmentsReport> {
    return this.http.get<DealSegmentsReport>(`${this.root}/deal-segments`, { params: paramsOf(query) });
  }

  activities(query: LeadReportQuery): Observable<ActivityReport> {
    return this.http.get<ActivityReport>(`${this.root}/activities`, { params: paramsOf(query) });
  }

  exportUrl(report: 'lead-response' | 'new-leads' | 'deal-segments' | 'activities'): string {
    return `${this.root}/${report}/export`;
  }
}

export function paramsOf(query: LeadReportQuery): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
  }
  return params;
}
