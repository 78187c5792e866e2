import type { QueryRunner, TableColumnOptions } from 'typeorm';

// Written with TypeORM's schema builder so that one migration runs on SQLite and
// PostgreSQL alike. Instants are ISO 8601 strings and calendar dates YYYY-MM-DD.
export const id: TableColumnOptions = {
  name: 'id',
  type: 'integer',
  isPrimary: true,
  isGenerated: true,
  generationStrategy: 'increment',
};
export const text = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'text',
  isNullable: nullable,
});
export const varchar = (
  name: string,
  length: number,
  options: Partial<TableColumnOptions> = {},
): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: false,
  ...options,
});
export const integer = (
  name: string,
  options: Partial<TableColumnOptions> = {},
): TableColumnOptions => ({
  name,
  type: 'integer',
  isNullable: false,
  ...options,
});
export const reference = (
  column: string,
  table: string,
  onDelete = 'RESTRICT',
  referencedColumn = 'id',
) => ({
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: [referencedColumn],
  onDelete,
});

/** A floating-point number: `real` in SQLite, `double precision` in PostgreSQL. */
export const real = (
  queryRunner: QueryRunner,
  name: string,
  nullable = true,
): TableColumnOptions => ({
  name,
  type:
    queryRunner.connection.driver.options.type === 'postgres'
      ? 'double precision'
      : 'real',
  isNullable: nullable,
});
