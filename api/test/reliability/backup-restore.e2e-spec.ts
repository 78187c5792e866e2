import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import {
  parseBackupArguments,
  parseRestoreArguments,
  runBackupCli,
  runRestoreCli,
} from '../../src/backup/backup-cli';
import type { DatabaseConfig } from '../../src/common/config';
import { databaseOptions } from '../../src/common/database/database-options';
import { createDataSource } from '../../src/common/database/database.module';
import { tableNames } from '../../src/common/database/table-names';
import type { CliIo } from '../../src/reports/report-cli';
import {
  COORDINATOR,
  createDatabase,
  createTestApp,
  databaseKinds,
  type TestApp,
} from '../test-app';
import { tableRows } from './database-dump';

type Snapshot = Record<string, string[]>;

async function snapshot(dataSource: DataSource): Promise<Snapshot> {
  const tables: Snapshot = {};
  for (const table of await tableNames(dataSource))
    tables[table] = await tableRows(dataSource, table);
  return tables;
}

/** Every table of a database that no server has opened, read without running anything. */
async function snapshotOf(database: DatabaseConfig): Promise<Snapshot> {
  const dataSource = createDataSource({
    ...databaseOptions(database),
    migrationsRun: false,
  });
  await dataSource.initialize();
  try {
    return await snapshot(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

const urlOf = (database: DatabaseConfig) =>
  database.type === 'sqlite' ? database.file : database.url;

describe('backup and restore commands: arguments', () => {
  it('read --out, --from and --force, and name what is missing', () => {
    expect(parseBackupArguments([])).toEqual({
      kind: 'run',
      options: { out: null },
    });
    expect(parseBackupArguments(['--out', 'b.sqlite'])).toEqual({
      kind: 'run',
      options: { out: 'b.sqlite' },
    });
    expect(parseRestoreArguments(['--from', 'b.sqlite', '--force'])).toEqual({
      kind: 'run',
      options: { from: 'b.sqlite', force: true },
    });
    expect(parseRestoreArguments([])).toEqual({
      kind: 'invalid',
      problems: ['--from: give the backup file to restore'],
    });
    expect(parseBackupArguments(['--bogus']).kind).toBe('invalid');
    expect(parseRestoreArguments(['--from', 'x', '-h'])).toEqual({
      kind: 'help',
    });
  });
});

describe.each(databaseKinds())('backup and restore (%s)', (kind) => {
  let t: TestApp;
  let folder: string;
  let stderr: string[];
  const io = (database: DatabaseConfig): CliIo => ({
    env: { DATABASE_URL: urlOf(database) },
    cwd: folder,
    stdout: { write: () => true },
    stderr: { write: (chunk) => stderr.push(chunk) },
  });
  const serverDatabase = (): DatabaseConfig =>
    kind === 'sqlite'
      ? { type: 'sqlite', file: String(t.dataSource.options.database) }
      : {
          type: 'postgres',
          url: String((t.dataSource.options as { url: string }).url),
        };

  beforeAll(async () => {
    t = await createTestApp({ kind, config: { seed: 'demo' } });
    folder = mkdtempSync(join(tmpdir(), '4m4iof-backup-'));
  }, 120_000);
  afterAll(async () => {
    await t.close();
    rmSync(folder, { recursive: true, force: true });
  });
  beforeEach(() => {
    stderr = [];
  });

  it('backs up the running server, and restores every table, row for row, into an empty database', async () => {
    const coordinator = await t.as(COORDINATOR);
    const [action] = (
      await coordinator.get('/api/actions?pageSize=1').expect(200)
    ).body.items;
    await coordinator
      .post(`/api/actions/${action.id}/comments`)
      .send({ body: 'Written before the backup' })
      .expect(201);
    const backedUp = await snapshot(t.dataSource);

    expect(
      await runBackupCli(['--out', `backup-${kind}`], io(serverDatabase())),
    ).toBe(0);
    expect(stderr.join('')).toContain('Backup written to');
    // A write after the backup is not in it.
    await coordinator
      .post(`/api/actions/${action.id}/comments`)
      .send({ body: 'Written after the backup' })
      .expect(201);

    const empty = await createDatabase(kind);
    try {
      expect(
        await runRestoreCli(['--from', `backup-${kind}`], io(empty.database)),
      ).toBe(0);
      const restored = await snapshotOf(empty.database);
      expect(Object.keys(restored)).toEqual(Object.keys(backedUp));
      for (const table of Object.keys(backedUp))
        expect({ table, rows: restored[table] }).toEqual({
          table,
          rows: backedUp[table],
        });
    } finally {
      await empty.drop();
    }
  }, 120_000);

  it('refuses to overwrite a database that holds data unless --force, then restores it exactly', async () => {
    expect(
      await runBackupCli(['--out', `forced-${kind}`], io(serverDatabase())),
    ).toBe(0);
    const backedUp = await snapshot(t.dataSource);
    const coordinator = await t.as(COORDINATOR);
    await coordinator
      .post('/api/actions')
      .send({
        title: 'Created after the backup',
        stream: 3,
        phase: 'preparation',
        lead: 'afil',
      })
      .expect(201);
    const current = await snapshot(t.dataSource);

    stderr = [];
    expect(
      await runRestoreCli(['--from', `forced-${kind}`], io(serverDatabase())),
    ).toBe(1);
    expect(stderr.join('')).toMatch(/not empty .*--force/);
    expect(await snapshot(t.dataSource)).toEqual(current);

    expect(
      await runRestoreCli(
        ['--from', `forced-${kind}`, '--force'],
        io(serverDatabase()),
      ),
    ).toBe(0);
    expect(await snapshot(t.dataSource)).toEqual(backedUp);
  }, 120_000);

  it('refuses a file that is not a backup, and an --out file that exists, changing nothing', async () => {
    writeFileSync(join(folder, 'notes.txt'), 'not a database');
    const before = await snapshot(t.dataSource);
    stderr = [];
    expect(
      await runRestoreCli(
        ['--from', 'notes.txt', '--force'],
        io(serverDatabase()),
      ),
    ).toBe(1);
    expect(stderr.join('')).toMatch(/notes\.txt/);
    expect(
      await runBackupCli(['--out', 'notes.txt'], io(serverDatabase())),
    ).toBe(1);
    expect(stderr.join('')).toContain('already exists');
    expect(await snapshot(t.dataSource)).toEqual(before);
  });
});
