import { Client } from 'pg';
import sqlite3 from 'sqlite3';
import type { DataSource } from 'typeorm';
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

/** Runs SQL on a connection of its own, as another server or a command-line tool would. */
async function writeElsewhere(
  dataSource: DataSource,
  sql: string,
  parameters: unknown[],
): Promise<void> {
  const options = dataSource.options;
  if (options.type === 'postgres') {
    const client = new Client({ connectionString: options.url });
    await client.connect();
    try {
      await client.query(
        sql.replace(/\?/g, (_, offset: number) => {
          const index = sql.slice(0, offset).split('?').length;
          return `$${index}`;
        }),
        parameters,
      );
    } finally {
      await client.end();
    }
    return;
  }
  const database = new sqlite3.Database(options.database as string);
  try {
    await new Promise<void>((resolve, reject) =>
      database.run(sql, parameters, (error) =>
        error ? reject(error) : resolve(),
      ),
    );
  } finally {
    await new Promise((resolve) => database.close(resolve));
  }
}

/** How many query runners the data source opens while `work` runs. */
async function runnersOpened(
  dataSource: DataSource,
  work: () => Promise<unknown>,
): Promise<number> {
  const spy = jest.spyOn(dataSource.driver, 'createQueryRunner');
  try {
    await work();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

// Reads are kept until the next commit; they must never show less than was committed
// before the request came.
describe.each(databaseKinds())('reads kept between writes (%s)', (kind) => {
  let t: TestApp;
  let clock: FakeClock;
  let viewer: AuthedClient;

  beforeAll(async () => {
    clock = new FakeClock(new Date('2026-11-25T09:00:00Z'));
    t = await createTestApp({ kind, clock });
    viewer = await t.as(VIEWER);
  }, 60_000);
  afterAll(() => t.close());

  it('answers a repeated read without reading the rows again', async () => {
    const action = await anAction(t.dataSource);
    const first = await runnersOpened(t.dataSource, () =>
      viewer.get(`/api/actions/${action.id}`).expect(200),
    );
    const again = await runnersOpened(t.dataSource, () =>
      viewer.get(`/api/actions/${action.id}`).expect(200),
    );
    // Only the checks that nothing was committed since: one for the user, one for the action.
    expect(again).toBe(2);
    expect(first).toBeGreaterThan(again);
  });

  it('shows a write made through the API at once, in the action, its list, its history and the dashboard', async () => {
    const action = await anAction(t.dataSource);
    const coordinator = await t.as(COORDINATOR);
    await viewer.get(`/api/actions/${action.id}`).expect(200);
    await viewer.get(`/api/actions?q=${action.code}`).expect(200);
    await viewer.get(`/api/actions/${action.id}/updates`).expect(200);
    const amberBefore = (await viewer.get('/api/dashboard').expect(200)).body
      .overall.byHealth.amber;

    await coordinator
      .post(`/api/actions/${action.id}/updates`)
      .send({
        status: 'in_progress',
        progress: 40,
        health: 'amber',
        comment: 'Waiting for the pilot line',
      })
      .expect(201);

    const detail = await viewer.get(`/api/actions/${action.id}`).expect(200);
    expect(detail.body).toMatchObject({ status: 'in_progress', progress: 40 });
    const list = await viewer.get(`/api/actions?q=${action.code}`).expect(200);
    expect(list.body.items[0]).toMatchObject({ health: 'amber' });
    const history = await viewer
      .get(`/api/actions/${action.id}/updates`)
      .expect(200);
    expect(history.body.total).toBe(1);
    const dashboard = await viewer.get('/api/dashboard').expect(200);
    expect(dashboard.body.overall.byHealth.amber).toBe(amberBefore + 1);
  });

  it('shows a write made by another connection, as from another server or a tool', async () => {
    const action = await anAction(t.dataSource);
    await viewer.get(`/api/actions/${action.id}`).expect(200);
    await viewer.get(`/api/actions?q=${action.code}`).expect(200);

    await writeElsewhere(
      t.dataSource,
      'UPDATE actions SET title = ? WHERE id = ?',
      ['Renamed elsewhere', action.id],
    );

    const detail = await viewer.get(`/api/actions/${action.id}`).expect(200);
    expect(detail.body.title).toBe('Renamed elsewhere');
    const list = await viewer.get(`/api/actions?q=${action.code}`).expect(200);
    expect(list.body.items[0].title).toBe('Renamed elsewhere');
  });

  it('stops a token at once when another connection disables its account', async () => {
    await viewer.get('/api/actions').expect(200);
    const editor = await t.as(editorOf('afil'));
    await editor.get('/api/actions').expect(200);

    await writeElsewhere(
      t.dataSource,
      'UPDATE users SET active = ? WHERE email = ?',
      [false, editorOf('afil')],
    );

    await editor.get('/api/actions').expect(401);
  });

  it('recomputes overdue and days late when the Brussels day changes, with no write', async () => {
    const action = await anAction(t.dataSource, { dueDate: '2026-11-25' });
    const today = await viewer.get(`/api/actions/${action.id}`).expect(200);
    expect(today.body).toMatchObject({ overdue: false, daysLate: 0 });

    clock.advance(DAY);
    viewer = await t.as(VIEWER); // the token lasts less than a day
    const tomorrow = await viewer.get(`/api/actions/${action.id}`).expect(200);
    expect(tomorrow.body).toMatchObject({ overdue: true, daysLate: 1 });
    const overdue = await viewer
      .get(`/api/actions?overdue=true&q=${action.code}`)
      .expect(200);
    expect(overdue.body.total).toBe(1);
  });
});
