// SPEC §4: who may do what. One table, used by the API to refuse (403) and by the
// web app to hide what a role cannot use.
export const ROLES = ['coordinator', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  coordinator: 'Coordinator',
  editor: 'Partner editor',
  viewer: 'Viewer',
};

export const PERMISSIONS = [
  /** read everything, download reports */
  'read',
  /** the journal of every write */
  'read-audit',
  /** accounts: create, change role or partner, disable, reset password */
  'manage-accounts',
  /** partners, regions, streams, settings */
  'manage-reference-data',
  /** move the partnership to its next phase */
  'advance-phase',
  /** working sessions and their decisions */
  'manage-sessions',
  /** investment proposals: an editor those its partner leads */
  'manage-investments',
  /** create and delete actions, change their lead, stream or phase */
  'manage-actions',
  /** status updates and edits of description, dates, milestones, indicators */
  'update-action',
  /** comments on an action */
  'comment-action',
  /** the e-mail settings and the log of what was sent and what failed */
  'manage-mail',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export interface Actor {
  role: Role;
  /** Slug of the partner an editor acts for */
  partner: string | null;
  /** Whether that partner has been retired: its editors then only read */
  partnerRetired?: boolean;
}

/** The action (or investment proposal) a permission is checked against, when it concerns one. */
export interface ActionScope {
  lead: string;
  contributors: readonly string[];
}

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  coordinator: PERMISSIONS,
  editor: ['read', 'update-action', 'comment-action', 'manage-investments'],
  viewer: ['read', 'read-audit'],
};

/**
 * Whether the actor holds the permission; with an action, whether it holds it on
 * that action: an editor updates only the actions its partner leads and comments
 * only on those its partner leads or contributes to; it manages only the investment
 * proposals its partner leads.
 */
export function can(
  actor: Actor,
  permission: Permission,
  action?: ActionScope,
): boolean {
  if (!ROLE_PERMISSIONS[actor.role].includes(permission)) return false;
  if (actor.role === 'editor' && actor.partnerRetired)
    return permission === 'read';
  if (!action || actor.role !== 'editor') return true;
  if (!actor.partner) return permission === 'read';
  switch (permission) {
    case 'update-action':
    case 'manage-investments':
      return action.lead === actor.partner;
    case 'comment-action':
      return (
        action.lead === actor.partner ||
        action.contributors.includes(actor.partner)
      );
    default:
      return true;
  }
}

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

/** Problems that make a new password too weak; empty when it is acceptable. */
export function passwordProblems(password: string, email?: string): string[] {
  const problems: string[] = [];
  if (password.length < MIN_PASSWORD_LENGTH)
    problems.push(`must have at least ${MIN_PASSWORD_LENGTH} characters`);
  if (password.length > MAX_PASSWORD_LENGTH)
    problems.push(`must have at most ${MAX_PASSWORD_LENGTH} characters`);
  if (new Set(password).size < 5)
    problems.push('must use at least 5 different characters');
  const lowered = password.toLowerCase();
  if (email && lowered.includes(email.toLowerCase().split('@')[0]))
    problems.push('must not contain the e-mail address');
  if (
    /^(?:password|motdepasse|passwort|contraseña|qwerty|azerty|123456|letmein|welcome)/.test(
      lowered,
    )
  ) {
    problems.push('must not start with a well-known password');
  }
  return problems;
}
