/** The aging buckets in the order of the report's columns: the field of a row and its i18n key under financeReports.aging. */
export const AGING_BUCKETS = ['notDue', 'd1_30', 'd31_60', 'd61_90', 'over90'] as const;

export type AgingBucket = (typeof AGING_BUCKETS)[number];
