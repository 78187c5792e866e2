import type { Actor, Role } from '@ws/domain';

/** The signed-in user, as the auth guard attaches it to the request. */
export interface AuthenticatedUser extends Actor {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  partner: string | null;
  partnerId: number | null;
}
