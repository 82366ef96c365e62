import { registerLocaleData } from '@angular/common';
import localeEn from '@angular/common/locales/en';
import localeRu from '@angular/common/locales/ru';

/**
 * Angular's number and date data for the UI languages. Registered before the first page renders, because
 * formatNumber/formatDate throw for a locale they have no data for (only en is built in).
 */
export function registerLocales(): void {
  registerLocaleData(localeRu, 'ru');
  registerLocaleData(localeEn, 'en');
}
