/*
 * Due times travel as ISO instants; the browser's date-time box speaks local "yyyy-MM-ddTHH:mm". These convert
 * between the two and move a time to another day keeping its time of day (the calendar's drag).
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** `yyyy-MM-dd` of a local date. */
export function dayKey(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The value of a datetime-local box for an instant; '' for none. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${dayKey(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The instant a datetime-local box means; null for an empty box. */
export function fromLocalInput(value: string | null | undefined): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** `HH:mm` of an instant in local time. */
export function timeOf(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The same local time of day on another day (`yyyy-MM-dd`): a task dragged to Thursday stays due at 15:00. */
export function onDay(iso: string, day: string): string {
  const from = new Date(iso);
  const [y, m, d] = day.split('-').map(Number);
  const moved = new Date(y, m - 1, d, from.getHours(), from.getMinutes(), from.getSeconds(), from.getMilliseconds());
  return moved.toISOString();
}
