import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { configureApp } from '../src/app.setup';
import { Clock } from '../src/common/clock';
import type { AppConfig, DatabaseConfig } from '../src/common/config';

export type TestDatabaseKind = 'sqlite' | 'postgres';

export const TEST_PASSWORD = 'test-password-1';
export const COORDINATOR = 'coordinator@4m4iof.example';
export const VIEWER = 'viewer@4m4iof.example';
export const editorOf = (partner: string) => `editor.${partner}@4m4iof.example`;

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';
export type AuthedClient = Record<Method, (path: string) => request.Test>;

export interface TestApp {
  app: INestApplication;
  http: () => ReturnType<typeof request>;
  /** A client that signs in as this seeded (or created) account and sends its token */
  as: (email: string, password?: string) => Promise<AuthedClient>;
  token: (email: string, password?: string) => Promise<string>;
  dataSource: DataSource;
  close: () => Promise<void>;
}

/**
 * PostgreSQL runs when TEST_POSTGRES_URL names a server whose role may create
 * databases (.ci/run starts one). Without it the PostgreSQL cases are skipped
 * loudly, and in CI that is a failure.
 */
export const TEST_POSTGRES_URL = process.env['TEST_POSTGRES_URL'] ?? '';

export function databaseKinds(): TestDatabaseKind[] {
  if (TEST_POSTGRES_URL) return ['sqlite', 'postgres'];
  if (process.env['CI'])
    throw new Error(
      'TEST_POSTGRES_URL is not set: CI must test PostgreSQL too',
    );
  console.warn(
    'POSTGRESQL TESTS SKIPPED: set TEST_POSTGRES_URL=postgres://user:pass@127.0.0.1:5432/db to run them',
  );
  return ['sqlite'];
}

export async function createDatabase(
  kind: TestDatabaseKind,
): Promise<{ database: DatabaseConfig; drop: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const folder = mkdtempSync(join(tmpdir(), '4m4iof-api-'));
    return {
      database: { type: 'sqlite', file: join(folder, 'test.sqlite') },
      drop: async () => rmSync(folder, { recursive: true, force: true }),
    };
  }
  const name = `roadmap_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    database: { type: 'postgres', url: url.toString() },
    drop: async () => {
      const client = new Client({ connectionString: TEST_POSTGRES_URL });
      await client.connect();
      try {
        await dropDatabase(client, name);
      } finally {
        await client.end();
      }
    },
  };
}

// FORCE ends the test's own leftover connections, but PostgreSQL 15 refuses it while an
// autovacuum worker happens to be in the database; that worker leaves on its own.
async function dropDatabase(client: Client, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      return;
    } catch (error) {
      if (attempt === 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

/** A clock the test moves by hand. */
export class FakeClock extends Clock {
  constructor(private current = new Date('2026-11-25T09:00:00Z')) {
    super();
  }
  override now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export async function createTestApp(
  options: {
    kind?: TestDatabaseKind;
    config?: Partial<AppConfig>;
    clock?: Clock;
  } = {},
): Promise<TestApp> {
  const { database, drop } = await createDatabase(options.kind ?? 'sqlite');
  const config: AppConfig = {
    port: 0,
    database,
    seed: 'reference',
    demoPassword: TEST_PASSWORD,
    serveWeb: false,
    ...options.config,
  };
  const builder = Test.createTestingModule({
    imports: [AppModule.register(config)],
  });
  if (options.clock) builder.overrideProvider(Clock).useValue(options.clock);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    logger: ['error'],
  });
  configureApp(app);
  await app.init();
  const http = () => request(app.getHttpServer());
  const token = async (email: string, password = TEST_PASSWORD) => {
    const res = await http().post('/api/auth/login').send({ email, password });
    if (res.status !== 200)
      throw new Error(
        `login as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`,
      );
    return res.body.accessToken as string;
  };
  const withToken = (accessToken: string): AuthedClient => {
    const call = (method: Method) => (path: string) =>
      http()[method](path).set('Authorization', `Bearer ${accessToken}`);
    return {
      get: call('get'),
      post: call('post'),
      patch: call('patch'),
      put: call('put'),
      delete: call('delete'),
    };
  };
  return {
    app,
    http,
    token,
    as: async (email, password) => withToken(await token(email, password)),
    dataSource: app.get(DataSource),
    close: async () => {
      await app.close();
      await drop();
    },
  };
}
