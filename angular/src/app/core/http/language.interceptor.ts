import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

/** The server writes its messages (field errors, refusals) in the language the UI shows, not the browser's. */
export const languageInterceptor: HttpInterceptorFn = (request, next) => {
  const language = inject(TranslocoService).getActiveLang();
  return next(request.clone({ setHeaders: { 'Accept-Language': language } }));
};
