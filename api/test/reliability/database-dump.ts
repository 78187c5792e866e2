import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { tableNames } from '../../src/common/database/table-names';

/** Per table: its row count and a hash of its rows, whatever their order. */
export type DatabaseDump = Record<string, { rows: number; hash: string }>;

export async function tableRows(
  dataSource: DataSource,
  table: string,
): Promise<string[]> {
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT * FROM ${dataSource.driver.escape(table)}`,
  );
  return rows.map((row) => JSON.stringify(row)).sort();
}

export async function databaseDump(
  dataSource: DataSource,
): Promise<DatabaseDump> {
  const dump: DatabaseDump = {};
  for (const table of await tableNames(dataSource)) {
    const rows = await tableRows(dataSource, table);
    dump[table] = {
      rows: rows.length,
      hash: createHash('sha256').update(rows.join('\n')).digest('hex'),
    };
  }
  return dump;
}

/**
 * SQLite only: a number that moves whenever any connection commits a change
 * (the query runs on the read connection, which never writes). While it stands
 * still the database is unchanged, so the full dump can be skipped.
 */
export async function commitCounter(dataSource: DataSource): Promise<number> {
  const [row] = await dataSource.query(
    'SELECT data_version AS version FROM pragma_data_version()',
  );
  return Number(row.version);
}
