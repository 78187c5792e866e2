import ExcelJS from 'exceljs';
import { tmpdir } from 'node:os';
import type { Response } from 'supertest';
import type {
  DashboardView,
  SessionChangesView,
  SessionPreparationView,
  SessionSnapshotView,
  WorkingSessionView,
} from '@ws/domain';
import { Action } from '../src/actions/action.entity';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { Partner } from '../src/partners/partner.entity';
import { parseReportArguments, runReportCli } from '../src/reports/report-cli';
import { User } from '../src/users/user.entity';
import { anAction } from './builders';
import { binaryParser } from './binary-body';
import { pdfText } from './reports-pdf-text';
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

// SPEC §2, §5, §6: the steering committee's working sessions, the snapshot frozen when
// one closes, and what changed since — on the sessions, the dashboard and the report.

const DAY = 24 * 60 * 60 * 1000;

describe.each(databaseKinds())('working sessions on %s', (kind) => {
  let t: TestApp;
  let clock: FakeClock;
  let coordinator: AuthedClient;
  let viewer: AuthedClient;
  let afilEditor: AuthedClient;

  beforeEach(async () => {
    clock = new FakeClock(new Date('2026-11-25T09:00:00Z'));
    t = await createTestApp({ kind, clock });
    coordinator = await t.as(COORDINATOR);
    viewer = await t.as(VIEWER);
    afilEditor = await t.as(editorOf('afil'));
  });
  afterEach(() => t.close());

  /** Moves the clock on; tokens last 8 hours, so everyone signs in again. */
  const daysLater = async (days: number) => {
    clock.advance(days * DAY);
    coordinator = await t.as(COORDINATOR);
    viewer = await t.as(VIEWER);
    afilEditor = await t.as(editorOf('afil'));
  };

  const userId = async (email: string) =>
    (await t.dataSource.getRepository(User).findOneByOrFail({ email })).id;
  const createSession = async (body: object = {}) =>
    (
      await coordinator
        .post('/api/working-sessions')
        .send({ date: '2026-11-25', ...body })
        .expect(201)
    ).body as WorkingSessionView;
  const auditCount = () => t.dataSource.getRepository(AuditEntry).count();

  it('records a session with attendees, agenda, decisions and minutes that everyone reads', async () => {
    const action = await anAction(t.dataSource, { lead: 'cep' });
    const created = await createSession({
      place: 'Lyon, Plastipolis',
      link: 'https://meet.example/4m4iof',
      attendees: [
        { user: await userId(COORDINATOR), present: true },
        { partner: 'afil', present: false },
      ],
      agenda: ['Review of the action plan', 'Next calls'],
      decisions: [
        {
          text: 'Draft the joint roadmap',
          owner: 'afil',
          dueDate: '2027-01-31',
        },
        {
          text: 'Speed up the peer review',
          owner: 'cep',
          dueDate: '2026-12-15',
          action: action.id,
        },
      ],
      minutes: '# Minutes\n\nAll partners **agreed**.',
    });
    const read = (
      await viewer.get(`/api/working-sessions/${created.id}`).expect(200)
    ).body as WorkingSessionView;
    expect(read).toEqual(created);
    expect(read).toMatchObject({
      date: '2026-11-25',
      place: 'Lyon, Plastipolis',
      link: 'https://meet.example/4m4iof',
      agenda: ['Review of the action plan', 'Next calls'],
      minutes: '# Minutes\n\nAll partners **agreed**.',
      closedAt: null,
    });
    expect(read.attendees).toEqual([
      {
        user: await userId(COORDINATOR),
        partner: 'plastipolis',
        name: expect.any(String),
        organisation: 'Plastipolis',
        present: true,
      },
      {
        user: null,
        partner: 'afil',
        name: 'AFIL',
        organisation: 'AFIL',
        present: false,
      },
    ]);
    expect(
      read.decisions.map((d) => [d.text, d.owner, d.dueDate, d.action?.code]),
    ).toEqual([
      ['Draft the joint roadmap', 'afil', '2027-01-31', undefined],
      ['Speed up the peer review', 'cep', '2026-12-15', action.code],
    ]);

    const page = await afilEditor
      .get('/api/working-sessions?page=1&pageSize=10')
      .expect(200);
    expect(page.body).toMatchObject({ total: 1, page: 1, pageSize: 10 });
    expect(page.body.items[0].id).toBe(created.id);
  });

  it('edits a session: a kept decision keeps its id and follow-up, a dropped one goes', async () => {
    const session = await createSession({
      decisions: [
        { text: 'Keep me', owner: 'afil', dueDate: '2027-01-31' },
        { text: 'Drop me', owner: 'cep', dueDate: '2027-01-31' },
      ],
    });
    const [kept] = session.decisions;
    await coordinator
      .post(
        `/api/working-sessions/${session.id}/decisions/${kept.id}/follow-up`,
      )
      .send({ stream: 3, phase: 'preparation' })
      .expect(201);
    const res = await coordinator
      .patch(`/api/working-sessions/${session.id}`)
      .send({
        place: 'Online',
        agenda: ['One item'],
        decisions: [
          {
            id: kept.id,
            text: 'Keep me, reworded',
            owner: 'afil',
            dueDate: '2027-02-28',
          },
          { text: 'A new one', owner: 'eurecat', dueDate: '2027-03-31' },
        ],
      })
      .expect(200);
    const updated = res.body as WorkingSessionView;
    expect(updated.place).toBe('Online');
    expect(updated.agenda).toEqual(['One item']);
    expect(updated.decisions.map((d) => d.text)).toEqual([
      'Keep me, reworded',
      'A new one',
    ]);
    expect(updated.decisions[0].id).toBe(kept.id);
    expect(updated.decisions[0].action?.code).toMatch(/^S3-/);
  });

  it('creates the follow-up action of a decision in one step, led by its owner and due on its date', async () => {
    const session = await createSession({
      decisions: [
        {
          text: 'Organise the matchmaking day in Cluj',
          owner: 'cluj-it-cluster',
          dueDate: '2027-03-15',
        },
      ],
    });
    const before = await auditCount();
    const res = await coordinator
      .post(
        `/api/working-sessions/${session.id}/decisions/${session.decisions[0].id}/follow-up`,
      )
      .send({ stream: 5, phase: 'implementation' })
      .expect(201);
    const decision = (res.body as WorkingSessionView).decisions[0];
    expect(decision.action).toMatchObject({
      code: 'S5-01',
      title: 'Organise the matchmaking day in Cluj',
      status: 'planned',
    });
    const action = (
      await viewer.get(`/api/actions/${decision.action?.id}`).expect(200)
    ).body;
    expect(action).toMatchObject({
      lead: 'cluj-it-cluster',
      stream: 5,
      phase: 'implementation',
      dueDate: '2027-03-15',
    });
    expect(action.description).toContain('working session of 2026-11-25');
    // The action and the link, both journaled.
    expect(await auditCount()).toBe(before + 2);

    const again = await coordinator
      .post(
        `/api/working-sessions/${session.id}/decisions/${decision.id}/follow-up`,
      )
      .send({ stream: 5, phase: 'implementation' })
      .expect(409);
    expect(again.body.message).toContain('S5-01');
    expect(await t.dataSource.getRepository(Action).count()).toBe(1);
  });

  it('freezes a snapshot on closing that never changes afterwards, even when actions do', async () => {
    const action = await anAction(t.dataSource, { lead: 'afil' });
    const session = await createSession();
    const closed = await coordinator
      .post(`/api/working-sessions/${session.id}/close`)
      .expect(200);
    expect(closed.body.closedAt).toBe('2026-11-25T09:00:00.000Z');
    const snapshot = (
      await viewer
        .get(`/api/working-sessions/${session.id}/snapshot`)
        .expect(200)
    ).body as SessionSnapshotView;
    expect(snapshot.overall.actions).toBe(1);
    expect(snapshot.overall.byHealth).toEqual({ green: 1, amber: 0, red: 0 });
    expect(snapshot.actions).toEqual([
      expect.objectContaining({
        code: action.code,
        health: 'green',
        progress: 0,
      }),
    ]);

    await daysLater(1);
    await afilEditor
      .post(`/api/actions/${action.id}/updates`)
      .send({
        status: 'in_progress',
        progress: 40,
        health: 'red',
        comment: 'The venue fell through',
      })
      .expect(201);
    await anAction(t.dataSource, { lead: 'cep' });

    const later = await viewer
      .get(`/api/working-sessions/${session.id}/snapshot`)
      .expect(200);
    expect(later.body).toEqual(snapshot);

    // Closing again, editing or adding a follow-up: refused, nothing changes.
    const journal = await auditCount();
    await coordinator
      .post(`/api/working-sessions/${session.id}/close`)
      .expect(409);
    const edit = await coordinator
      .patch(`/api/working-sessions/${session.id}`)
      .send({ minutes: 'Rewritten' })
      .expect(409);
    expect(edit.body.message).toContain('closed');
    await coordinator
      .patch(`/api/working-sessions/${session.id}`)
      .send({ snapshot: { overall: {} } })
      .expect(400);
    expect(
      (await viewer.get(`/api/working-sessions/${session.id}`).expect(200))
        .body,
    ).toMatchObject({ minutes: '', closedAt: '2026-11-25T09:00:00.000Z' });
    expect(
      (await viewer.get(`/api/working-sessions/${session.id}/snapshot`)).body,
    ).toEqual(snapshot);
    expect(await auditCount()).toBe(journal);
  });

  it('says what changed since a session: moved, new, cancelled and removed actions, milestones done, rules, decisions', async () => {
    // Before the session: AFIL's action is on track, CEP's is planned, Eurecat's will go.
    const moving = await anAction(t.dataSource, {
      code: 'S1-01',
      lead: 'afil',
      status: 'in_progress',
    });
    const cancelled = await anAction(t.dataSource, {
      code: 'S2-01',
      lead: 'cep',
      contributors: ['afil'],
    });
    const removed = await anAction(t.dataSource, {
      code: 'S3-01',
      lead: 'eurecat',
    });
    const untouched = await anAction(t.dataSource, {
      code: 'S4-01',
      lead: 'bwcon',
    });
    await coordinator
      .patch(`/api/actions/${moving.id}`)
      .send({
        version: 1,
        milestones: [
          { title: 'Kick-off workshop', dueDate: '2026-12-01' },
          { title: 'Survey', dueDate: '2027-01-15' },
        ],
      })
      .expect(200);
    const session = await createSession({
      decisions: [
        { text: 'Send the survey', owner: 'afil', dueDate: '2026-12-01' },
        { text: 'Publish the roadmap', owner: 'cep', dueDate: '2027-06-30' },
      ],
    });
    await coordinator
      .post(`/api/working-sessions/${session.id}/close`)
      .expect(200);

    // Between the sessions.
    await daysLater(10);
    await afilEditor
      .post(`/api/actions/${moving.id}/updates`)
      .send({
        status: 'in_progress',
        progress: 50,
        health: 'amber',
        comment: 'Late venue',
      })
      .expect(201);
    const current = (await viewer.get(`/api/actions/${moving.id}`)).body;
    await afilEditor
      .patch(`/api/actions/${moving.id}`)
      .send({
        version: current.version,
        milestones: [
          {
            title: 'Kick-off workshop',
            dueDate: '2026-12-01',
            doneDate: '2026-12-01',
          },
          { title: 'Survey', dueDate: '2027-01-15' },
        ],
      })
      .expect(200);
    await coordinator
      .post(`/api/actions/${cancelled.id}/updates`)
      .send({
        status: 'cancelled',
        progress: 0,
        health: 'green',
        comment: 'Merged into S1-01',
      })
      .expect(201);
    await coordinator.delete(`/api/actions/${removed.id}`).expect(204);
    const added = (
      await coordinator
        .post('/api/actions')
        .send({
          title: 'New pilot',
          stream: 5,
          phase: 'preparation',
          lead: 'pool-net',
        })
        .expect(201)
    ).body;

    const changes = (
      await viewer
        .get(`/api/working-sessions/${session.id}/changes`)
        .expect(200)
    ).body as SessionChangesView;
    expect(changes.session).toEqual({
      id: session.id,
      date: '2026-11-25',
      closedAt: '2026-11-25T09:00:00.000Z',
    });
    expect(changes.today).toBe('2026-12-05');
    expect(changes.changedActions).toEqual([
      {
        id: moving.id,
        code: 'S1-01',
        title: moving.title,
        lead: 'afil',
        before: { status: 'in_progress', health: 'green', progress: 0 },
        now: { status: 'in_progress', health: 'amber', progress: 50 },
        changed: ['health', 'progress'],
      },
    ]);
    expect(changes.cancelledActions.map((a) => a.code)).toEqual(['S2-01']);
    expect(changes.removedActions.map((a) => a.code)).toEqual(['S3-01']);
    expect(changes.newActions.map((a) => a.code)).toEqual([added.code]);
    expect(changes.milestonesDone).toEqual([
      {
        actionId: moving.id,
        code: 'S1-01',
        title: 'Kick-off workshop',
        dueDate: '2026-12-01',
        doneDate: '2026-12-01',
      },
    ]);
    // CEP and Eurecat lead nothing any more; Pool-Net now does.
    const leadRule = changes.rulesChanged.find(
      (r) => r.id === 'each-partner-leads-an-action',
    );
    expect(leadRule?.now.violations.join(' ')).toContain('CEP');
    expect(leadRule?.now.violations.join(' ')).toContain('Eurecat');
    expect(leadRule?.before.violations.join(' ')).toContain('Pool-Net');
    expect(leadRule?.now.violations.join(' ')).not.toContain('Pool-Net');
    expect(changes.decisionsOverdue.map((d) => d.text)).toEqual([
      'Send the survey',
    ]);
    expect(changes.decisionsDue).toEqual([]);
    expect(changes.then.overall.actions).toBe(4);
    expect(JSON.stringify(changes)).not.toContain(untouched.code);

    // The dashboard shows the same changes since the last closed session.
    const dashboard = (await viewer.get('/api/dashboard').expect(200))
      .body as DashboardView;
    expect(dashboard.sinceLastSession).toEqual(changes);
  });

  it('shows no changes on the dashboard until a session is closed, then those since the latest one', async () => {
    const dashboard = async () =>
      ((await viewer.get('/api/dashboard').expect(200)).body as DashboardView)
        .sinceLastSession;
    const action = await anAction(t.dataSource, { lead: 'afil' });
    const first = await createSession({ date: '2026-10-01' });
    expect(await dashboard()).toBeNull();
    await coordinator
      .post(`/api/working-sessions/${first.id}/close`)
      .expect(200);
    const second = await createSession({ date: '2026-11-20' });
    await coordinator
      .post(`/api/working-sessions/${second.id}/close`)
      .expect(200);
    await createSession({ date: '2027-01-20' });
    await afilEditor
      .post(`/api/actions/${action.id}/updates`)
      .send({ status: 'in_progress', progress: 10, health: 'green' })
      .expect(201);
    const since = await dashboard();
    expect(since?.session.id).toBe(second.id);
    expect(since?.changedActions.map((a) => a.changed)).toEqual([
      ['status', 'progress'],
    ]);
    const open = await viewer
      .get(`/api/working-sessions/${(await createSession()).id}/changes`)
      .expect(409);
    expect(open.body.message).toContain('not closed');
  });

  it('refuses bad input naming each field, and changes nothing', async () => {
    await t.dataSource
      .getRepository(Partner)
      .update({ slug: 'bwcon' }, { retiredAt: '2026-10-01T00:00:00.000Z' });
    const journal = await auditCount();
    const res = await coordinator
      .post('/api/working-sessions')
      .send({
        date: '2026-02-30',
        link: 'javascript:alert(1)',
        attendees: [{ user: 999999 }, { partner: 'nobody' }, {}],
        decisions: [
          { text: 'Retired owner', owner: 'bwcon', dueDate: '2027-01-31' },
          { text: 'Unknown owner', owner: 'nobody', dueDate: '2027-01-31' },
          { text: 'Bad date', owner: 'afil', dueDate: '31/01/2027' },
        ],
      })
      .expect(400);
    expect(
      res.body.errors.map((e: { field: string }) => e.field).sort(),
    ).toEqual(
      [
        'attendees.2.partner',
        'attendees.2.user',
        'date',
        'decisions.2.dueDate',
        'link',
      ].sort(),
    );
    // The fields the database answers are checked once the shape is right.
    const unknown = await coordinator
      .post('/api/working-sessions')
      .send({
        date: '2026-12-10',
        attendees: [{ user: 999999 }, { partner: 'nobody' }],
        decisions: [
          { text: 'Retired owner', owner: 'bwcon', dueDate: '2027-01-31' },
          { text: 'Unknown owner', owner: 'nobody', dueDate: '2027-01-31' },
          {
            text: 'Unknown action',
            owner: 'afil',
            dueDate: '2027-01-31',
            action: 999999,
          },
        ],
      })
      .expect(400);
    expect(unknown.body.errors).toEqual([
      {
        field: 'attendees.0.user',
        problems: ['account 999999 does not exist'],
      },
      {
        field: 'attendees.1.partner',
        problems: ['partner nobody does not exist'],
      },
      {
        field: 'decisions.0.owner',
        problems: ['bwcon is retired and owns no new decision'],
      },
      {
        field: 'decisions.1.owner',
        problems: ['partner nobody does not exist'],
      },
      {
        field: 'decisions.2.action',
        problems: ['action 999999 does not exist'],
      },
    ]);
    expect((await viewer.get('/api/working-sessions')).body.total).toBe(0);
    expect(await auditCount()).toBe(journal);

    // On an existing session: a decision of another session, and nothing changes.
    const other = await createSession({
      decisions: [{ text: 'Elsewhere', owner: 'afil', dueDate: '2027-01-31' }],
    });
    const session = await createSession({ place: 'Lyon' });
    const wrong = await coordinator
      .patch(`/api/working-sessions/${session.id}`)
      .send({
        place: 'Stuttgart',
        decisions: [
          {
            id: other.decisions[0].id,
            text: 'Stolen',
            owner: 'afil',
            dueDate: '2027-01-31',
          },
        ],
      })
      .expect(400);
    expect(wrong.body.errors[0].field).toBe('decisions.0.id');
    expect(
      (await viewer.get(`/api/working-sessions/${session.id}`)).body.place,
    ).toBe('Lyon');
    await coordinator.get('/api/working-sessions/999999').expect(404);
  });

  it('produces the progress report since a session in all four formats', async () => {
    const action = await anAction(t.dataSource, {
      code: 'S1-01',
      lead: 'afil',
    });
    const session = await createSession({
      date: '2026-11-20',
      decisions: [
        { text: 'Hire a facilitator', owner: 'afil', dueDate: '2026-12-31' },
      ],
    });
    await coordinator
      .post(`/api/working-sessions/${session.id}/close`)
      .expect(200);
    await afilEditor
      .post(`/api/actions/${action.id}/updates`)
      .send({
        status: 'in_progress',
        progress: 30,
        health: 'amber',
        comment: 'Slow start',
      })
      .expect(201);

    const report = (format: string) =>
      viewer
        .get(`/api/reports/progress?session=${session.id}&format=${format}`)
        .buffer(true)
        .parse(binaryParser as never)
        .expect(200);
    const md = (await report('md')).body.toString('utf8');
    expect(md).toContain('- **Period:** 2026-11-20 to 2026-11-25');
    expect(md).toContain('## Changes since the session');
    expect(md).toMatch(
      /\| Changed \(status, health, progress\) \| S1-01 \| .* \| Planned, Green, 0% \| In progress, Amber, 30% \|/,
    );
    expect(md).toMatch(
      /\| 2026-11-20 \| Hire a facilitator \| AFIL \| 2026-12-31 \| — \| open \|/,
    );

    const pdf = (await report('pdf')).body as Buffer;
    const text = await pdfText(pdf);
    expect(text).toContain('Changes since the session');
    expect(text).toContain('Hire a facilitator');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await report('xlsx')).body);
    const sheet = workbook.getWorksheet('Changes since the session');
    expect(sheet?.getRow(2).getCell(2).value).toBe('S1-01');
    expect(workbook.getWorksheet('Decisions')?.getRow(2).getCell(2).value).toBe(
      'Hire a facilitator',
    );

    const csv: Response = await report('csv');
    const lines = (csv.body as Buffer).toString('utf8').split('\r\n');
    const row = lines.find((l) => l.startsWith('S1-01;'));
    // The status update since the session counts in the period.
    expect(row?.split(';').at(-1)).toBe('1');

    await viewer
      .get('/api/reports/progress?session=999999&format=md')
      .expect(404);
    const bad = await viewer
      .get('/api/reports/progress?session=abc&format=md')
      .expect(400);
    expect(bad.body.errors[0].field).toBe('session');
  }, 60_000);

  it('prepares the next session: what needs discussion, and the agenda as PDF and Markdown', async () => {
    const red = await anAction(t.dataSource, {
      code: 'S2-01',
      lead: 'cep',
      status: 'in_progress',
    });
    await t.dataSource.getRepository(Action).update(red.id, { health: 'red' });
    await anAction(t.dataSource, {
      code: 'S3-01',
      lead: 'afil',
      dueDate: '2026-11-01',
    });
    const past = await createSession({
      date: '2026-10-15',
      decisions: [
        { text: 'Send the survey', owner: 'afil', dueDate: '2026-11-15' },
      ],
    });
    await coordinator
      .post(`/api/working-sessions/${past.id}/close`)
      .expect(200);
    const next = await createSession({
      date: '2026-12-10',
      place: 'Barcelona',
      agenda: ['Welcome'],
      attendees: [{ partner: 'eurecat' }],
    });
    await createSession({ date: '2027-03-10' });

    const preparation = (
      await coordinator.get('/api/working-sessions/preparation').expect(200)
    ).body as SessionPreparationView;
    expect(preparation.session?.id).toBe(next.id);
    expect(preparation.topics.map((topic) => [topic.kind, topic.text])).toEqual(
      expect.arrayContaining([
        [
          'decision-overdue',
          'Decision of 2026-10-15 overdue since 2026-11-15 (afil): Send the survey',
        ],
        ['red', expect.stringMatching(/^S2-01 .* \(CEP\) is red$/)],
        [
          'overdue',
          expect.stringMatching(/^S3-01 .* \(AFIL\) is 24 days late$/),
        ],
      ]),
    );
    expect(preparation.changes?.session.id).toBe(past.id);
    await viewer.get('/api/working-sessions/preparation').expect(403);

    const md = await viewer
      .get(`/api/working-sessions/${next.id}/agenda?format=md`)
      .expect(200);
    expect(md.headers['content-disposition']).toContain(
      '4m4iof-agenda-2026-12-10.md',
    );
    expect(md.text).toContain('1. Welcome');
    expect(md.text).toContain('Barcelona');
    expect(md.text).toContain('- Eurecat');
    expect(md.text).toContain(
      'Send the survey — AFIL, due 2026-11-15 (overdue)',
    );
    const pdf = await viewer
      .get(`/api/working-sessions/${next.id}/agenda?format=pdf`)
      .buffer(true)
      .parse(binaryParser as never)
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(pdf.body as Buffer);
    expect(text).toContain('Welcome');
    expect(text).toContain('Send the survey');
    const bad = await viewer
      .get(`/api/working-sessions/${next.id}/agenda?format=docx`)
      .expect(400);
    expect(bad.body.errors[0].field).toBe('format');
  }, 60_000);
});

