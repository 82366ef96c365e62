import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { languageInterceptor } from './language.interceptor';

describe('languageInterceptor', () => {
  let language = 'ru';

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([languageInterceptor])),
        provideHttpClientTesting(),
        { provide: TranslocoService, useValue: { getActiveLang: () => language } },
      ],
    });
  });

  it('asks the server for messages in the language the UI shows', () => {
    const http = TestBed.inject(HttpClient);
    const server = TestBed.inject(HttpTestingController);

    language = 'en';
    http.get('/api/crm/companies').subscribe();
    expect(server.expectOne('/api/crm/companies').request.headers.get('Accept-Language')).toBe('en');

    language = 'ru';
    http.get('/api/account/me').subscribe();
    expect(server.expectOne('/api/account/me').request.headers.get('Accept-Language')).toBe('ru');
    server.verify();
  });
});
