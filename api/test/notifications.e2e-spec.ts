import { UnitOfWork } from '../src/common/database/unit-of-work';
import { DigestService } from '../src/notifications/digest.service';
import { NotificationsService } from '../src/notifications/notifications.service';
import { aCompletePlan, anAction } from './builders';
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

const DAY = 24 * 60 * 60 * 1000;

describe.each(databaseKinds())('in-app notifications (%s)', (kind) => {
  let t: TestApp;
  let clock: FakeClock;
  let coordinator: AuthedClient;
  let poolNet: AuthedClient;
  let eurecat: AuthedClient;
  let bwcon: AuthedClient;
  let viewer: AuthedClient;

  beforeEach(async () => {
    clock = new FakeClock(new Date('2026-11-25T09:00:00Z'));
    t = await createTestApp({ kind, clock });
    [coordinator, poolNet, eurecat, bwcon, viewer] = await Promise.all(
      [
        COORDINATOR,
        editorOf('pool-net'),
        editorOf('eurecat'),
        editorOf('bwcon'),
        VIEWER,
      ].map((email) => t.as(email)),
    );
  });
  afterEach(() => t.close());

  const inbox = async (client: AuthedClient, query = '') =>
    (await client.get(`/api/notifications${query}`).expect(200)).body;

  describe('a comment', () => {
    it("tells the editors of the action's lead and contributors, never its author nor anyone else", async () => {
      const action = await anAction(t.dataSource, {
        lead: 'pool-net',
        contributors: ['eurecat'],
      });
      await eurecat
        .post(`/api/actions/${action.id}/comments`)
        .send({ body: 'Can we merge the two surveys?' })
        .expect(201);

      const pool = await inbox(poolNet);
      expect(pool).toMatchObject({ total: 1, unread: 1 });
      expect(pool.items[0]).toMatchObject({
        kind: 'comment',
        path: `/actions/${action.id}#comments-title`,
        readAt: null,
        data: {
          code: action.code,
          title: action.title,
          author: 'Eurecat editor',
          excerpt: 'Can we merge the two surveys?',
        },
      });
      for (const other of [eurecat, bwcon, coordinator, viewer])
        expect(await inbox(other)).toMatchObject({ total: 0, unread: 0 });
    });

    it('tells the contributors when the lead comments', async () => {
      const action = await anAction(t.dataSource, {
        lead: 'pool-net',
        contributors: ['eurecat', 'bwcon'],
      });
      await poolNet
        .post(`/api/actions/${action.id}/comments`)
        .send({ body: 'Survey sent' })
        .expect(201);
      expect((await inbox(eurecat)).unread).toBe(1);
      expect((await inbox(bwcon)).unread).toBe(1);
      expect((await inbox(poolNet)).unread).toBe(0);
    });

    it('is not notified when the comment is refused', async () => {
      const action = await anAction(t.dataSource, { lead: 'pool-net' });
      await bwcon
        .post(`/api/actions/${action.id}/comments`)
        .send({ body: 'Not mine' })
        .expect(403);
      await eurecat
        .post(`/api/actions/${action.id}/comments`)
        .send({ body: '' })
        .expect((res) => expect([400, 403]).toContain(res.status));
      expect((await inbox(poolNet)).total).toBe(0);
    });
  });

  describe('reading', () => {
    it('marks one read, then all read; only the owner may', async () => {
      const action = await anAction(t.dataSource, {
        lead: 'pool-net',
        contributors: ['eurecat'],
      });
      for (const body of ['one', 'two', 'three'])
        await eurecat
          .post(`/api/actions/${action.id}/comments`)
          .send({ body })
          .expect(201);
      const { items } = await inbox(poolNet);
      expect(
        items.map((n: { data: { excerpt: string } }) => n.data.excerpt),
      ).toEqual(['three', 'two', 'one']);

      await bwcon.post(`/api/notifications/${items[0].id}/read`).expect(404);
      const read = (
        await poolNet.post(`/api/notifications/${items[0].id}/read`).expect(200)
      ).body;
      expect(read.readAt).toBe(clock.now().toISOString());
      expect(await inbox(poolNet)).toMatchObject({ total: 3, unread: 2 });
      expect(
        (await inbox(poolNet, '?unread=true')).items.map(
          (n: { id: number }) => n.id,
        ),
      ).toEqual([items[1].id, items[2].id]);

      expect(
        (await poolNet.post('/api/notifications/read-all').expect(200)).body,
      ).toEqual({ marked: 2 });
      expect(await inbox(poolNet)).toMatchObject({ total: 3, unread: 0 });
    });

    it('names each bad query parameter', async () => {
      const res = await poolNet
        .get('/api/notifications?unread=maybe&page=0')
        .expect(400);
      expect(
        res.body.errors.map((e: { field: string }) => e.field).sort(),
      ).toEqual(['page', 'unread']);
      await poolNet.post('/api/notifications/abc/read').expect(400);
      await poolNet.post('/api/notifications/999/read').expect(404);
      await t.http().get('/api/notifications').expect(401);
    });
  });

  it('tells every other account that the phase gate moved', async () => {
    await aCompletePlan(t.dataSource);
    await coordinator
      .post('/api/partnership/advance-phase')
      .expect((res) => expect(res.status).toBeLessThan(300));
    const pool = await inbox(poolNet);
    expect(pool.items[0]).toMatchObject({
      kind: 'phase-advanced',
      path: '/governance',
      data: { from: 'Preparation', to: 'Implementation' },
    });
    expect((await inbox(viewer)).unread).toBe(1);
    expect((await inbox(coordinator)).unread).toBe(0);
  });

  it("tells a decision's owner partner through the entry point working sessions call", async () => {
    const notifications = t.app.get(NotificationsService);
    await t.app.get(UnitOfWork).run((em) =>
      notifications.notifyDecisionAssigned(em, {
        sessionId: 4,
        owner: 'bwcon',
        text: 'Draft the pilot call',
        dueDate: '2027-01-31',
        action: null,
        authorId: null,
      }),
    );
    expect((await inbox(bwcon)).items).toEqual([
      expect.objectContaining({
        kind: 'decision-assigned',
        path: '/sessions/4',
        data: {
          partner: 'bwcon',
          decision: 'Draft the pilot call',
          dueDate: '2027-01-31',
        },
      }),
    ]);
    expect((await inbox(poolNet)).total).toBe(0);
  });

  it('tells the owner partner of a decision recorded in a working session, and the new owner when it is handed over, once', async () => {
    const session = (
      await coordinator
        .post('/api/working-sessions')
        .send({
          date: '2026-11-25',
          decisions: [
            {
              text: 'Draft the pilot call',
              owner: 'bwcon',
              dueDate: '2027-01-31',
            },
          ],
        })
        .expect(201)
    ).body;
    expect((await inbox(bwcon)).items).toEqual([
      expect.objectContaining({
        kind: 'decision-assigned',
        path: `/sessions/${session.id}`,
        data: {
          partner: 'bwcon',
          decision: 'Draft the pilot call',
          dueDate: '2027-01-31',
        },
      }),
    ]);
    const [decision] = session.decisions;
    await coordinator
      .patch(`/api/working-sessions/${session.id}`)
      .send({
        decisions: [
          {
            id: decision.id,
            text: 'Draft the pilot call',
            owner: 'pool-net',
            dueDate: '2027-02-28',
          },
        ],
      })
      .expect(200);
    expect(
      (await inbox(poolNet)).items.map((n: { kind: string }) => n.kind),
    ).toEqual(['decision-assigned']);
    expect((await inbox(bwcon)).total).toBe(1);
    await coordinator
      .patch(`/api/working-sessions/${session.id}`)
      .send({
        decisions: [
          {
            id: decision.id,
            text: 'Draft the pilot call, reworded',
            owner: 'pool-net',
            dueDate: '2027-02-28',
          },
        ],
      })
      .expect(200);
    expect((await inbox(poolNet)).total).toBe(1);
    expect((await inbox(eurecat)).total).toBe(0);
  });

  describe('the scan of time-based facts', () => {
    const scan = () => t.app.get(DigestService).scan();
    const kinds = async (client: AuthedClient) =>
      (await inbox(client)).items
        .map((n: { kind: string; data: { code?: string } }) =>
          `${n.kind} ${n.data.code ?? ''}`.trim(),
        )
        .sort();

    it('tells the lead partner once about an overdue or stale action and a milestone due within 7 days', async () => {
      const plan = await aCompletePlan(t.dataSource);
      const overdue = await anAction(t.dataSource, {
        lead: 'pool-net',
        dueDate: '2026-11-20',
        status: 'in_progress',
      });
      const withMilestone = await anAction(t.dataSource, { lead: 'pool-net' });
      await t.dataSource.query(
        `INSERT INTO milestones (action_id, position, title, due_date) VALUES ($1, 0, 'Survey closes', '2026-12-02'), ($1, 1, 'Report', '2026-12-10')`.replace(
          /\$1/g,
          String(withMilestone.id),
        ),
      );
      await anAction(t.dataSource, {
        lead: 'bwcon',
        dueDate: '2026-11-01',
        status: 'completed',
      });

      await scan();
      expect(await kinds(poolNet)).toEqual([
        `action-overdue ${overdue.code}`,
        `milestone-due ${withMilestone.code}`,
      ]);
      expect(await kinds(bwcon)).toEqual([]);

      // Scanning again, even after a restart of the schedule, tells nothing twice.
      await scan();
      expect((await inbox(poolNet)).total).toBe(2);

      // Created on 1 November and never updated: 30 days later (1 December) it is
      // not stale yet; on the 31st day it is.
      clock.advance(6 * DAY);
      poolNet = await t.as(editorOf('pool-net')); // the earlier token has expired
      await scan();
      expect(
        (await kinds(poolNet)).filter((k: string) =>
          k.startsWith('action-stale'),
        ),
      ).toEqual([]);
      clock.advance(DAY);
      poolNet = await t.as(editorOf('pool-net'));
      await scan();
      expect(
        (await kinds(poolNet)).filter((k: string) =>
          k.startsWith('action-stale'),
        ),
      ).toEqual(
        [
          `action-stale ${overdue.code}`,
          `action-stale ${withMilestone.code}`,
          `action-stale ${plan.find((a) => a.lead.slug === 'pool-net')?.code}`,
        ].sort(),
      );
    });

    it('tells the coordinator about a rule newly broken, and again only after it was mended and broken again', async () => {
      const plan = await aCompletePlan(t.dataSource);
      await scan();
      expect((await inbox(coordinator)).total).toBe(0);

      const bwconAction = plan.find((a) => a.lead.slug === 'bwcon');
      await t.dataSource.query(
        `UPDATE actions SET status = 'cancelled' WHERE id = ${bwconAction?.id}`,
      );
      await scan();
      await scan();
      const broken = (await inbox(coordinator)).items;
      expect(broken).toEqual([
        expect.objectContaining({
          kind: 'rule-violated',
          path: '/governance',
          data: expect.objectContaining({
            rule: 'each-partner-leads-an-action',
          }),
        }),
      ]);
      expect((await inbox(poolNet)).total).toBe(0);

      await t.dataSource.query(
        `UPDATE actions SET status = 'planned' WHERE id = ${bwconAction?.id}`,
      );
      await scan();
      await t.dataSource.query(
        `UPDATE actions SET status = 'cancelled' WHERE id = ${bwconAction?.id}`,
      );
      await scan();
      expect((await inbox(coordinator)).total).toBe(2);
    });
  });

  describe('preferences', () => {
    const valid = {
      email: true,
      weeklyDigest: false,
      commentsAndDecisions: 'daily',
      language: 'fr',
    };

    it('starts with e-mail on, weekly digest, immediate mails in English, and keeps what the user chooses', async () => {
      expect(
        (await poolNet.get('/api/notifications/preferences').expect(200)).body,
      ).toEqual({
        email: true,
        weeklyDigest: true,
        commentsAndDecisions: 'immediate',
        language: 'en',
      });
      expect(
        (
          await poolNet
            .put('/api/notifications/preferences')
            .send(valid)
            .expect(200)
        ).body,
      ).toEqual(valid);
      expect(
        (await poolNet.get('/api/notifications/preferences').expect(200)).body,
      ).toEqual(valid);
      expect(
        (await bwcon.get('/api/notifications/preferences').expect(200)).body
          .language,
      ).toBe('en');
      const audit = (
        await coordinator
          .get('/api/audit?entity=notification-preferences')
          .expect(200)
      ).body;
      expect(audit.items[0]).toMatchObject({
        actor: editorOf('pool-net'),
        summary: expect.stringContaining('notification preferences'),
      });
    });

    it('names every bad field and changes nothing', async () => {
      await poolNet
        .put('/api/notifications/preferences')
        .send(valid)
        .expect(200);
      const res = await poolNet
        .put('/api/notifications/preferences')
        .send({
          email: 'yes',
          commentsAndDecisions: 'hourly',
          language: 'nl',
          colour: 'red',
        })
        .expect(400);
      expect(
        res.body.errors.map((e: { field: string }) => e.field).sort(),
      ).toEqual([
        'colour',
        'commentsAndDecisions',
        'email',
        'language',
        'weeklyDigest',
      ]);
      expect(
        (await poolNet.get('/api/notifications/preferences').expect(200)).body,
      ).toEqual(valid);
    });
  });
});
