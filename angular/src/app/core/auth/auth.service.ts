import { computed, inject, Injectable, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { MeDto } from '../../api/models';
import { AccountService } from '../../api/services';
import { statusOf } from '../http/problem-details';
import { skipAuthRedirect } from '../http/skip-auth-redirect';

/** Who is signed in, from the server's cookie session. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly account = inject(AccountService);
  private readonly current = signal<MeDto | null>(null);

  readonly me = this.current.asReadonly();
  readonly signedIn = computed(() => this.current() !== null);

  hasPermission(permission: string): boolean {
    return this.current()?.permissions.includes(permission) ?? false;
  }

  /** Asks the server who we are; a 401 simply means nobody. */
  async refresh(): Promise<MeDto | null> {
    try {
      const me = await firstValueFrom(this.account.getMe(undefined, skipAuthRedirect()));
      this.current.set(me);
      return me;
    } catch (error) {
      if (statusOf(error) !== 401) throw error;
      this.current.set(null);
      return null;
    }
  }

  /** Rejects with the HttpErrorResponse (401 wrong credentials, 429 throttled). */
  async login(userName: string, password: string): Promise<MeDto | null> {
    await firstValueFrom(
      this.account.login({ useCookies: true, body: { userName, password } }, skipAuthRedirect()),
    );
    return this.refresh();
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.account.logout(undefined, skipAuthRedirect()));
    } finally {
      this.forget();
    }
  }

  forget(): void {
    this.current.set(null);
  }
}
