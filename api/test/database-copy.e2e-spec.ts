import { DataSource } from 'typeorm';
import { StatusUpdate } from '../src/actions/status-update.entity';
import type { DatabaseConfig } from '../src/common/config';
import { databaseOptions } from '../src/common/database/database-options';
import { dependencyOrder } from '../src/database-copy/database-copy';
import {
  parseCopyArguments,
  runDatabaseCopyCli,
} from '../src/database-copy/database-copy-cli';
import type { CliIo } from '../src/reports/report-cli';
import {
  COORDINATOR,
  createDatabase,
  createTestApp,
  databaseKinds,
  type TestApp,
} from './test-app';

// `npm run db:copy`: a server's SQLite database into an empty PostgreSQL database.
describe('database copy', () => {
  describe('arguments', () => {
    it.each([[['--help']], [['--from', 'x', '-h']]])(
      'shows the help for %j',
      (argv) => expect(parseCopyArguments(argv)).toEqual({ kind: 'help' }),
    );

    it.each([
      [[], ['--from', '--to']],
      [
        ['--from', 'postgres://h/db', '--to', 'data/x.sqlite'],
        ['--from', '--to'],
      ],
      [
        ['--from', 'a.sqlite', '--to', 'postgres://h/db', '--force'],
        ['Unknown'],
      ],
    ])('names what is wrong in %j', (argv, problems) => {
      const parsed = parseCopyArguments(argv);
      expect(parsed.kind).toBe('invalid');
      if (parsed.kind === 'invalid')
        expect(
          problems.every((p) => parsed.problems.some((m) => m.includes(p))),
        ).toBe(true);
    });
  });

  it('copies referenced tables first and refuses a cycle', () => {
    const table = (name: string, references: string[] = []) => ({
      name,
      references,
    });
    expect(
      dependencyOrder([
        table('updates', ['actions', 'users']),
        table('actions', ['partners', 'actions']),
        table('users', ['partners']),
        table('partners'),
      ]).map((t) => t.name),
    ).toEqual(['partners', 'actions', 'users', 'updates']);
    expect(() =>
      dependencyOrder([table('a', ['b']), table('b', ['a'])]),
    ).toThrow('a, b form a cycle');
  });

  const postgres = databaseKinds().includes('postgres');
  (postgres ? describe : describe.skip)('into PostgreSQL', () => {
    let source: TestApp;
    let target: { database: DatabaseConfig; drop: () => Promise<void> };
    let stdout: string[];
    let stderr: string[];
    const io: CliIo = {
      env: {},
      cwd: process.cwd(),
      stdout: { write: (chunk) => stdout.push(String(chunk)) },
      stderr: { write: (chunk) => stderr.push(chunk) },
    };
    const copy = () =>
      runDatabaseCopyCli(
        [
          '--from',
          String(source.dataSource.options.database),
          '--to',
          (target.database as { url: string }).url,
        ],
        io,
      );
    const openTarget = async () =>
      new DataSource({
        ...databaseOptions(target.database),
        migrationsRun: false,
      }).initialize();

    beforeAll(async () => {
      source = await createTestApp({ config: { seed: 'demo' } });
      // Ids with gaps and a fresh write, so the copy cannot pass by renumbering.
      const coordinator = await source.as(COORDINATOR);
      await coordinator.delete('/api/actions/3');
      await coordinator
        .post('/api/actions/1/updates')
        .send({
          status: 'in_progress',
          progress: 40,
          health: 'amber',
          comment: 'Late supplier',
        })
        .expect(201);
      target = await createDatabase('postgres');
    }, 60_000);
    afterAll(async () => {
      await source?.close();
      await target?.drop();
    });
    beforeEach(() => {
      stdout = [];
      stderr = [];
    });

    it('copies every table row for row, checks the counts and lets new rows take fresh ids', async () => {
      expect(await copy()).toBe(0);
      expect(stderr).toEqual([]);
      expect(stdout.at(-1)).toMatch(/every count matches the source/);

      const tables: { name: string }[] = await source.dataSource.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'migrations'",
      );
      expect(tables.length).toBeGreaterThan(15);
      const copied = await openTarget();
      try {
        // SQLite reads booleans as 0/1 and PostgreSQL bigints as text: compare as text.
        const asText = (value: unknown) =>
          typeof value === 'boolean'
            ? String(Number(value))
            : typeof value === 'number'
              ? String(value)
              : value;
        const normalised = (rows: Record<string, unknown>[]) =>
          rows
            .map((row) =>
              JSON.stringify(
                Object.keys(row)
                  .sort()
                  .map((k) => asText(row[k])),
              ),
            )
            .sort();
        for (const { name } of tables) {
          const [from, to] = await Promise.all([
            source.dataSource.query(`SELECT * FROM "${name}"`),
            copied.query(`SELECT * FROM "${name}"`),
          ]);
          expect({ name, rows: normalised(to) }).toEqual({
            name,
            rows: normalised(from),
          });
          expect(stdout.join('')).toMatch(
            new RegExp(`^${name} +${from.length}$`, 'm'),
          );
        }
        const [{ max }] = await copied.query(
          'SELECT MAX(id) AS max FROM status_updates',
        );
        const added = await copied.getRepository(StatusUpdate).save({
          action: { id: 1 },
          authorName: 'After the move',
          at: new Date().toISOString(),
          status: 'in_progress',
          progress: 50,
          health: 'green',
        });
        expect(added.id).toBe(Number(max) + 1);
      } finally {
        await copied.destroy();
      }
    });

    it('refuses a target that is not empty and leaves it unchanged', async () => {
      const copied = await openTarget();
      const count = async () =>
        Number((await copied.query('SELECT COUNT(*) AS n FROM actions'))[0].n);
      try {
        const before = await count();
        expect(await copy()).toBe(1);
        expect(stderr.join('')).toMatch(/target database is not empty/);
        expect(await count()).toBe(before);
      } finally {
        await copied.destroy();
      }
    });

    it('refuses a source that does not exist', async () => {
      const code = await runDatabaseCopyCli(
        [
          '--from',
          '/nowhere/4m4iof.sqlite',
          '--to',
          (target.database as { url: string }).url,
        ],
        io,
      );
      expect(code).toBe(1);
      expect(stderr.join('')).toMatch(
        /no database at \/nowhere\/4m4iof.sqlite/,
      );
    });
  });
});
