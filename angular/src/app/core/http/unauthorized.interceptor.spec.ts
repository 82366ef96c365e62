import { HttpClient } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { CrmService } from '../../api/services';
import { configureTestBed, http, settle } from '../../../testing/testing-providers';
import { AuthService } from '../auth/auth.service';

describe('unauthorizedInterceptor', () => {
  beforeEach(() => configureTestBed([{ path: '**', children: [] }]));
  afterEach(() => http().verify());

  it('should send the user to /login when an API call answers 401', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate');
    const call = firstValueFrom(TestBed.inject(CrmService).getCompanies({})).catch((e) => e);

    http().expectOne((r) => r.url === '/api/crm/companies').flush(null, { status: 401, statusText: 'Unauthorized' });
    await call;

    expect(navigate).toHaveBeenCalledWith(['/login'], expect.anything());
  });

  it('should not redirect when asking who is signed in', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate');
    const who = TestBed.inject(AuthService).refresh();

    http().expectOne('/api/account/me').flush(null, { status: 401, statusText: 'Unauthorized' });

    expect(await who).toBeNull();
    await settle();
    expect(navigate).not.toHaveBeenCalled();
  });

  it('should leave other errors to the caller', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate');
    const call = firstValueFrom(TestBed.inject(HttpClient).get('/api/crm/companies')).catch((e) => e);

    http().expectOne('/api/crm/companies').flush(null, { status: 500, statusText: 'Server Error' });

    expect((await call).status).toBe(500);
    expect(navigate).not.toHaveBeenCalled();
  });
});
