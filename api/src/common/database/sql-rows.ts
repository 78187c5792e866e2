import type { EntityManager } from 'typeorm';

/**
 * Runs a read written in SQL with named parameters (`:name`, `:...list`) on either
 * engine, and returns its rows as they come: for hot reads, where building and mapping
 * entities costs more than the query itself.
 */
export function sqlRows<Row>(
  em: EntityManager,
  sql: string,
  parameters: Record<string, unknown> = {},
): Promise<Row[]> {
  const [query, values] = em.connection.driver.escapeQueryWithParameters(
    sql,
    parameters,
    {},
  );
  return em.query(query, values);
}
