import { HttpContext, HttpContextToken } from '@angular/common/http';

/** Calls whose 401 is an expected answer (am I signed in? wrong password) and not a lost session. */
export const SKIP_AUTH_REDIRECT = new HttpContextToken<boolean>(() => false);

export const skipAuthRedirect = () => new HttpContext().set(SKIP_AUTH_REDIRECT, true);
