import { type Actor, can, PERMISSIONS, passwordProblems } from './permissions';

const coordinator: Actor = { role: 'coordinator', partner: 'plastipolis' };
const viewer: Actor = { role: 'viewer', partner: null };
const afilEditor: Actor = { role: 'editor', partner: 'afil' };
const ledByAfil = { lead: 'afil', contributors: ['cep'] };
const ledByCep = { lead: 'cep', contributors: ['afil'] };
const unrelated = { lead: 'cep', contributors: ['eurecat'] };

describe('can', () => {
  it.each(PERMISSIONS)(
    'lets the coordinator %s, on any action',
    (permission) => {
      expect(can(coordinator, permission)).toBe(true);
      expect(can(coordinator, permission, unrelated)).toBe(true);
    },
  );

  it.each(PERMISSIONS)(
    'lets a viewer %s only if it is reading',
    (permission) => {
      const reading = permission === 'read' || permission === 'read-audit';
      expect(can(viewer, permission)).toBe(reading);
      expect(can(viewer, permission, ledByAfil)).toBe(reading);
    },
  );

  it.each([
    ['read', true],
    ['read-audit', false],
    ['update-action', true],
    ['comment-action', true],
    ['manage-actions', false],
    ['manage-accounts', false],
    ['manage-reference-data', false],
    ['advance-phase', false],
    ['manage-sessions', false],
    ['manage-investments', true],
  ] as const)('lets an editor %s in general: %s', (permission, expected) => {
    expect(can(afilEditor, permission)).toBe(expected);
  });

  it.each([
    ['update-action', ledByAfil, true],
    ['update-action', ledByCep, false],
    ['update-action', unrelated, false],
    ['comment-action', ledByAfil, true],
    ['comment-action', ledByCep, true],
    ['comment-action', unrelated, false],
    ['read', unrelated, true],
    ['manage-actions', ledByAfil, false],
    ['manage-investments', ledByAfil, true],
    ['manage-investments', ledByCep, false],
    ['manage-investments', unrelated, false],
  ] as const)(
    'lets the AFIL editor %s on an action led by %o: %s',
    (permission, action, expected) => {
      expect(can(afilEditor, permission, action)).toBe(expected);
    },
  );

  it('gives an editor without a partner nothing beyond reading', () => {
    const orphan: Actor = { role: 'editor', partner: null };
    expect(can(orphan, 'update-action', ledByAfil)).toBe(false);
    expect(can(orphan, 'comment-action', ledByAfil)).toBe(false);
    expect(can(orphan, 'manage-investments', ledByAfil)).toBe(false);
    expect(can(orphan, 'read', ledByAfil)).toBe(true);
  });

  it.each(PERMISSIONS)(
    'lets the editor of a retired partner %s only if it is reading',
    (permission) => {
      const retired: Actor = { ...afilEditor, partnerRetired: true };
      expect(can(retired, permission)).toBe(permission === 'read');
      expect(can(retired, permission, ledByAfil)).toBe(permission === 'read');
    },
  );
});

describe('passwordProblems', () => {
  it.each(['correct horse battery', 'Tr4ms-Lyon-2026', 'ñandú-Kraków-Südwest'])(
    'accepts %j',
    (password) => {
      expect(passwordProblems(password, 'someone@4m4iof.example')).toEqual([]);
    },
  );

  it.each([
    ['short1', 'must have at least 10 characters'],
    ['aaaaaaaaaaaa', 'must use at least 5 different characters'],
    ['password12345', 'must not start with a well-known password'],
    ['jane.doe-secret', 'must not contain the e-mail address'],
    [
      'x'.repeat(150) + 'abcdefghijklmnopqrstuvwxyz'.repeat(3),
      'must have at most 200 characters',
    ],
  ])('refuses %j: %s', (password, problem) => {
    expect(passwordProblems(password, 'jane.doe@4m4iof.example')).toContain(
      problem,
    );
  });
});
