import { Injectable } from '@nestjs/common';
import {
  DataSource,
  type EntityManager,
  type EntityTarget,
  type ObjectLiteral,
} from 'typeorm';

/**
 * Runs a write in one transaction. With SQLite, transactions take turns on the
 * writer connection while reads go to a connection of their own
 * (sqlite-connections.ts); with PostgreSQL each gets its own pooled connection.
 */
@Injectable()
export class UnitOfWork {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Holds a row until the transaction ends, so that a write computed from what it
   * reads of the row (its version) is not overtaken by a concurrent one. Needed on
   * PostgreSQL only: SQLite transactions already take turns.
   */
  async lockRow(
    em: EntityManager,
    entity: EntityTarget<ObjectLiteral>,
    id: number,
  ): Promise<void> {
    if (em.connection.options.type !== 'postgres') return;
    await em
      .createQueryBuilder(entity, 'row')
      .select('row.id')
      .where('row.id = :id', { id })
      .setLock('pessimistic_write')
      .getRawOne();
  }
}
