import type { QueryRunner } from 'typeorm';

// Bind parameters per statement stay well under both engines' limits
// (SQLite 32766, PostgreSQL 65535) while keeping round trips few.
const MAX_PARAMETERS_PER_STATEMENT = 30000;

const isPostgres = (runner: QueryRunner) =>
  runner.connection.driver.options.type === 'postgres';

/** Inserts rows (values in column order) as multi-row INSERT statements. */
export async function insertRows(
  runner: QueryRunner,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  if (!rows.length) return;
  const escape = (name: string) => runner.connection.driver.escape(name);
  const postgres = isPostgres(runner);
  const head = `INSERT INTO ${escape(table)} (${columns.map(escape).join(', ')}) VALUES `;
  const perStatement = Math.max(
    1,
    Math.floor(MAX_PARAMETERS_PER_STATEMENT / columns.length),
  );
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const parameters: unknown[] = [];
    const tuples = chunk.map((row) => {
      const placeholders = row.map((value) => {
        parameters.push(value);
        return postgres ? `$${parameters.length}` : '?';
      });
      return `(${placeholders.join(', ')})`;
    });
    await runner.query(head + tuples.join(', '), parameters);
  }
}

/**
 * Rows inserted with explicit ids leave PostgreSQL's sequences behind; this moves
 * each serial column's sequence past the largest id, so the next insert gets a new one.
 */
export async function resetSequences(runner: QueryRunner): Promise<void> {
  if (!isPostgres(runner)) return;
  const serials: { table_name: string; column_name: string }[] =
    await runner.query(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`,
    );
  for (const { table_name: table, column_name: column } of serials) {
    const escape = (name: string) => runner.connection.driver.escape(name);
    await runner.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE(MAX(${escape(column)}), 0) + 1, false) FROM ${escape(table)}`,
      [escape(table), column],
    );
  }
}
