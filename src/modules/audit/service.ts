import type { Viewer } from '../../authz/scope.js';
import type { Tx } from '../../db/transaction.js';
import { DomainError } from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';

export interface AuditEntry {
  tenantId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

function toJson(value: unknown) {
  if (value === undefined) return undefined;
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)));
}

/**
 * The hash chain an event joins: its tenant's; a district role's events without a tenant go to
 * that district's chain; anything else (system jobs) to 'system'.
 */
export function chainKeyOf(tenantId: string | null, actor: Viewer): string {
  if (tenantId) return tenantId;
  if (actor.kind === 'district' || actor.kind === 'districtAdmin') return `district:${actor.districtId}`;
  return 'system';
}

/**
 * Appends one audit event in the caller's transaction: the change and its record commit together.
 * The database links it into its chain (seq, prevHash, hash) under the chain's advisory lock — see
 * the `AuditEvent_chain_rule` trigger — so concurrent writers, and writers that bypass this
 * function, still extend the chain linearly.
 */
export async function recordAudit(tx: Tx, actor: Viewer, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      tenantId: entry.tenantId,
      chainKey: chainKeyOf(entry.tenantId, actor),
      actorId: actor.kind === 'anonymous' ? null : actor.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
    select: { id: true },
  });
}

export interface AuditTrailFilter {
  /** Raw person id: events by that person's account. */
  actorPersonId?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  /** From (inclusive) … to (exclusive). */
  from?: Date | null;
  to?: Date | null;
}

/** The reader's tenant's events, narrowed by the filter (its period is checked here). */
export function auditTrailWhere(tenantId: string, filter: AuditTrailFilter | null | undefined): Prisma.AuditEventWhereInput {
  if (filter?.from && filter.to && filter.from >= filter.to) {
    throw new DomainError('BAD_USER_INPUT', 'filter.from must be before filter.to', { field: 'filter.to' });
  }
  const and: Prisma.AuditEventWhereInput[] = [{ chainKey: tenantId, tenantId }];
  if (filter?.actorPersonId) and.push({ actor: { tenantId, personId: filter.actorPersonId } });
  if (filter?.entityType) and.push({ entityType: filter.entityType });
  if (filter?.entityId) and.push({ entityId: filter.entityId });
  if (filter?.from) and.push({ createdAt: { gte: filter.from } });
  if (filter?.to) and.push({ createdAt: { lt: filter.to } });
  return { AND: and };
}
