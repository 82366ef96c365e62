import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { byTestId, configureTestBed, http, me, settle, type } from '../../../testing/testing-providers';
import { LoginPage } from './login.page';

describe('LoginPage', () => {
  beforeEach(() => configureTestBed([{ path: '**', children: [] }]));
  afterEach(() => http().verify());

  async function submit(userName: string, password: string) {
    const fixture = TestBed.createComponent(LoginPage);
    await fixture.whenStable();
    type(byTestId(fixture, 'login-username'), userName);
    type(byTestId(fixture, 'login-password'), password);
    byTestId(fixture, 'login-submit')!.click();
    await settle(fixture);
    return fixture;
  }

  it('should show an error when the server answers 401', async () => {
    const fixture = await submit('admin', 'wrong');

    const req = http().expectOne('/api/account/login?useCookies=true');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ userName: 'admin', password: 'wrong' });
    req.flush({ title: 'Unauthorized', status: 401 }, { status: 401, statusText: 'Unauthorized' });
    await settle(fixture);

    expect(byTestId(fixture, 'login-error')?.textContent).toContain('Неверное имя пользователя или пароль');
    expect(TestBed.inject(Router).url).toBe('/');
  });

  it('should say so when throttled', async () => {
    const fixture = await submit('admin', 'wrong');

    http()
      .expectOne('/api/account/login?useCookies=true')
      .flush({ title: 'Too Many Requests', status: 429 }, { status: 429, statusText: 'Too Many Requests' });
    await settle(fixture);

    expect(byTestId(fixture, 'login-error')?.textContent).toContain('Слишком много попыток');
  });

  it('should sign in, switch to the user language and go home', async () => {
    const router = TestBed.inject(Router);
    const navigate = vi.spyOn(router, 'navigateByUrl');
    const fixture = await submit('admin', 'Admin123!');

    http().expectOne('/api/account/login?useCookies=true').flush(null);
    await settle(fixture);
    http().expectOne('/api/account/me').flush(me({ language: 'en' }));
    await settle(fixture);

    expect(byTestId(fixture, 'login-error')).toBeNull();
    expect(TestBed.inject(TranslocoService).getActiveLang()).toBe('en');
    expect(navigate).toHaveBeenCalledWith('/');
  });

  it('should not call the server while a field is empty', async () => {
    const fixture = await submit('', '');

    http().expectNone('/api/account/login?useCookies=true');
    expect(byTestId(fixture, 'login-error')).toBeNull();
  });
});
