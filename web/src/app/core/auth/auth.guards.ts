import { inject } from '@angular/core';
import {
  CanActivateChildFn,
  CanActivateFn,
  RedirectCommand,
  Router,
  UrlTree,
} from '@angular/router';
import { Permission, can } from '@ws/domain';
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

// SPEC §4: a page a role cannot use says so at its own address, rather than
// showing an empty page or leaving for another one.
export function requirePermission(permission: Permission): CanActivateFn {
  return (_route, state) => {
    const user = inject(Session).user();
    if (user && can(user, permission)) return true;
    return new RedirectCommand(inject(Router).parseUrl('/no-access'), {
      browserUrl: state.url,
    });
  };
}
