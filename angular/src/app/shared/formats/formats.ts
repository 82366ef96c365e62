import { formatCurrency, formatDate, formatNumber, formatPercent, getCurrencySymbol } from '@angular/common';
import { registerLocales } from './locales';

// Whatever imports a format has the locale data it needs, in the app and in unit tests alike.
registerLocales();

/**
 * How Suite shows numbers, money, percentages and dates: one place, so a page cannot show "RUB" where
 * another shows "₽". `locale` is the UI language (ru, en), whose Angular locale data is registered at start.
 */

type Num = number | string | null | undefined;

const DASH = '—';

function numberOf(value: Num): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** The short sign of a currency: ₽ for RUB in every language (the wide form of RUB in English is "RUB"). */
export function currencySign(currency: string | null | undefined, locale: string): string {
  return getCurrencySymbol(currency || 'RUB', 'narrow', locale);
}

/** Money to kopecks with its sign: `222 000,00 ₽` in Russian, `₽222,000.00` in English; a dash for none. */
export function formatMoney(value: Num, locale: string, currency: string | null | undefined = 'RUB'): string {
  const n = numberOf(value);
  if (n === null) return DASH;
  return formatCurrency(n, locale, currencySign(currency, locale), currency || 'RUB', '1.2-2');
}

/** A plain amount to kopecks without a sign (unit costs, totals in a column already headed by the currency). */
export function formatAmount(value: Num, locale: string, digits = '1.2-2'): string {
  const n = numberOf(value);
  return n === null ? DASH : formatNumber(n, locale, digits);
}

/** A quantity: up to four decimals, none when whole (`1 250`, `2,5`). */
export function formatQuantity(value: Num, locale: string): string {
  const n = numberOf(value);
  return n === null ? DASH : formatNumber(n, locale, '1.0-4');
}

/** A fraction 0..1 as a percentage to one decimal: `85,7 %` in Russian, `85.7%` in English; a dash for none. */
export function formatShare(fraction: Num, locale: string): string {
  const n = numberOf(fraction);
  return n === null ? DASH : formatPercent(n, locale, '1.0-1');
}

const DAY_FORMATS: Record<string, string> = { ru: 'dd.MM.yyyy', en: 'MM/dd/yyyy' };

/**
 * A calendar day: `02.12.2026` in Russian. A bare `yyyy-MM-dd` (a DateOnly from the server) is that day, never
 * shifted by the browser's time zone; an instant is shown in the browser's zone.
 */
export function formatDay(value: string | Date | null | undefined, locale: string): string {
  if (!value) return '';
  return formatDate(value, DAY_FORMATS[locale] ?? DAY_FORMATS['ru'], locale);
}

/** A day and time: `02.12.2026 14:05`. */
export function formatDayTime(value: string | Date | null | undefined, locale: string): string {
  if (!value) return '';
  return `${formatDay(value, locale)} ${formatDate(value, 'HH:mm', locale)}`;
}

/** A month by name with its year: `декабрь 2026`, `December 2026`. */
export function formatMonth(year: Num, month: Num, locale: string): string | null {
  const y = numberOf(year);
  const m = numberOf(month);
  if (y === null || m === null) return null;
  return formatDate(new Date(y, m - 1, 1), 'LLLL y', locale);
}

const SIZE_UNITS: Record<string, readonly string[]> = { ru: ['Б', 'КБ', 'МБ', 'ГБ'], en: ['B', 'KB', 'MB', 'GB'] };

/** A file's size in the largest unit it fills: `812 Б`, `1,5 МБ`; a dash for none. */
export function formatFileSize(bytes: Num, locale: string): string {
  const n = numberOf(bytes);
  if (n === null) return DASH;
  const units = SIZE_UNITS[locale] ?? SIZE_UNITS['en'];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatNumber(value, locale, unit === 0 ? '1.0-0' : '1.0-1')} ${units[unit]}`;
}
