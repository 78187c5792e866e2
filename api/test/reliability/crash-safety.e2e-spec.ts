import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { COORDINATOR } from '../test-app';
import { type ServerProcess, signIn, startServer } from './server-process';

const CRASH_PORT = 4362;
const SHUTDOWN_PORT = 4363;
const ROUNDS = Number(process.env['CRASH_ROUNDS'] || 3);
const WRITERS = 6;

interface Acknowledged {
  updates: Set<number>;
  comments: Set<number>;
}

// The server killed at random moments while it writes: after every restart the file
// is sound, every write it acknowledged is there, and nothing is half-applied.
describe('a server process killed while writing (SQLite)', () => {
  let folder: string;
  let databaseFile: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), '4m4iof-crash-'));
    databaseFile = join(folder, 'roadmap.sqlite');
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it(
    `keeps every acknowledged write through ${ROUNDS} SIGKILLs`,
    async () => {
      let server = await startServer(databaseFile, CRASH_PORT);
      const token = await signIn(server, COORDINATOR);
      const actionIds: number[] = [];
      for (const lead of ['plastipolis', 'afil', 'eurecat'])
        actionIds.push(
          (
            await call(server, token, 'POST', '/api/actions', {
              title: `Crash-tested action led by ${lead}`,
              stream: 1,
              phase: 'preparation',
              lead,
            })
          ).id,
        );
      const acknowledged: Acknowledged = {
        updates: new Set(),
        comments: new Set(),
      };

      for (let round = 1; round <= ROUNDS; round++) {
        const killAfterMs = 400 + Math.floor(Math.random() * 2000);
        const running = server;
        const writers = Array.from({ length: WRITERS }, (_, writer) =>
          writeUntilGone(running, token, actionIds, writer, acknowledged),
        );
        await new Promise((resolve) => setTimeout(resolve, killAfterMs));
        running.child.kill('SIGKILL');
        await running.exited;
        await Promise.all(writers);

        const problems = await consistencyProblems(databaseFile, acknowledged);
        expect({ round, killAfterMs, problems }).toEqual({
          round,
          killAfterMs,
          problems: [],
        });
        server = await startServer(databaseFile, CRASH_PORT);
      }
      expect(acknowledged.updates.size).toBeGreaterThan(ROUNDS);
      server.child.kill('SIGTERM');
      await server.exited;
    },
    ROUNDS * 60_000 + 60_000,
  );

  it('on SIGTERM finishes the request in flight, then closes the database and exits', async () => {
    const server = await startServer(databaseFile, SHUTDOWN_PORT);
    const token = await signIn(server, COORDINATOR);
    const { id: actionId } = await call(server, token, 'POST', '/api/actions', {
      title: 'Action updated while the server stops',
      stream: 2,
      phase: 'preparation',
      lead: 'minalogic',
    });
    const body = JSON.stringify({
      status: 'in_progress',
      progress: 42,
      health: 'green',
      comment: 'sent while the server was asked to stop',
    });
    // Half the body is sent, the server is told to stop, then the rest arrives.
    const answer = new Promise<{ status: number; body: string }>(
      (resolve, reject) => {
        const req = httpRequest(
          `${server.url}/api/actions/${actionId}/updates`,
          {
            method: 'POST',
            headers: {
              'Content-Type': 'application/json',
              'Content-Length': Buffer.byteLength(body),
              Authorization: `Bearer ${token}`,
            },
          },
          (res) => {
            let text = '';
            res.on('data', (chunk) => (text += chunk));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, body: text }),
            );
          },
        );
        req.on('error', reject);
        req.write(body.slice(0, 20));
        setTimeout(() => {
          server.child.kill('SIGTERM');
          setTimeout(() => req.end(body.slice(20)), 500);
        }, 300);
      },
    );

    const res = await answer;
    expect(res.status).toBe(201);
    const exit = await server.exited;
    expect(exit.signal ?? exit.code).toBeTruthy();
    // SQLite removes the write-ahead log when the last connection closes cleanly.
    expect(existsSync(`${databaseFile}-wal`)).toBe(false);
    const rows = await query(
      databaseFile,
      'SELECT progress FROM status_updates WHERE action_id = ? ORDER BY id DESC LIMIT 1',
      [actionId],
    );
    expect(rows).toEqual([{ progress: 42 }]);
    const refused = await fetch(`${server.url}/api/health`).then(
      () => 'answered',
      () => 'refused',
    );
    expect(refused).toBe('refused');
  }, 120_000);
});

