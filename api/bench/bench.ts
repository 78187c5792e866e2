import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { addCalendarDays, brusselsDate } from '@ws/domain';
import type { ActionsQueryDto } from '../src/actions/actions.dto';
import { AppModule } from '../src/app.module';
import { ActionsService } from '../src/actions/actions.service';
import type { DatabaseConfig } from '../src/common/config';
import { ReadCache } from '../src/common/database/read-cache';
import { DashboardService } from '../src/dashboard/dashboard.service';
import { DigestService } from '../src/notifications/digest.service';
import { GovernanceService } from '../src/governance/governance.service';
import {
  type BenchDataSizes,
  FULL_SIZES,
  generateBenchData,
  QUICK_SIZES,
} from './bench-data';
import {
  loadHttp,
  loadLoop,
  type LoadOptions,
  type Measurement,
  QueryRecorder,
  rawDriver,
  type RecordedQuery,
  round,
  startProcess,
} from './bench-measure';

const USAGE = `Usage: npm run bench -- [--quick] [--database postgres://user:pass@host/db]
                        [--partners N] [--actions N] [--updates N] [--milestones N]
                        [--duration S] [--connections N] [--port P]

Generates a data set on a temporary database, starts the built server on it and loads
its endpoints over loopback, next to their limits: the same SQL sent straight to the
driver, and a bare Node http server answering a body of the same size. Measures at a
tenth of the actions too, to show how each endpoint grows. Prints a table and writes it
as JSON under .bench/results/.

  --quick          the small set only (${QUICK_SIZES.actions} actions), 2 s per measurement
  --database URL   a PostgreSQL server whose role may create databases (default: SQLite)
  --duration S     seconds per measurement (default 5, at most 10)
  --connections N  concurrent connections (default 8, at most 10)
  --port P         first of two loopback ports (default 4371)`;

const REPO = resolve(__dirname, '..', '..');
const BUILD = resolve(__dirname);
const RESULTS = join(REPO, '.bench', 'results');
const PASSWORD = 'bench-password-1';
const COORDINATOR = 'coordinator@4m4iof.example';
const PAGE_SIZE = 25;

interface Options {
  sizes: BenchDataSizes[];
  postgres: string | null;
  load: LoadOptions;
  port: number;
}

