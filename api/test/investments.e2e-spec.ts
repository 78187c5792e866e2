import { anAction } from './builders';
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
const TABLES = [
  'investments',
  'investment_partners',
  'investment_regions',
  'investment_actions',
  'investment_status_changes',
  'audit_entries',
];

const validProposal = {
  title: 'Interregional pilot line for recycled composites',
  instrument: 'horizon-europe',
  call: 'HORIZON-CL4-2027-TWIN-TRANSITION-01',
  amountCents: 4_250_000_00,
  cofinancingCents: 1_275_000_00,
  lead: 'afil',
  partners: ['eurecat', 'plastipolis'],
  regions: ['ITC4', 'ES51', 'FRK'],
  deadline: '2027-02-18',
};

describe.each(databaseKinds())('the investment proposals API on %s', (kind) => {
  let t: TestApp;
  let clock: FakeClock;
  let coordinator: AuthedClient;
  let afil: AuthedClient;
  let cep: AuthedClient;
  let viewer: AuthedClient;

  beforeEach(async () => {
    clock = new FakeClock(new Date('2026-11-25T09:00:00Z'));
    t = await createTestApp({ kind, clock });
    [coordinator, afil, cep, viewer] = await Promise.all(
      [COORDINATOR, editorOf('afil'), editorOf('cep'), VIEWER].map((email) =>
        t.as(email),
      ),
    );
    // A new database and four sign-ins: more than the default 5 s on a busy machine.
  }, 30_000);
  afterEach(() => t.close());

  /** Every row of the investment tables and the journal, to prove a refused write changed nothing. */
  const snapshot = async () =>
    Object.fromEntries(
      await Promise.all(
        TABLES.map(async (table) => [
          table,
          await t.dataSource.query(`SELECT * FROM ${table} ORDER BY 1`),
        ]),
      ),
    );
  const create = async (
    overrides: Record<string, unknown> = {},
    as = coordinator,
  ) =>
    (
      await as
        .post('/api/investments')
        .send({ ...validProposal, ...overrides })
        .expect(201)
    ).body;
  const fields = (body: { errors: { field: string }[] }) =>
    body.errors.map((e) => e.field).sort();

  describe('creating', () => {
    it('creates a proposal with its references, a first history entry and a journal entry', async () => {
      const action = await anAction(t.dataSource, {
        lead: 'afil',
        code: 'S5-01',
      });
      const created = await create({ actions: [action.id] });
      expect(created).toEqual({
        id: expect.any(Number),
        title: validProposal.title,
        instrument: 'horizon-europe',
        instrumentName: 'Horizon Europe',
        call: validProposal.call,
        amountCents: 425_000_000,
        cofinancingCents: 127_500_000,
        status: 'idea',
        statusSince: '2026-11-25',
        lead: 'afil',
        leadName: 'AFIL',
        partners: ['eurecat', 'plastipolis'],
        regions: ['ES51', 'FRK', 'ITC4'],
        actions: [action.id],
        linkedActions: [{ id: action.id, code: 'S5-01', title: action.title }],
        deadline: '2027-02-18',
        version: 1,
        createdAt: '2026-11-25T09:00:00.000Z',
        updatedAt: '2026-11-25T09:00:00.000Z',
      });
      expect(
        (await viewer.get(`/api/investments/${created.id}`).expect(200)).body,
      ).toEqual(created);
      const history = (
        await viewer.get(`/api/investments/${created.id}/history`).expect(200)
      ).body;
      expect(history).toMatchObject({
        total: 1,
        items: [
          {
            from: null,
            to: 'idea',
            date: '2026-11-25',
            author: 'Partnership coordinator',
          },
        ],
      });
      const journal = (
        await viewer
          .get(`/api/audit?entity=investment&entityId=${created.id}`)
          .expect(200)
      ).body.items;
      expect(journal[0]).toMatchObject({
        action: 'create',
        actor: COORDINATOR,
      });
    });

    it('keeps amounts above 2^31 cents exact', async () => {
      const created = await create({
        amountCents: 987_654_321_098,
        cofinancingCents: 123_456_789_012,
      });
      const read = (
        await viewer.get(`/api/investments/${created.id}`).expect(200)
      ).body;
      expect(read).toMatchObject({
        amountCents: 987_654_321_098,
        cofinancingCents: 123_456_789_012,
      });
    });

    it('lets an editor propose for its own partner, never for another one', async () => {
      const own = await create({ status: 'business_plan' }, afil);
      expect(own).toMatchObject({ lead: 'afil', status: 'business_plan' });
      const before = await snapshot();
      const res = await cep
        .post('/api/investments')
        .send(validProposal)
        .expect(403);
      expect(res.body.message).toMatch(/its own partner \(cep\)/);
      await viewer.post('/api/investments').send(validProposal).expect(403);
      expect(await snapshot()).toEqual(before);
    });

    it('names every bad field, refuses what is unknown, and changes nothing', async () => {
      const before = await snapshot();
      const bad = await coordinator
        .post('/api/investments')
        .send({
          ...validProposal,
          title: ' ',
          amountCents: -1,
          cofinancingCents: 10.5,
          status: 'approved',
          deadline: '2027-02-30',
          partners: ['Not A Slug'],
          actions: [0],
        })
        .expect(400);
      expect(fields(bad.body)).toEqual(
        [
          'actions',
          'cofinancingCents',
          'deadline',
          'partners',
          'status',
          'title',
          'amountCents',
        ].sort(),
      );
      expect(
        bad.body.errors.find(
          (e: { field: string }) => e.field === 'amountCents',
        ).problems,
      ).toEqual(['amountCents must not be negative']);

      const strings = await coordinator
        .post('/api/investments')
        .send({ ...validProposal, amountCents: '100', extra: true })
        .expect(400);
      expect(fields(strings.body)).toEqual(['amountCents', 'extra']);

      const unknown = await coordinator
        .post('/api/investments')
        .send({
          ...validProposal,
          instrument: 'marshall-plan',
          lead: 'acme',
          partners: ['cep', 'nobody'],
          regions: ['XX9'],
          actions: [9999],
        })
        .expect(400);
      expect(unknown.body.errors).toEqual([
        { field: 'instrument', problems: ['unknown instrument marshall-plan'] },
        { field: 'lead', problems: ['unknown partner acme'] },
        { field: 'partners', problems: ['unknown partner nobody'] },
        { field: 'regions', problems: ['unknown region XX9'] },
        { field: 'actions', problems: ['unknown action 9999'] },
      ]);

      const cofinancing = await coordinator
        .post('/api/investments')
        .send({ ...validProposal, amountCents: 100, cofinancingCents: 101 })
        .expect(400);
      expect(cofinancing.body.errors).toEqual([
        {
          field: 'cofinancingCents',
          problems: ['cofinancingCents must not exceed amountCents'],
        },
      ]);
      const tooLarge = await coordinator
        .post('/api/investments')
        .send({ ...validProposal, amountCents: 1e12 + 1 })
        .expect(400);
      expect(fields(tooLarge.body)).toEqual(['amountCents']);
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('changing', () => {
    it('moves a proposal through its statuses with a dated history, as its lead partner does', async () => {
      const proposal = await create({}, afil);
      // Tokens last 8 hours: sign in again after moving the clock.
      clock.advance(3 * DAY);
      afil = await t.as(editorOf('afil'));
      const planned = (
        await afil
          .patch(`/api/investments/${proposal.id}`)
          .send({ version: 1, status: 'business_plan' })
          .expect(200)
      ).body;
      clock.advance(10 * DAY);
      afil = await t.as(editorOf('afil'));
      const submitted = (
        await afil
          .patch(`/api/investments/${proposal.id}`)
          .send({
            version: planned.version,
            status: 'submitted',
            comment: 'Sent through the portal',
            amountCents: 4_300_000_00,
          })
          .expect(200)
      ).body;
      expect(submitted).toMatchObject({
        status: 'submitted',
        statusSince: '2026-12-08',
        amountCents: 430_000_000,
        version: 3,
      });
      const history = (
        await afil.get(`/api/investments/${proposal.id}/history`).expect(200)
      ).body.items;
      expect(
        history.map(
          (h: {
            date: string;
            from: string | null;
            to: string;
            comment: string | null;
          }) => [h.date, h.from, h.to, h.comment],
        ),
      ).toEqual([
        ['2026-12-08', 'business_plan', 'submitted', 'Sent through the portal'],
        ['2026-11-28', 'idea', 'business_plan', null],
        ['2026-11-25', null, 'idea', null],
      ]);
      expect(history[0]).toMatchObject({
        author: 'AFIL editor',
        organisation: 'AFIL',
      });
    });

    it('replaces partners, regions and actions, and keeps the lead out of its partners', async () => {
      const proposal = await create();
      const changed = (
        await coordinator
          .patch(`/api/investments/${proposal.id}`)
          .send({
            version: 1,
            lead: 'eurecat',
            partners: ['eurecat', 'cep'],
            regions: ['DE1'],
            call: null,
            deadline: null,
          })
          .expect(200)
      ).body;
      expect(changed).toMatchObject({
        lead: 'eurecat',
        partners: ['cep'],
        regions: ['DE1'],
        call: null,
        deadline: null,
        actions: [],
      });
    });

    it("refuses another partner's editor, a hand-over by an editor, and a viewer; nothing changes", async () => {
      const proposal = await create();
      const before = await snapshot();
      const res = await cep
        .patch(`/api/investments/${proposal.id}`)
        .send({ version: 1, status: 'business_plan' })
        .expect(403);
      expect(res.body.message).toMatch(/AFIL's editors/);
      await afil
        .patch(`/api/investments/${proposal.id}`)
        .send({ version: 1, lead: 'cep' })
        .expect(403);
      await viewer
        .patch(`/api/investments/${proposal.id}`)
        .send({ version: 1, title: 'Mine' })
        .expect(403);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a stale version with 409, a forbidden move and bad money with 400, and changes nothing', async () => {
      const proposal = await create({ status: 'submitted' });
      await coordinator
        .patch(`/api/investments/${proposal.id}`)
        .send({ version: 1, status: 'granted' })
        .expect(200);
      const before = await snapshot();
      const stale = await afil
        .patch(`/api/investments/${proposal.id}`)
        .send({ version: 1, title: 'Late edit' })
        .expect(409);
      expect(stale.body).toMatchObject({ currentVersion: 2 });
      const backwards = await coordinator
        .patch(`/api/investments/${proposal.id}`)
        .send({
          version: 2,
          status: 'submitted',
          cofinancingCents: proposal.amountCents + 1,
        })
        .expect(400);
      expect(backwards.body.errors).toEqual([
        {
          field: 'cofinancingCents',
          problems: ['cofinancingCents must not exceed amountCents'],
        },
        {
          field: 'status',
          problems: [
            'a proposal cannot go from granted to submitted (allowed: withdrawn)',
          ],
        },
      ]);
      const bad = await coordinator
        .patch(`/api/investments/${proposal.id}`)
        .send({
          version: 2,
          amountCents: 1.5,
          instrument: 'nope',
          deadline: 'tomorrow',
        })
        .expect(400);
      expect(fields(bad.body)).toEqual(['amountCents', 'deadline']);
      const unknownInstrument = await coordinator
        .patch(`/api/investments/${proposal.id}`)
        .send({ version: 2, instrument: 'nope' })
        .expect(400);
      expect(unknownInstrument.body.errors).toEqual([
        { field: 'instrument', problems: ['unknown instrument nope'] },
      ]);
      await coordinator
        .patch('/api/investments/9999')
        .send({ version: 1 })
        .expect(404);
      await coordinator
        .patch('/api/investments/abc')
        .send({ version: 1 })
        .expect(400);
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('listing', () => {
    it('pages and filters by status, instrument, partner, region and text, soonest deadline first', async () => {
      const a = await create({
        title: 'Composites line',
        deadline: '2027-03-01',
      });
      const b = await create({
        title: 'Robotics hub',
        instrument: 'erdf',
        lead: 'cep',
        partners: [],
        regions: ['DE1'],
        deadline: '2027-01-15',
        status: 'submitted',
      });
      const c = await create({
        title: 'Skills academy',
        instrument: 'digital-europe',
        lead: 'plastipolis',
        partners: ['afil'],
        regions: ['FRK'],
        deadline: null,
      });
      const titles = async (query: string) =>
        (
          await viewer.get(`/api/investments${query}`).expect(200)
        ).body.items.map((i: { title: string }) => i.title);
      expect(await titles('')).toEqual([b.title, a.title, c.title]);
      expect(await titles('?status=submitted')).toEqual([b.title]);
      expect(
        await titles('?instrument=erdf,digital-europe&sort=title'),
      ).toEqual([b.title, c.title]);
      expect(await titles('?partner=afil&sort=-title')).toEqual([
        c.title,
        a.title,
      ]);
      expect(await titles('?lead=afil')).toEqual([a.title]);
      expect(await titles('?region=DE1')).toEqual([b.title]);
      expect(await titles('?q=ROBOT')).toEqual([b.title]);
      expect(await titles('?sort=-amountCents&q=s')).toHaveLength(3);
      const page = (
        await viewer.get('/api/investments?page=2&pageSize=2').expect(200)
      ).body;
      expect(page).toMatchObject({
        total: 3,
        page: 2,
        pageSize: 2,
        items: [{ id: c.id }],
      });
    });

    it('refuses unknown filters and names in them', async () => {
      const bad = await viewer
        .get('/api/investments?status=approved&sort=size&colour=red')
        .expect(400);
      expect(fields(bad.body)).toEqual(['colour', 'sort', 'status']);
      const unknown = await viewer
        .get('/api/investments?instrument=nope&partner=acme&region=XX9')
        .expect(400);
      expect(unknown.body.errors).toEqual([
        { field: 'instrument', problems: ['unknown instrument nope'] },
        { field: 'partner', problems: ['unknown partner acme'] },
        { field: 'region', problems: ['unknown region XX9'] },
      ]);
      await viewer.get('/api/investments/9999').expect(404);
      await viewer.get('/api/investments/9999/history').expect(404);
    });
  });
});

describe('the demo investment proposals', () => {
  let t: TestApp;
  afterAll(() => t?.close());

  it('spreads eight proposals over the instruments and every status, with their histories', async () => {
    t = await createTestApp({
      config: { seed: 'demo' },
      clock: new FakeClock(new Date('2026-11-25T09:00:00Z')),
    });
    const viewer = await t.as(VIEWER);
    const page = (await viewer.get('/api/investments?pageSize=50').expect(200))
      .body;
    expect(page.total).toBe(8);
    const statuses = new Set(
      page.items.map((i: { status: string }) => i.status),
    );
    expect([...statuses].sort()).toEqual([
      'business_plan',
      'granted',
      'idea',
      'rejected',
      'submitted',
      'withdrawn',
    ]);
    expect(
      new Set(page.items.map((i: { instrument: string }) => i.instrument)).size,
    ).toBeGreaterThanOrEqual(6);
    const granted = page.items.find(
      (i: { status: string }) => i.status === 'granted',
    );
    const history = (
      await viewer.get(`/api/investments/${granted.id}/history`).expect(200)
    ).body.items;
    expect(history.map((h: { to: string }) => h.to)).toEqual([
      'granted',
      'submitted',
      'business_plan',
      'idea',
    ]);
    expect(history[0].date).toBe(granted.statusSince);
    const pipeline = (await viewer.get('/api/investments/pipeline').expect(200))
      .body;
    expect(pipeline.upcomingDeadlines.length).toBeGreaterThan(0);
    expect(
      pipeline.upcomingDeadlines.every(
        (d: { daysLeft: number }) => d.daysLeft >= 0,
      ),
    ).toBe(true);
  }, 60_000);
});
