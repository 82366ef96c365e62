/** Pure helpers of the reports page: bar lengths and the query the filter bar sends. */

/** The filter bar's values; empty strings and nulls are "any". */
export interface ReportFilters {
  from: string;
  to: string;
  pipelineId: string | null;
  ownerId: string | null;
  sourceId: string | null;
}

export const NO_FILTERS: ReportFilters = { from: '', to: '', pipelineId: null, ownerId: null, sourceId: null };

/** The report endpoints' query parameters: only the filters that are set. */
export function reportParams(filters: ReportFilters): {
  from?: string;
  to?: string;
  pipelineId?: string;
  ownerId?: string;
  sourceId?: string;
} {
  const params: Record<string, string> = {};
  if (filters.from) params['from'] = filters.from;
  if (filters.to) params['to'] = filters.to;
  if (filters.pipelineId) params['pipelineId'] = filters.pipelineId;
  if (filters.ownerId) params['ownerId'] = filters.ownerId;
  if (filters.sourceId) params['sourceId'] = filters.sourceId;
  return params;
}

/** A bar's length in percent of the largest value shown beside it; 0 when everything is 0. */
export function barPercent(value: number | string | null | undefined, values: readonly (number | string | null | undefined)[]): number {
  const max = Math.max(0, ...values.map((v) => Number(v ?? 0)));
  if (max <= 0) return 0;
  return Math.round((Number(value ?? 0) / max) * 1000) / 10;
}