function parseOptions(argv: string[]): Options | null {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      quick: { type: 'boolean' },
      database: { type: 'string' },
      partners: { type: 'string' },
      actions: { type: 'string' },
      updates: { type: 'string' },
      milestones: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return null;
  const count = (
    name: keyof BenchDataSizes | 'duration' | 'connections' | 'port',
    fallback: number,
    max = Number.MAX_SAFE_INTEGER,
  ) => {
    const value = Number(values[name] ?? fallback);
    if (!Number.isInteger(value) || value < 1 || value > max)
      throw new Error(`--${name} must be a whole number from 1 to ${max}`);
    return value;
  };
  const base = values.quick ? QUICK_SIZES : FULL_SIZES;
  const largest: BenchDataSizes = {
    partners: count('partners', base.partners),
    actions: count('actions', base.actions),
    updates: count('updates', base.updates),
    milestones: count('milestones', base.milestones),
  };
  const tenth: BenchDataSizes = {
    partners: largest.partners,
    actions: Math.max(largest.partners, Math.round(largest.actions / 10)),
    updates: Math.round(largest.updates / 10),
    milestones: Math.round(largest.milestones / 10),
  };
  const database = values.database ?? null;
  if (database && !/^postgres(ql)?:\/\//.test(database))
    throw new Error('--database must be a postgres:// URL');
  return {
    sizes: values.quick ? [largest] : [tenth, largest],
    postgres: database,
    load: {
      durationSeconds: count('duration', values.quick ? 2 : 5, 10),
      connections: count('connections', 8, 10),
    },
    port: count('port', 4371, 65534),
  };
}

/** The Node flags `npm start` gives the server (its heap ceiling), so both run alike. */
function startFlags(): string[] {
  const { scripts } = JSON.parse(
    readFileSync(join(REPO, 'package.json'), 'utf8'),
  ) as { scripts: Record<string, string> };
  const flags = /\bnode ((?:--\S+ )*)dist\/api\/main\.js/.exec(
    scripts['start'],
  );
  if (!flags) throw new Error('npm start no longer runs node dist/api/main.js');
  return flags[1].split(' ').filter(Boolean);
}

/** A new, empty database: a temporary SQLite file or a new PostgreSQL database. */
async function createDatabase(
  postgres: string | null,
  label: string,
): Promise<{ config: DatabaseConfig; drop: () => Promise<void> }> {
  if (!postgres) {
    const folder = mkdtempSync(join(tmpdir(), '4m4iof-bench-'));
    return {
      config: { type: 'sqlite', file: join(folder, `${label}.sqlite`) },
      drop: async () => rmSync(folder, { recursive: true, force: true }),
    };
  }
  const name = `roadmap_bench_${process.pid}_${label}`;
  const admin = async (sql: string) => {
    const server = await new DataSource({
      type: 'postgres',
      url: postgres,
    }).initialize();
    try {
      await server.query(sql);
    } finally {
      await server.destroy();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(postgres);
  url.pathname = `/${name}`;
  return {
    config: { type: 'postgres', url: url.toString() },
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/**
 * The application's services without its HTTP layer, on the benchmark database
 * (migrated and seeded with the reference data at start), with its SQL recorded.
 */
async function serviceContext(
  database: DatabaseConfig,
  recorder: QueryRecorder,
): Promise<INestApplicationContext> {
  const context = await NestFactory.createApplicationContext(
    AppModule.register({
      port: 0,
      database,
      seed: 'reference',
      demoPassword: PASSWORD,
      serveWeb: false,
    }),
    { logger: ['error'] },
  );
  // Every query runner logs through its data source's logger.
  Object.assign(context.get(DataSource), { logger: recorder });
  return context;
}

interface Read {
  name: string;
  path: string;
  /** What the target compares the endpoint with */
  limit: 'bare-http' | 'raw-sql';
  factor: number;
  call: (context: INestApplicationContext) => Promise<unknown>;
}

function reads(sizes: BenchDataSizes): Read[] {
  const actionId = Math.ceil(sizes.actions / 2);
  const lastPage = Math.max(1, Math.ceil(sizes.actions / PAGE_SIZE));
  const list =
    (query: Partial<ActionsQueryDto>) => (c: INestApplicationContext) =>
      c.get(ActionsService).list(query as ActionsQueryDto);
  return [
    {
      name: 'actions, first page',
      path: '/api/actions',
      limit: 'bare-http',
      factor: 2,
      call: list({}),
    },
    {
      name: 'actions, filtered',
      path: '/api/actions?status=in_progress&stream=2&sort=-dueDate',
      limit: 'bare-http',
      factor: 2,
      call: list({ status: ['in_progress'], stream: [2], sort: '-dueDate' }),
    },
    {
      name: 'actions, deep page',
      path: `/api/actions?page=${lastPage}`,
      limit: 'bare-http',
      factor: 2,
      call: list({ page: lastPage }),
    },
    {
      name: 'action',
      path: `/api/actions/${actionId}`,
      limit: 'bare-http',
      factor: 2,
      call: (c) => c.get(ActionsService).get(actionId),
    },
    {
      name: 'action updates',
      path: `/api/actions/${actionId}/updates`,
      limit: 'bare-http',
      factor: 2,
      call: (c) => c.get(ActionsService).listUpdates(actionId, {}),
    },
    {
      name: 'dashboard',
      path: '/api/dashboard',
      limit: 'raw-sql',
      factor: 3,
      call: (c) => c.get(DashboardService).get({}),
    },
    {
      name: 'governance',
      path: '/api/governance',
      limit: 'raw-sql',
      factor: 3,
      call: (c) => c.get(GovernanceService).evaluate(c.get(DataSource).manager),
    },
  ];
}

export interface EndpointResult {
  name: string;
  requestsPerSecond: number | null;
  p50: number | null;
  p99: number | null;
  /** Why the endpoint could not be measured */
  error?: string;
  method: 'GET' | 'POST';
  path: string;
  bytes: number;
  rawSql: (Measurement & { queries: number }) | null;
  bareHttp: Measurement | null;
  /** The service called in the same process with the read cache off: the first read after a write */
  uncached: Measurement | null;
  limit: 'bare-http' | 'raw-sql' | null;
  /** p99 of the endpoint over p99 of its limit */
  ratio: number | null;
  target: number | null;
  /** The server's peak RSS so far: which measurement raised it */
  peakRssMb: number | null;
}

export interface ReportResult {
  format: 'xlsx' | 'csv' | 'pdf';
  seconds: number | null;
  bytes: number | null;
  target: number | null;
  error?: string;
  peakRssMb?: number | null;
}

export interface SizeResult {
  sizes: BenchDataSizes;
  generateSeconds: number;
  /** The first notification scan of the plan: every overdue, stale, due-soon and rule fact */
  scan: { seconds: number; facts: number };
  /** GET /api/health: what the HTTP framework costs before an endpoint does anything */
  floor: Measurement;
  endpoints: EndpointResult[];
  reports: ReportResult[];
  peakRssMb: number | null;
}

const seconds = (since: number) =>
  Math.round((performance.now() - since) / 10) / 100;

async function measureSize(
  options: Options,
  sizes: BenchDataSizes,
  log: (line: string) => void,
): Promise<Omit<SizeResult, 'sizes'>> {
  const database = await createDatabase(options.postgres, `${sizes.actions}`);
  try {
    log(`${sizes.actions} actions: generating on ${database.config.type}…`);
    const recorder = new QueryRecorder();
    const context = await serviceContext(database.config, recorder);
    const raw = new Map<string, Measurement & { queries: number }>();
    const uncached = new Map<string, Measurement>();
    let generateSeconds: number;
    let scan: SizeResult['scan'];
    try {
      const started = performance.now();
      const dataSource = context.get(DataSource);
      await generateBenchData(dataSource, sizes, { now: new Date() });
      generateSeconds = seconds(started);
      log(`  generated in ${generateSeconds} s; first notification scan…`);
      // The server would run it 10 s after it starts, in the middle of the measurements.
      const scanStarted = performance.now();
      const facts = await context.get(DigestService).scan();
      scan = { seconds: seconds(scanStarted), facts };
      log(`  ${facts} facts told in ${scan.seconds} s; raw SQL of each read…`);
      const send = rawDriver(dataSource);
      // What a read costs when a write has just emptied the cache: the service, uncached.
      Object.assign(context.get(ReadCache), {
        read: (_key: string, compute: () => Promise<unknown>) => compute(),
      });
      for (const read of reads(sizes)) {
        const queries: RecordedQuery[] = await recorder.record(() =>
          read.call(context),
        );
        raw.set(read.name, {
          queries: queries.length,
          ...(await loadLoop(() => send(queries), options.load)),
        });
        uncached.set(
          read.name,
          await loadLoop(() => read.call(context), options.load),
        );
      }
    } finally {
      await context.close();
    }
    return {
      generateSeconds,
      scan,
      ...(await measureServer(
        options,
        sizes,
        database.config,
        { raw, uncached },
        log,
      )),
    };
  } finally {
    await database.drop();
  }
}

async function measureServer(
  options: Options,
  sizes: BenchDataSizes,
  database: DatabaseConfig,
  inProcess: {
    raw: Map<string, Measurement & { queries: number }>;
    uncached: Map<string, Measurement>;
  },
  log: (line: string) => void,
): Promise<Omit<SizeResult, 'sizes' | 'generateSeconds' | 'scan'>> {
  const base = `http://127.0.0.1:${options.port}`;
  const bare = `http://127.0.0.1:${options.port + 1}`;
  const ok = (url: string) => async () => (await fetch(url)).ok;
  mkdirSync(join(REPO, '.bench'), { recursive: true });
  const server = await startProcess(
    join(BUILD, 'main.js'),
    {
      PORT: String(options.port),
      HOST: '127.0.0.1',
      DATABASE_URL: database.type === 'sqlite' ? database.file : database.url,
      SEED: 'reference',
      DEMO_PASSWORD: PASSWORD,
      NODE_ENV: 'production',
    },
    join(REPO, '.bench', 'server.log'),
    ok(`${base}/api/health`),
    startFlags(),
  );
  const bareServer = await startProcess(
    join(BUILD, 'bare-server.js'),
    { PORT: String(options.port + 1) },
    join(REPO, '.bench', 'bare-server.log'),
    ok(`${bare}/?bytes=2`),
  );
  try {
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: COORDINATOR, password: PASSWORD }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const headers = {
      Authorization: `Bearer ${accessToken}`,
      'Content-Type': 'application/json',
    };
    const bodySize = async (path: string) => {
      const response = await fetch(`${base}${path}`, { headers });
      if (!response.ok)
        throw new Error(`GET ${path} answered ${response.status}`);
      return (await response.arrayBuffer()).byteLength;
    };

    // The cheapest route of the same server: no sign-in, one `SELECT 1`.
    const floor = await loadHttp(`${base}/api/health`, options.load);
    const endpoints: EndpointResult[] = [];
    for (const read of reads(sizes)) {
      log(`  ${read.name}…`);
      const bytes = await bodySize(read.path);
      const measured = await loadHttp(`${base}${read.path}`, {
        ...options.load,
        headers,
      });
      const bareHttp = await loadHttp(`${bare}/?bytes=${bytes}`, options.load);
      const rawSql = inProcess.raw.get(read.name) ?? null;
      const limit = read.limit === 'raw-sql' ? rawSql : bareHttp;
      endpoints.push({
        name: read.name,
        method: 'GET',
        path: read.path,
        bytes,
        ...measured,
        rawSql,
        bareHttp,
        uncached: inProcess.uncached.get(read.name) ?? null,
        limit: read.limit,
        ratio: limit ? round(measured.p99 / limit.p99, 1) : null,
        target: read.factor,
        peakRssMb: server.peakRssMb(),
      });
    }

    log('  status updates…');
    // Waits for what the last measurement left queued: the writes must not wait for it.
    await bodySize('/api/actions/1');
    let next = 0;
    const update = JSON.stringify({
      status: 'in_progress',
      progress: 50,
      health: 'amber',
      comment: 'Waiting for the pilot line',
    });
    // Writes failing under load are a result too, not the end of the run.
    const posted = await loadHttp(`${base}/api/actions/1/updates`, {
      ...options.load,
      headers,
      method: 'POST',
      body: update,
      // Spread over the actions, as partners update their own.
      nextPath: () => `/api/actions/${(next++ % sizes.actions) + 1}/updates`,
    }).catch((error: Error) => ({
      requestsPerSecond: null,
      p50: null,
      p99: null,
      error: error.message,
    }));
    endpoints.push({
      name: 'post a status update',
      method: 'POST',
      path: '/api/actions/:id/updates',
      bytes: 0,
      ...posted,
      rawSql: null,
      bareHttp: null,
      uncached: null,
      limit: null,
      ratio: null,
      target: null,
      peakRssMb: server.peakRssMb(),
    });

    const reports: ReportResult[] = [];
    const today = brusselsDate(new Date());
    const period = `from=${addCalendarDays(today, -30)}&to=${today}`;
    for (const [format, target] of [
      ['csv', null],
      ['xlsx', 5],
      ['pdf', 10],
    ] as const) {
      log(`  ${format} report…`);
      const start = performance.now();
      try {
        const response = await fetch(
          `${base}/api/reports/progress?${period}&format=${format}`,
          { headers },
        );
        if (!response.ok)
          throw new Error(`the ${format} report answered ${response.status}`);
        const bytes = (await response.arrayBuffer()).byteLength;
        reports.push({
          format,
          seconds: seconds(start),
          bytes,
          target,
          peakRssMb: server.peakRssMb(),
        });
      } catch (error) {
        // A report too slow for the client's patience is a result, not the end of the run.
        reports.push({
          format,
          seconds: null,
          bytes: null,
          target,
          error: `${(error as Error).message} after ${seconds(start)} s`,
        });
      }
    }
    return { floor, endpoints, reports, peakRssMb: server.peakRssMb() };
  } finally {
    await server.stop();
    await bareServer.stop();
  }
}

/** How each endpoint's p50 grew from the smaller set to the larger, against the growth in actions. */
function growth(results: SizeResult[]) {
  if (results.length < 2) return [];
  const [small, large] = results;
  const factor = large.sizes.actions / small.sizes.actions;
  return large.endpoints.map((endpoint) => {
    const before = small.endpoints.find((e) => e.name === endpoint.name);
    const timeRatio =
      before?.p50 && endpoint.p50 !== null
        ? round(endpoint.p50 / before.p50)
        : null;
    return {
      name: endpoint.name,
      actionsRatio: factor,
      timeRatio,
      linearOrBetter: timeRatio === null ? null : timeRatio <= factor,
    };
  });
}

function table(results: SizeResult[], grown: ReturnType<typeof growth>) {
  const lines: string[] = [];
  const row = (cells: (string | number | null)[]) =>
    `| ${cells.map((c) => (c === null ? '–' : String(c))).join(' | ')} |`;
  for (const result of results) {
    lines.push(
      '',
      `${result.sizes.actions} actions, ${result.sizes.updates} status updates, ${result.sizes.milestones} milestones, ${result.sizes.partners} partners (peak RSS ${result.peakRssMb ?? '–'} MB)`,
      '',
      row([
        'endpoint',
        'req/s',
        'p50 ms',
        'p99 ms',
        'limit',
        'limit p50',
        'limit p99',
        'ratio p99',
        'target',
        'met',
        'p99 / API floor',
        'uncached p50',
        'uncached p99',
        'peak RSS MB',
      ]),
      row([
        '---',
        '--:',
        '--:',
        '--:',
        '---',
        '--:',
        '--:',
        '--:',
        '--:',
        '---',
        '--:',
        '--:',
        '--:',
        '--:',
      ]),
    );
    for (const e of result.endpoints) {
      const limit =
        e.limit === 'raw-sql'
          ? e.rawSql
          : e.limit === 'bare-http'
            ? e.bareHttp
            : null;
      lines.push(
        row([
          `${e.method} ${e.name}`,
          e.requestsPerSecond ?? e.error ?? null,
          e.p50,
          e.p99,
          e.limit === 'raw-sql'
            ? `raw SQL (${e.rawSql?.queries} queries)`
            : e.limit,
          limit?.p50 ?? null,
          limit?.p99 ?? null,
          e.ratio === null ? null : `${e.ratio}×`,
          e.target === null ? null : `≤ ${e.target}×`,
          e.target === null || e.ratio === null
            ? null
            : e.ratio <= e.target
              ? 'yes'
              : 'no',
          e.p99 === null ? null : `${round(e.p99 / result.floor.p99, 1)}×`,
          e.uncached?.p50 ?? null,
          e.uncached?.p99 ?? null,
          e.peakRssMb,
        ]),
      );
    }
    lines.push(
      '',
      `First notification scan: ${result.scan.facts} facts told in ${result.scan.seconds} s, a batch of facts per transaction.`,
      `API floor, GET /api/health (no sign-in, one SELECT 1): ${result.floor.requestsPerSecond} req/s, p50 ${result.floor.p50} ms, p99 ${result.floor.p99} ms`,
    );
    lines.push(
      '',
      row([
        'report (all actions)',
        'seconds',
        'size',
        'target',
        'met',
        'peak RSS MB',
      ]),
      row(['---', '--:', '--:', '--:', '---', '--:']),
      ...result.reports.map((r) =>
        row([
          r.format.toUpperCase(),
          r.seconds ?? r.error ?? null,
          r.bytes === null ? null : `${Math.round(r.bytes / 1024)} KB`,
          r.target === null ? null : `< ${r.target} s`,
          r.target === null || r.seconds === null
            ? null
            : r.seconds < r.target
              ? 'yes'
              : 'no',
          r.peakRssMb ?? null,
        ]),
      ),
    );
  }
  if (grown.length) {
    lines.push(
      '',
      row([
        'endpoint',
        `p50 growth for ${grown[0].actionsRatio}× the actions`,
        'linear or better',
      ]),
      row(['---', '--:', '---']),
      ...grown.map((g) =>
        row([
          g.name,
          g.timeRatio === null ? null : `${g.timeRatio}×`,
          g.linearOrBetter === null ? null : g.linearOrBetter ? 'yes' : 'no',
        ]),
      ),
    );
  }
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  if (!options) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const results: SizeResult[] = [];
  for (const sizes of options.sizes)
    results.push({ sizes, ...(await measureSize(options, sizes, log)) });
  const grown = growth(results);
  const output = {
    at: new Date().toISOString(),
    database: options.postgres ? 'postgres' : 'sqlite',
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? null,
      memoryMb: Math.round(totalmem() / 2 ** 20),
      node: process.version,
    },
    load: options.load,
    results,
    growth: grown,
  };
  mkdirSync(RESULTS, { recursive: true });
  const file = join(RESULTS, `bench-${output.at.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(output, null, 2)}\n`);
  writeFileSync(
    join(RESULTS, 'latest.json'),
    `${JSON.stringify(output, null, 2)}\n`,
  );
  process.stdout.write(`${table(results, grown)}\n\nWritten to ${file}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`bench: ${(error as Error).message ?? error}`);
    process.exitCode = 1;
  },
);
