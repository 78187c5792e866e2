import fc from 'fast-check';
import type { Response } from 'supertest';
import { THROTTLE_WINDOW_MS } from '../../src/auth/login-throttle';
import { anAction } from '../builders';
import {
  COORDINATOR,
  createTestApp,
  FakeClock,
  TEST_PASSWORD,
  type TestApp,
} from '../test-app';
import {
  commitCounter,
  databaseDump,
  type DatabaseDump,
} from './database-dump';
import {
  adversarialId,
  type BodyCase,
  bodyCase,
  bodyText,
} from './fuzz-values';
import { discoverRoutes } from '../routes';
import {
  type FuzzFixture,
  investmentFields,
  sessionFields,
  WRITE_ENDPOINTS,
  type WriteEndpoint,
} from './write-endpoints';

const CASES_PER_ENDPOINT = Number(process.env['FUZZ_CASES'] || 1000);

// Generated bad input on every write endpoint: never a 5xx, every refusal names the
// problem, and a refused request leaves every table exactly as it was.
describe('write endpoints under generated input', () => {
  const clock = new FakeClock();
  let t: TestApp;
  let fixture: FuzzFixture;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    // One listening server for all the cases rather than one per request.
    await t.app.listen(0, '127.0.0.1');
    const newAction = async () =>
      (await anAction(t.dataSource, { lead: 'plastipolis' })).id;
    const action = await anAction(t.dataSource, { lead: 'plastipolis' });
    const coordinator = await t.as(COORDINATOR);
    const user = await coordinator
      .post('/api/users')
      .send({
        email: 'fuzz.target@afil.example',
        displayName: 'Fuzz Target',
        role: 'editor',
        partner: 'afil',
        password: 'a-long-passphrase-0',
      })
      .expect(201);
    const session = await coordinator
      .post('/api/working-sessions')
      .send({ date: '2027-01-20', ...sessionFields })
      .expect(201);
    const investment = await coordinator
      .post('/api/investments')
      .send(investmentFields)
      .expect(201);
    fixture = {
      actionId: action.id,
      actionVersion: action.version,
      deletableActionId: await newAction(),
      userId: user.body.id,
      sessionId: session.body.id,
      decisionId: session.body.decisions[0].id,
      investmentId: investment.body.id,
      investmentVersion: investment.body.version,
      password: TEST_PASSWORD,
      newAction,
    };
  }, 60_000);
  afterAll(() => t.close());

  it('notices every commit, so that unchanged counters prove an unchanged database', async () => {
    const before = await commitCounter(t.dataSource);
    const coordinator = await t.as(COORDINATOR);
    await coordinator
      .post(`/api/actions/${fixture.actionId}/comments`)
      .send({ body: 'a committed write' })
      .expect(201);
    expect(await commitCounter(t.dataSource)).not.toBe(before);
  });

  it('has cases for every write route of the router', () => {
    const writeRoutes = discoverRoutes(t)
      .filter((route) => route.method !== 'get')
      .map((route) => route.key);
    expect(
      writeRoutes.filter(
        (route) => !WRITE_ENDPOINTS.some((e) => e.route === route),
      ),
    ).toEqual([]);
    expect(
      WRITE_ENDPOINTS.map((e) => e.route).filter(
        (route) => !writeRoutes.includes(route),
      ),
    ).toEqual([]);
  });

  it.each(
    WRITE_ENDPOINTS.filter((e) => e.accepted({} as FuzzFixture) !== null).map(
      (e) => [e.route, e] as const,
    ),
  )(
    'starts the cases of %s from a body that passes validation',
    async (_route, endpoint) => {
      const [method, template] = endpoint.route.split(' ');
      const account = endpoint.account?.(fixture);
      const request = t
        .http()
        [
          method.toLowerCase() as 'post'
        ](fillPath(template, endpoint.params?.(fixture), null));
      if (account)
        request.set(
          'Authorization',
          `Bearer ${await t.token(account.email, account.password)}`,
        );
      const res = await request.send(endpoint.accepted(fixture));
      if (res.status === 400 || res.status >= 500)
        throw new Error(
          `${endpoint.route} refused its accepted body: ${res.text}`,
        );
      if (res.status < 300)
        await endpoint.afterAccepted?.(
          fixture,
          res,
          endpoint.accepted(fixture) ?? {},
        );
    },
  );

  it.each(WRITE_ENDPOINTS.map((e) => [e.route, e] as const))(
    '%s',
    async (_route, endpoint) => {
      const [method, template] = endpoint.route.split(' ');
      const signIn = async () => {
        const account = endpoint.account?.(fixture);
        return account ? t.token(account.email, account.password) : null;
      };
      let token = await signIn();
      let baseline = await databaseDump(t.dataSource);
      let commits = await commitCounter(t.dataSource);

      const result = await fc.check(
        fc.asyncProperty(
          bodyCase,
          fc.option(adversarialId, { freq: 6 }),
          async (body, badId) => {
            const text = bodyText(endpoint.accepted(fixture) ?? {}, body);
            const path = fillPath(template, endpoint.params?.(fixture), badId);
            const request = t
              .http()
              [method.toLowerCase() as 'post'](path)
              .set('Content-Type', 'application/json');
            if (token) request.set('Authorization', `Bearer ${token}`);
            const res = await request.send(text);

            const problem = refusalProblem(res);
            if (problem)
              throw new Error(describeCase(endpoint, path, body, res, problem));
            assertNoPrototypePollution();
            if (res.status >= 400) {
              const counter = await commitCounter(t.dataSource);
              if (counter === commits) return;
              commits = counter;
              const after = await databaseDump(t.dataSource);
              const changed = changedTables(baseline, after);
              if (changed.length)
                throw new Error(
                  describeCase(
                    endpoint,
                    path,
                    body,
                    res,
                    `a refused request changed ${changed.join(', ')}`,
                  ),
                );
              return;
            }
            await endpoint.afterAccepted?.(
              fixture,
              res,
              JSON.parse(text || 'null'),
            );
            if (typeof res.body?.accessToken === 'string' && endpoint.account)
              token = res.body.accessToken;
            if (!token && endpoint.account) token = await signIn();
            baseline = await databaseDump(t.dataSource);
            commits = await commitCounter(t.dataSource);
          },
        ),
        { numRuns: CASES_PER_ENDPOINT },
      );
      // The failing case itself is in the message; fast-check's own report would
      // print the (sometimes megabyte-long) counterexample.
      if (result.failed)
        throw new Error(
          `after ${result.numRuns} cases (seed ${result.seed}): ${String((result.errorInstance as Error)?.message ?? result.errorInstance)}`,
        );
      // The login cases leave this client throttled; later endpoints sign in afresh.
      clock.advance(THROTTLE_WINDOW_MS + 1000);
    },
    300_000,
  );
});

