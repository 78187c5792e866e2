import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { TEST_PASSWORD } from '../test-app';

const LAUNCHER = join(__dirname, 'server-from-sources.cjs');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process printed */
  output: () => string;
  /** Resolves with the exit code or signal once the process has ended */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The real server (api/src/main.ts) in a process of its own, on a SQLite file. */
export async function startServer(
  databaseFile: string,
  port: number,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [LAUNCHER], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseFile,
      SEED: 'reference',
      DEMO_PASSWORD: TEST_PASSWORD,
      JWT_SECRET: 'process-test-secret',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
  }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = `http://127.0.0.1:${port}`;
  const server = { url, child, output: () => output, exited };
  await waitUntilHealthy(server);
  return server;
}

async function waitUntilHealthy(server: ServerProcess): Promise<void> {
  let ended = false;
  void server.exited.then(() => (ended = true));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline && !ended) {
    try {
      const res = await fetch(`${server.url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.child.kill('SIGKILL');
  throw new Error(`the server did not start:\n${server.output()}`);
}

/** Signs in over HTTP and answers the access token. */
export async function signIn(
  server: ServerProcess,
  email: string,
): Promise<string> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}
