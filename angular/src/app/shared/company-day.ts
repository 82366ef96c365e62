import { inject, Injectable } from '@angular/core';
import { catchError, firstValueFrom, map, of } from 'rxjs';
import { SettingsService } from '../api/services';

/**
 * The calendar day `now` is in a time zone, `yyyy-MM-dd`: the company's "today" is the day in its zone, not the
 * browser's (an accountant in Vladivostok working for a Moscow company closes Moscow's month). A zone the browser
 * does not know gives the browser's own day.
 */
export function dayIn(timeZone: string | null | undefined, now = new Date()): string {
  try {
    // en-CA writes dates as yyyy-MM-dd.
    return new Intl.DateTimeFormat('en-CA', { timeZone: timeZone || undefined, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  } catch {
    return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  }
}

/** The company's today, from its time zone in the company settings (read once per session). */
@Injectable({ providedIn: 'root' })
export class CompanyDay {
  private readonly settings = inject(SettingsService);
  private zone?: Promise<string | null>;

  async today(now = new Date()): Promise<string> {
    this.zone ??= firstValueFrom(
      this.settings.getCompanySettings().pipe(
        map((s) => s.timeZone),
        catchError(() => of(null)),
      ),
    );
    return dayIn(await this.zone, now);
  }
}
