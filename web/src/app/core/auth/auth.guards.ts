import { inject } from '@angular/core';
import {
  CanActivateChildFn,
  CanActivateFn,
  Router,
  UrlTree,
} from '@angular/router';
import { Session } from './session';

export type SignInReason = 'expired' | 'signed-out';

export function signInUrl(
  router: Router,
  returnUrl: string,
  reason?: SignInReason,
): UrlTree {
  const queryParams: Record<string, string> = {};
  if (returnUrl && returnUrl !== '/' && !returnUrl.startsWith('/sign-in')) {
    queryParams['returnUrl'] = returnUrl;
  }
  if (reason) queryParams['reason'] = reason;
  return router.createUrlTree(['/sign-in'], { queryParams });
}

// SPEC §4: signed out, nothing but the sign-in page.
export const requireSignIn: CanActivateChildFn = (_route, state) => {
  const session = inject(Session);
  if (session.isActive()) return true;
  const expired = session.user() !== null;
  session.end();
  return signInUrl(inject(Router), state.url, expired ? 'expired' : undefined);
};

export const redirectWhenSignedIn: CanActivateFn = () =>
  inject(Session).isActive() ? inject(Router).createUrlTree(['/']) : true;
