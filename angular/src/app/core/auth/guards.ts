import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, Router } from '@angular/router';
import { AuthService } from './auth.service';

export const signedInGuard: CanActivateFn = (_route, state) => {
  if (inject(AuthService).signedIn()) return true;
  return inject(Router).createUrlTree(['/login'], {
    queryParams: state.url && state.url !== '/' ? { returnUrl: state.url } : {},
  });
};

/** Keeps a whole feature out of reach (and out of the download) without its permission. */
export function permissionGuard(permission: string): CanMatchFn {
  return () => inject(AuthService).hasPermission(permission) || inject(Router).createUrlTree(['/']);
}

/** Lets a section in when the user has any of its permissions (each page checks its own). */
export function anyPermissionGuard(permissions: readonly string[]): CanMatchFn {
  return () => {
    const auth = inject(AuthService);
    return permissions.some((p) => auth.hasPermission(p)) || inject(Router).createUrlTree(['/']);
  };
}
