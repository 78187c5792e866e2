import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { digestDue } from '@ws/domain';
import { APP_CONFIG } from '../src/app.config';
import type { AppConfig } from '../src/common/config';
import { runDigestCli } from '../src/notifications/digest-cli';
import { DigestService } from '../src/notifications/digest.service';
import { MailOutbox } from '../src/notifications/mail-outbox';
import type { NotificationsConfig } from '../src/notifications/notifications.config';
import type { CliIo } from '../src/reports/report-cli';
import { anAction } from './builders';
import {
  type CapturedMail,
  type SmtpCapture,
  startSmtpCapture,
} from './smtp-capture';
import {
  type AuthedClient,
  COORDINATOR,
  createTestApp,
  databaseKinds,
  editorOf,
  FakeClock,
  type TestApp,
  VIEWER,
} from './test-app';

const PUBLIC_URL = 'http://roadmap.example';
// Monday 30 November 2026, 09:00 in Brussels: the weekly and daily digests are due.
const MONDAY_MORNING = new Date('2026-11-30T08:00:00Z');
const WEEK = 7 * 24 * 60 * 60 * 1000;

const recipients = (messages: CapturedMail[]) =>
  messages.flatMap((m) => m.to).sort();
const mailTo = (messages: CapturedMail[], email: string) => {
  const found = messages.filter((m) => m.to.includes(email));
  expect(found).toHaveLength(1);
  return found[0];
};
const linkAfter = (text: string, label: string) =>
  new RegExp(`${label}: (\\S+)`).exec(text)?.[1] as string;

