import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig, parseDatabaseUrl } from './config';
import { prepareDataFolder } from './database/data-folder';

describe('loadConfig', () => {
  it('defaults to port 3000, the embedded SQLite file and the demo seed', () => {
    expect(loadConfig({}, '/srv/app')).toEqual({
      port: 3000,
      database: { type: 'sqlite', file: '/srv/app/data/4m4iof.sqlite' },
      seed: 'demo',
      demoPassword: null,
      serveWeb: true,
    });
  });

  it('reads PORT, SEED and DEMO_PASSWORD', () => {
    expect(
      loadConfig(
        { PORT: '8080', SEED: 'reference', DEMO_PASSWORD: 's3cret-pass' },
        '/srv',
      ),
    ).toMatchObject({
      port: 8080,
      seed: 'reference',
      demoPassword: 's3cret-pass',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ SEED: 'everything' }, /SEED/],
    [{ DATABASE_URL: 'mysql://localhost/db' }, /DATABASE_URL/],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env, '/srv')).toThrow(ConfigError);
    expect(() => loadConfig(env, '/srv')).toThrow(message);
  });
});

describe('parseDatabaseUrl', () => {
  it.each([
    [undefined, { type: 'sqlite', file: '/w/data/4m4iof.sqlite' }],
    ['', { type: 'sqlite', file: '/w/data/4m4iof.sqlite' }],
    ['other.sqlite', { type: 'sqlite', file: '/w/other.sqlite' }],
    ['/var/lib/roadmap.db', { type: 'sqlite', file: '/var/lib/roadmap.db' }],
    [
      'sqlite:///var/lib/roadmap.db',
      { type: 'sqlite', file: '/var/lib/roadmap.db' },
    ],
    [':memory:', { type: 'sqlite', file: ':memory:' }],
    [
      'postgres://u:p@db:5432/roadmap',
      { type: 'postgres', url: 'postgres://u:p@db:5432/roadmap' },
    ],
    [
      'postgresql://u:p@db/roadmap',
      { type: 'postgres', url: 'postgresql://u:p@db/roadmap' },
    ],
  ])('reads %j', (url, expected) => {
    expect(parseDatabaseUrl(url, '/w')).toEqual(expected);
  });
});

describe('prepareDataFolder', () => {
  it('creates a missing data folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'data-folder-'));
    expect(() =>
      prepareDataFolder({ type: 'sqlite', file: join(root, 'a/b/db.sqlite') }),
    ).not.toThrow();
  });

  it('explains in one sentence when the folder cannot be made', () => {
    const root = mkdtempSync(join(tmpdir(), 'data-folder-'));
    const aFile = join(root, 'not-a-folder');
    writeFileSync(aFile, '');
    expect(() =>
      prepareDataFolder({ type: 'sqlite', file: join(aFile, 'db.sqlite') }),
    ).toThrow(
      /Cannot use the database file .*not-a-folder\/db\.sqlite: its folder .* cannot be created or written \((ENOTDIR|EEXIST)\)/,
    );
  });
});
