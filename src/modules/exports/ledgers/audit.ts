import { auditTrailReader } from '../../../authz/guards.js';
import { auditTrailWhere } from '../../audit/service.js';
import { defineLedger, keysetPages, yearInstants } from '../ledger.js';

/**
 * 审计日志台账: the bureau's audit trail in chain order, with each event's hash and the previous
 * one's, so that a printed ledger can itself be checked. Readers as for `auditTrail`.
 */
export interface AuditLedgerRow {
  seq: bigint;
  createdAt: Date;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  prevHash: string;
  hash: string;
}

export const auditLedger = defineLedger<AuditLedgerRow>({
  code: 'AUDIT',
  title: '审计日志台账',
  keyColumn: '序号',
  filters: { year: true },
  authorize: async (_db, viewer) => {
    auditTrailReader(viewer);
  },
  columns: [
    { header: '序号', type: 'integer', width: 8, value: (e) => Number(e.seq) },
    { header: '时间', type: 'datetime', width: 20, value: (e) => e.createdAt },
    { header: '操作人', type: 'text', width: 28, value: (e) => e.actorName },
    { header: '操作', type: 'text', width: 18, value: (e) => e.action },
    { header: '对象类型', type: 'text', width: 14, value: (e) => e.entityType },
    { header: '对象编号', type: 'text', width: 38, value: (e) => e.entityId },
    { header: '前序哈希', type: 'text', width: 66, value: (e) => e.prevHash },
    { header: '哈希', type: 'text', width: 66, value: (e) => e.hash },
  ],
  async *rows(q) {
    const { tenantId } = auditTrailReader(q.viewer);
    const where = auditTrailWhere(tenantId, q.year ? { from: yearInstants(q.year).start, to: yearInstants(q.year).end } : null);
    const pages = keysetPages(
      (after: bigint | undefined, take) =>
        q.db.auditEvent.findMany({
          where: after ? { AND: [where, { seq: { gt: after } }] } : where,
          orderBy: { seq: 'asc' },
          take,
          select: {
            seq: true, createdAt: true, action: true, entityType: true, entityId: true, prevHash: true, hash: true,
            actor: { select: { displayName: true } },
          },
        }),
      (e) => e.seq,
      q.pageSize,
    );
    for await (const page of pages) {
      yield page.map((e) => ({ ...e, actorName: e.actor?.displayName ?? '系统' }));
    }
  },
});
