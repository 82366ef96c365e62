/** The RRULE subset Tasks accepts (see the server's RecurrenceRule), as the editor's form model. */
export type RecurrenceFrequency = 'none' | 'daily' | 'weekly' | 'monthly' | 'yearly';

/** RRULE weekday names, Monday first. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface RecurrenceModel {
  frequency: RecurrenceFrequency;
  interval: number;
  weekdays: Weekday[];
  /** Monthly: the day of the month, or -1 for the last day; null: the day of the task's due date. */
  monthDay: number | null;
  /** Parts the editor does not change (BYMONTH, COUNT, UNTIL), kept as they came. */
  rest: string[];
}

const FREQUENCIES: Record<string, RecurrenceFrequency> = { DAILY: 'daily', WEEKLY: 'weekly', MONTHLY: 'monthly', YEARLY: 'yearly' };

export function emptyRecurrence(): RecurrenceModel {
  return { frequency: 'none', interval: 1, weekdays: [], monthDay: null, rest: [] };
}

/** Reads a rule; what it does not understand is kept in `rest` so that saving does not lose it. */
export function parseRecurrence(text: string | null | undefined): RecurrenceModel {
  const model = emptyRecurrence();
  if (!text?.trim()) return model;
  for (const part of text.trim().replace(/^RRULE:/i, '').split(';')) {
    const [rawName, value = ''] = part.split('=');
    const name = rawName.trim().toUpperCase();
    const v = value.trim().toUpperCase();
    if (!name) continue;
    if (name === 'FREQ') model.frequency = FREQUENCIES[v] ?? 'none';
    else if (name === 'INTERVAL') model.interval = Math.max(1, Number(v) || 1);
    else if (name === 'BYDAY') model.weekdays = WEEKDAYS.filter((d) => v.split(',').includes(d));
    else if (name === 'BYMONTHDAY') model.monthDay = Number(v) || null;
    else model.rest.push(`${name}=${v}`);
  }
  return model;
}

/** The rule for a model, in the server's canonical part order; null for "does not repeat". */
export function formatRecurrence(model: RecurrenceModel): string | null {
  if (model.frequency === 'none') return null;
  const parts = [`FREQ=${model.frequency.toUpperCase()}`];
  const interval = Math.min(999, Math.max(1, Math.floor(model.interval || 1)));
  if (interval !== 1) parts.push(`INTERVAL=${interval}`);
  if (model.frequency === 'weekly' && model.weekdays.length) parts.push(`BYDAY=${WEEKDAYS.filter((d) => model.weekdays.includes(d)).join(',')}`);
  const rest = model.rest.filter((p) => model.frequency === 'yearly' || !p.startsWith('BYMONTH='));
  const month = rest.filter((p) => p.startsWith('BYMONTH='));
  parts.push(...month);
  const keepsDay = model.frequency === 'monthly' || (model.frequency === 'yearly' && month.length > 0);
  if (keepsDay && model.monthDay !== null) parts.push(`BYMONTHDAY=${model.monthDay}`);
  parts.push(...rest.filter((p) => !p.startsWith('BYMONTH=')));
  return parts.join(';');
}
