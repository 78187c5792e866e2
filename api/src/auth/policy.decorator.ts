import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@ws/domain';

// SPEC §4: every route declares who may call it; the auth guard refuses any route
// that does not (fail closed), and the permission test lists every route.
export const POLICY_KEY = 'access-policy';

export type RoutePolicy =
  | { kind: 'public' }
  | { kind: 'permission'; permission: Permission; scope?: PolicyScope };

/** What the route's `:id` names, whose lead (and contributors) the permission is checked on. */
export type PolicyScope = 'action' | 'investment';

/** Open to signed-out clients. */
export const Public = () =>
  SetMetadata(POLICY_KEY, { kind: 'public' } satisfies RoutePolicy);

/**
 * Open to signed-in users whose role holds the permission. With `scope: 'action'`
 * the permission is checked on the action named by the route's `:id` (its lead and
 * contributors) before the body is even read; with `scope: 'investment'`, on the
 * investment proposal it names (its lead and partners).
 */
export const RequirePermission = (
  permission: Permission,
  options: { scope?: PolicyScope } = {},
) =>
  SetMetadata(POLICY_KEY, {
    kind: 'permission',
    permission,
    ...options,
  } satisfies RoutePolicy);
