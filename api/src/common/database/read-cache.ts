import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Enough for every list page, action and history a committee meeting opens between two writes. */
const MAX_ENTRIES = 500;

/**
 * Keeps the results of reads until the next commit, whoever makes it: this process,
 * another server on the same PostgreSQL database, or a command-line tool.
 *
 * The database says whether anything was committed since a result was computed:
 * - SQLite: `PRAGMA data_version` on the read-only connection changes with every
 *   commit of any other connection;
 * - PostgreSQL: `pg_current_snapshot()` changes with every transaction that ends, and
 *   never takes an earlier value again.
 * A result is stored under the version read before it was computed, and served only
 * while the database still answers that version, so it is never older than the
 * request. Any commit, even one that changes nothing the result shows, empties the cache
 * (on PostgreSQL, even one in another database of the same server).
 */
@Injectable()
export class ReadCache implements OnApplicationBootstrap {
  private version: string | null = null;
  private entries = new Map<string, Promise<unknown>>();

  constructor(private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.dataSource.options.type !== 'postgres') return;
    const [{ server_version_num: version }] = await this.dataSource.query(
      'SHOW server_version_num',
    );
    if (Number(version) < 130000)
      throw new Error(
        `PostgreSQL 13 or newer is needed (pg_current_snapshot); this server is ${version}`,
      );
  }

  /**
   * `key` names everything the result depends on besides the database: the query,
   * and the Brussels day for results that show overdue or stale actions.
   */
  async read<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const version = await this.currentVersion();
    if (version === null) return compute();
    if (version !== this.version) {
      this.version = version;
      this.entries = new Map();
    }
    const entries = this.entries;
    const cached = entries.get(key);
    if (cached) {
      entries.delete(key);
      entries.set(key, cached);
      return cached as Promise<T>;
    }
    const result = compute();
    entries.set(key, result);
    if (entries.size > MAX_ENTRIES)
      entries.delete(entries.keys().next().value as string);
    // Errors (404, 400) are not kept.
    result.catch(() => entries.get(key) === result && entries.delete(key));
    return result;
  }

  private async currentVersion(): Promise<string | null> {
    const options = this.dataSource.options;
    if (options.type === 'postgres') {
      const [row] = await this.dataSource.query(
        'SELECT pg_current_snapshot()::text AS version',
      );
      return row.version;
    }
    // An in-memory database has no second connection to tell it of commits.
    if (options.type !== 'sqlite' || options.database === ':memory:')
      return null;
    const [row] = await this.dataSource.query('PRAGMA data_version');
    return String(row.data_version);
  }
}
