import autocannon from 'autocannon';
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import type { Database } from 'sqlite3';
import type { DataSource, Logger } from 'typeorm';

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
}

/** Beyond this a request counts as failed: the run is bounded in time. */
const SLOW_REQUEST_TIMEOUT_SECONDS = 60;

export interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
}

export const round = (value: number, digits = 2) =>
  Math.round(value * 10 ** digits) / 10 ** digits;

function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/**
 * Loads a loopback URL with autocannon; any answer other than 2xx fails the run,
 * so a broken endpoint is never measured as a fast one.
 */
export async function loadHttp(
  url: string,
  options: LoadOptions & {
    headers?: Record<string, string>;
    method?: 'GET' | 'POST';
    body?: string;
    /** Chooses the path of each request */
    nextPath?: () => string;
  },
): Promise<Measurement> {
  if (new URL(url).hostname !== '127.0.0.1')
    throw new Error(`the benchmark loads loopback addresses only, not ${url}`);
  // autocannon's own percentiles count whole milliseconds; these keep the fractions.
  const run = (bound: { duration: number } | { amount: number }) =>
    new Promise<{ result: autocannon.Result; latencies: number[] }>(
      (resolve, reject) => {
        const latencies: number[] = [];
        const instance = autocannon(
          {
            url,
            connections: options.connections,
            ...bound,
            timeout: SLOW_REQUEST_TIMEOUT_SECONDS,
            headers: options.headers,
            method: options.method ?? 'GET',
            body: options.body,
            ...(options.nextPath
              ? {
                  requests: [
                    {
                      setupRequest: (request) => ({
                        ...request,
                        path: (options.nextPath as () => string)(),
                      }),
                    },
                  ],
                }
              : {}),
          },
          (error, result: autocannon.Result) =>
            error
              ? reject(error)
              : resolve({ result, latencies: latencies.sort((a, b) => a - b) }),
        );
        instance.on('response', (_client, statusCode, _bytes, milliseconds) => {
          if (statusCode < 300) latencies.push(milliseconds);
        });
      },
    );
  let { result, latencies } = await run({ duration: options.durationSeconds });
  // Too slow to answer each connection within the duration: a fixed number of requests instead.
  if (result.requests.total < options.connections)
    ({ result, latencies } = await run({ amount: options.connections * 2 }));
  if (result.non2xx || result.errors || result.timeouts)
    throw new Error(
      `${options.method ?? 'GET'} ${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  return {
    requestsPerSecond: round(
      result.requests.total / (result.duration || options.durationSeconds),
      1,
    ),
    p50: round(percentile(latencies, 0.5)),
    p99: round(percentile(latencies, 0.99)),
  };
}

/** Runs `work` from as many concurrent loops as connections, for the duration; times each run. */
export async function loadLoop(
  work: () => Promise<unknown>,
  options: LoadOptions,
): Promise<Measurement> {
  const times: number[] = [];
  const started = performance.now();
  const deadline = started + options.durationSeconds * 1000;
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (performance.now() < deadline) {
        const start = performance.now();
        await work();
        times.push(performance.now() - start);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    requestsPerSecond: round(times.length / elapsed, 1),
    p50: round(percentile(times, 0.5)),
    p99: round(percentile(times, 0.99)),
  };
}

export type RecordedQuery = [sql: string, parameters: unknown[]];

/** A TypeORM logger that keeps the SQL (and parameters) sent while recording. */
export class QueryRecorder implements Logger {
  private recorded: RecordedQuery[] | null = null;

  async record(work: () => Promise<unknown>): Promise<RecordedQuery[]> {
    this.recorded = [];
    try {
      await work();
      return this.recorded;
    } finally {
      this.recorded = null;
    }
  }

  logQuery(query: string, parameters?: unknown[]): void {
    if (/^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)/i.test(query)) return;
    this.recorded?.push([query, parameters ?? []]);
  }
  logQueryError(error: string | Error, query: string): void {
    console.error(`query failed: ${query}: ${error}`);
  }
  logQuerySlow(): void {
    return;
  }
  logSchemaBuild(): void {
    return;
  }
  logMigration(): void {
    return;
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn(message);
  }
}

/** Sends SQL straight to the data source's driver (sqlite3 or pg), without TypeORM. */
export function rawDriver(
  dataSource: DataSource,
): (queries: readonly RecordedQuery[]) => Promise<void> {
  if (dataSource.options.type === 'postgres') {
    const pool = (
      dataSource.driver as unknown as {
        master: {
          query: (sql: string, parameters: unknown[]) => Promise<unknown>;
        };
      }
    ).master;
    return async (queries) => {
      for (const [sql, parameters] of queries)
        await pool.query(sql, parameters);
    };
  }
  const database = (
    dataSource.driver as unknown as { databaseConnection: Database }
  ).databaseConnection;
  const all = (sql: string, parameters: unknown[]) =>
    new Promise<void>((resolve, reject) =>
      database.all(sql, parameters, (error) =>
        error ? reject(error) : resolve(),
      ),
    );
  return async (queries) => {
    for (const [sql, parameters] of queries) await all(sql, parameters);
  };
}

export interface RunningProcess {
  /** Peak resident memory in MB (VmHWM), when the system tells it */
  peakRssMb: () => number | null;
  stop: () => Promise<void>;
}

/** Starts a Node script and waits until `ready()` answers true (or the process dies). */
export async function startProcess(
  script: string,
  env: NodeJS.ProcessEnv,
  logFile: string,
  ready: () => Promise<boolean>,
  nodeFlags: string[] = [],
): Promise<RunningProcess> {
  const child: ChildProcess = spawn(process.execPath, [...nodeFlags, script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(logFile);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const deadline = Date.now() + 120_000;
  while (!(await ready().catch(() => false))) {
    if (exited || Date.now() > deadline)
      throw new Error(`${script} did not start; see ${logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    peakRssMb: () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
        return Number.isFinite(kb) ? round(kb / 1024, 1) : null;
      } catch {
        return null;
      }
    },
    stop: async () => {
      if (!exited) child.kill('SIGTERM');
      await exit;
    },
  };
}
