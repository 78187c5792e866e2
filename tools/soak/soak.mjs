// `npm run soak`: the built server (dist/api/main.js) on a fresh SQLite file with the
// demo plan, loaded over loopback at a fixed concurrency with a mix of reads and
// writes for a bounded time. Prints and writes (tools/soak/last-result.json) the
// request counts, latencies, errors (must be 0) and the server's memory over time
// (must level off). Exit code 1 when either check fails.
//
// SOAK_SECONDS (default 300), SOAK_CONNECTIONS (default 8), SOAK_PORT (default 4364).
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const seconds = Number(process.env.SOAK_SECONDS || 300);
const connections = Number(process.env.SOAK_CONNECTIONS || 8);
// A request still unanswered after this long counts as an error.
const TIMEOUT_SECONDS = 30;
const port = Number(process.env.SOAK_PORT || 4364);
const password = 'soak-password-1';
const base = `http://127.0.0.1:${port}`;
const SAMPLE_MS = 5000;
// Memory "levels off" when the last third of the run grows less than this over its span.
const MAX_LATE_GROWTH_MB = 25;

const folder = mkdtempSync(join(tmpdir(), '4m4iof-soak-'));
const server = spawn(process.execPath, [join(root, 'dist', 'api', 'main.js')], {
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: join(folder, 'soak.sqlite'),
    SEED: 'demo',
    DEMO_PASSWORD: password,
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});

/** Resident memory of the server process in MB (Linux /proc). */
function residentMb() {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

async function waitUntilUp() {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the server did not start');
}

async function api(token, method, path, body) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok)
    throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

function requestMix(token, actionIds) {
  const headers = {
    'Content-Type': 'application/json',
    Authorization: `Bearer ${token}`,
  };
  let n = 0;
  const next = () => actionIds[n++ % actionIds.length];
  // Per connection, in a loop: five reads, then a comment and a status update.
  return [
    { method: 'GET', path: '/api/actions?pageSize=25', headers },
    { method: 'GET', path: '/api/dashboard', headers },
    {
      method: 'GET',
      headers,
      setupRequest: (req) => ({ ...req, path: `/api/actions/${next()}` }),
    },
    { method: 'GET', path: '/api/governance', headers },
    {
      method: 'GET',
      headers,
      setupRequest: (req) => ({
        ...req,
        path: `/api/actions/${next()}/updates`,
      }),
    },
    {
      method: 'POST',
      headers,
      setupRequest: (req) => ({
        ...req,
        path: `/api/actions/${next()}/comments`,
        body: JSON.stringify({ body: `soak comment ${n}` }),
      }),
    },
    {
      method: 'POST',
      headers,
      setupRequest: (req) => ({
        ...req,
        path: `/api/actions/${next()}/updates`,
        body: JSON.stringify({
          status: 'in_progress',
          progress: n % 100,
          health: 'green',
          comment: `soak update ${n}`,
        }),
      }),
    },
  ];
}

function growthMb(samples, fromFraction) {
  const late = samples.filter((s) => s.second >= seconds * fromFraction);
  return late.length > 1 ? late[late.length - 1].rssMb - late[0].rssMb : 0;
}

async function main() {
  await waitUntilUp();
  const { accessToken } = await api(null, 'POST', '/api/auth/login', {
    email: 'coordinator@4m4iof.example',
    password,
  });
  const page = await api(accessToken, 'GET', '/api/actions?pageSize=100');
  const actionIds = page.items
    .filter((a) => !['completed', 'cancelled'].includes(a.status))
    .map((a) => a.id);

  const loadBefore = loadavg()[0];
  const started = Date.now();
  const samples = [{ second: 0, rssMb: residentMb() }];
  const sampler = setInterval(
    () =>
      samples.push({
        second: Math.round((Date.now() - started) / 1000),
        rssMb: residentMb(),
      }),
    SAMPLE_MS,
  );
  const statusCounts = {};
  const run = autocannon({
    url: base,
    connections,
    duration: seconds,
    timeout: TIMEOUT_SECONDS,
    requests: requestMix(accessToken, actionIds),
  });
  run.on('response', (_client, statusCode) => {
    statusCounts[statusCode] = (statusCounts[statusCode] ?? 0) + 1;
  });
  const result = await run;
  clearInterval(sampler);
  samples.push({ second: seconds, rssMb: residentMb() });

  const failed = Object.entries(statusCounts)
    .filter(([status]) => Number(status) >= 400)
    .reduce((sum, [, count]) => sum + count, 0);
  const errors = result.errors + result.timeouts + failed;
  const lateGrowth = growthMb(samples, 2 / 3);
  const summary = {
    date: new Date().toISOString(),
    seconds,
    connections,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: {
      p50: result.latency.p50,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    statusCounts,
    errors,
    memoryMb: {
      start: Math.round(samples[0].rssMb),
      peak: Math.round(Math.max(...samples.map((s) => s.rssMb))),
      end: Math.round(samples[samples.length - 1].rssMb),
      growthInLastThird: Math.round(lateGrowth * 10) / 10,
    },
    memoryLevelsOff: lateGrowth < MAX_LATE_GROWTH_MB,
    // The machine's load (1-minute average) around the run, to read the latencies by.
    loadAverage: {
      before: Math.round(loadBefore * 10) / 10,
      after: Math.round(loadavg()[0] * 10) / 10,
    },
    samples: samples.map((s) => ({
      second: s.second,
      rssMb: Math.round(s.rssMb),
    })),
  };
  writeFileSync(
    join(here, 'last-result.json'),
    `${JSON.stringify(summary, null, 2)}\n`,
  );
  console.log(JSON.stringify({ ...summary, samples: undefined }, null, 2));
  console.log(
    `\n| duration | connections | requests | req/s | p50 | p99 | errors | RSS start → peak → end | growth, last third |\n` +
      `| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n` +
      `| ${seconds} s | ${connections} | ${summary.requests} | ${summary.requestsPerSecond} | ${summary.latencyMs.p50} ms | ${summary.latencyMs.p99} ms | ${errors} | ${summary.memoryMb.start} → ${summary.memoryMb.peak} → ${summary.memoryMb.end} MB | ${summary.memoryMb.growthInLastThird} MB |`,
  );
  return errors === 0 && summary.memoryLevelsOff;
}

main()
  .then(
    (passed) => {
      process.exitCode = passed ? 0 : 1;
      if (!passed)
        console.error('soak: FAILED (errors, or memory still growing)');
    },
    (error) => {
      console.error(`soak: ${error.message}`);
      process.exitCode = 1;
    },
  )
  .finally(() => {
    server.kill('SIGTERM');
    server.on('exit', () => rmSync(folder, { recursive: true, force: true }));
  });
