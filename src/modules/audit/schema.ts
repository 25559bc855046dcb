import { decodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../builder.js';
import { globalId, idOf } from '../../lib/ids.js';
import { auditTrailReader } from '../../authz/guards.js';
import { auditTrailWhere, type AuditTrailFilter } from './service.js';

builder.prismaObject('AuditEvent', {
  description: '审计事件 (an audit event: who did what, when), one link of its bureau\'s hash chain',
  fields: (t) => ({
    seq: t.string({ description: '序号 (position in the bureau\'s chain, from 1; a decimal string)', resolve: (e) => e.seq.toString() }),
    action: t.exposeString('action', { description: '操作 (action, e.g. unit.create, export.download)' }),
    entityType: t.exposeString('entityType', { description: '对象类型 (type of the record acted on)' }),
    entityId: t.exposeString('entityId', { description: '对象编号 (raw id of the record acted on)' }),
    subjectId: t.id({
      description: '对象全局ID (global ID of the record, for node())',
      resolve: (e) => globalId(e.entityType, e.entityId),
    }),
    before: t.expose('before', { type: 'JSON', nullable: true, description: '变更前 (state before)' }),
    after: t.expose('after', { type: 'JSON', nullable: true, description: '变更后 (state after, or the export\'s ledger, filters and row count)' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '时间 (when)' }),
    actorName: t.string({
      nullable: true,
      description: '操作人 (the acting account\'s display name; null for the system)',
      select: { actor: { select: { displayName: true } } },
      resolve: (e) => e.actor?.displayName ?? null,
    }),
    prevHash: t.exposeString('prevHash', { description: '前序哈希 (hash of the previous event; 64 zeros for the first)' }),
    hash: t.exposeString('hash', { description: '哈希 (sha256 of this event\'s canonical text, including prevHash)' }),
  }),
});

const AuditTrailFilterInput = builder.inputType('AuditTrailFilter', {
  description: '审计日志筛选 (filter for the audit trail)',
  fields: (t) => ({
    actorId: t.id({ required: false, description: '操作人 (global ID of the Person who acted)' }),
    entityType: t.string({ required: false, description: '对象类型 (e.g. OrgUnit, Duty, Export)' }),
    entityId: t.id({ required: false, description: '对象 (the record: its global ID, or its raw id)' }),
    from: t.field({ type: 'DateTime', required: false, description: '起 (from, inclusive)' }),
    to: t.field({ type: 'DateTime', required: false, description: '止 (to, exclusive)' }),
  }),
});

function entityIdOf(value: string | number): { entityId: string; entityType?: string } {
  const text = String(value);
  try {
    const decoded = decodeGlobalID(text);
    if (decoded.typename && decoded.id) return { entityId: decoded.id, entityType: decoded.typename };
  } catch {
    // a raw id
  }
  return { entityId: text };
}

builder.queryField('auditTrail', (t) =>
  t.prismaConnection({
    type: 'AuditEvent',
    cursor: 'chainKey_seq',
    description: '审计日志 (the bureau\'s audit trail, newest first); first and direct responsible people of the bureau committee only',
    args: { filter: t.arg({ type: AuditTrailFilterInput, required: false }) },
    resolve: async (query, _root, args, ctx) => {
      const { tenantId } = auditTrailReader(ctx.viewer);
      return ctx.prisma.auditEvent.findMany({ ...query, where: auditTrailWhere(tenantId, filterOf(args.filter)), orderBy: { seq: 'desc' } });
    },
    totalCount: async (_root, args, ctx) => {
      const { tenantId } = auditTrailReader(ctx.viewer);
      return ctx.prisma.auditEvent.count({ where: auditTrailWhere(tenantId, filterOf(args.filter)) });
    },
  }, { description: '审计日志分页 (a page of audit events)' }, { description: '审计日志边 (an edge to an audit event)' }),
);

function filterOf(filter: { actorId?: string | number | null; entityType?: string | null; entityId?: string | number | null; from?: Date | null; to?: Date | null } | null | undefined): AuditTrailFilter {
  if (!filter) return {};
  const entity = filter.entityId != null ? entityIdOf(filter.entityId) : undefined;
  return {
    actorPersonId: filter.actorId != null ? idOf(String(filter.actorId), 'Person', 'filter.actorId') : null,
    entityType: filter.entityType ?? entity?.entityType ?? null,
    entityId: entity?.entityId ?? null,
    from: filter.from,
    to: filter.to,
  };
}
