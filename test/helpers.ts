import { print, type ExecutionResult } from 'graphql';
import { inject } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { startServices } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { AppServices } from '../src/context.js';
import type { Database } from '../src/db/client.js';
import { applyMigrations } from '../src/db/migrate.js';
import { scratchDatabase } from '../src/db/scratch.js';
import { seedDemo, type DemoData } from '../src/db/seed/index.js';
import { hashPassword } from '../src/modules/auth/service.js';
import { createServer } from '../src/server.js';
import { parseDemo, type TestTemplate } from './template.js';

/**
 * A fresh database per test file: in-memory PGlite by default, or a new database on the PostgreSQL
 * server named by DATABASE_URL (created here, dropped in close()). Empty and not migrated
 * (startServices migrates it).
 */
export function freshDatabase(): Promise<Database> {
  return scratchDatabase(process.env.DATABASE_URL, { prefix: 'zeren_test' });
}

/**
 * The run's demo template (test/global-setup.ts), when it was built for this file's engine; else
 * undefined (a file run without the global setup seeds its own database, as before).
 */
function template(): TestTemplate | undefined {
  const t = inject('zerenTemplate');
  if (!t) return undefined;
  const url = process.env.DATABASE_URL;
  return (t.engine === 'postgresql' ? t.url === url : !url) ? t : undefined;
}

/**
 * A migrated database holding the demo data, and those data: a copy of the run's template (made
 * once per run with the clock at the run's start), or, without one, a fresh database seeded now.
 */
export async function seededDatabase(now?: Date): Promise<{ db: Database; demo: DemoData }> {
  const t = now ? undefined : template();
  if (t) {
    const db = await scratchDatabase(process.env.DATABASE_URL, { prefix: 'zeren_test', template: t.source });
    return { db, demo: parseDemo(t.demo) };
  }
  const db = await freshDatabase();
  await applyMigrations(db.sql);
  return { db, demo: await seedDemo(db.prisma, { passwordHash: await demoPasswordHash(), now }) };
}

let demoHash: Promise<string> | undefined;
/**
 * The demo password's argon2 hash: the one the template's accounts hold, or (without a template)
 * hashed once per test process, argon2 being slow by design.
 */
export const demoPasswordHash = () => (demoHash ??= Promise.resolve(template()?.passwordHash ?? hashPassword('demo')));

export interface TestApp {
  services: AppServices;
  db: Database;
  yoga: ReturnType<typeof createServer>;
  demo: DemoData;
  /** Sets the server's clock (for due dates, "today"). */
  setNow(date: Date): void;
  login(username: string, password?: string): Promise<string>;
  /** Runs an operation; returns the raw GraphQL response (data and errors). */
  run<R, V>(document: TypedDocumentNode<R, V>, variables?: V, token?: string): Promise<ExecutionResult<R>>;
  /** Runs an operation and fails on any error. */
  ok<R, V>(document: TypedDocumentNode<R, V>, variables?: V, token?: string): Promise<R>;
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/**
 * A server on its own database. By default the database is a copy of the run's demo template
 * (migrated and seeded once per run, see test/global-setup.ts): `demo` holds the seed's ids, and
 * the demo data were made at the run's start. `seed: false` gives an empty database instead
 * (migrated by startServices, `demo` undefined). `env` overrides configuration (loadConfig).
 * The server's clock (`services.now`) is fixed at the moment createTestApp runs until setNow moves it.
 * `now` starts that clock at a given instant and seeds a fresh database as of that instant instead of
 * copying the template (slower; for outputs that must not depend on the day the suite runs).
 */
export async function createTestApp(options: { seed?: boolean; env?: Record<string, string>; now?: Date } = {}): Promise<TestApp> {
  const seeded = options.seed === false ? undefined : await seededDatabase(options.now);
  const db = seeded?.db ?? (await freshDatabase());
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: './data/test', ...options.env } as NodeJS.ProcessEnv);
  const services = await startServices(config, { db, secret: 'test-secret-test-secret-test-secret-!!' });
  let now = options.now ?? new Date();
  services.now = () => now;
  const demo = seeded ? seeded.demo : (undefined as unknown as DemoData);
  const yoga = createServer(services);
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    Promise.resolve(yoga.fetch('http://zeren.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }));
  const run = async <R, V>(document: TypedDocumentNode<R, V>, variables?: V, token?: string) => {
    const res = await post({ query: print(document), variables }, token ? { authorization: `Bearer ${token}` } : {});
    return (await res.json()) as ExecutionResult<R>;
  };
  const tokens = new Map<string, string>();
  const app: TestApp = {
    services, db, yoga, demo,
    setNow: (date) => { now = date; },
    async login(username, password = 'demo') {
      const cached = password === 'demo' ? tokens.get(username) : undefined;
      if (cached) return cached;
      const res = await post({ query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', variables: { u: username, p: password } });
      const body = (await res.json()) as ExecutionResult<{ login: { token: string } }>;
      if (!body.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(body.errors)}`);
      tokens.set(username, body.data.login.token);
      return body.data.login.token;
    },
    run,
    async ok(document, variables, token) {
      const result = await run(document, variables, token);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data!;
    },
    post,
    async close() {
      await services.pubsub.close();
      await services.loginThrottle.close();
      await services.heavySlots.close();
      await db.close();
    },
  };
  return app;
}

/** The error codes of a response, in order. */
export const codes = (result: ExecutionResult) => (result.errors ?? []).map((e) => e.extensions?.code);

/** Counts the SQL statements Prisma sends while `work` runs. */
export async function countStatements<T>(db: Database, work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const before = db.statements.count;
  const result = await work();
  return { result, statements: db.statements.count - before };
}