describe.each(databaseKinds())('e-mail (%s)', (kind) => {
  let smtp: SmtpCapture;
  let t: TestApp;
  let clock: FakeClock;

  const start = async (notifications: Partial<NotificationsConfig> = {}) => {
    t = await createTestApp({
      kind,
      clock,
      config: {
        notifications: {
          smtpUrl: smtp.url,
          publicUrl: PUBLIC_URL,
          scheduler: false,
          ...notifications,
        },
      },
    });
  };
  const digests = () => t.app.get(DigestService);
  const deliver = () => t.app.get(MailOutbox).deliverDue();
  const runDigests = async () => {
    await digests().run();
    return deliver();
  };

  beforeEach(async () => {
    smtp = await startSmtpCapture();
    clock = new FakeClock(MONDAY_MORNING);
  });
  afterEach(async () => {
    await t?.close();
    await smtp.close();
  });

  describe('the weekly digests', () => {
    let overdue: { id: number; code: string };
    let dueSoon: { id: number; code: string };
    let onTrack: { id: number; code: string };
    let stale: { id: number; code: string };

    beforeEach(async () => {
      await start();
      overdue = await anAction(t.dataSource, {
        lead: 'pool-net',
        dueDate: '2026-11-20',
        status: 'in_progress',
      });
      dueSoon = await anAction(t.dataSource, {
        lead: 'pool-net',
        dueDate: '2026-12-10',
      });
      onTrack = await anAction(t.dataSource, {
        lead: 'pool-net',
        dueDate: '2027-06-30',
      });
      stale = await anAction(t.dataSource, { lead: 'bwcon' });
      await t.dataSource.query(
        `UPDATE actions SET created_at = '2026-10-01T08:00:00.000Z' WHERE id = ${stale.id}`,
      );
      await anAction(t.dataSource, { lead: 'eurecat', dueDate: '2027-06-30' });
      await anAction(t.dataSource, {
        lead: 'cep',
        dueDate: '2026-11-01',
        status: 'completed',
      });
    });

    it("reach each editor whose partner is behind with exactly its actions, and the coordinator's summary; nobody else", async () => {
      expect(await runDigests()).toEqual({ sent: 3, retrying: 0, failed: 0 });
      expect(recipients(smtp.messages)).toEqual(
        [COORDINATOR, editorOf('bwcon'), editorOf('pool-net')].sort(),
      );

      const pool = mailTo(smtp.messages, editorOf('pool-net'));
      expect(pool.subject).toBe('Pool-Net: actions to update this week');
      expect(pool.text).toContain(`OVERDUE\n\n- ${overdue.code} `);
      expect(pool.text).toContain(
        `DUE IN THE NEXT TWO WEEKS\n\n- ${dueSoon.code} `,
      );
      expect(pool.text).not.toContain(onTrack.code);
      expect(pool.text).not.toContain(stale.code);
      const updateLink = `${PUBLIC_URL}/actions/${overdue.id}?update=status`;
      expect(pool.text).toContain(`Update the status: ${updateLink}`);
      expect(pool.html).toContain(
        `<a href="${updateLink}">Update the status</a>`,
      );
      expect(pool.html).toContain('<html lang="en">');
      expect(pool.headers['list-unsubscribe']).toMatch(
        new RegExp(`^<${PUBLIC_URL}/api/unsubscribe\\?token=`),
      );

      const bwcon = mailTo(smtp.messages, editorOf('bwcon'));
      expect(bwcon.text).toContain(
        `NO STATUS UPDATE FOR A LONG TIME\n\n- ${stale.code} `,
      );
      expect(bwcon.text).not.toContain(overdue.code);

      const summary = mailTo(smtp.messages, COORDINATOR);
      expect(summary.subject).toBe('Who is behind this week (2026-W49)');
      expect(summary.text).toContain(
        `Pool-Net: 1 overdue, 0 stale (overdue: ${overdue.code})`,
      );
      expect(summary.text).toContain(
        `bwcon: 0 overdue, 1 stale (stale: ${stale.code})`,
      );
      expect(summary.text).toContain(`${PUBLIC_URL}/actions?lead=pool-net`);
    });

    it('link to the action they name, and unsubscribe without signing in', async () => {
      await runDigests();
      const pool = mailTo(smtp.messages, editorOf('pool-net'));
      const id = Number(/\/actions\/(\d+)\?update=status/.exec(pool.text)?.[1]);
      const coordinator = await t.as(COORDINATOR);
      expect(
        (await coordinator.get(`/api/actions/${id}`).expect(200)).body.code,
      ).toBe(overdue.code);
      expect(linkAfter(pool.text, 'Choose which e-mails you receive')).toBe(
        `${PUBLIC_URL}/account/notifications`,
      );

      const unsubscribe = linkAfter(
        pool.text,
        'Unsubscribe from all e-mails',
      ).slice(PUBLIC_URL.length);
      const page = await t.http().get(unsubscribe).expect(200);
      expect(page.type).toBe('text/html');
      expect(page.text).toContain(editorOf('pool-net'));
      const poolNet = await t.as(editorOf('pool-net'));
      expect(
        (await poolNet.get('/api/notifications/preferences')).body.email,
      ).toBe(true);

      await t
        .http()
        .post(unsubscribe)
        .type('form')
        .send('List-Unsubscribe=One-Click')
        .expect(200);
      expect(
        (await poolNet.get('/api/notifications/preferences')).body.email,
      ).toBe(false);
      const forged = unsubscribe.replace(
        /token=(\d+)\./,
        (_, user) => `token=${Number(user) + 1}.`,
      );
      await t.http().post(forged).expect(400);
      await t.http().get('/api/unsubscribe?token=nonsense').expect(400);

      // Unsubscribed: next week's digest does not come.
      clock.advance(WEEK);
      await runDigests();
      expect(
        recipients(smtp.messages).filter((r) => r === editorOf('pool-net')),
      ).toHaveLength(1);
    });

    it('are never sent twice for the same week, and again the next week', async () => {
      await runDigests();
      await runDigests();
      expect(smtp.messages).toHaveLength(3);
      const log = (
        await (await t.as(COORDINATOR)).get('/api/mail/log').expect(200)
      ).body;
      expect(
        log.items
          .map(
            (m: { key: string; state: string }) =>
              `${m.key.replace(/:\d+:/, ':')} ${m.state}`,
          )
          .sort(),
      ).toEqual([
        'coordinator-summary:2026-W49 sent',
        'weekly-digest:2026-W49 sent',
        'weekly-digest:2026-W49 sent',
      ]);
      clock.advance(WEEK);
      await runDigests();
      // A week on, the actions created on 1 November have gone stale: Eurecat's too.
      expect(recipients(smtp.messages.slice(3))).toEqual(
        [
          COORDINATOR,
          editorOf('bwcon'),
          editorOf('eurecat'),
          editorOf('pool-net'),
        ].sort(),
      );
      expect(mailTo(smtp.messages.slice(3), COORDINATOR).subject).toContain(
        '2026-W50',
      );
    });

    it('follow the preferences: no weekly digest for who turned it off, the language each chose', async () => {
      const poolNet = await t.as(editorOf('pool-net'));
      const bwcon = await t.as(editorOf('bwcon'));
      await poolNet
        .put('/api/notifications/preferences')
        .send({
          email: true,
          weeklyDigest: false,
          commentsAndDecisions: 'immediate',
          language: 'en',
        })
        .expect(200);
      await bwcon
        .put('/api/notifications/preferences')
        .send({
          email: true,
          weeklyDigest: true,
          commentsAndDecisions: 'immediate',
          language: 'de',
        })
        .expect(200);
      await runDigests();
      expect(recipients(smtp.messages)).toEqual(
        [COORDINATOR, editorOf('bwcon')].sort(),
      );
      const german = mailTo(smtp.messages, editorOf('bwcon'));
      expect(german.subject).toBe(
        'bwcon: diese Woche zu aktualisierende Maßnahmen',
      );
      expect(german.text).toContain('Guten Tag bwcon editor,');
      expect(german.text).toContain('Status aktualisieren: ');
      expect(german.html).toContain('<html lang="de">');
    });
  });

  describe('comments and decisions', () => {
    let action: { id: number; code: string; title: string };
    let clients: Record<string, AuthedClient>;

    beforeEach(async () => {
      await start();
      action = await anAction(t.dataSource, {
        lead: 'eurecat',
        contributors: ['pool-net', 'bwcon', 'cep'],
        dueDate: '2027-06-30',
      });
      clients = Object.fromEntries(
        await Promise.all(
          ['eurecat', 'pool-net', 'bwcon', 'cep'].map(async (slug) => [
            slug,
            await t.as(editorOf(slug)),
          ]),
        ),
      );
      const choose = (slug: string, prefs: Record<string, unknown>) =>
        clients[slug]
          .put('/api/notifications/preferences')
          .send({
            email: true,
            weeklyDigest: false,
            commentsAndDecisions: 'immediate',
            language: 'en',
            ...prefs,
          })
          .expect(200);
      await choose('eurecat', {});
      await choose('pool-net', {
        commentsAndDecisions: 'daily',
        language: 'fr',
      });
      await choose('bwcon', { commentsAndDecisions: 'off' });
      await choose('cep', { email: false });
      await (
        await t.as(COORDINATOR)
      )
        .put('/api/notifications/preferences')
        .send({
          email: true,
          weeklyDigest: false,
          commentsAndDecisions: 'immediate',
          language: 'en',
        })
        .expect(200);
    });

    it('mail a comment at once to who chose immediate, in the daily digest to who chose daily, never to the others', async () => {
      const coordinator = await t.as(COORDINATOR);
      await coordinator
        .post(`/api/actions/${action.id}/comments`)
        .send({ body: 'Please add the survey results' })
        .expect(201);
      await deliver();
      expect(recipients(smtp.messages)).toEqual([editorOf('eurecat')]);
      const mail = smtp.messages[0];
      expect(mail.subject).toBe(
        `New comment on ${action.code} ${action.title}`,
      );
      expect(mail.text).toContain('Partnership coordinator commented on');
      expect(mail.text).toContain(
        `Open: ${PUBLIC_URL}/actions/${action.id}#comments-title`,
      );
      for (const client of Object.values(clients))
        expect(
          (await client.get('/api/notifications').expect(200)).body.unread,
        ).toBe(1);

      await digests().run();
      await deliver();
      expect(recipients(smtp.messages)).toEqual([
        editorOf('eurecat'),
        editorOf('pool-net'),
      ]);
      const daily = mailTo(smtp.messages, editorOf('pool-net'));
      expect(daily.subject).toBe('Vos notifications du 30 novembre 2026');
      expect(daily.text).toContain(
        `Partnership coordinator a commenté ${action.code} ${action.title} : « Please add the survey results »`,
      );

      // The same day's digest is not sent twice; a new comment waits for tomorrow's.
      await coordinator
        .post(`/api/actions/${action.id}/comments`)
        .send({ body: 'And the budget' })
        .expect(201);
      await digests().run();
      await deliver();
      expect(
        recipients(smtp.messages).filter((r) => r === editorOf('pool-net')),
      ).toHaveLength(1);
      clock.advance(WEEK / 7);
      await digests().run();
      await deliver();
      expect(
        recipients(smtp.messages).filter((r) => r === editorOf('pool-net')),
      ).toHaveLength(2);
    });
  });

  describe('a failing SMTP server', () => {
    beforeEach(() => start());

    it('is retried later, and a mail refused every time is recorded as failed; status updates and comments go on', async () => {
      const action = await anAction(t.dataSource, {
        lead: 'pool-net',
        contributors: ['eurecat'],
      });
      const eurecat = await t.as(editorOf('eurecat'));
      const poolNet = await t.as(editorOf('pool-net'));
      const coordinator = await t.as(COORDINATOR);
      smtp.failNext(1);
      await eurecat
        .post(`/api/actions/${action.id}/comments`)
        .send({ body: 'First' })
        .expect(201);
      await poolNet
        .post(`/api/actions/${action.id}/updates`)
        .send({ status: 'in_progress', progress: 10, health: 'green' })
        .expect(201);
      expect(await deliver()).toEqual({ sent: 0, retrying: 1, failed: 0 });
      const [pending] = (await coordinator.get('/api/mail/log').expect(200))
        .body.items;
      expect(pending).toMatchObject({
        recipient: editorOf('pool-net'),
        state: 'pending',
        attempts: 1,
        lastError: expect.stringContaining('451'),
      });
      expect(
        (await coordinator.get('/api/mail/status').expect(200)).body,
      ).toMatchObject({
        enabled: true,
        pending: 1,
        failed: 0,
        publicUrl: PUBLIC_URL,
      });

      // Not before its time; then it goes through.
      expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });
      clock.advance(61_000);
      expect(await deliver()).toEqual({ sent: 1, retrying: 0, failed: 0 });
      expect(
        (await coordinator.get('/api/mail/log').expect(200)).body.items[0],
      ).toMatchObject({ state: 'sent', attempts: 2, lastError: null });

      smtp.failNext(100);
      await eurecat
        .post(`/api/actions/${action.id}/comments`)
        .send({ body: 'Second' })
        .expect(201);
      const outcomes = [];
      for (let attempt = 0; attempt < 6; attempt += 1) {
        outcomes.push(await deliver());
        clock.advance(3 * 60 * 60 * 1000);
      }
      expect(outcomes.map((o) => o.retrying + o.failed * 10)).toEqual([
        1, 1, 1, 1, 10, 0,
      ]);
      const coordinatorAgain = await t.as(COORDINATOR);
      expect(
        (await coordinatorAgain.get('/api/mail/status').expect(200)).body,
      ).toMatchObject({ pending: 0, failed: 1 });
      expect(
        (await coordinatorAgain.get('/api/mail/log?state=failed').expect(200))
          .body.items,
      ).toEqual([
        expect.objectContaining({
          state: 'failed',
          attempts: 5,
          lastError: expect.stringContaining('Mailbox busy'),
        }),
      ]);
      expect(smtp.messages).toHaveLength(1);
    });

    it('that cannot be reached at all changes nothing for the writer', async () => {
      await t.close();
      const down = await startSmtpCapture();
      await down.close();
      await start({ smtpUrl: down.url });
      const action = await anAction(t.dataSource, {
        lead: 'pool-net',
        contributors: ['eurecat'],
      });
      await (await t.as(editorOf('eurecat')))
        .post(`/api/actions/${action.id}/comments`)
        .send({ body: 'Anyone?' })
        .expect(201);
      await (await t.as(editorOf('pool-net')))
        .post(`/api/actions/${action.id}/updates`)
        .send({ status: 'in_progress', progress: 20, health: 'green' })
        .expect(201);
      expect(await deliver()).toEqual({ sent: 0, retrying: 1, failed: 0 });
      const [mail] = (
        await (await t.as(COORDINATOR)).get('/api/mail/log').expect(200)
      ).body.items;
      expect(mail.lastError).toMatch(/ECONNREFUSED|connect/i);
    });
  });

  it('is off without SMTP_URL, says so, and nothing fails', async () => {
    t = await createTestApp({ kind, clock });
    const action = await anAction(t.dataSource, {
      lead: 'pool-net',
      contributors: ['eurecat'],
      dueDate: '2026-11-01',
      status: 'in_progress',
    });
    await (await t.as(editorOf('eurecat')))
      .post(`/api/actions/${action.id}/comments`)
      .send({ body: 'Hello' })
      .expect(201);
    expect(await digests().run()).toEqual([]);
    const coordinator = await t.as(COORDINATOR);
    expect(
      (await coordinator.get('/api/mail/status').expect(200)).body,
    ).toMatchObject({ enabled: false, server: null, pending: 0, failed: 0 });
    expect(
      (await coordinator.get('/api/mail/log').expect(200)).body.total,
    ).toBe(0);
    expect(
      (await (await t.as(editorOf('pool-net'))).get('/api/notifications')).body
        .unread,
    ).toBe(1);
    await (await t.as(VIEWER)).get('/api/mail/status').expect(403);
    await (await t.as(editorOf('pool-net'))).get('/api/mail/log').expect(403);
    await coordinator.get('/api/mail/log?state=lost').expect(400);
  });

  it('goes out on its own when the schedule runs, soon after a comment', async () => {
    clock = new FakeClock(new Date());
    await start({ scheduler: true });
    const action = await anAction(t.dataSource, {
      lead: 'pool-net',
      contributors: ['eurecat'],
    });
    await (await t.as(editorOf('eurecat')))
      .post(`/api/actions/${action.id}/comments`)
      .send({ body: 'Ping' })
      .expect(201);
    expect(recipients(await smtp.waitFor(1))).toEqual([editorOf('pool-net')]);
  });
});

