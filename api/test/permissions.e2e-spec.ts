import { anAction } from './builders';
import { type DiscoveredRoute, discoverRoutes } from './routes';
import { anInvestment } from './investment-builders';
import {
  COORDINATOR,
  createTestApp,
  databaseKinds,
  editorOf,
  type TestApp,
  VIEWER,
} from './test-app';

// SPEC §4. Every route of the API, discovered from the router, must appear here with
// who may call it; a new route without an entry (or without a declared policy) fails.
// The sample action is led by AFIL, with CEP contributing.
type Access =
  | 'public'
  | 'signed-in'
  | 'coordinator'
  | 'coordinator-or-viewer'
  | 'lead-partner'
  | 'lead-or-contributor'
  | 'coordinator-or-editor';
const EXPECTED_ACCESS: Record<string, Access> = {
  'GET /api/health': 'public',
  'POST /api/auth/login': 'public',
  'GET /api/auth/me': 'signed-in',
  'POST /api/auth/password': 'signed-in',
  'GET /api/regions': 'signed-in',
  'GET /api/effra-domains': 'signed-in',
  'GET /api/phases': 'signed-in',
  'GET /api/streams': 'signed-in',
  'GET /api/initiatives': 'signed-in',
  'GET /api/funding-instruments': 'signed-in',
  'GET /api/partners': 'signed-in',
  'GET /api/partners/:slug': 'signed-in',
  'GET /api/partnership': 'signed-in',
  'POST /api/partnership/advance-phase': 'coordinator',
  'GET /api/governance': 'signed-in',
  'GET /api/dashboard': 'signed-in',
  'GET /api/reports/progress': 'signed-in',
  'GET /api/actions': 'signed-in',
  'GET /api/actions/:id': 'signed-in',
  'POST /api/actions': 'coordinator',
  'PATCH /api/actions/:id': 'lead-partner',
  'DELETE /api/actions/:id': 'coordinator',
  'GET /api/actions/:id/updates': 'signed-in',
  'POST /api/actions/:id/updates': 'lead-partner',
  'GET /api/actions/:id/comments': 'signed-in',
  'POST /api/actions/:id/comments': 'lead-or-contributor',
  'GET /api/investments': 'signed-in',
  'GET /api/investments/pipeline': 'signed-in',
  'GET /api/investments/:id': 'signed-in',
  'GET /api/investments/:id/history': 'signed-in',
  'POST /api/investments': 'coordinator-or-editor',
  'PATCH /api/investments/:id': 'lead-partner',
  'GET /api/audit': 'coordinator-or-viewer',
  'GET /api/users': 'coordinator',
  'GET /api/users/:id': 'coordinator',
  'POST /api/users': 'coordinator',
  'PATCH /api/users/:id': 'coordinator',
  'GET /api/notifications': 'signed-in',
  'POST /api/notifications/read-all': 'signed-in',
  'POST /api/notifications/:id/read': 'signed-in',
  'GET /api/notifications/preferences': 'signed-in',
  'PUT /api/notifications/preferences': 'signed-in',
  'GET /api/unsubscribe': 'public',
  'POST /api/unsubscribe': 'public',
  'GET /api/mail/status': 'coordinator',
  'GET /api/mail/log': 'coordinator',
  'GET /api/imports/template': 'signed-in',
  'POST /api/imports': 'coordinator',
  'GET /api/imports/:id': 'coordinator',
  'POST /api/imports/:id/apply': 'coordinator',
  'GET /api/exports/action-plan': 'signed-in',
  'POST /api/partners': 'coordinator',
  'PATCH /api/partners/:slug': 'coordinator',
  'POST /api/partners/:slug/retire': 'coordinator',
  'POST /api/partners/:slug/reinstate': 'coordinator',
  'POST /api/regions': 'coordinator',
  'PATCH /api/regions/:code': 'coordinator',
  'PATCH /api/streams/:number': 'coordinator',
  'GET /api/settings': 'signed-in',
  'PATCH /api/settings': 'coordinator',
  'GET /api/working-sessions': 'signed-in',
  'GET /api/working-sessions/preparation': 'coordinator',
  'GET /api/working-sessions/:id': 'signed-in',
  'POST /api/working-sessions': 'coordinator',
  'PATCH /api/working-sessions/:id': 'coordinator',
  'POST /api/working-sessions/:id/close': 'coordinator',
  'POST /api/working-sessions/:id/decisions/:decisionId/follow-up':
    'coordinator',
  'GET /api/working-sessions/:id/snapshot': 'signed-in',
  'GET /api/working-sessions/:id/changes': 'signed-in',
  'GET /api/working-sessions/:id/agenda': 'signed-in',
  'GET /api/calendar.ics': 'public',
  'GET /api/calendar/feed': 'signed-in',
  'POST /api/calendar/feed': 'signed-in',
};

