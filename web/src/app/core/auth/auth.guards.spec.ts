import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  RedirectCommand,
  Router,
  RouterStateSnapshot,
  UrlTree,
  provideRouter,
} from '@angular/router';
import {
  COORDINATOR,
  LOGIN_RESPONSE,
  POOL_NET_EDITOR,
  VIEWER,
  loginAs,
} from '../../../testing/reference-fixtures';
import { requirePermission, requireSignIn } from './auth.guards';
import { Session } from './session';

describe('requireSignIn', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
  });

  function check(url: string): boolean | UrlTree {
    return TestBed.runInInjectionContext(() =>
      requireSignIn(
        {} as ActivatedRouteSnapshot,
        { url } as RouterStateSnapshot,
      ),
    ) as boolean | UrlTree;
  }

  const serialize = (result: boolean | UrlTree) =>
    typeof result === 'boolean'
      ? result
      : TestBed.inject(Router).serializeUrl(result);

  it('lets a signed-in user through', () => {
    TestBed.inject(Session).start(LOGIN_RESPONSE);
    expect(check('/partners')).toBe(true);
  });

  it('sends a visitor to the sign-in page', () => {
    expect(serialize(check('/partners'))).toBe(
      '/sign-in?returnUrl=%2Fpartners',
    );
    expect(serialize(check('/'))).toBe('/sign-in');
  });

  it('ends an expired session and says why', () => {
    const session = TestBed.inject(Session);
    session.start({ ...LOGIN_RESPONSE, expiresAt: '2020-01-01T00:00:00.000Z' });
    expect(serialize(check('/partners'))).toBe(
      '/sign-in?returnUrl=%2Fpartners&reason=expired',
    );
    expect(session.user()).toBeNull();
  });
});

describe('requirePermission', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
  });

  function checkAdmin(): unknown {
    return TestBed.runInInjectionContext(() =>
      requirePermission('manage-accounts')(
        {} as ActivatedRouteSnapshot,
        { url: '/admin' } as RouterStateSnapshot,
      ),
    );
  }

  it('lets the coordinator into the account management', () => {
    TestBed.inject(Session).start(loginAs(COORDINATOR));
    expect(checkAdmin()).toBe(true);
  });

  it.each([
    ['a viewer', VIEWER],
    ['a partner editor', POOL_NET_EDITOR],
  ])(
    'shows %s the no-access page at the address they asked for',
    (_who, user) => {
      TestBed.inject(Session).start(loginAs(user));
      const result = checkAdmin();
      expect(result).toBeInstanceOf(RedirectCommand);
      const redirect = result as RedirectCommand;
      expect(TestBed.inject(Router).serializeUrl(redirect.redirectTo)).toBe(
        '/no-access',
      );
      expect(redirect.navigationBehaviorOptions?.browserUrl).toBe('/admin');
    },
  );

  it('refuses when nobody is signed in', () => {
    expect(checkAdmin()).toBeInstanceOf(RedirectCommand);
  });
});
