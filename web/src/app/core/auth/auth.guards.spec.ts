import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  Router,
  RouterStateSnapshot,
  UrlTree,
  provideRouter,
} from '@angular/router';
import { LOGIN_RESPONSE } from '../../../testing/reference-fixtures';
import { requireSignIn } from './auth.guards';
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