describe('npm run digest', () => {
  let smtp: SmtpCapture;
  let t: TestApp;
  let stdout: string[];
  let stderr: string[];
  const io = (env: NodeJS.ProcessEnv): CliIo => ({
    env,
    cwd: process.cwd(),
    stdout: { write: (chunk) => stdout.push(String(chunk)) },
    stderr: { write: (chunk) => stderr.push(chunk) },
  });

  beforeEach(async () => {
    stdout = [];
    stderr = [];
    smtp = await startSmtpCapture();
    t = await createTestApp();
  });
  afterEach(async () => {
    await t.close();
    await smtp.close();
  });

  it('prints what would be sent on a dry run and sends nothing; then sends it, once', async () => {
    const overdue = await anAction(t.dataSource, {
      lead: 'pool-net',
      dueDate: '2020-01-31',
      status: 'in_progress',
    });
    const env = {
      DATABASE_URL: String(t.dataSource.options.database),
      SMTP_URL: smtp.url,
      PUBLIC_URL,
    };
    // The command runs on the real clock: the weekly digest is due except on Monday before 07:00 in Brussels.
    const due = digestDue(new Date(), 'weekly');

    expect(await runDigestCli(['--dry-run'], io(env))).toBe(0);
    const printed = stdout.join('');
    if (due) {
      expect(printed).toContain(
        `To: ${editorOf('pool-net')}\nSubject: Pool-Net: actions to update this week`,
      );
      expect(printed).toContain(`- ${overdue.code} `);
      expect(printed).toContain(`To: ${COORDINATOR}`);
      expect(printed).not.toContain(`To: ${editorOf('bwcon')}`);
    } else expect(printed).toContain('No digest would be sent.');
    expect(
      (await t.dataSource.query('SELECT COUNT(*) AS n FROM mail_outbox'))[0].n,
    ).toBe(0);
    expect(smtp.messages).toHaveLength(0);

    stdout = [];
    expect(await runDigestCli([], io(env))).toBe(0);
    expect(recipients(smtp.messages)).toEqual(
      due ? [COORDINATOR, editorOf('pool-net')].sort() : [],
    );
    expect(stdout.join('')).toContain(`Mail queue: ${due ? 2 : 0} sent`);
    expect(await runDigestCli([], io(env))).toBe(0);
    expect(smtp.messages).toHaveLength(due ? 2 : 0);
  });

  it('says e-mail is off without SMTP_URL, and refuses unknown options', async () => {
    expect(
      await runDigestCli(
        ['--dry-run'],
        io({ DATABASE_URL: String(t.dataSource.options.database) }),
      ),
    ).toBe(0);
    expect(stderr.join('')).toContain('E-mail is off (SMTP_URL is not set)');
    expect(await runDigestCli(['--now'], io({}))).toBe(2);
    expect(await runDigestCli(['--help'], io({}))).toBe(0);
    expect(stdout.join('')).toContain('Usage: npm run digest -- [--dry-run]');
  });
});

describe('a restart', () => {
  it('never sends the same period twice', async () => {
    const smtp = await startSmtpCapture();
    const clock = new FakeClock(MONDAY_MORNING);
    const notifications = {
      smtpUrl: smtp.url,
      publicUrl: PUBLIC_URL,
      scheduler: false,
    };
    const first = await createTestApp({ clock, config: { notifications } });
    await anAction(first.dataSource, {
      lead: 'pool-net',
      dueDate: '2026-11-20',
      status: 'in_progress',
    });
    await first.app.get(DigestService).run();
    await first.app.get(MailOutbox).deliverDue();
    const { database } = first.app.get<AppConfig>(APP_CONFIG);
    await first.app.close();

    const second = await createTestApp({
      clock,
      config: { notifications, database },
    });
    try {
      expect(await second.app.get(DigestService).run()).toEqual([]);
      await second.app.get(MailOutbox).deliverDue();
      expect(recipients(smtp.messages)).toEqual(
        [COORDINATOR, editorOf('pool-net')].sort(),
      );
    } finally {
      await second.close();
      if (database.type === 'sqlite')
        rmSync(dirname(database.file), { recursive: true, force: true });
      await smtp.close();
    }
  });
});
