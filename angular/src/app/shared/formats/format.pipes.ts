import { inject, Pipe, PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { formatAmount, formatDay, formatDayTime, formatFileSize, formatMoney, formatMonth, formatQuantity, formatShare } from './formats';

/*
 * The pipes read the active UI language on every check (pure: false) because the language changes at run time
 * without the value changing; each formats only when its value or the language moved.
 */

abstract class LocalePipe {
  private readonly transloco = inject(TranslocoService);
  private lastKey = '';
  private lastText = '';

  protected cached(key: unknown[], format: (locale: string) => string): string {
    const locale = this.transloco.getActiveLang() || 'ru';
    const k = JSON.stringify([locale, ...key]);
    if (k !== this.lastKey) {
      this.lastKey = k;
      this.lastText = format(locale);
    }
    return this.lastText;
  }
}

/** `{{ deal.amount | money: deal.currency }}` → `222 000,00 ₽`. */
@Pipe({ name: 'money', pure: false })
export class MoneyPipe extends LocalePipe implements PipeTransform {
  transform(value: number | string | null | undefined, currency: string | null = 'RUB'): string {
    return this.cached([value, currency], (l) => formatMoney(value, l, currency));
  }
}

/** `{{ line.unitCost | amount }}` → `1 234,50` (money without a sign; `'1.2-4'` for unit costs). */
@Pipe({ name: 'amount', pure: false })
export class AmountPipe extends LocalePipe implements PipeTransform {
  transform(value: number | string | null | undefined, digits = '1.2-2'): string {
    return this.cached([value, digits], (l) => formatAmount(value, l, digits));
  }
}

/** `{{ balance.onHand | quantity }}` → `1 250` or `2,5`. */
@Pipe({ name: 'quantity', pure: false })
export class QuantityPipe extends LocalePipe implements PipeTransform {
  transform(value: number | string | null | undefined): string {
    return this.cached([value], (l) => formatQuantity(value, l));
  }
}

/** `{{ 0.857 | share }}` → `85,7 %`. */
@Pipe({ name: 'share', pure: false })
export class SharePipe extends LocalePipe implements PipeTransform {
  transform(fraction: number | string | null | undefined): string {
    return this.cached([fraction], (l) => formatShare(fraction, l));
  }
}

/** `{{ deal.createdAt | day }}` → `02.12.2026`. */
@Pipe({ name: 'day', pure: false })
export class DayPipe extends LocalePipe implements PipeTransform {
  transform(value: string | Date | null | undefined): string {
    return this.cached([value], (l) => formatDay(value, l));
  }
}

/** `{{ lead.createdAt | dayTime }}` → `02.12.2026 14:05`. */
@Pipe({ name: 'dayTime', pure: false })
export class DayTimePipe extends LocalePipe implements PipeTransform {
  transform(value: string | Date | null | undefined): string {
    return this.cached([value], (l) => formatDayTime(value, l));
  }
}

/** `{{ row.year | month: row.month }}` → `декабрь 2026`. */
@Pipe({ name: 'month', pure: false })
export class MonthPipe extends LocalePipe implements PipeTransform {
  transform(year: number | string | null | undefined, month: number | string | null | undefined): string {
    return this.cached([year, month], (l) => formatMonth(year, month, l) ?? '');
  }
}

/** `{{ attachment.size | fileSize }}` → `1,5 МБ`. */
@Pipe({ name: 'fileSize', pure: false })
export class FileSizePipe extends LocalePipe implements PipeTransform {
  transform(bytes: number | string | null | undefined): string {
    return this.cached([bytes], (l) => formatFileSize(bytes, l));
  }
}

/** Every format pipe, for a page's imports. */
export const FORMAT_PIPES = [MoneyPipe, AmountPipe, QuantityPipe, SharePipe, DayPipe, DayTimePipe, MonthPipe, FileSizePipe] as const;
