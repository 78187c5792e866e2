import type { Actor, Role } from '@ws/domain';
import type { User } from '../users/user.entity';

/** The signed-in user, as the auth guard attaches it to the request. */
export interface AuthenticatedUser extends Actor {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  partner: string | null;
  partnerId: number | null;
}

/** The user, with its partner loaded, as the guard and the journal see it. */
export function toAuthenticatedUser(user: User): AuthenticatedUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    partner: user.partner?.slug ?? null,
    partnerId: user.partner?.id ?? null,
    partnerRetired: (user.partner?.retiredAt ?? null) !== null,
  };
}