describe('the demo working sessions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      config: { seed: 'demo' },
      clock: new FakeClock(new Date('2026-11-25T09:00:00Z')),
    });
  }, 60_000);
  afterAll(() => t.close());

  it('has two closed sessions with their snapshots and an upcoming one, and the changes since the last', async () => {
    const viewer = await t.as(VIEWER);
    const sessions = (await viewer.get('/api/working-sessions').expect(200))
      .body.items as WorkingSessionView[];
    expect(sessions.map((s) => [s.date, s.closedAt !== null])).toEqual([
      ['2026-12-16', false],
      ['2026-10-28', true],
      ['2026-09-02', true],
    ]);
    const [upcoming, last] = sessions;
    expect(upcoming.agenda.length).toBeGreaterThan(0);
    expect(last.decisions.map((d) => d.action?.code ?? null)).toEqual([
      'S3-03',
      'S5-06',
      null,
    ]);

    const snapshot = (
      await viewer.get(`/api/working-sessions/${last.id}/snapshot`).expect(200)
    ).body as SessionSnapshotView;
    expect(snapshot.today).toBe('2026-10-28');
    expect(snapshot.overall.actions).toBe(snapshot.actions.length);

    const dashboard = (await viewer.get('/api/dashboard').expect(200))
      .body as DashboardView;
    const since = dashboard.sinceLastSession;
    expect(since?.session.id).toBe(last.id);
    // The plan moved in the four weeks since: the history has updates after that day.
    expect(since?.changedActions.length).toBeGreaterThan(0);
    expect(since?.decisionsOverdue.map((d) => d.text)).toContain(
      'Present a recovery plan for the composites pilot line',
    );
  });

  it('writes the report since a session from the command line', async () => {
    const viewer = await t.as(VIEWER);
    const [, last] = (await viewer.get('/api/working-sessions')).body
      .items as WorkingSessionView[];
    expect(
      parseReportArguments(['--session', String(last.id), '--format', 'md']),
    ).toEqual({
      kind: 'run',
      options: { session: last.id, format: 'md', out: null },
    });
    const both = parseReportArguments([
      '--session',
      '1',
      '--from',
      '2026-10-01',
      '--format',
      'md',
    ]);
    expect(
      both.kind === 'invalid' && both.problems.map((p) => p.field),
    ).toEqual(['session']);

    const stdout: Buffer[] = [];
    const stderr: string[] = [];
    const code = await runReportCli(
      ['--session', String(last.id), '--format', 'md', '--out', '-'],
      {
        env: { DATABASE_URL: String(t.dataSource.options.database) },
        cwd: tmpdir(),
        stdout: { write: (chunk) => stdout.push(Buffer.from(chunk)) },
        stderr: { write: (chunk) => stderr.push(chunk) },
      },
    );
    expect(stderr).toEqual([]);
    expect(code).toBe(0);
    const markdown = Buffer.concat(stdout).toString('utf8');
    expect(markdown).toContain(`- **Period:** ${last.date} to`);
    expect(markdown).toContain('## Changes since the session');
    expect(markdown).toContain(
      'Present a recovery plan for the composites pilot line',
    );
  }, 60_000);
});
