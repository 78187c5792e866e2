import { In } from 'typeorm';
import { Action } from '../../src/actions/action.entity';
import { StatusUpdate } from '../../src/actions/status-update.entity';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { anAction } from '../builders';
import {
  type AuthedClient,
  COORDINATOR,
  createTestApp,
  databaseKinds,
  editorOf,
  type TestApp,
} from '../test-app';

const CLIENTS = 20;
const SECONDS = Number(process.env['CONCURRENCY_SECONDS'] || 30);
const LEADS = ['plastipolis', 'afil', 'eurecat', 'pool-net', 'minalogic'];

interface Tally {
  updates: Map<number, number>;
  edits: Map<number, number>;
  conflicts: number;
  unexpected: string[];
}

describe.each(databaseKinds())('simultaneous editors (%s)', (kind) => {
  // The 30-second run is SQLite's, whose writers share one file; PostgreSQL gets a shorter one.
  const seconds = kind === 'sqlite' ? SECONDS : Math.min(SECONDS, 10);
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ kind });
    await t.app.listen(0, '127.0.0.1');
  }, 60_000);
  afterAll(() => t.close());

  it('of one version: exactly one PATCH wins, the other gets 409 with the current version', async () => {
    const action = await anAction(t.dataSource, { lead: 'afil' });
    const [coordinator, editor] = await Promise.all([
      t.as(COORDINATOR),
      t.as(editorOf('afil')),
    ]);
    const [read1, read2] = await Promise.all([
      coordinator.get(`/api/actions/${action.id}`).expect(200),
      editor.get(`/api/actions/${action.id}`).expect(200),
    ]);
    expect(read1.body.version).toBe(read2.body.version);
    const answers = await Promise.all([
      coordinator.patch(`/api/actions/${action.id}`).send({
        version: read1.body.version,
        description: 'from the coordinator',
      }),
      editor
        .patch(`/api/actions/${action.id}`)
        .send({ version: read2.body.version, description: 'from the editor' }),
    ]);
    const statuses = answers.map((res) => res.status).sort();
    expect(statuses).toEqual([200, 409]);
    const [winner, loser] =
      answers[0].status === 200 ? answers : [answers[1], answers[0]];
    expect(loser.body.currentVersion).toBe(winner.body.version);
    expect(loser.body.message).toMatch(/changed by someone else/);
    const stored = await coordinator
      .get(`/api/actions/${action.id}`)
      .expect(200);
    expect(stored.body.description).toBe(winner.body.description);
    expect(stored.body.version).toBe(read1.body.version + 1);
  });

  it(
    `${CLIENTS} clients posting status updates and edits for ${seconds} s: no server error, no lost write`,
    async () => {
      const actions = await Promise.all(
        LEADS.map((lead) => anAction(t.dataSource, { lead })),
      );
      const ids = actions.map((a) => a.id);
      const versionsBefore = new Map(actions.map((a) => [a.id, a.version]));
      // The coordinator edits every action; each editor the one its partner leads.
      const clients: { client: AuthedClient; ids: number[] }[] = [
        { client: await t.as(COORDINATOR), ids },
        ...(await Promise.all(
          LEADS.map(async (lead, i) => ({
            client: await t.as(editorOf(lead)),
            ids: [ids[i]],
          })),
        )),
      ];
      const tally: Tally = {
        updates: new Map(),
        edits: new Map(),
        conflicts: 0,
        unexpected: [],
      };
      const deadline = Date.now() + seconds * 1000;
      await Promise.all(
        Array.from({ length: CLIENTS }, (_, n) =>
          editLoop(clients[n % clients.length], n, deadline, tally),
        ),
      );

      expect(tally.unexpected).toEqual([]);
      const accepted = [...ids].map(
        (id) => (tally.updates.get(id) ?? 0) + (tally.edits.get(id) ?? 0),
      );
      expect(accepted.reduce((a, b) => a + b, 0)).toBeGreaterThan(CLIENTS);

      // Every accepted write is in the database and in the journal, once.
      const stored = await t.dataSource
        .getRepository(Action)
        .findBy({ id: In(ids) });
      for (const action of stored) {
        const updates = tally.updates.get(action.id) ?? 0;
        const edits = tally.edits.get(action.id) ?? 0;
        expect(action.version).toBe(
          (versionsBefore.get(action.id) ?? 0) + updates + edits,
        );
        const rows = await t.dataSource.getRepository(StatusUpdate).find({
          where: { action: { id: action.id } },
          order: { id: 'DESC' },
        });
        expect(rows).toHaveLength(updates);
        // The action shows its latest update: never one without the other.
        if (rows.length)
          expect({
            status: action.status,
            progress: action.progress,
            health: action.health,
          }).toEqual({
            status: rows[0].status,
            progress: rows[0].progress,
            health: rows[0].health,
          });
        const journal = await t.dataSource.getRepository(AuditEntry).findBy({
          entityType: 'action',
          entityId: String(action.id),
        });
        expect(
          journal.filter((e) => e.action === 'status-update'),
        ).toHaveLength(updates);
        expect(journal.filter((e) => e.action === 'update')).toHaveLength(
          edits,
        );
      }
    },
    (seconds + 60) * 1000,
  );
});

/** One client: status updates and read-then-edit rounds, until the deadline. */
async function editLoop(
  { client, ids }: { client: AuthedClient; ids: number[] },
  n: number,
  deadline: number,
  tally: Tally,
): Promise<void> {
  let round = 0;
  while (Date.now() < deadline) {
    round += 1;
    const id = ids[(n + round) % ids.length];
    if (round % 2 === n % 2) {
      const res = await client.post(`/api/actions/${id}/updates`).send({
        status: 'in_progress',
        progress: (n * 7 + round) % 100,
        health: round % 3 === 0 ? 'amber' : 'green',
        comment: `client ${n}, round ${round}`,
      });
      if (res.status === 201) count(tally.updates, id);
      else tally.unexpected.push(`update ${res.status} ${res.text}`);
    } else {
      const read = await client.get(`/api/actions/${id}`);
      if (read.status !== 200) {
        tally.unexpected.push(`read ${read.status} ${read.text}`);
        continue;
      }
      const res = await client.patch(`/api/actions/${id}`).send({
        version: read.body.version,
        description: `edited by client ${n} in round ${round}`,
      });
      if (res.status === 200) count(tally.edits, id);
      else if (res.status === 409) tally.conflicts += 1;
      else tally.unexpected.push(`edit ${res.status} ${res.text}`);
    }
  }
}

function count(map: Map<number, number>, id: number): void {
  map.set(id, (map.get(id) ?? 0) + 1);
}