async function call(
  server: ServerProcess,
  token: string,
  method: string,
  path: string,
  body: unknown,
): Promise<{ id: number; update?: { id: number } }> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${token}`,
    },
    body: JSON.stringify(body),
  });
  if (!res.ok)
    throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<{ id: number; update?: { id: number } }>;
}

/** Status updates and comments, one after another, until the server is gone. */
async function writeUntilGone(
  server: ServerProcess,
  token: string,
  actionIds: number[],
  writer: number,
  acknowledged: Acknowledged,
): Promise<void> {
  for (let n = 0; ; n++) {
    const actionId = actionIds[(writer + n) % actionIds.length];
    try {
      if (n % 3 === 2) {
        const comment = await call(
          server,
          token,
          'POST',
          `/api/actions/${actionId}/comments`,
          {
            body: `writer ${writer}, comment ${n}`,
          },
        );
        acknowledged.comments.add(comment.id);
      } else {
        const result = await call(
          server,
          token,
          'POST',
          `/api/actions/${actionId}/updates`,
          {
            status: 'in_progress',
            progress: (writer * 13 + n) % 100,
            health: n % 4 === 0 ? 'amber' : 'green',
            comment: `writer ${writer}, update ${n}`,
          },
        );
        acknowledged.updates.add(result.update?.id ?? -1);
      }
    } catch {
      // The connection broke: the server is gone, and this write's fate is unknown.
      return;
    }
  }
}

function query(
  file: string,
  sql: string,
  parameters: unknown[] = [],
): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    const database = new sqlite3.Database(file, (error) => {
      if (error) return reject(error);
      database.all(sql, parameters, (queryError, rows) =>
        database.close(() =>
          queryError
            ? reject(queryError)
            : resolve(rows as Record<string, unknown>[]),
        ),
      );
    });
  });
}

async function consistencyProblems(
  file: string,
  acknowledged: Acknowledged,
): Promise<string[]> {
  const problems: string[] = [];
  const integrity = await query(file, 'PRAGMA integrity_check');
  if (integrity[0]?.['integrity_check'] !== 'ok')
    problems.push(`integrity_check: ${JSON.stringify(integrity)}`);
  const orphans = await query(file, 'PRAGMA foreign_key_check');
  if (orphans.length)
    problems.push(`foreign keys: ${JSON.stringify(orphans.slice(0, 5))}`);

  const updateIds = new Set(
    (await query(file, 'SELECT id FROM status_updates')).map((r) =>
      Number(r['id']),
    ),
  );
  const commentIds = new Set(
    (await query(file, 'SELECT id FROM action_comments')).map((r) =>
      Number(r['id']),
    ),
  );
  for (const id of acknowledged.updates)
    if (!updateIds.has(id))
      problems.push(`acknowledged status update ${id} is missing`);
  for (const id of acknowledged.comments)
    if (!commentIds.has(id))
      problems.push(`acknowledged comment ${id} is missing`);

  // Each action agrees with its latest update, and every update and comment is journaled.
  const actions = await query(
    file,
    `SELECT a.id, a.status, a.progress, a.health, a.version,
            (SELECT COUNT(*) FROM status_updates u WHERE u.action_id = a.id) AS updates,
            (SELECT COUNT(*) FROM action_comments c WHERE c.action_id = a.id) AS comments,
            (SELECT COUNT(*) FROM audit_entries e WHERE e.entity_type = 'action'
               AND e.entity_id = CAST(a.id AS TEXT) AND e.action = 'status-update') AS journaled_updates,
            (SELECT COUNT(*) FROM audit_entries e WHERE e.entity_type = 'action'
               AND e.entity_id = CAST(a.id AS TEXT) AND e.action = 'comment') AS journaled_comments,
            (SELECT u.status || '/' || u.progress || '/' || u.health FROM status_updates u
               WHERE u.action_id = a.id ORDER BY u.id DESC LIMIT 1) AS latest
       FROM actions a`,
  );
  for (const a of actions) {
    const state = `${a['status']}/${a['progress']}/${a['health']}`;
    if (a['latest'] !== null && a['latest'] !== state)
      problems.push(
        `action ${a['id']} is ${state} but its latest update says ${a['latest']}`,
      );
    if (a['version'] !== 1 + Number(a['updates']))
      problems.push(
        `action ${a['id']} has version ${a['version']} after ${a['updates']} updates`,
      );
    if (
      a['updates'] !== a['journaled_updates'] ||
      a['comments'] !== a['journaled_comments']
    )
      problems.push(
        `action ${a['id']}: journal and rows disagree ${JSON.stringify(a)}`,
      );
  }
  return problems;
}
