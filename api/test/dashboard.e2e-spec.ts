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

describe.each(databaseKinds())('GET /api/dashboard on %s', (kind) => {
  let t: TestApp;
  let viewer: AuthedClient;

  beforeAll(async () => {
    const clock = new FakeClock(new Date('2026-11-25T09:00:00Z'));
    t = await createTestApp({ kind, clock });
    const coordinator = await t.as(COORDINATOR);
    const create = async (body: Record<string, unknown>) =>
      (
        await coordinator
          .post('/api/actions')
          .send({ description: '', phase: 'preparation', ...body })
          .expect(201)
      ).body;
    await create({
      code: 'S1-01',
      title: 'Connect the alliances',
      stream: 1,
      lead: 'afil',
      contributors: ['cep'],
      regions: ['ITC4'],
      status: 'in_progress',
      progress: 40,
      health: 'amber',
      dueDate: '2026-11-20',
      milestones: [{ title: 'Alliance meeting', dueDate: '2027-01-15' }],
    });
    await create({
      code: 'S2-01',
      title: 'Map RIS3CAT communities',
      stream: 2,
      lead: 'cep',
      regions: ['ES51'],
      dueDate: '2027-05-01',
    });
    await create({
      code: 'S3-01',
      title: 'Joint roadmap',
      stream: 3,
      lead: 'afil',
      phase: 'implementation',
      status: 'completed',
      progress: 100,
    });
    await create({
      code: 'S5-01',
      title: 'Brokerage',
      stream: 5,
      lead: 'pool-net',
      status: 'cancelled',
      progress: 10,
      health: 'red',
    });
    const e = await create({
      code: 'S4-01',
      title: 'Align funding schemes',
      stream: 4,
      lead: 'eurecat',
      status: 'in_progress',
      progress: 50,
      health: 'green',
      dueDate: '2027-01-10',
      milestones: [{ title: 'ERDF call', dueDate: '2027-03-01' }],
    });
    clock.advance(31 * DAY); // 26 December: what nobody updated since creation is stale
    const eurecat = await t.as(editorOf('eurecat'));
    await eurecat
      .post(`/api/actions/${e.id}/updates`)
      .send({
        status: 'in_progress',
        progress: 60,
        health: 'red',
        comment: 'Call delayed',
      })
      .expect(201);
    viewer = await t.as(VIEWER);
  });
  afterAll(() => t.close());

  const dashboard = async (query = '') =>
    (await viewer.get(`/api/dashboard${query}`).expect(200)).body;

  it('sums up the whole plan', async () => {
    const body = await dashboard();
    expect(body.today).toBe('2026-12-26');
    expect(body.overall).toEqual({
      actions: 5,
      meanProgress: 50,
      byStatus: {
        planned: 1,
        in_progress: 2,
        on_hold: 0,
        completed: 1,
        cancelled: 1,
      },
      byHealth: { green: 2, amber: 1, red: 1 },
      overdue: 1,
      stale: 2,
    });
    expect(body.partnership).toMatchObject({ phase: 'preparation' });
    expect(body.rules.map((r: { id: string }) => r.id)).toEqual([
      'each-partner-leads-an-action',
      'each-stream-has-an-action',
      'action-plan-adopted-before-implementation',
    ]);
    expect(body.investments).toMatchObject({
      total: { count: 0, amountCents: 0, cofinancingCents: 0 },
      byInstrument: [],
      upcomingDeadlines: [],
    });
    expect(body.sinceLastSession).toBeNull();
  });

  it('breaks progress down per phase, stream, region and partner', async () => {
    const body = await dashboard();
    const actions = (list: { actions: number }[], key: string) =>
      Object.fromEntries(
        list.map((entry) => [
          (entry as unknown as Record<string, string>)[key],
          entry.actions,
        ]),
      );
    expect(actions(body.byPhase, 'key')).toEqual({
      preparation: 4,
      implementation: 1,
      investment: 0,
    });
    expect(actions(body.byStream, 'number')).toEqual({
      1: 1,
      2: 1,
      3: 1,
      4: 1,
      5: 1,
    });
    expect(actions(body.byRegion, 'code')).toMatchObject({
      ITC4: 1,
      ES51: 1,
      FRK: 0,
    });
    const afil = body.byPartner.find(
      (p: { slug: string }) => p.slug === 'afil',
    );
    expect(afil).toMatchObject({
      actions: 2,
      meanProgress: 70,
      contributes: 0,
      overdue: 1,
    });
    const cep = body.byPartner.find((p: { slug: string }) => p.slug === 'cep');
    expect(cep).toMatchObject({ actions: 1, contributes: 1, stale: 1 });
    expect(body.byPartner).toHaveLength(12);
  });

  it('gives the partner × stream matrix of live actions', async () => {
    const body = await dashboard();
    expect(body.matrix).toEqual([
      { partner: 'afil', stream: 1, led: 1, contributed: 0 },
      { partner: 'afil', stream: 3, led: 1, contributed: 0 },
      { partner: 'cep', stream: 1, led: 0, contributed: 1 },
      { partner: 'cep', stream: 2, led: 1, contributed: 0 },
      { partner: 'eurecat', stream: 4, led: 1, contributed: 0 },
    ]);
  });

  it('lists overdue, stale and red actions and the milestones of the next 60 days', async () => {
    const body = await dashboard();
    expect(body.overdueActions).toEqual([
      expect.objectContaining({
        code: 'S1-01',
        daysLate: 36,
        leadName: 'AFIL',
      }),
    ]);
    expect(body.staleActions.map((a: { code: string }) => a.code)).toEqual([
      'S1-01',
      'S2-01',
    ]);
    expect(body.redActions.map((a: { code: string }) => a.code)).toEqual([
      'S4-01',
    ]);
    expect(body.upcomingMilestones).toEqual([
      {
        actionId: expect.any(Number),
        code: 'S1-01',
        actionTitle: 'Connect the alliances',
        lead: 'afil',
        title: 'Alliance meeting',
        dueDate: '2027-01-15',
      },
    ]);
  });

  it('filters by phase, stream, region and partner (lead or contributor)', async () => {
    expect((await dashboard('?partner=cep')).overall.actions).toBe(2);
    expect((await dashboard('?stream=1,2')).overall.actions).toBe(2);
    expect((await dashboard('?region=ES51')).overall.actions).toBe(1);
    const implementation = await dashboard('?phase=implementation');
    expect(implementation.overall).toMatchObject({
      actions: 1,
      meanProgress: 100,
    });
    expect(implementation.filters).toEqual({
      phase: ['implementation'],
      stream: [],
      region: [],
      partner: [],
    });
  });

  it('names bad filters', async () => {
    const res = await viewer
      .get('/api/dashboard?partner=acme&stream=9&colour=red')
      .expect(400);
    expect(
      res.body.errors.map((e: { field: string }) => e.field).sort(),
    ).toEqual(['colour', 'stream']);
    const unknown = await viewer.get('/api/dashboard?partner=acme').expect(400);
    expect(unknown.body.errors).toEqual([
      { field: 'partner', problems: ['unknown partner acme'] },
    ]);
  });
});
