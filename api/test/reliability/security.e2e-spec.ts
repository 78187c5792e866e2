import ExcelJS from 'exceljs';
import { createHmac } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Setting } from '../../src/settings/setting.entity';
import { User } from '../../src/users/user.entity';
import {
  type AuthedClient,
  COORDINATOR,
  createTestApp,
  FakeClock,
  type TestApp,
  VIEWER,
} from '../test-app';

const base64url = (value: object) =>
  Buffer.from(JSON.stringify(value)).toString('base64url');

function signed(
  header: object,
  claims: object,
  secret: string,
  hash = 'sha256',
): string {
  const unsigned = `${base64url(header)}.${base64url(claims)}`;
  return `${unsigned}.${createHmac(hash, secret).update(unsigned).digest('base64url')}`;
}

const INJECTIONS = {
  title: '=HYPERLINK("http://evil.example","open")',
  description: '<script>alert("description")</script>',
  comment: '<img src=x onerror=alert("comment")>',
  blockers: "@SUM(1+1)*cmd|' /C calc'!A0",
};

describe('security checks', () => {
  const clock = new FakeClock();
  let t: TestApp;
  let coordinator: AuthedClient;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    coordinator = await t.as(COORDINATOR);
  }, 60_000);
  afterAll(() => t.close());

  describe('tokens made with the real signing key are still refused when', () => {
    let secret: string;
    let viewerClaims: { sub: number; tv: number; iat: number; exp: number };
    let coordinatorId: number;

    beforeAll(async () => {
      const token = await t.token(VIEWER);
      viewerClaims = JSON.parse(
        Buffer.from(token.split('.')[1], 'base64url').toString(),
      );
      secret = (
        await t.dataSource
          .getRepository(Setting)
          .findOneByOrFail({ key: 'jwt_secret' })
      ).value;
      coordinatorId = (
        await t.dataSource
          .getRepository(User)
          .findOneByOrFail({ email: COORDINATOR })
      ).id;
    });

    const forgeries: [string, () => string][] = [
      [
        'another algorithm signs it (HS512)',
        () =>
          signed({ alg: 'HS512', typ: 'JWT' }, viewerClaims, secret, 'sha512'),
      ],
      [
        'its header claims RS256',
        () => {
          const [, payload, signature] = signed(
            { alg: 'HS256', typ: 'JWT' },
            viewerClaims,
            secret,
          ).split('.');
          return `${base64url({ alg: 'RS256', typ: 'JWT' })}.${payload}.${signature}`;
        },
      ],
      [
        'its payload was edited after signing (a viewer made coordinator)',
        () => {
          const [header, , signature] = signed(
            { alg: 'HS256', typ: 'JWT' },
            viewerClaims,
            secret,
          ).split('.');
          return `${header}.${base64url({ ...viewerClaims, sub: coordinatorId })}.${signature}`;
        },
      ],
      [
        'it expired a second ago',
        () => {
          const now = Math.floor(clock.now().getTime() / 1000);
          return signed(
            { alg: 'HS256', typ: 'JWT' },
            { ...viewerClaims, iat: now - 3600, exp: now - 1 },
            secret,
          );
        },
      ],
      [
        'it carries an old token version (a changed password)',
        () =>
          signed(
            { alg: 'HS256', typ: 'JWT' },
            { ...viewerClaims, tv: viewerClaims.tv - 1 },
            secret,
          ),
      ],
      [
        'its subject is not a number',
        () =>
          signed(
            { alg: 'HS256', typ: 'JWT' },
            { ...viewerClaims, sub: String(coordinatorId) },
            secret,
          ),
      ],
    ];

    it('the same claims signed properly are accepted (the forgeries below differ in one thing)', async () => {
      const genuine = signed(
        { alg: 'HS256', typ: 'JWT' },
        viewerClaims,
        secret,
      );
      await t
        .http()
        .get('/api/auth/me')
        .set('Authorization', `Bearer ${genuine}`)
        .expect(200);
    });

    it.each(forgeries)('%s', async (_case, forge) => {
      const res = await t
        .http()
        .get('/api/auth/me')
        .set('Authorization', `Bearer ${forge()}`)
        .expect(401);
      expect(res.body.message).toEqual(expect.any(String));
    });
  });

  describe('text that would run in a browser or a spreadsheet', () => {
    let actionId: number;

    beforeAll(async () => {
      const created = await coordinator
        .post('/api/actions')
        .send({
          title: INJECTIONS.title,
          description: INJECTIONS.description,
          stream: 1,
          phase: 'preparation',
          lead: 'afil',
        })
        .expect(201);
      actionId = created.body.id;
      await coordinator
        .post(`/api/actions/${actionId}/updates`)
        .send({
          status: 'in_progress',
          progress: 10,
          health: 'red',
          comment: INJECTIONS.comment,
          blockers: INJECTIONS.blockers,
        })
        .expect(201);
    });

    it('is stored and answered exactly as written, as JSON data', async () => {
      const res = await coordinator.get(`/api/actions/${actionId}`).expect(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.body).toMatchObject({
        title: INJECTIONS.title,
        description: INJECTIONS.description,
      });
    });

    it('is never a formula in the exported action plan workbook', async () => {
      const res = await coordinator
        .get('/api/exports/action-plan')
        .buffer(true)
        .parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body as unknown as ArrayBuffer);
      const cells: ExcelJS.Cell[] = [];
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell))),
      );
      const injected = cells.filter((cell) =>
        String(cell.value).includes('HYPERLINK'),
      );
      expect(injected.length).toBeGreaterThan(0);
      for (const cell of injected) {
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.formula).toBeUndefined();
      }
    });

    it('is never HTML in the Markdown report', async () => {
      const res = await coordinator
        .get('/api/reports/progress?from=2026-11-01&to=2026-11-30&format=md')
        .buffer(true)
        .parse((response, done) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk));
          response.on('end', () => done(null, text));
        })
        .expect(200);
      const markdown = res.body as string;
      expect(markdown).toContain('HYPERLINK');
      expect(markdown).not.toMatch(/(?<!\\)<(script|img)/i);
      expect(markdown).toContain('\\<img src=x onerror=alert("comment")\\>');
    });
  });

  // Angular sanitises what a template binds to [innerHTML]; these ways around it are refused.
  it("the web app never bypasses Angular's HTML sanitising", () => {
    const files: string[] = [];
    const walk = (folder: string) => {
      for (const name of readdirSync(folder)) {
        const path = join(folder, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|html)$/.test(name) && !name.endsWith('.spec.ts'))
          files.push(path);
      }
    };
    walk(join(__dirname, '..', '..', '..', 'web', 'src'));
    expect(files.length).toBeGreaterThan(20);
    const unsafe = files.filter((file) =>
      /bypassSecurityTrust|\[outerHTML\]|\.(inner|outer)HTML\s*=|insertAdjacentHTML|document\.write/.test(
        readFileSync(file, 'utf8'),
      ),
    );
    expect(unsafe).toEqual([]);
  });
});
