import { createTestApp } from './test-app';

describe('embedded SQLite database', () => {
  it('runs in WAL mode with foreign keys on and a busy timeout', async () => {
    const t = await createTestApp();
    try {
      const [[journal], [foreignKeys], [timeout]] = await Promise.all([
        t.dataSource.query('PRAGMA journal_mode'),
        t.dataSource.query('PRAGMA foreign_keys'),
        t.dataSource.query('PRAGMA busy_timeout'),
      ]);
      expect(journal.journal_mode).toBe('wal');
      expect(foreignKeys.foreign_keys).toBe(1);
      expect(Object.values(timeout)[0]).toBeGreaterThanOrEqual(1000);
    } finally {
      await t.close();
    }
  });

  it('applies every migration at start and can revert and re-apply them', async () => {
    const t = await createTestApp();
    try {
      const applied = await t.dataSource.query('SELECT name FROM migrations');
      expect(applied.map((m: { name: string }) => m.name)).toEqual(
        t.dataSource.migrations.map((m) => m.name),
      );
      for (let i = 0; i < t.dataSource.migrations.length; i++)
        await t.dataSource.undoLastMigration();
      expect(
        await t.dataSource.query(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'partners'`,
        ),
      ).toEqual([]);
      await t.dataSource.runMigrations();
      expect(await t.dataSource.showMigrations()).toBe(false);
    } finally {
      await t.close();
    }
  });
});
