import { createHmac } from 'node:crypto';
import {
  ACCOUNT_FAILURE_LIMIT,
  CLIENT_FAILURE_LIMIT,
  THROTTLE_WINDOW_MS,
} from '../src/auth/login-throttle';
import { TOKEN_LIFETIME_SECONDS } from '../src/auth/token.service';
import { User } from '../src/users/user.entity';
import {
  type AuthedClient,
  COORDINATOR,
  createTestApp,
  editorOf,
  FakeClock,
  TEST_PASSWORD,
  type TestApp,
  VIEWER,
} from './test-app';

const base64url = (value: object) =>
  Buffer.from(JSON.stringify(value)).toString('base64url');

describe('accounts and sign-in', () => {
  let t: TestApp;
  let clock: FakeClock;
  let coordinator: AuthedClient;

  beforeEach(async () => {
    clock = new FakeClock();
    t = await createTestApp({ clock });
    coordinator = await t.as(COORDINATOR);
  });
  afterEach(() => t.close());

  const userCount = () => t.dataSource.getRepository(User).count();
  const auditCount = async () =>
    Number(
      (await t.dataSource.query('SELECT COUNT(*) AS n FROM audit_entries'))[0]
        .n,
    );

  describe('seeded accounts', () => {
    it('exist for the coordinator, a viewer and an editor of each of the 12 partners', async () => {
      const res = await coordinator.get('/api/users?pageSize=100').expect(200);
      expect(res.body.total).toBe(14);
      const emails = res.body.items.map((u: { email: string }) => u.email);
      expect(emails).toEqual(
        expect.arrayContaining([
          COORDINATOR,
          VIEWER,
          editorOf('plastipolis'),
          editorOf('microtec-sudwest'),
          editorOf('pool-net'),
        ]),
      );
      const editor = res.body.items.find(
        (u: { email: string }) =>
          u.email === editorOf('cluster-digital-de-catalunya'),
      );
      expect(editor).toMatchObject({
        role: 'editor',
        partner: 'cluster-digital-de-catalunya',
        partnerName: 'Clúster Digital de Catalunya',
        active: true,
      });
    });

    it('are never reset by a later start', async () => {
      const afil = await t.as(editorOf('afil'));
      await afil
        .post('/api/auth/password')
        .send({
          currentPassword: TEST_PASSWORD,
          newPassword: 'a-much-better-one-42',
        })
        .expect(200);
      const { AccountsSeeder } = await import('../src/auth/accounts.seeder');
      await expect(t.app.get(AccountsSeeder).seed()).resolves.toBe(0);
      await t.token(editorOf('afil'), 'a-much-better-one-42');
    });
  });

  describe('POST /api/auth/login', () => {
    it('returns a token and the user, never a secret', async () => {
      const res = await t
        .http()
        .post('/api/auth/login')
        .send({ email: 'Coordinator@4M4IoF.example ', password: TEST_PASSWORD })
        .expect(200);
      expect(res.body.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
      expect(Date.parse(res.body.expiresAt) - clock.now().getTime()).toBe(
        TOKEN_LIFETIME_SECONDS * 1000,
      );
      expect(res.body.user).toMatchObject({
        email: COORDINATOR,
        role: 'coordinator',
        partner: 'plastipolis',
      });
      expect(JSON.stringify(res.body)).not.toMatch(/hash|argon|password/i);
      const me = await t
        .http()
        .get('/api/auth/me')
        .set('Authorization', `Bearer ${res.body.accessToken}`)
        .expect(200);
      expect(me.body.lastSignInAt).toBe(clock.now().toISOString());
    });

    it('answers a wrong password and an unknown e-mail the same way', async () => {
      const wrongPassword = await t
        .http()
        .post('/api/auth/login')
        .send({ email: VIEWER, password: 'not-the-password' })
        .expect(401);
      const unknownEmail = await t
        .http()
        .post('/api/auth/login')
        .send({ email: 'nobody@4m4iof.example', password: TEST_PASSWORD })
        .expect(401);
      expect(wrongPassword.body).toEqual(unknownEmail.body);
      expect(wrongPassword.body).toEqual({
        statusCode: 401,
        error: 'Unauthorized',
        message: 'Wrong e-mail or password',
      });
    });

    it('names every bad field and signs nobody in', async () => {
      const res = await t
        .http()
        .post('/api/auth/login')
        .send({ email: 'not-an-email', password: '', remember: true })
        .expect(400);
      expect(
        res.body.errors.map((e: { field: string }) => e.field).sort(),
      ).toEqual(['email', 'password', 'remember']);
      const huge = await t
        .http()
        .post('/api/auth/login')
        .send({ email: VIEWER, password: 'x'.repeat(5000) })
        .expect(400);
      expect(huge.body.errors.map((e: { field: string }) => e.field)).toEqual([
        'password',
      ]);
      const viewer = await t.dataSource
        .getRepository(User)
        .findOneByOrFail({ email: VIEWER });
      expect(viewer.lastSignInAt).toBeNull();
    });

    it('throttles repeated failures on one account, even with the right password, until the window passes', async () => {
      for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) {
        await t
          .http()
          .post('/api/auth/login')
          .send({ email: VIEWER, password: `guess-${i}` })
          .expect(401);
      }
      const blocked = await t
        .http()
        .post('/api/auth/login')
        .send({ email: VIEWER, password: TEST_PASSWORD })
        .expect(429);
      expect(Number(blocked.headers['retry-after'])).toBe(
        THROTTLE_WINDOW_MS / 1000,
      );
      expect(blocked.body.message).toMatch(/Too many failed sign-in attempts/);
      // Another account from the same client is not blocked by this one.
      await t.token(editorOf('cep'));
      clock.advance(THROTTLE_WINDOW_MS);
      await t.token(VIEWER);
    });

    it('throttles a client that guesses across many accounts', async () => {
      for (let i = 0; i < CLIENT_FAILURE_LIMIT; i++) {
        await t
          .http()
          .post('/api/auth/login')
          .send({
            email: `user${i}@4m4iof.example`,
            password: 'guess-password',
          })
          .expect(401);
      }
      const res = await t
        .http()
        .post('/api/auth/login')
        .send({ email: COORDINATOR, password: TEST_PASSWORD })
        .expect(429);
      expect(res.headers['retry-after']).toBeDefined();
    });
  });

  describe('tokens', () => {
    it('refuses a request without a token, or with a malformed one', async () => {
      await t.http().get('/api/partners').expect(401);
      await t
        .http()
        .get('/api/partners')
        .set('Authorization', 'Bearer nonsense')
        .expect(401);
      await t
        .http()
        .get('/api/partners')
        .set('Authorization', 'Basic dXNlcjpwYXNz')
        .expect(401);
    });

    it('refuses a token with a wrong signature', async () => {
      const token = await t.token(VIEWER);
      const [header, payload] = token.split('.');
      const forged = `${header}.${payload}.${createHmac('sha256', 'guessed-secret').update(`${header}.${payload}`).digest('base64url')}`;
      await t
        .http()
        .get('/api/partners')
        .set('Authorization', `Bearer ${forged}`)
        .expect(401);
    });

    it('refuses an unsigned token (alg: none), even with a coordinator as subject', async () => {
      const token = await t.token(VIEWER);
      const claims = JSON.parse(
        Buffer.from(token.split('.')[1], 'base64url').toString(),
      );
      const coordinatorId = (
        await t.dataSource
          .getRepository(User)
          .findOneByOrFail({ email: COORDINATOR })
      ).id;
      const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ ...claims, sub: coordinatorId })}.`;
      await t
        .http()
        .get('/api/users')
        .set('Authorization', `Bearer ${unsigned}`)
        .expect(401);
    });

    it('refuses an expired token', async () => {
      const viewer = await t.as(VIEWER);
      await viewer.get('/api/partners').expect(200);
      clock.advance(TOKEN_LIFETIME_SECONDS * 1000 + 1000);
      const res = await viewer.get('/api/partners').expect(401);
      expect(res.body.message).toMatch(/sign in again/);
    });

    it('stops working at once when the account is disabled', async () => {
      const afil = await t.as(editorOf('afil'));
      await afil.get('/api/auth/me').expect(200);
      const { id } = await t.dataSource
        .getRepository(User)
        .findOneByOrFail({ email: editorOf('afil') });
      await coordinator
        .patch(`/api/users/${id}`)
        .send({ active: false })
        .expect(200);
      await afil.get('/api/auth/me').expect(401);
      await t
        .http()
        .post('/api/auth/login')
        .send({ email: editorOf('afil'), password: TEST_PASSWORD })
        .expect(401);
    });
  });

  describe('POST /api/auth/password', () => {
    it('changes the password: the old one and older tokens stop working', async () => {
      const oldToken = await t.token(VIEWER);
      const viewer = await t.as(VIEWER);
      const res = await viewer
        .post('/api/auth/password')
        .send({
          currentPassword: TEST_PASSWORD,
          newPassword: 'Kraków-Südwest-2026',
        })
        .expect(200);
      await t
        .http()
        .get('/api/auth/me')
        .set('Authorization', `Bearer ${res.body.accessToken}`)
        .expect(200);
      await t
        .http()
        .get('/api/auth/me')
        .set('Authorization', `Bearer ${oldToken}`)
        .expect(401);
      await t
        .http()
        .post('/api/auth/login')
        .send({ email: VIEWER, password: TEST_PASSWORD })
        .expect(401);
      await t.token(VIEWER, 'Kraków-Südwest-2026');
    });

    it('names a wrong current password and a weak new one, and changes nothing', async () => {
      const viewer = await t.as(VIEWER);
      const before = await auditCount();
      const res = await viewer
        .post('/api/auth/password')
        .send({ currentPassword: 'wrong', newPassword: 'short' })
        .expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([
        'currentPassword',
        'newPassword',
      ]);
      await viewer.get('/api/auth/me').expect(200);
      await t.token(VIEWER);
      expect(await auditCount()).toBe(before);
    });
  });

  describe('account management', () => {
    const jane = {
      email: 'jane.doe@afil.example',
      displayName: 'Jane Doe',
      role: 'editor',
      partner: 'afil',
      password: 'Lombardia-2026!',
    };

    it('creates an editor who can then sign in, and journals it', async () => {
      const res = await coordinator
        .post('/api/users')
        .send({ ...jane, email: ' Jane.Doe@AFIL.example' })
        .expect(201);
      expect(res.body).toMatchObject({
        email: jane.email,
        role: 'editor',
        partner: 'afil',
        active: true,
        lastSignInAt: null,
      });
      await t.token(jane.email, jane.password);
      const [entry] = await t.dataSource.query(
        `SELECT * FROM audit_entries WHERE entity_type = 'user' AND entity_id = '${res.body.id}'`,
      );
      expect(entry).toMatchObject({
        action: 'create',
        actor_email: COORDINATOR,
      });
      expect(JSON.parse(entry.after)).toMatchObject({
        email: jane.email,
        role: 'editor',
      });
    });

    it('refuses bad accounts, naming each field, and creates nothing', async () => {
      const before = await userCount();
      const bad = await coordinator
        .post('/api/users')
        .send({
          email: 'nope',
          displayName: '',
          role: 'admin',
          password: 123,
          isAdmin: true,
        })
        .expect(400);
      expect(
        bad.body.errors.map((e: { field: string }) => e.field).sort(),
      ).toEqual(['displayName', 'email', 'isAdmin', 'password', 'role']);
      const noPartner = await coordinator
        .post('/api/users')
        .send({ ...jane, partner: undefined })
        .expect(400);
      expect(noPartner.body.errors).toEqual([
        { field: 'partner', problems: ['an editor must belong to a partner'] },
      ]);
      const unknownPartner = await coordinator
        .post('/api/users')
        .send({ ...jane, partner: 'acme' })
        .expect(400);
      expect(unknownPartner.body.message).toContain('acme');
      const weak = await coordinator
        .post('/api/users')
        .send({ ...jane, password: 'password123' })
        .expect(400);
      expect(weak.body.errors[0].field).toBe('password');
      const taken = await coordinator
        .post('/api/users')
        .send({ ...jane, email: VIEWER })
        .expect(409);
      expect(taken.body.message).toContain(VIEWER);
      expect(await userCount()).toBe(before);
    });

    it('changes role and partner, resets a password, and answers 404 for an unknown account', async () => {
      const { id } = await t.dataSource
        .getRepository(User)
        .findOneByOrFail({ email: editorOf('cep') });
      const res = await coordinator
        .patch(`/api/users/${id}`)
        .send({ partner: 'eurecat', displayName: 'Catalan editor' })
        .expect(200);
      expect(res.body).toMatchObject({
        partner: 'eurecat',
        partnerName: 'Eurecat',
        displayName: 'Catalan editor',
      });
      await coordinator
        .patch(`/api/users/${id}`)
        .send({ password: 'Barcelona-Eurecat-1' })
        .expect(200);
      await t.token(editorOf('cep'), 'Barcelona-Eurecat-1');
      const viewerRole = await coordinator
        .patch(`/api/users/${id}`)
        .send({ role: 'viewer', partner: null })
        .expect(200);
      expect(viewerRole.body).toMatchObject({ role: 'viewer', partner: null });
      await coordinator
        .patch('/api/users/9999')
        .send({ displayName: 'Ghost' })
        .expect(404);
      await coordinator
        .patch('/api/users/abc')
        .send({ displayName: 'Ghost' })
        .expect(400);
    });

    it('refuses to leave the partnership without an active coordinator', async () => {
      const { id } = await t.dataSource
        .getRepository(User)
        .findOneByOrFail({ email: COORDINATOR });
      const res = await coordinator
        .patch(`/api/users/${id}`)
        .send({ active: false })
        .expect(409);
      expect(res.body.message).toContain('last active coordinator');
      await coordinator
        .patch(`/api/users/${id}`)
        .send({ role: 'viewer' })
        .expect(409);
      await coordinator.get('/api/auth/me').expect(200);
    });

    it('filters the account list', async () => {
      const editors = await coordinator
        .get('/api/users?role=editor&pageSize=5')
        .expect(200);
      expect(editors.body).toMatchObject({ total: 12, pageSize: 5 });
      const found = await coordinator.get('/api/users?q=Pool-Net').expect(200);
      expect(found.body.items.map((u: { email: string }) => u.email)).toEqual([
        editorOf('pool-net'),
      ]);
      const wildcard = await coordinator.get('/api/users?q=%25').expect(200);
      expect(wildcard.body.total).toBe(0);
    });
  });

  describe('hardening', () => {
    it('sends security headers and no CORS or x-powered-by', async () => {
      const res = await t
        .http()
        .get('/api/health')
        .set('Origin', 'https://evil.example')
        .expect(200);
      expect(res.headers['content-security-policy']).toContain(
        "script-src 'self'",
      );
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('refuses a body over the size limit with a JSON error', async () => {
      const res = await t
        .http()
        .post('/api/auth/login')
        .send({ email: VIEWER, password: 'x'.repeat(1_100_000) })
        .expect(413);
      expect(res.body).toMatchObject({
        statusCode: 413,
        message: 'The request body is too large',
      });
    });
  });
});

describe('GET /api/audit', () => {
  let t: TestApp;
  let clock: FakeClock;
  beforeAll(async () => {
    clock = new FakeClock(new Date('2026-10-24T21:30:00Z')); // 23:30 in Brussels, 24 October
    t = await createTestApp({ clock });
  });
  afterAll(() => t.close());

  it('shows account changes newest first, filtered by entity, user and Brussels calendar period', async () => {
    const coordinator = await t.as(COORDINATOR);
    const { id } = await t.dataSource
      .getRepository(User)
      .findOneByOrFail({ email: VIEWER });
    await coordinator
      .patch(`/api/users/${id}`)
      .send({ displayName: 'Regional observer' })
      .expect(200);
    clock.advance(60 * 60 * 1000); // 00:30 on 25 October in Brussels
    await coordinator
      .patch(`/api/users/${id}`)
      .send({ displayName: 'Regional observer (Lombardy)' })
      .expect(200);

    const viewer = await t.as(VIEWER);
    const all = await viewer
      .get(`/api/audit?entity=user&entityId=${id}`)
      .expect(200);
    expect(
      all.body.items.map(
        (e: { after: { displayName: string } }) => e.after.displayName,
      ),
    ).toEqual(['Regional observer (Lombardy)', 'Regional observer']);
    expect(all.body.items[0]).toMatchObject({
      actor: COORDINATOR,
      action: 'update',
      before: { displayName: 'Regional observer' },
    });
    const onThe24th = await viewer
      .get('/api/audit?from=2026-10-24&to=2026-10-24')
      .expect(200);
    expect(
      onThe24th.body.items.map(
        (e: { after: { displayName: string } }) => e.after.displayName,
      ),
    ).toEqual(['Regional observer']);
    const byUser = await viewer.get(`/api/audit?user=${VIEWER}`).expect(200);
    expect(byUser.body.total).toBe(0);
  });

  it('names bad filters and keeps editors out', async () => {
    const viewer = await t.as(VIEWER);
    const bad = await viewer
      .get('/api/audit?from=2026-02-30&to=yesterday&user=nobody')
      .expect(400);
    expect(
      bad.body.errors.map((e: { field: string }) => e.field).sort(),
    ).toEqual(['from', 'to', 'user']);
    await viewer.get('/api/audit?from=2026-10-25&to=2026-10-24').expect(400);
    const editor = await t.as(editorOf('afil'));
    await editor.get('/api/audit').expect(403);
  });
});
