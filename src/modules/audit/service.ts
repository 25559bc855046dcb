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

/** Appends one audit event in the caller's transaction: the change and its record commit together. */
export async function recordAudit(tx: Tx, actor: Viewer, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      tenantId: entry.tenantId,
      actorId: actor.kind === 'anonymous' ? null : actor.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}
