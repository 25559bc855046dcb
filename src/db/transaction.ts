import type { Prisma } from '../generated/prisma/client.js';
import { DomainError, fromDatabaseError } from '../errors.js';
import type { PrismaClient } from './client.js';

export type Tx = Prisma.TransactionClient;

/** A deadlock or a serialisation failure: the database rolled the whole transaction back. */
function isRetryable(error: unknown): boolean {
  let text = '';
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth += 1) {
    const x = e as { message?: unknown; code?: unknown; cause?: unknown };
    text += ` ${String(x.message ?? '')} ${String(x.code ?? '')}`;
    e = x.cause;
  }
  return /could not serialize|deadlock detected|P2034|\b40001\b|\b40P01\b/.test(text);
}

const ATTEMPTS = 4;

/**
 * Runs a unit of work in one transaction. Database rule violations (including those raised by the
 * deferred triggers at COMMIT) come back as the typed errors the services raise themselves.
 * A transaction the database aborted as a deadlock victim or a serialisation failure is run again
 * (the work is pure database work, so replaying it is safe), up to four attempts, then CONFLICT.
 */
export async function inTransaction<T>(prisma: PrismaClient, work: (tx: Tx) => Promise<T>, options: { timeout?: number } = {}): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await prisma.$transaction(work, { timeout: options.timeout ?? 15_000, maxWait: 10_000 });
    } catch (error) {
      if (error instanceof DomainError) throw error;
      if (attempt < ATTEMPTS && isRetryable(error)) {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
        continue;
      }
      throw fromDatabaseError(error) ?? error;
    }
  }
}

/** Serialises writes to one unit's team across connections and server instances. */
export async function lockUnit(tx: Tx, unitId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${unitId}, 0))`;
}

/**
 * The bureau's tree lock. Changes of the tree's shape take it: a move exclusively (it rewrites the
 * ancestry of a whole subtree, and its cycle check must see every other move), a create or an
 * archive shared (they conflict with a move, not with each other; archive against create and
 * appoint is settled by the parent's row lock). Taken before anything is read.
 */
export async function lockTree(tx: Tx, tenantId: string, mode: 'shared' | 'exclusive'): Promise<void> {
  const key = `zeren-tree:${tenantId}`;
  if (mode === 'exclusive') await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
  else await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(hashtextextended(${key}, 0))`;
}

/**
 * Row locks on units, in id order (a fixed order, so two transactions never wait on each other in
 * a cycle). SHARE: "this unit must stay as I read it until I commit" (a child, a post or a duty
 * scope is being added to it); UPDATE: "no one adds to it meanwhile" (it is being archived).
 * Read the units again after this: in READ COMMITTED each statement sees the latest commit.
 */
export async function lockUnitRows(tx: Tx, tenantId: string, unitIds: readonly string[], mode: 'share' | 'update'): Promise<void> {
  const ids = [...new Set(unitIds)].sort();
  if (!ids.length) return;
  if (mode === 'update') {
    await tx.$queryRaw`SELECT "id" FROM "OrgUnit" WHERE "tenantId" = ${tenantId} AND "id" = ANY(${ids}::text[]) ORDER BY "id" FOR UPDATE`;
  } else {
    await tx.$queryRaw`SELECT "id" FROM "OrgUnit" WHERE "tenantId" = ${tenantId} AND "id" = ANY(${ids}::text[]) ORDER BY "id" FOR SHARE`;
  }
}

/** The lock a unit's channels and zero reports share (the database triggers take it too). */
export async function lockUnitChannels(tx: Tx, tenantId: string, unitId: string): Promise<void> {
  await tx.$queryRaw`SELECT zeren_lock_unit_channels(${tenantId}, ${unitId})::text`;
}
