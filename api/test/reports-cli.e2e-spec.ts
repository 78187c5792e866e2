import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Action } from '../src/actions/action.entity';
import {
  type CliIo,
  parseReportArguments,
  runReportCli,
} from '../src/reports/report-cli';
import { createTestApp, type TestApp } from './test-app';

// `npm run report`: its arguments, and the command run in-process on a server's database.
describe('report command', () => {
  describe('arguments', () => {
    const period = ['--from', '2026-10-01', '--to', '2026-11-30'];

    it.each([[['--help']], [['-h']], [[...period, '--bogus', '--help']]])(
      'shows the help for %j',
      (argv) => {
        expect(parseReportArguments(argv)).toEqual({ kind: 'help' });
      },
    );

    it.each([
      [[...period, '--format', 'xlsx'], 'xlsx', null],
      [[...period, '--out', 'out/report.PDF'], 'pdf', 'out/report.PDF'],
      [[...period, '--format', 'md', '--out', '-'], 'md', '-'],
      [[...period, '--format', 'csv', '--out', 'r.txt'], 'csv', 'r.txt'],
    ])('reads %j', (argv, format, out) => {
      expect(parseReportArguments(argv)).toEqual({
        kind: 'run',
        options: { from: '2026-10-01', to: '2026-11-30', format, out },
      });
    });

    it.each([
      [
        ['--from', '2026-02-30', '--to', '2026-13-01', '--format', 'doc'],
        ['from', 'to', 'format'],
      ],
      [
        ['--from', '2026-11-30', '--to', '2026-10-01', '--format', 'pdf'],
        ['to'],
      ],
      [['--to', '2026-10-01', '--format', 'pdf'], ['from']],
      [[...period], ['format']],
      [[...period, '--out', 'report'], ['format']],
      [[...period, '--format', 'pdf', '--colour', 'red'], ['arguments']],
      [[...period, '--format', 'pdf', 'extra'], ['arguments']],
    ])('names what is wrong in %j', (argv, fields) => {
      const parsed = parseReportArguments(argv);
      expect(parsed.kind).toBe('invalid');
      if (parsed.kind === 'invalid')
        expect(parsed.problems.map((p) => p.field)).toEqual(fields);
    });
  });

  describe('run', () => {
    let t: TestApp;
    let folder: string;
    let databaseFile: string;
    let stdout: Buffer[];
    let stderr: string[];
    const io = (
      env: NodeJS.ProcessEnv = { DATABASE_URL: databaseFile },
    ): CliIo => ({
      env,
      cwd: folder,
      stdout: { write: (chunk) => stdout.push(Buffer.from(chunk)) },
      stderr: { write: (chunk) => stderr.push(chunk) },
    });

    beforeAll(async () => {
      t = await createTestApp({ config: { seed: 'demo' } });
      databaseFile = String(t.dataSource.options.database);
      folder = mkdtempSync(join(tmpdir(), '4m4iof-report-cli-'));
    }, 60_000);
    afterAll(async () => {
      await t.close();
      rmSync(folder, { recursive: true, force: true });
    });
    beforeEach(() => {
      stdout = [];
      stderr = [];
    });

    it('writes the report to the file named by --out', async () => {
      const code = await runReportCli(
        ['--from', '2026-10-01', '--to', '2026-11-30', '--out', 'plan.csv'],
        io(),
      );
      expect(code).toBe(0);
      const csv = readFileSync(join(folder, 'plan.csv'), 'utf8');
      const actions = await t.dataSource.getRepository(Action).count();
      expect(csv.startsWith('\ufeffCode;Title;')).toBe(true);
      expect(csv.trimEnd().split('\r\n')).toHaveLength(actions + 1);
      expect(stderr.join('')).toContain(
        `Progress report written to ${join(folder, 'plan.csv')}`,
      );
    });

    it('writes to standard output with --out -, and the default file name otherwise', async () => {
      const args = ['--from', '2026-10-01', '--to', '2026-11-30'];
      expect(
        await runReportCli([...args, '--format', 'md', '--out', '-'], io()),
      ).toBe(0);
      expect(Buffer.concat(stdout).toString()).toMatch(
        /^# 4 Motors 4 Industry of the Future — progress report\n/,
      );
      expect(await runReportCli([...args, '--format', 'pdf'], io())).toBe(0);
      const pdf = readFileSync(
        join(folder, '4m4iof-progress-2026-10-01_2026-11-30.pdf'),
      );
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    });

    it('exits with 2 and names the bad arguments, writing nothing', async () => {
      const code = await runReportCli(
        ['--from', '2026-02-30', '--to', '2026-11-30', '--format', 'doc'],
        io(),
      );
      expect(code).toBe(2);
      expect(stderr.join('')).toContain(
        'from: from must be a real calendar date',
      );
      expect(stderr.join('')).toContain(
        'format: format must be one of pdf, xlsx, md, csv',
      );
      expect(stdout).toHaveLength(0);
    });

    it('refuses a database that does not exist, without creating it', async () => {
      const missing = join(folder, 'missing.sqlite');
      const code = await runReportCli(
        ['--from', '2026-10-01', '--to', '2026-11-30', '--format', 'md'],
        io({ DATABASE_URL: missing }),
      );
      expect(code).toBe(1);
      expect(stderr.join('')).toContain(`there is no database at ${missing}`);
      expect(() => readFileSync(missing)).toThrow();
    });

    it('refuses a database no server has initialised', async () => {
      const empty = join(folder, 'empty.sqlite');
      writeFileSync(empty, '');
      const code = await runReportCli(
        ['--from', '2026-10-01', '--to', '2026-11-30', '--format', 'md'],
        io({ DATABASE_URL: empty }),
      );
      expect(code).toBe(1);
      expect(stderr.join('')).toContain(
        'the database has not been initialised',
      );
    });
  });
});