function fillPath(
  template: string,
  params: Record<string, string | number> | undefined,
  badId: string | null,
): string {
  return template.replace(
    /:(\w+)/g,
    (_, name: string) => badId ?? String(params?.[name] ?? ''),
  );
}

/** What is wrong with the answer, or null when it is a proper answer. */
function refusalProblem(res: Response): string | null {
  if (res.status >= 500) return `answered ${res.status}`;
  if (res.status < 400) return null;
  // Pages for people (the unsubscribe link) explain themselves in HTML.
  if (/^text\/html/.test(String(res.headers['content-type'])))
    return res.text.trim() ? null : 'the error page is empty';
  const body = res.body as {
    statusCode?: unknown;
    message?: unknown;
    errors?: unknown;
  };
  if (body.statusCode !== res.status) return 'the error body has no statusCode';
  if (typeof body.message !== 'string' || !body.message.trim())
    return 'the error body has no message';
  if (res.status === 400 && body.message === 'Bad Request')
    return 'the 400 does not say what is wrong';
  if (body.errors !== undefined) {
    const named =
      Array.isArray(body.errors) &&
      body.errors.length > 0 &&
      body.errors.every(
        (e: { field?: unknown; problems?: unknown }) =>
          typeof e.field === 'string' &&
          Array.isArray(e.problems) &&
          e.problems.length > 0,
      );
    if (!named) return 'errors does not name each field and its problems';
  }
  return null;
}

function assertNoPrototypePollution(): void {
  const probe: Record<string, unknown> = {};
  if ('polluted' in probe || Object.keys(Object.prototype).length)
    throw new Error('Object.prototype was polluted');
}

function changedTables(before: DatabaseDump, after: DatabaseDump): string[] {
  const tables = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...tables].filter(
    (table) => JSON.stringify(before[table]) !== JSON.stringify(after[table]),
  );
}

function describeCase(
  endpoint: WriteEndpoint,
  path: string,
  body: BodyCase,
  res: Response,
  problem: string,
): string {
  const sent = JSON.stringify(body).slice(0, 500);
  return `${endpoint.route} (${path}): ${problem}\nsent: ${sent}\nanswer ${res.status}: ${JSON.stringify(res.body).slice(0, 500)}`;
}
