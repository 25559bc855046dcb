import { print, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { startServices } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { AppServices } from '../src/context.js';
import type { Database } from '../src/db/client.js';
import { scratchDatabase } from '../src/db/scratch.js';
import { seedDemo, type DemoData } from '../src/db/seed/index.js';
import { hashPassword } from '../src/modules/auth/service.js';
import { createServer } from '../src/server.js';

/**
 * A fresh, migrated database per test file: in-memory PGlite by default, or a new database on the
 * PostgreSQL server named by DATABASE_URL (created here, dropped in close()).
 */
export function freshDatabase(): Promise<Database> {
  return scratchDatabase(process.env.DATABASE_URL, { prefix: 'zeren_test' });
}

let demoHash: Promise<string> | undefined;
/** argon2 is slow by design: hash the demo password once per test process. */
export const demoPasswordHash = () => (demoHash ??= hashPassword('demo'));

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

/** `now`: the services' clock from the start, the demo data's "today" included (default: the real time). */
export async function createTestApp(options: { seed?: boolean; env?: Record<string, string>; now?: Date } = {}): Promise<TestApp> {
  const db = await freshDatabase();
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: './data/test', ...options.env } as NodeJS.ProcessEnv);
  const services = await startServices(config, { db, secret: 'test-secret-test-secret-test-secret-!!' });
  let now = options.now ?? new Date();
  services.now = () => now;
  const demo = options.seed === false ? (undefined as unknown as DemoData) : await seedDemo(db.prisma, { passwordHash: await demoPasswordHash(), now });
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
