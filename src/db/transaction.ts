import type { Prisma } from '../generated/prisma/client.js';
import { DomainError, fromDatabaseError } from '../errors.js';
import type { PrismaClient } from './client.js';

export type Tx = Prisma.TransactionClient;

/**
 * Runs a unit of work in one transaction. Database rule violations (including those raised by the
 * deferred triggers at COMMIT) come back as the typed errors the services raise themselves.
 */
export async function inTransaction<T>(prisma: PrismaClient, work: (tx: Tx) => Promise<T>, options: { timeout?: number } = {}): Promise<T> {
  try {
    return await prisma.$transaction(work, { timeout: options.timeout ?? 15_000, maxWait: 10_000 });
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw fromDatabaseError(error) ?? error;
  }
}

/** Serialises writes to one unit's team across connections and server instances. */
export async function lockUnit(tx: Tx, unitId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${unitId}, 0))`;
}