const ACTORS = [
  'signed-out',
  'viewer',
  'editor of AFIL',
  'editor of CEP',
  'coordinator',
] as const;
type ActorName = (typeof ACTORS)[number];
const ACCOUNTS: Record<Exclude<ActorName, 'signed-out'>, string> = {
  viewer: VIEWER,
  'editor of AFIL': editorOf('afil'),
  'editor of CEP': editorOf('cep'),
  coordinator: COORDINATOR,
};

function allowed(access: Access, actor: ActorName): boolean {
  if (access === 'public') return true;
  if (actor === 'signed-out') return false;
  if (access === 'coordinator-or-viewer')
    return actor === 'coordinator' || actor === 'viewer';
  if (access === 'lead-partner')
    return actor === 'coordinator' || actor === 'editor of AFIL';
  if (access === 'lead-or-contributor' || access === 'coordinator-or-editor')
    return actor === 'coordinator' || actor.startsWith('editor of');
  return access === 'signed-in' || actor === 'coordinator';
}

describe.each(databaseKinds())('permissions of every route on %s', (kind) => {
  let t: TestApp;
  let routes: DiscoveredRoute[];
  const tokens: Partial<Record<ActorName, string>> = {};

  beforeAll(async () => {
    t = await createTestApp({ kind });
    routes = discoverRoutes(t);
    for (const [actor, email] of Object.entries(ACCOUNTS))
      tokens[actor as ActorName] = await t.token(email);
  });
  afterAll(() => t.close());

  it('lists exactly the routes the router has', () => {
    expect(routes.map((r) => r.key).sort()).toEqual(
      Object.keys(EXPECTED_ACCESS).sort(),
    );
  });

  it('finds a declared access policy on every route', () => {
    expect(routes.filter((r) => !r.policy).map((r) => r.key)).toEqual([]);
  });

  it('answers each actor as its role allows', async () => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const route of routes) {
      const access = EXPECTED_ACCESS[route.key];
      for (const actor of ACTORS) {
        // Every call gets its own action, so that a deletion does not change the next answer.
        const action = await anAction(t.dataSource, {
          lead: 'afil',
          contributors: ['cep'],
        });
        const investment = await anInvestment(t.dataSource, {
          lead: 'afil',
          partners: ['cep'],
        });
        const id = route.path.startsWith('/api/actions')
          ? action.id
          : route.path.startsWith('/api/investments')
            ? investment.id
            : 1;
        const path = route.path
          .replace(':slug', 'afil')
          .replace(':id', String(id));
        let call = t.http()[route.method as 'get'](path);
        const token = tokens[actor];
        if (token) call = call.set('Authorization', `Bearer ${token}`);
        if (route.method !== 'get') call = call.send({});
        const { status } = await call;
        const verdict =
          status === 401
            ? 'unauthenticated'
            : status === 403
              ? 'forbidden'
              : 'let through';
        outcomes.push(`${route.key} as ${actor}: ${verdict}`);
        const wanted = allowed(access, actor)
          ? 'let through'
          : actor === 'signed-out'
            ? 'unauthenticated'
            : 'forbidden';
        expected.push(`${route.key} as ${actor}: ${wanted}`);
      }
    }
    expect(outcomes).toEqual(expected);
    // Hundreds of requests: every route as every actor.
  }, 180_000);
});
