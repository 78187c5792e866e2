import { type DataSource, QueryFailedError } from 'typeorm';
import type { SqliteDriver } from 'typeorm/driver/sqlite/SqliteDriver';
import { SqliteQueryRunner } from 'typeorm/driver/sqlite/SqliteQueryRunner';
import { SQLITE_BUSY_TIMEOUT_MS } from './database-options';

/**
 * How long a write waits for its turn before it is answered "busy" (503). Generous:
 * it only ends a wait that would otherwise never end (a write made outside the
 * transaction that holds the turn), while a queue of slow writes on a loaded
 * machine is merely slow.
 */
export const WRITE_TURN_TIMEOUT_MS = 30_000;

/**
 * TypeORM's sqlite driver shares one connection between every caller, and a query on
 * a connection sees that connection's uncommitted changes: a read made while another
 * request's transaction is open would see rows that may still be rolled back, and a
 * second transaction would nest inside the first.
 *
 * So every caller gets its own query runner, and the runners share two connections:
 * - the writer: transactions and autocommit writes take turns on it, one at a time
 *   (a transaction holds its turn from BEGIN IMMEDIATE to COMMIT or ROLLBACK);
 * - the reader (query-only): reads made outside a transaction. In WAL mode it sees the
 *   last committed state and never waits for the writer.
 * An in-memory database cannot be opened twice, so there reads also wait for their turn.
 */
export function routeSqliteConnections(dataSource: DataSource): void {
  const driver = dataSource.driver as SqliteDriver;
  const connections = new SqliteConnections(driver);
  driver.createQueryRunner = () =>
    new RoutedQueryRunner(driver, connections) as never;
  const disconnect = driver.disconnect.bind(driver);
  driver.disconnect = async () => {
    await connections.closeReader();
    await disconnect();
  };
}

// data_version counts the commits of other connections: asked of the reader, it counts every write.
const READ_STATEMENT = /^\s*(SELECT\b|WITH\b|PRAGMA data_version$)/i;

/** A FIFO of turns on the writer connection; waiting longer than the timeout is "busy". */
class WriteTurns {
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly timeoutMs: number) {}

  take(): Promise<() => void> {
    const previous = this.tail;
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    this.tail = previous.then(() => mine);
    return new Promise((resolve, reject) => {
      let gaveUp = false;
      const timer = setTimeout(() => {
        gaveUp = true;
        reject(databaseBusy(this.timeoutMs));
      }, this.timeoutMs);
      void previous.then(() => {
        clearTimeout(timer);
        if (gaveUp) release();
        else resolve(release);
      });
    });
  }
}

// Shaped like the driver's own SQLITE_BUSY, so callers and the HTTP layer treat both alike.
function databaseBusy(timeoutMs: number): QueryFailedError {
  const cause = Object.assign(
    new Error(`SQLITE_BUSY: waited ${timeoutMs} ms for a turn to write`),
    { code: 'SQLITE_BUSY' },
  );
  return new QueryFailedError('BEGIN IMMEDIATE TRANSACTION', [], cause);
}

class SqliteConnections {
  readonly turns: WriteTurns;
  private reader: Promise<ReaderQueryRunner> | null = null;

  constructor(private readonly driver: SqliteDriver) {
    this.turns = new WriteTurns(WRITE_TURN_TIMEOUT_MS);
  }

  get hasReader(): boolean {
    return this.driver.options.database !== ':memory:';
  }

  readerRunner(): Promise<ReaderQueryRunner> {
    this.reader ??= this.openReader().then(
      (connection) => new ReaderQueryRunner(this.driver, connection),
    );
    return this.reader;
  }

  async closeReader(): Promise<void> {
    if (!this.reader) return;
    const runner = await this.reader;
    this.reader = null;
    await new Promise<void>((resolve, reject) =>
      runner.reader.close((error: Error | null) =>
        error ? reject(error) : resolve(),
      ),
    );
  }

  private async openReader(): Promise<SqliteConnection> {
    const sqlite = this.driver.sqlite;
    const connection: SqliteConnection = await new Promise(
      (resolve, reject) => {
        const opened = new sqlite.Database(
          this.driver.options.database,
          sqlite.OPEN_READWRITE,
          (error: Error | null) => (error ? reject(error) : resolve(opened)),
        );
      },
    );
    for (const pragma of [
      `PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`,
      'PRAGMA query_only = ON',
    ])
      await new Promise<void>((resolve, reject) =>
        connection.run(pragma, (error: Error | null) =>
          error ? reject(error) : resolve(),
        ),
      );
    return connection;
  }
}

interface SqliteConnection {
  run(sql: string, callback: (error: Error | null) => void): void;
  close(callback: (error: Error | null) => void): void;
}

class ReaderQueryRunner extends SqliteQueryRunner {
  constructor(
    driver: SqliteDriver,
    readonly reader: SqliteConnection,
  ) {
    super(driver);
  }

  override connect(): Promise<SqliteConnection> {
    return Promise.resolve(this.reader);
  }
}

class RoutedQueryRunner extends SqliteQueryRunner {
  private endTurn: (() => void) | null = null;

  constructor(
    driver: SqliteDriver,
    private readonly connections: SqliteConnections,
  ) {
    super(driver);
  }

  override async query(
    sql: string,
    parameters?: unknown[],
    structured = false,
  ): Promise<unknown> {
    if (this.endTurn)
      // IMMEDIATE takes SQLite's write lock at once (waiting up to the busy timeout
      // for another process), so a transaction never fails half-way on a lock.
      return super.query(
        sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql,
        parameters,
        structured,
      );
    if (this.connections.hasReader && READ_STATEMENT.test(sql))
      return (await this.connections.readerRunner()).query(
        sql,
        parameters,
        structured,
      );
    const endTurn = await this.connections.turns.take();
    try {
      return await super.query(sql, parameters, structured);
    } finally {
      endTurn();
    }
  }

  override async startTransaction(
    isolationLevel?: Parameters<SqliteQueryRunner['startTransaction']>[0],
  ): Promise<void> {
    if (!this.endTurn) this.endTurn = await this.connections.turns.take();
    try {
      await super.startTransaction(isolationLevel);
    } catch (error) {
      if (this.transactionDepth === 0) {
        this.isTransactionActive = false;
        this.finishTurn();
      }
      throw error;
    }
  }

  override async commitTransaction(): Promise<void> {
    await super.commitTransaction();
    if (!this.isTransactionActive) this.finishTurn();
  }

  override async rollbackTransaction(): Promise<void> {
    const outermost = this.transactionDepth <= 1;
    try {
      await super.rollbackTransaction();
    } finally {
      // Even a failed ROLLBACK ends the transaction (SQLite may have rolled it back itself).
      if (outermost) {
        this.isTransactionActive = false;
        this.transactionDepth = 0;
        this.finishTurn();
      }
    }
  }

  override async release(): Promise<void> {
    if (this.isTransactionActive) await this.rollbackTransaction();
    return super.release();
  }

  private finishTurn(): void {
    const endTurn = this.endTurn;
    this.endTurn = null;
    endTurn?.();
  }
}
