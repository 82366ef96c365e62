import { dayKey } from '../task-time';

export type CalendarMode = 'week' | 'month';

/** One cell of the calendar. */
export interface CalendarDay {
  /** `yyyy-MM-dd`, local. */
  readonly key: string;
  readonly date: Date;
  /** False for the days of the previous and next month that fill a month's first and last weeks. */
  readonly inPeriod: boolean;
}

/** The Monday of the week a day is in (weeks start on Monday). */
export function mondayOf(day: Date): Date {
  const d = new Date(day.getFullYear(), day.getMonth(), day.getDate());
  const shift = (d.getDay() + 6) % 7;
  d.setDate(d.getDate() - shift);
  return d;
}

export function addDays(day: Date, n: number): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + n);
}

/** The days shown for a week (Monday to Sunday) or a month (whole weeks covering it). */
export function daysOf(mode: CalendarMode, anchor: Date): CalendarDay[] {
  if (mode === 'week') {
    const monday = mondayOf(anchor);
    return Array.from({ length: 7 }, (_, i) => {
      const date = addDays(monday, i);
      return { key: dayKey(date), date, inPeriod: true };
    });
  }
  const first = new Date(anchor.getFullYear(), anchor.getMonth(), 1);
  const last = new Date(anchor.getFullYear(), anchor.getMonth() + 1, 0);
  const start = mondayOf(first);
  const end = addDays(mondayOf(last), 6);
  const days: CalendarDay[] = [];
  for (let date = start; date <= end; date = addDays(date, 1)) {
    days.push({ key: dayKey(date), date, inPeriod: date.getMonth() === anchor.getMonth() });
  }
  return days;
}

/** The anchor one period earlier (-1) or later (+1). */
export function shift(mode: CalendarMode, anchor: Date, step: -1 | 1): Date {
  return mode === 'week' ? addDays(anchor, 7 * step) : new Date(anchor.getFullYear(), anchor.getMonth() + step, 1);
}
