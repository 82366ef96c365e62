import { inject, Pipe, PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { monthName } from '../../shared/charts/bar-chart';

/** `{{ '2026-03' | monthName }}` → `мар. 2026` (a report's column head, in the UI language). */
@Pipe({ name: 'monthName', pure: false })
export class MonthName implements PipeTransform {
  private readonly transloco = inject(TranslocoService);
  private last = '';
  private text = '';

  transform(month: string | null | undefined): string {
    const locale = this.transloco.getActiveLang() || 'ru';
    const key = `${locale}|${month}`;
    if (key !== this.last) {
      this.last = key;
      this.text = month ? monthName(month, locale, 'LLL y') : '';
    }
    return this.text;
  }
}
