import { inForce } from '../../../authz/in-force.js';
import { todayInChina } from '../../../lib/dates.js';
import { leaderDutiesWhere } from '../../../authz/holders.js';
import type { OrgUnitKind } from '../../../generated/prisma/enums.js';
import { ORG_UNIT_KIND_NAMES } from '../labels.js';
import { defineLedger, keysetPages } from '../ledger.js';
import { unitListWhere } from '../../org/service.js';
import { TEAM_ROLES } from '../../duties/service.js';

/**
 * 组织单元及责任人台账: the units the viewer may see (as `orgUnits` lists them), with their first and
 * direct responsible people and the size of their leadership team. The parent is named only when
 * the viewer may see it, as the API's `parent` field does.
 */
export interface OrgUnitLedgerRow {
  id: string;
  name: string;
  kind: OrgUnitKind;
  depth: number;
  archivedAt: Date | null;
  parentName: string | null;
  firstResponsible: string | null;
  directResponsible: string | null;
  teamSize: number;
}

export const orgUnitsLedger = defineLedger<OrgUnitLedgerRow>({
  code: 'ORG_UNITS',
  title: '组织单元及责任人台账',
  keyColumn: '系统编号',
  filters: {
    unit: true,
    status: { values: { ACTIVE: '在用', ARCHIVED: '已撤销', ALL: '全部' }, default: 'ACTIVE' },
  },
  columns: [
    { header: '单位名称', type: 'text', width: 36, value: (u) => u.name },
    { header: '单位类型', type: 'text', width: 14, value: (u) => ORG_UNIT_KIND_NAMES[u.kind] },
    { header: '上级单位', type: 'text', width: 36, value: (u) => u.parentName },
    { header: '层级', type: 'integer', width: 6, value: (u) => u.depth },
    { header: '第一责任人', type: 'text', width: 12, value: (u) => u.firstResponsible },
    { header: '直接责任人', type: 'text', width: 12, value: (u) => u.directResponsible },
    { header: '班子成员数', type: 'integer', width: 10, value: (u) => u.teamSize },
    { header: '状态', type: 'text', width: 8, value: (u) => (u.archivedAt ? '已撤销' : '在用') },
    { header: '撤销时间', type: 'datetime', width: 18, value: (u) => u.archivedAt },
    { header: '系统编号', type: 'text', width: 38, value: (u) => u.id },
  ],
  async *rows(q) {
    const today = todayInChina(q.now);
    const where = unitListWhere(q.scope, {
      subtreeOf: q.unit?.id,
      includeArchived: q.status === 'ALL',
      archivedOnly: q.status === 'ARCHIVED',
    });
    const pages = keysetPages(
      (after: string | undefined, take) =>
        q.db.orgUnit.findMany({
          where: after ? { AND: [where, { treeKey: { gt: after } }] } : where,
          orderBy: { treeKey: 'asc' },
          take,
          select: {
            id: true, treeKey: true, name: true, kind: true, depth: true, archivedAt: true,
            parent: { select: { id: true, tenantId: true, name: true, ancestorIds: true } },
            duties: { where: leaderDutiesWhere(today), select: { kind: true, person: { select: { name: true } } } },
            _count: { select: { posts: { where: { ...inForce(today), role: { in: [...TEAM_ROLES] } } } } },
          },
        }),
      (u) => u.treeKey,
      q.pageSize,
    );
    for await (const page of pages) {
      yield page.map((u) => ({
        id: u.id,
        name: u.name,
        kind: u.kind,
        depth: u.depth,
        archivedAt: u.archivedAt,
        parentName: u.parent && q.scope.canSeeUnit(u.parent) ? u.parent.name : null,
        firstResponsible: u.duties.find((d) => d.kind === 'FIRST_RESPONSIBLE')?.person.name ?? null,
        directResponsible: u.duties.find((d) => d.kind === 'DIRECT_RESPONSIBLE')?.person.name ?? null,
        teamSize: u._count.posts,
      }));
    }
  },
});
