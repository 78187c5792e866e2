import { brusselsDate } from '@ws/domain';
import { type BenchDataSizes, generateBenchData } from '../bench/bench-data';
import {
  COORDINATOR,
  createTestApp,
  databaseKinds,
  FakeClock,
  type TestApp,
} from './test-app';

const SIZES: BenchDataSizes = {
  partners: 30,
  actions: 150,
  updates: 1_200,
  milestones: 310,
};

async function appWithBenchData(
  kind: 'sqlite' | 'postgres',
  clock: FakeClock,
): Promise<TestApp> {
  const t = await createTestApp({ kind, clock });
  await generateBenchData(t.dataSource, SIZES, { now: clock.now(), seed: 7 });
  return t;
}

describe.each(databaseKinds())('the benchmark data on %s', (kind) => {
  const clock = new FakeClock();
  const now = clock.now();
  const today = brusselsDate(now);
  let t: TestApp;
  beforeAll(async () => {
    t = await appWithBenchData(kind, clock);
  }, 60_000);
  afterAll(() => t.close());

  const rows = <T>(sql: string): Promise<T[]> => t.dataSource.query(sql);
  const count = async (table: string) =>
    Number(
      (await rows<{ n: string }>(`SELECT COUNT(*) AS n FROM ${table}`))[0].n,
    );

  it('has the sizes asked for', async () => {
    expect(await count('partners')).toBe(SIZES.partners);
    expect(await count('actions')).toBe(SIZES.actions);
    expect(await count('status_updates')).toBe(SIZES.updates);
    expect(await count('milestones')).toBe(SIZES.milestones);
  });

  it('has every partner lead a live action and every stream an action: the rules hold', async () => {
    const orphans = await rows(
      `SELECT p.slug FROM partners p WHERE NOT EXISTS (
         SELECT 1 FROM actions a WHERE a.lead_partner_id = p.id AND a.status <> 'cancelled')`,
    );
    expect(orphans).toEqual([]);
    const coordinator = await t.as(COORDINATOR);
    const { body } = await coordinator.get('/api/governance').expect(200);
    expect(
      body.rules.map((r: { id: string; ok: boolean }) => [r.id, r.ok]),
    ).toEqual([
      ['each-partner-leads-an-action', true],
      ['each-stream-has-an-action', true],
      ['action-plan-adopted-before-implementation', true],
    ]);
  });

  it('orders every date: start before due, milestones inside the action, nothing done in the future', async () => {
    expect(
      await rows(
        'SELECT code FROM actions WHERE start_date IS NULL OR due_date IS NULL OR due_date < start_date',
      ),
    ).toEqual([]);
    expect(
      await rows(
        `SELECT m.id FROM milestones m JOIN actions a ON a.id = m.action_id
          WHERE m.due_date < a.start_date OR m.due_date > a.due_date
             OR (m.done_date IS NOT NULL AND m.done_date > '${today}')`,
      ),
    ).toEqual([]);
  });

  it('orders each history after the action was created and before now, ending in the action’s current status', async () => {
    const history = await rows<{
      action_id: number;
      at: string;
      status: string;
      progress: number;
      health: string;
    }>(
      'SELECT action_id, at, status, progress, health FROM status_updates ORDER BY action_id, id',
    );
    const actions = await rows<{
      id: number;
      status: string;
      progress: number;
      health: string;
      created_at: string;
      last_update_at: string | null;
    }>(
      'SELECT id, status, progress, health, created_at, last_update_at FROM actions',
    );
    const byAction = new Map<number, typeof history>();
    for (const update of history)
      byAction.set(Number(update.action_id), [
        ...(byAction.get(Number(update.action_id)) ?? []),
        update,
      ]);
    for (const action of actions) {
      const updates = byAction.get(Number(action.id)) ?? [];
      const times = updates.map((u) => u.at);
      expect(times).toEqual([...times].sort());
      expect(times.every((at) => at > action.created_at)).toBe(true);
      expect(times.every((at) => at <= now.toISOString())).toBe(true);
      const last = updates.at(-1);
      expect(action.last_update_at).toBe(last?.at ?? null);
      if (last)
        expect({
          status: action.status,
          progress: Number(action.progress),
          health: action.health,
        }).toEqual({
          status: last.status,
          progress: Number(last.progress),
          health: last.health,
        });
      if (action.status === 'completed')
        expect(Number(action.progress)).toBe(100);
    }
  });

  it('leaves the next insert a fresh id after the explicit ones', async () => {
    const editor = await t.as(COORDINATOR);
    const { body } = await editor
      .post('/api/actions/1/updates')
      .send({
        status: 'in_progress',
        progress: 50,
        health: 'green',
        comment: 'Picked up again',
      })
      .expect(201);
    expect(body.update.id).toBe(SIZES.updates + 1);
  });
});

describe('the dashboard on SQLite and PostgreSQL', () => {
  const kinds = databaseKinds();
  const both = kinds.includes('postgres') ? it : it.skip;

  both(
    'gives the same figures for the same data',
    async () => {
      const clock = new FakeClock();
      const apps = await Promise.all(
        (['sqlite', 'postgres'] as const).map((kind) =>
          appWithBenchData(kind, clock),
        ),
      );
      try {
        for (const path of [
          '/api/dashboard',
          '/api/dashboard?phase=implementation&stream=2',
          '/api/dashboard?partner=bench-partner-003&region=ES51',
          '/api/governance',
        ]) {
          const [sqlite, postgres] = await Promise.all(
            apps.map(
              async (app) =>
                (await (await app.as(COORDINATOR)).get(path).expect(200)).body,
            ),
          );
          expect(postgres).toEqual(sqlite);
        }
      } finally {
        await Promise.all(apps.map((app) => app.close()));
      }
    },
    60_000,
  );
});
