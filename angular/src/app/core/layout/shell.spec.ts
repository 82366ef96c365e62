import { BreakpointObserver } from '@angular/cdk/layout';
import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { Router } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { allByTestId, byTestId, configureTestBed, http, me, settle } from '../../../testing/testing-providers';
import { AuthService } from '../auth/auth.service';
import { Shell } from './shell';

describe('Shell', () => {
  beforeEach(() => configureTestBed([{ path: '**', children: [] }]));
  afterEach(() => http().verify());

  async function renderSignedInAs(permissions: string[]) {
    const signedIn = TestBed.inject(AuthService).refresh();
    http().expectOne('/api/account/me').flush(me({ userName: 'olga', permissions }));
    await signedIn;
    const fixture = TestBed.createComponent(Shell);
    await settle(); // renders; the bell in the top bar asks for the unread count
    http().expectOne('/api/notifications/unread-count').flush({ count: 0 });
    await fixture.whenStable();
    return fixture;
  }

  it('should hide Companies from a user without Crm.Companies', async () => {
    const fixture = await renderSignedInAs(['Finance.Invoices']);

    expect(byTestId(fixture, 'nav-companies')).toBeNull();
  });

  it('should show Companies to a user with Crm.Companies', async () => {
    const fixture = await renderSignedInAs(['Crm.Companies']);

    const link = byTestId(fixture, 'nav-companies');
    expect(link?.getAttribute('href')).toBe('/crm/companies');
    expect(link?.textContent?.trim()).toBe('Компании');
  });

  it('should show what needs doing today, the overdue included, beside Tasks', async () => {
    const fixture = await renderSignedInAs(['Tasks.Tasks']);
    http().expectOne('/api/tasks/my/counts').flush({ overdue: 2, today: 3, open: 9 });
    await settle(fixture);

    const count = byTestId(fixture, 'nav-tasks-count');
    expect(count?.textContent?.trim()).toBe('5');
    expect(count?.classList).toContain('overdue');
    expect(byTestId(fixture, 'nav-tasks')?.getAttribute('href')).toBe('/tasks');
  });

  it('should show no count beside Tasks when nothing is due today', async () => {
    const fixture = await renderSignedInAs(['Tasks.Tasks']);
    http().expectOne('/api/tasks/my/counts').flush({ overdue: 0, today: 0, open: 4 });
    await settle(fixture);

    expect(byTestId(fixture, 'nav-tasks-count')).toBeNull();
  });

  it('should show who is signed in', async () => {
    const fixture = await renderSignedInAs([]);

    expect(byTestId(fixture, 'current-user')?.textContent?.trim()).toBe('olga');
  });

  it('should save the chosen language and switch the UI to it', async () => {
    const fixture = await renderSignedInAs(['Crm.Companies']);
    const button = byTestId(fixture, 'lang-en')!.querySelector('button')!;

    button.click();
    await settle(fixture);

    const req = http().expectOne('/api/account/me/language');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({ language: 'en' });
    req.flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);

    expect(TestBed.inject(TranslocoService).getActiveLang()).toBe('en');
    expect(byTestId(fixture, 'nav-companies')?.textContent?.trim()).toBe('Companies');
    expect(document.documentElement.lang).toBe('en');
  });

  it('should sign out and go to the login page', async () => {
    const fixture = await renderSignedInAs(['Crm.Companies']);
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate');

    byTestId(fixture, 'logout')!.click();
    http().expectOne('/api/account/logout').flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);

    expect(TestBed.inject(AuthService).signedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/login']);
    expect(allByTestId(fixture, 'nav-companies')).toHaveLength(0);
  });

  it('should hide and show the navigation with the menu button', async () => {
    const fixture = await renderSignedInAs(['Crm.Companies']);
    const menu = byTestId(fixture, 'nav-menu')!;
    expect(menu.getAttribute('aria-expanded')).toBe('true');

    menu.click();
    await settle(fixture);
    expect(menu.getAttribute('aria-expanded')).toBe('false');

    menu.click();
    await settle(fixture);
    expect(menu.getAttribute('aria-expanded')).toBe('true');
  });

  describe('on a phone', () => {
    beforeEach(() =>
      TestBed.overrideProvider(BreakpointObserver, { useValue: { observe: () => of({ matches: true, breakpoints: {} }) } }),
    );

    it('should keep the navigation closed until the menu button opens it, and close it when a link is tapped', async () => {
      const fixture = await renderSignedInAs(['Crm.Companies']);
      const menu = byTestId(fixture, 'nav-menu')!;
      expect(menu.getAttribute('aria-expanded')).toBe('false');

      menu.click();
      await settle(fixture);
      expect(menu.getAttribute('aria-expanded')).toBe('true');

      byTestId(fixture, 'nav-companies')!.click();
      await settle(fixture);
      expect(menu.getAttribute('aria-expanded')).toBe('false');
    });

    it('should move who is signed in, the language and the way out from the top bar into the menu', async () => {
      const fixture = await renderSignedInAs([]);
      const toolbar = fixture.nativeElement.querySelector('mat-toolbar') as HTMLElement;
      const drawer = byTestId(fixture, 'nav-drawer')!;

      expect(toolbar.querySelector('[data-testid=current-user]')).toBeNull();
      expect(toolbar.querySelector('[data-testid=lang-en]')).toBeNull();
      expect(drawer.querySelector('[data-testid=current-user]')?.textContent?.trim()).toBe('olga');
      expect(drawer.querySelector('[data-testid=logout]')).not.toBeNull();
      expect(drawer.querySelector('[data-testid=lang-en]')).not.toBeNull();
    });
  });
});
