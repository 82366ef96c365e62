import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  isDevMode,
  LOCALE_ID,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { provideTransloco } from '@jsverse/transloco';
import { provideApiConfiguration } from './api/api-configuration';
import { routes } from './app.routes';
import { AuthService } from './core/auth/auth.service';
import { languageInterceptor } from './core/http/language.interceptor';
import { unauthorizedInterceptor } from './core/http/unauthorized.interceptor';
import { LanguageService } from './core/i18n/language.service';
import { DEFAULT_LANGUAGE, LANGUAGES } from './core/i18n/languages';
import { TranslatedPaginatorIntl } from './core/i18n/paginator-intl';
import { TranslocoHttpLoader } from './core/i18n/transloco-http-loader';
import { registerLocales } from './shared/formats/locales';

registerLocales();

/** Learns who is signed in and shows the UI in their language before the first page renders. */
async function startSession(): Promise<void> {
  const auth = inject(AuthService);
  const language = inject(LanguageService);
  const me = await auth.refresh().catch(() => null);
  await language.use(me?.language ?? DEFAULT_LANGUAGE);
}

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(routes, withComponentInputBinding()),
    provideHttpClient(
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
      withInterceptors([languageInterceptor, unauthorizedInterceptor]),
    ),
    // Same origin as the page: the host serves both the app and /api.
    provideApiConfiguration(''),
    provideTransloco({
      config: {
        availableLangs: [...LANGUAGES],
        defaultLang: DEFAULT_LANGUAGE,
        fallbackLang: DEFAULT_LANGUAGE,
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
      },
      loader: TranslocoHttpLoader,
    }),
    { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl },
    // Angular's own pipes, where a page still uses them, format as the default language does; the shared
    // format pipes follow the language the user picks.
    { provide: LOCALE_ID, useValue: DEFAULT_LANGUAGE },
    provideAppInitializer(startSession),
  ],
};
