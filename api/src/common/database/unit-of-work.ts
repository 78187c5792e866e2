import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

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
}
