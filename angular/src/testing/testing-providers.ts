import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Routes, withComponentInputBinding } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import en from '../../public/i18n/en.json';
import ru from '../../public/i18n/ru.json';
import { MeDto } from '../app/api/models';
import { provideApiConfiguration } from '../app/api/api-configuration';
import { unauthorizedInterceptor } from '../app/core/http/unauthorized.interceptor';
import { NotificationStream } from '../app/notifications/notification-stream';
import { TestNotificationStream } from './test-notification-stream';

/** The app's real translation files, loaded synchronously. */
export const translocoTesting = () =>
  TranslocoTestingModule.forRoot({
    langs: { ru, en },
    translocoConfig: { availableLangs: ['ru', 'en'], defaultLang: 'ru', reRenderOnLangChange: true },
    preloadLangs: true,
  });

/** What app.config wires, with HttpClient replaced by the testing backend. */
export function configureTestBed(routes: Routes = []): void {
  TestBed.configureTestingModule({
    imports: [translocoTesting()],
    providers: [
      provideRouter(routes, withComponentInputBinding()),
      provideHttpClient(withInterceptors([unauthorizedInterceptor])),
      provideHttpClientTesting(),
      provideApiConfiguration(''),
      { provide: NotificationStream, useClass: TestNotificationStream },
    ],
  });
}

export const me = (overrides: Partial<MeDto> = {}): MeDto => ({
  id: '6a1c8b0e-0000-4000-8000-000000000001',
  userName: 'admin',
  roles: ['admin'],
  permissions: ['Crm.Companies'],
  language: 'ru',
  fullName: 'Администратор',
  email: null,
  phone: null,
  position: null,
  ...overrides,
});

/** Lets promise chains and the zoneless scheduler finish, then renders. */
export async function settle(fixture?: ComponentFixture<unknown>): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve));
    if (fixture) await fixture.whenStable();
  }
}

export function byTestId(fixture: ComponentFixture<unknown>, id: string): HTMLElement | null {
  return (fixture.nativeElement as HTMLElement).querySelector(`[data-testid="${id}"]`);
}

export function allByTestId(fixture: ComponentFixture<unknown>, id: string): HTMLElement[] {
  return Array.from((fixture.nativeElement as HTMLElement).querySelectorAll(`[data-testid="${id}"]`));
}

export function type(input: HTMLElement | null, value: string): void {
  const el = input as HTMLInputElement;
  el.value = value;
  el.dispatchEvent(new Event('input'));
  el.dispatchEvent(new Event('blur'));
}

export const http = () => TestBed.inject(HttpTestingController);
