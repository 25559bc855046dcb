import type { Tx } from '../../db/transaction.js';
import type { Viewer } from '../../authz/scope.js';

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
  if (actor.kind === 'district') return `district:${actor.districtId}`;
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
