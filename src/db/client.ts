import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { pgliteAdapterFactory } from './pglite-adapter.js';
import { PrismaClient } from '../generated/prisma/client.js';
import type { SqlSession } from './migrate.js';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';

export type { PrismaClient };

export interface Database {
  prisma: PrismaClient;
  /** A raw session for migrations, locks and maintenance (not for request work). */
  sql: SqlSession;
  engine: 'pglite' | 'postgresql';
  /** Counts SQL statements sent through Prisma; tests and benchmarks read it. */
  statements: { count: number };
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgresql://… for PostgreSQL; otherwise PGlite. */
  url?: string;
  /** PGlite data directory, or 'memory://' for an in-memory database. */
  dataDir?: string;
  /** A PGlite instance to reuse (tests clone one). */
  pglite?: PGlite;
  /** An in-memory PGlite loaded from a dumped data directory (`PGlite.dumpDataDir()`): tests' copy of a template. */
  loadDataDir?: Blob;
  /** PostgreSQL connections in Prisma's pool (default 10). */
  poolSize?: number;
}

/**
 * Names for PostgreSQL prepared statements, by SQL text: a connection parses and plans a named
 * statement once and then only binds and executes it (the page-with-relations statement of the tree
 * spends about 9 ms planning). PostgreSQL keeps a connection's prepared statements until it closes,
 * and Prisma writes a list's values as `IN ($1, …, $n)`, so texts vary with list lengths: only the
 * first `limit` distinct texts of the process get a name, the rest run unnamed as before. Memory is
 * then bounded by `limit` statements per connection.
 */
export function preparedStatementNames(limit = 256): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    let name = names.get(sql);
    if (name === undefined && names.size < limit) names.set(sql, (name = `zeren_${names.size}`));
    // pg runs a query with an undefined name as an unnamed statement.
    return name as string;
  };
}

function countingClient(adapter: SqlDriverAdapterFactory) {
  const statements = { count: 0 };
  const prisma = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  prisma.$on('query', () => {
    statements.count += 1;
  });
  return { prisma, statements };
}

/**
 * A PGlite instance with the extensions the migrations create (btree_gist for the history's
 * exclusion constraints): every place that makes one goes through here.
 */
export function createPGlite(dataDir: string, options: { loadDataDir?: Blob } = {}): Promise<PGlite> {
  return PGlite.create(dataDir, { ...options, extensions: { btree_gist } });
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: 2 });
    // A pool of connections, so that concurrent requests run in concurrent transactions (the
    // locks and database rules are written for that; test/concurrency exercises it).
    // Prisma's pool is ours, so that close() ends it and an idle connection the server drops
    // (a restart, a dropped test database) is logged rather than thrown as an uncaught error.
    const prismaPool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    prismaPool.on('error', (error) => console.warn(`PostgreSQL closed an idle connection: ${error.message}`));
    pool.on('error', (error) => console.warn(`PostgreSQL closed an idle connection: ${error.message}`));
    const { prisma, statements } = countingClient(new PrismaPg(prismaPool, { statementNameGenerator: preparedStatementNames() }));
    // A pool hands out different connections; multi-statement work (migrations, locks) needs one.
    const session = await pool.connect();
    const pinned: SqlSession = {
      async query(text, params) {
        return (await session.query(text, params as unknown[])).rows;
      },
      async exec(text) {
        await session.query(text);
      },
    };
    return {
      prisma,
      sql: pinned,
      engine: 'postgresql',
      statements,
      async close() {
        session.release();
        await prisma.$disconnect();
        await Promise.all([pool.end(), prismaPool.end().catch(() => undefined)]);
      },
    };
  }
  let pglite = options.pglite;
  if (!pglite && options.loadDataDir) {
    pglite = await createPGlite('memory://', { loadDataDir: options.loadDataDir });
  } else if (!pglite) {
    const dataDir = options.dataDir ?? 'memory://';
    if (!dataDir.startsWith('memory://')) await mkdir(dataDir, { recursive: true });
    pglite = await createPGlite(dataDir);
  }
  const instance = pglite;
  const { prisma, statements } = countingClient(pgliteAdapterFactory(instance));
  return {
    prisma,
    sql: {
      async query(text, params) {
        return (await instance.query(text, params)).rows as never[];
      },
      async exec(text) {
        await instance.exec(text);
      },
    },
    engine: 'pglite',
    statements,
    async close() {
      await prisma.$disconnect();
      if (!options.pglite) await instance.close();
    },
  };
}
