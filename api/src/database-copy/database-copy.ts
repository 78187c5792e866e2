import { DataSource, type QueryRunner } from 'typeorm';
import type { DatabaseConfig } from '../common/config';
import { databaseOptions } from '../common/database/database-options';
import { insertRows, resetSequences } from './bulk-insert';

// TypeORM's own bookkeeping: the target records its migrations when it runs them.
const MIGRATIONS_TABLE = 'migrations';
const ROWS_PER_READ = 5000;

export class DatabaseCopyError extends Error {}

export interface CopiedTable {
  table: string;
  rows: number;
}

interface SourceTable {
  name: string;
  columns: string[];
  references: string[];
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The source's tables in creation order, with their columns and the tables they reference. */
async function sourceTables(source: DataSource): Promise<SourceTable[]> {
  const tables: { name: string }[] = await source.query(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> ? ORDER BY rowid`,
    [MIGRATIONS_TABLE],
  );
  return Promise.all(
    tables.map(async ({ name }) => ({
      name,
      columns: (
        (await source.query(`PRAGMA table_info(${quote(name)})`)) as {
          name: string;
        }[]
      ).map((c) => c.name),
      references: (
        (await source.query(`PRAGMA foreign_key_list(${quote(name)})`)) as {
          table: string;
        }[]
      ).map((f) => f.table),
    })),
  );
}

/** Referenced tables before the tables that reference them; otherwise creation order. */
export function dependencyOrder<
  T extends { name: string; references: string[] },
>(tables: readonly T[]): T[] {
  const ordered: T[] = [];
  const placed = new Set<string>();
  const remaining = [...tables];
  while (remaining.length) {
    const index = remaining.findIndex((table) =>
      table.references.every(
        (ref) =>
          ref === table.name ||
          placed.has(ref) ||
          !tables.some((t) => t.name === ref),
      ),
    );
    if (index < 0)
      throw new DatabaseCopyError(
        `the foreign keys of ${remaining.map((t) => t.name).join(', ')} form a cycle`,
      );
    const [next] = remaining.splice(index, 1);
    ordered.push(next);
    placed.add(next.name);
  }
  return ordered;
}

async function rowCount(
  runner: QueryRunner | DataSource,
  table: string,
): Promise<number> {
  const [{ count }] = await runner.query(
    `SELECT COUNT(*) AS count FROM ${quote(table)}`,
  );
  return Number(count);
}

/** Column name → PostgreSQL data type, per table of the target's schema. */
async function targetColumns(
  target: DataSource,
): Promise<Map<string, Map<string, string>>> {
  const rows: { table_name: string; column_name: string; data_type: string }[] =
    await target.query(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_schema = current_schema()`,
    );
  const tables = new Map<string, Map<string, string>>();
  for (const row of rows) {
    const columns = tables.get(row.table_name) ?? new Map<string, string>();
    columns.set(row.column_name, row.data_type);
    tables.set(row.table_name, columns);
  }
  return tables;
}

async function assertTargetEmpty(target: DataSource): Promise<void> {
  const filled: string[] = [];
  for (const [table] of await targetColumns(target)) {
    if (table !== MIGRATIONS_TABLE && (await rowCount(target, table)) > 0)
      filled.push(table);
  }
  if (filled.length)
    throw new DatabaseCopyError(
      `the target database is not empty (rows in ${filled.join(', ')}); copy into a new, empty database`,
    );
}

/**
 * Copies every table of a SQLite database into an empty PostgreSQL database: the
 * target's migrations run first, the tables are filled in foreign-key order in one
 * transaction, the sequences moved past the copied ids, and each table's row count
 * checked against the source before the transaction commits.
 */
export async function copyDatabase(
  from: DatabaseConfig & { type: 'sqlite' },
  to: DatabaseConfig & { type: 'postgres' },
  onTable: (copied: CopiedTable) => void = () => undefined,
): Promise<CopiedTable[]> {
  const source = new DataSource({
    ...databaseOptions(from),
    migrationsRun: false,
  });
  const target = new DataSource({
    ...databaseOptions(to),
    migrationsRun: false,
  });
  try {
    await source.initialize();
    if (await source.showMigrations())
      throw new DatabaseCopyError(
        `${from.file} is not up to date with this version: start the server on it once (its migrations run at start), then copy`,
      );
    await target.initialize();
    await assertTargetEmpty(target);
    await target.runMigrations({ transaction: 'each' });

    const tables = dependencyOrder(await sourceTables(source));
    const columnTypes = await targetColumns(target);
    for (const table of tables) {
      const known = columnTypes.get(table.name);
      const missing = known
        ? table.columns.filter((c) => !known.has(c))
        : table.columns;
      if (missing.length)
        throw new DatabaseCopyError(
          `the target has no ${known ? `column ${missing.join(', ')} in ` : ''}table ${table.name}`,
        );
    }

    const runner = target.createQueryRunner();
    try {
      await runner.connect();
      await runner.startTransaction();
      // Rows a migration inserted are in the source too: the source's copy replaces them.
      for (const table of [...tables].reverse())
        await runner.query(`DELETE FROM ${quote(table.name)}`);
      const copied: CopiedTable[] = [];
      for (const table of tables) {
        const types = columnTypes.get(table.name) as Map<string, string>;
        const convert = table.columns.map((column) =>
          types.get(column) === 'boolean'
            ? (value: unknown) => (value === null ? null : Boolean(value))
            : (value: unknown) => value,
        );
        const select = `SELECT ${table.columns.map(quote).join(', ')} FROM ${quote(table.name)} ORDER BY rowid LIMIT ? OFFSET ?`;
        for (let offset = 0; ; offset += ROWS_PER_READ) {
          const rows: Record<string, unknown>[] = await source.query(select, [
            ROWS_PER_READ,
            offset,
          ]);
          await insertRows(
            runner,
            table.name,
            table.columns,
            rows.map((row) =>
              table.columns.map((column, i) => convert[i](row[column])),
            ),
          );
          if (rows.length < ROWS_PER_READ) break;
        }
        const expected = await rowCount(source, table.name);
        const actual = await rowCount(runner, table.name);
        if (actual !== expected)
          throw new DatabaseCopyError(
            `${table.name}: ${actual} rows copied, the source has ${expected}`,
          );
        copied.push({ table: table.name, rows: actual });
        onTable({ table: table.name, rows: actual });
      }
      await resetSequences(runner);
      await runner.commitTransaction();
      return copied;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  } finally {
    if (source.isInitialized) await source.destroy();
    if (target.isInitialized) await target.destroy();
  }
}
