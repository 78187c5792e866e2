import { Action } from '../src/actions/action.entity';
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
const TABLES = ['actions', 'action_contributors', 'action_regions', 'milestones', 'indicators', 'status_updates', 'action_comments', 'audit_entries'];

const validAction = {
  title: 'Joint roadmap on additive manufacturing',
  description: 'Shared priorities of the regional S3 on 3D printing.',
  stream: 3,
  phase: 'preparation',
  lead: 'afil',
  contributors: ['eurecat', 'microtec-sudwest'],
  regions: ['ITC4', 'ES51', 'DE1'],
  startDate: '2026-09-01',
  dueDate: '2027-03-31',
  milestones: [
    { title: 'Mapping of competences', dueDate: '2026-10-15', doneDate: '2026-10-20' },
    { title: 'Draft roadmap', dueDate: '2026-12-15' },
  ],
  indicators: [{ name: 'Regions aligned', unit: 'regions', baseline: 0, target: 4, actual: 1 }],
};

describe.each(databaseKinds())('the joint action plan API on %s', (kind) => {
  let t: TestApp;
  let clock: FakeClock;
  let coordinator: AuthedClient;
  let afil: AuthedClient;
  let eurecat: AuthedClient;
  let cep: AuthedClient;
  let viewer: AuthedClient;

  beforeEach(async () => {
    clock = new FakeClock(new Date('2026-11-25T09:00:00Z'));
    t = await createTestApp({ kind, clock });
    [coordinator, afil, eurecat, cep, viewer] = await Promise.all(
      [COORDINATOR, editorOf('afil'), editorOf('eurecat'), editorOf('cep'), VIEWER].map((email) => t.as(email)),
    );
  });
  afterEach(() => t.close());

  /** Every row of the action tables, to prove a refused write changed nothing. */
  const snapshot = async () =>
    Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, await t.dataSource.query(`SELECT * FROM ${table} ORDER BY 1`)])));
  const create = async (overrides: Record<string, unknown> = {}) =>
    (await coordinator.post('/api/actions').send({ ...validAction, ...overrides }).expect(201)).body;

  describe('creating', () => {
    it('creates an action with a code generated per stream, and journals it', async () => {
      const first = await create();
      const second = await create({ title: 'Second roadmap' });
      expect(first).toMatchObject({
        code: 'S3-01',
        stream: 3,
        lead: 'afil',
        leadName: 'AFIL',
        contributors: ['eurecat', 'microtec-sudwest'],
        regions: ['DE1', 'ES51', 'ITC4'],
        status: 'planned',
        progress: 0,
        health: 'green',
        version: 1,
        overdue: false,
        stale: false,
        nextMilestone: { title: 'Draft roadmap', dueDate: '2026-12-15', doneDate: null },
      });
      expect(first.milestones).toHaveLength(2);
      expect(first.indicators[0]).toMatchObject({ name: 'Regions aligned', target: 4, actual: 1 });
      expect(second.code).toBe('S3-02');
      const journal = (await viewer.get(`/api/audit?entity=action&entityId=${first.id}`).expect(200)).body.items;
      expect(journal[0]).toMatchObject({ action: 'create', actor: COORDINATOR });
    });

    it('names every bad field and creates nothing', async () => {
      const before = await snapshot();
      const res = await coordinator
        .post('/api/actions')
        .send({
          title: '',
          stream: 9,
          phase: 'launch',
          lead: 'Not A Slug',
          progress: 150,
          health: 'blue',
          startDate: '2026-02-30',
          milestones: [{ title: 'x', dueDate: 'soon' }],
          indicators: [{ name: 'n', unit: 'u', target: 'many' }],
          colour: 'red',
        })
        .expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
        ['colour', 'health', 'indicators.0.target', 'lead', 'milestones.0.dueDate', 'phase', 'progress', 'startDate', 'stream', 'title'].sort(),
      );
      const unknown = await coordinator
        .post('/api/actions')
        .send({ ...validAction, lead: 'acme', contributors: ['nobody'], regions: ['XX1'], startDate: '2027-01-01', dueDate: '2026-12-31' })
        .expect(400);
      expect(unknown.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['contributors', 'dueDate', 'lead', 'regions']);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a code already taken with 409', async () => {
      await create({ code: 'S3-07' });
      const res = await coordinator.post('/api/actions').send({ ...validAction, code: 's3-07' }).expect(409);
      expect(res.body.message).toContain('S3-07');
    });

    it('lets only the coordinator create', async () => {
      await afil.post('/api/actions').send(validAction).expect(403);
      await viewer.post('/api/actions').send(validAction).expect(403);
    });
  });

  describe('reading', () => {
    it('filters, sorts and pages the list', async () => {
      await create({ code: 'S3-01' });
      await create({ code: 'S1-01', stream: 1, lead: 'cep', contributors: ['afil'], regions: ['ES51'], dueDate: '2026-11-20', status: 'in_progress', health: 'amber' });
      await create({ code: 'S5-01', stream: 5, phase: 'implementation', lead: 'pool-net', contributors: [], regions: ['PT16'], title: 'Brokerage through Watify', status: 'completed', progress: 100, dueDate: '2026-10-01' });
      const codes = async (query: string) => (await viewer.get(`/api/actions${query}`).expect(200)).body.items.map((a: { code: string }) => a.code);

      expect(await codes('')).toEqual(['S1-01', 'S3-01', 'S5-01']);
      expect(await codes('?stream=1,5')).toEqual(['S1-01', 'S5-01']);
      expect(await codes('?phase=implementation')).toEqual(['S5-01']);
      expect(await codes('?lead=afil')).toEqual(['S3-01']);
      expect(await codes('?contributor=afil')).toEqual(['S1-01']);
      expect(await codes('?partner=afil')).toEqual(['S1-01', 'S3-01']);
      expect(await codes('?partner=pool-net,cep')).toEqual(['S1-01', 'S5-01']);
      expect(await codes('?region=PT16,ITC4')).toEqual(['S3-01', 'S5-01']);
      expect(await codes('?status=in_progress,completed')).toEqual(['S1-01', 'S5-01']);
      expect(await codes('?health=amber')).toEqual(['S1-01']);
      expect(await codes('?overdue=true')).toEqual(['S1-01']);
      expect(await codes('?overdue=false')).toEqual(['S3-01', 'S5-01']);
      expect(await codes('?q=WATIFY')).toEqual(['S5-01']);
      expect(await codes('?sort=-dueDate')).toEqual(['S3-01', 'S1-01', 'S5-01']);
      expect(await codes('?sort=status')).toEqual(['S3-01', 'S1-01', 'S5-01']);
      const page = (await viewer.get('/api/actions?pageSize=2&page=2').expect(200)).body;
      expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(page.items.map((a: { code: string }) => a.code)).toEqual(['S5-01']);
    });

    it('computes overdue, days late and stale in Brussels calendar days', async () => {
      const action = await create({ dueDate: '2026-11-24', status: 'in_progress' });
      expect(action).toMatchObject({ overdue: true, daysLate: 1, stale: false });
      clock.advance(31 * DAY);
      // A month later the morning's tokens have long expired.
      [viewer, afil] = await Promise.all([t.as(VIEWER), t.as(editorOf('afil'))]);
      const later = (await viewer.get(`/api/actions/${action.id}`).expect(200)).body;
      expect(later).toMatchObject({ overdue: true, daysLate: 32, stale: true });
      expect((await viewer.get('/api/actions?stale=true').expect(200)).body.total).toBe(1);
      await afil.post(`/api/actions/${action.id}/updates`).send({ status: 'in_progress', progress: 30, health: 'green' }).expect(201);
      expect((await viewer.get(`/api/actions/${action.id}`).expect(200)).body.stale).toBe(false);
      expect((await viewer.get('/api/actions?stale=true').expect(200)).body.total).toBe(0);
    });

    it('refuses null for a field that cannot be empty, and lists that are not lists of objects', async () => {
      const action = await create();
      const before = await snapshot();
      const res = await coordinator
        .patch(`/api/actions/${action.id}`)
        .send({ version: action.version, code: null, title: null, lead: null, progress: null, milestones: [[]], indicators: [1] })
        .expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['code', 'indicators', 'indicators.0', 'lead', 'milestones', 'progress', 'title']);
      expect(await snapshot()).toEqual(before);
    });

    it('answers 404 for an unknown action and 400 for bad ids and filters', async () => {
      await viewer.get('/api/actions/9999').expect(404);
      await viewer.get('/api/actions/abc').expect(400);
      const res = await viewer.get('/api/actions?lead=acme&status=done&overdue=maybe&sort=colour&unknown=1').expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['overdue', 'sort', 'status', 'unknown']);
      const unknownLead = await viewer.get('/api/actions?lead=acme').expect(400);
      expect(unknownLead.body.errors).toEqual([{ field: 'lead', problems: ['unknown partner acme'] }]);
      const unknownPartner = await viewer.get('/api/actions?partner=acme').expect(400);
      expect(unknownPartner.body.errors).toEqual([{ field: 'partner', problems: ['unknown partner acme'] }]);
    });
  });

  describe('editing', () => {
    it("lets the lead partner's editor change description, dates, milestones and indicators", async () => {
      const action = await create();
      const res = await afil
        .patch(`/api/actions/${action.id}`)
        .send({ version: 1, description: 'Now with Flanders Make', dueDate: '2027-04-30', milestones: [{ title: 'Final roadmap', dueDate: '2027-04-15' }] })
        .expect(200);
      expect(res.body).toMatchObject({ version: 2, description: 'Now with Flanders Make', dueDate: '2027-04-30' });
      expect(res.body.milestones.map((m: { title: string }) => m.title)).toEqual(['Final roadmap']);
      const journal = (await viewer.get(`/api/audit?entity=action&entityId=${action.id}`).expect(200)).body.items;
      expect(journal[0]).toMatchObject({ action: 'update', actor: editorOf('afil'), before: { description: validAction.description } });
    });

    it('refuses an editor the coordinator-only fields and other partners’ actions, changing nothing', async () => {
      const action = await create();
      const before = await snapshot();
      const own = await afil.patch(`/api/actions/${action.id}`).send({ version: 1, title: 'Renamed', lead: 'cep' }).expect(403);
      expect(own.body.message).toContain('title, lead');
      await cep.patch(`/api/actions/${action.id}`).send({ version: 1, description: 'Not mine' }).expect(403);
      await eurecat.patch(`/api/actions/${action.id}`).send({ version: 1, description: 'Contributor only' }).expect(403);
      await viewer.patch(`/api/actions/${action.id}`).send({ version: 1, description: 'Viewer' }).expect(403);
      expect(await snapshot()).toEqual(before);
    });

    it('gives the second of two concurrent writers 409 with the current version', async () => {
      const action = await create();
      const [a, b] = await Promise.all([
        coordinator.patch(`/api/actions/${action.id}`).send({ version: 1, title: 'First writer' }),
        afil.patch(`/api/actions/${action.id}`).send({ version: 1, description: 'Second writer' }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const loser = a.status === 409 ? a : b;
      expect(loser.body).toMatchObject({ statusCode: 409, currentVersion: 2 });
      const current = (await viewer.get(`/api/actions/${action.id}`).expect(200)).body;
      expect(current.version).toBe(2);
      expect([current.title === 'First writer', current.description === 'Second writer'].filter(Boolean)).toHaveLength(1);
    });

    it('refuses a due date before the start date', async () => {
      const action = await create();
      const res = await afil.patch(`/api/actions/${action.id}`).send({ version: 1, dueDate: '2026-08-01' }).expect(400);
      expect(res.body.errors).toEqual([{ field: 'dueDate', problems: ['dueDate must not be before startDate'] }]);
    });
  });

  describe('status updates', () => {
    it('moves the action and keeps the history, with author and organisation', async () => {
      const action = await create();
      const res = await afil
        .post(`/api/actions/${action.id}/updates`)
        .send({ status: 'in_progress', progress: 35, health: 'amber', comment: 'Lombardy workshop postponed', nextSteps: 'New date in January', blockers: 'Venue' })
        .expect(201);
      expect(res.body.action).toMatchObject({ status: 'in_progress', progress: 35, health: 'amber', version: 2, lastUpdateAt: clock.now().toISOString() });
      expect(res.body.update).toMatchObject({ author: 'AFIL editor', organisation: 'AFIL', comment: 'Lombardy workshop postponed', blockers: 'Venue' });
      const history = (await viewer.get(`/api/actions/${action.id}/updates`).expect(200)).body;
      expect(history.items).toEqual([res.body.update]);
      // The update changed the action: a PATCH with the version read before it is stale.
      await afil.patch(`/api/actions/${action.id}`).send({ version: 1, description: 'x' }).expect(409);
    });

    it('requires a comment for amber, red, on hold and cancelled, naming the field', async () => {
      const action = await create();
      const before = await snapshot();
      for (const body of [
        { status: 'in_progress', progress: 10, health: 'red' },
        { status: 'on_hold', progress: 10, health: 'green' },
        { status: 'cancelled', progress: 10, health: 'green', comment: '  ' },
      ]) {
        const res = await afil.post(`/api/actions/${action.id}/updates`).send(body).expect(400);
        expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['comment']);
      }
      const completed = await afil.post(`/api/actions/${action.id}/updates`).send({ status: 'completed', progress: 90, health: 'green' }).expect(400);
      expect(completed.body.errors).toEqual([{ field: 'progress', problems: ['a completed action has progress 100'] }]);
      expect(await snapshot()).toEqual(before);
    });

    it('lets only the coordinator reopen a completed action, with a comment', async () => {
      const action = await create();
      await afil.post(`/api/actions/${action.id}/updates`).send({ status: 'completed', progress: 100, health: 'green' }).expect(201);
      const res = await afil.post(`/api/actions/${action.id}/updates`).send({ status: 'in_progress', progress: 80, health: 'green', comment: 'More to do' }).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['status']);
      await coordinator.post(`/api/actions/${action.id}/updates`).send({ status: 'in_progress', progress: 80, health: 'green', comment: 'Reopened by the committee' }).expect(201);
    });

    it('refuses updates from other partners and viewers', async () => {
      const action = await create();
      await eurecat.post(`/api/actions/${action.id}/updates`).send({ status: 'in_progress', progress: 5, health: 'green' }).expect(403);
      await viewer.post(`/api/actions/${action.id}/updates`).send({ status: 'in_progress', progress: 5, health: 'green' }).expect(403);
      await afil.post('/api/actions/9999/updates').send({ status: 'in_progress', progress: 5, health: 'green' }).expect(404);
    });
  });

  describe('comments', () => {
    it('lets the lead and contributing partners comment, not others', async () => {
      const action = await create();
      const res = await eurecat.post(`/api/actions/${action.id}/comments`).send({ body: 'Eurecat can host the workshop' }).expect(201);
      expect(res.body).toMatchObject({ author: 'Eurecat editor', organisation: 'Eurecat', body: 'Eurecat can host the workshop' });
      await afil.post(`/api/actions/${action.id}/comments`).send({ body: 'Thanks' }).expect(201);
      await cep.post(`/api/actions/${action.id}/comments`).send({ body: 'Not involved' }).expect(403);
      await viewer.post(`/api/actions/${action.id}/comments`).send({ body: 'Observer' }).expect(403);
      const empty = await eurecat.post(`/api/actions/${action.id}/comments`).send({ body: '   ' }).expect(400);
      expect(empty.body.errors[0].field).toBe('body');
      const list = (await viewer.get(`/api/actions/${action.id}/comments`).expect(200)).body;
      expect(list.items.map((c: { body: string }) => c.body)).toEqual(['Thanks', 'Eurecat can host the workshop']);
    });
  });

  describe('deleting and the lead rule', () => {
    it('deletes an action but keeps its history', async () => {
      const action = await create();
      await afil.post(`/api/actions/${action.id}/updates`).send({ status: 'in_progress', progress: 10, health: 'green' }).expect(201);
      await afil.delete(`/api/actions/${action.id}`).expect(403);
      await coordinator.delete(`/api/actions/${action.id}`).expect(204);
      await viewer.get(`/api/actions/${action.id}`).expect(404);
      expect((await viewer.get('/api/actions').expect(200)).body.total).toBe(0);
      const [{ n }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM status_updates');
      expect(Number(n)).toBe(1);
    });

    it('allows, before adoption, what leaves a partner leading nothing, and shows it', async () => {
      const [plastipolisAction] = await aCompletePlan(t.dataSource);
      await coordinator.delete(`/api/actions/${plastipolisAction.id}`).expect(204);
      const rules = (await viewer.get('/api/governance').expect(200)).body.rules;
      expect(rules[0].violations.map((v: { partner: string }) => v.partner)).toEqual(['plastipolis']);
    });

    it('refuses, once the plan is adopted, to cancel, re-assign or delete the last action a partner leads', async () => {
      const plan = await aCompletePlan(t.dataSource);
      await coordinator.post('/api/partnership/advance-phase').expect(200);
      const cepAction = plan.find((a) => a.lead.slug === 'cep') as Action;
      const before = await snapshot();

      const cancel = await cep.post(`/api/actions/${cepAction.id}/updates`).send({ status: 'cancelled', progress: 0, health: 'green', comment: 'No budget' }).expect(409);
      expect(cancel.body.message).toContain('CEP would lead no action');
      expect(cancel.body.partners).toEqual(['cep']);
      await coordinator.patch(`/api/actions/${cepAction.id}`).send({ version: cepAction.version, status: 'cancelled', comment: 'No budget' }).expect(409);
      const reassign = await coordinator.patch(`/api/actions/${cepAction.id}`).send({ version: cepAction.version, lead: 'afil' }).expect(409);
      expect(reassign.body.message).toContain('CEP');
      await coordinator.delete(`/api/actions/${cepAction.id}`).expect(409);
      expect(await snapshot()).toEqual(before);

      // With a second action, CEP may let go of the first.
      await anAction(t.dataSource, { lead: 'cep', stream: 2 });
      await coordinator.delete(`/api/actions/${cepAction.id}`).expect(204);
    });
  });
});
