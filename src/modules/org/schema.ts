import { structureUnitWhere } from '../../authz/visibility.js';
import { builder } from '../../builder.js';
import { OrgUnitKindEnum } from '../../graphql/enums.js';
import type { Context } from '../../context.js';
import { Prisma, type OrgUnit } from '../../generated/prisma/client.js';
import { idOf } from '../../lib/ids.js';
import { countPage, findPage, reload, reloadById, selects, type RawIdPage } from '../../lib/reload.js';
import type { OrgUnitKind } from '../../generated/prisma/enums.js';
import { archiveUnit, createUnit, moveUnit, renameUnit, unitListSql, unitListWhere } from './service.js';

export const OrgUnitRef = builder.prismaNode('OrgUnit', {
  id: { field: 'id' },
  // Select mode (issue 24, lever 1): a query reads the columns its fields ask for, plus what the
  // unit's row guard needs (tenant and ancestry: UnitScope.canSeeUnit).
  select: { id: true, tenantId: true, ancestorIds: true },
  // A node the viewer may not see resolves to null, exactly like one that does not exist.
  nullable: true,
  description: '组织单元 (organisation unit): a committee, branch, office or unit of a bureau',
  fields: (t) => ({
    name: t.exposeString('name', { description: '名称 (name)' }),
    code: t.exposeString('code', { nullable: true, description: '编码 (the unit\'s stable code in its bureau; the root carries the bureau\'s code; null when none was given)' }),
    kind: t.expose('kind', { type: OrgUnitKindEnum, description: '类型 (kind)' }),
    depth: t.exposeInt('depth', { description: '层级 (depth below the bureau committee, which is 0)' }),
    sortOrder: t.exposeInt('sortOrder', { description: '排序 (order among siblings)' }),
    archivedAt: t.expose('archivedAt', { type: 'DateTime', nullable: true, description: '撤销时间 (when archived)' }),
    isCommittee: t.boolean({
      description: '是否党组织 (whether the unit has a leadership team: bureau/party committee, general branch, branch)',
      select: { kind: true },
      resolve: (unit) => ['BUREAU_COMMITTEE', 'PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH'].includes(unit.kind),
    }),
    children: t.relation('children', {
      description: '下级单元 (child units the viewer may see)',
      args: { includeArchived: t.arg.boolean({ defaultValue: false, description: '含已撤销 (include archived units)' }) },
      query: (args, ctx) => ({
        where: { AND: [structureUnitWhere(ctx.viewer), args.includeArchived ? {} : { archivedAt: null }] },
        orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
      }),
    }),
  }),
});

// Self-references are declared after the type, so that TypeScript can infer OrgUnitRef.
builder.prismaObjectFields('OrgUnit', (t) => ({
    parent: t.field({
      type: OrgUnitRef,
      nullable: true,
      description: '上级单元 (parent unit); null at the root or when the viewer may not see it',
      // The parent reads the columns its own fields ask for (select mode), like a relation.
      select: (_args, _ctx, nestedSelection) => ({ parent: nestedSelection(true) }),
      resolve: (unit, _args, ctx) =>
        unit.parent && (ctx.viewer.kind === 'person' || ctx.viewer.kind === 'bureauAdmin') && ctx.viewer.structure.canSeeUnit(unit.parent) ? unit.parent : null,
    }),
    ancestors: t.field({
      type: [OrgUnitRef],
      description: '上级链 (ancestors from the root down), only those the viewer may see',
      resolve: async (unit, _args, ctx) => {
        const ids = unit.ancestorIds.slice(0, -1);
        if (!ids.length) return [];
        const rows = await ctx.loaders.units.loadMany(ids);
        return rows.filter((row): row is OrgUnit => !!row && !(row instanceof Error));
      },
    }),
}));

const OrgUnitFilter = builder.inputType('OrgUnitFilter', {
  description: '组织单元筛选 (filter for units); always within what the viewer may see',
  fields: (t) => ({
    kinds: t.field({ type: [OrgUnitKindEnum], required: false, description: '类型 (kinds)' }),
    subtreeOf: t.id({ required: false, description: '某单元及其下级 (only this unit and its descendants)' }),
    nameContains: t.string({ required: false, description: '名称包含 (name contains)' }),
    includeArchived: t.boolean({ required: false, description: '含已撤销 (include archived units)' }),
  }),
});

builder.queryField('orgUnits', (t) =>
  t.prismaConnection({
    type: 'OrgUnit',
    cursor: 'id',
    defaultSize: 100,
    maxSize: 500,
    description: '组织单元列表 (units the viewer may see), root first, then by depth and order; pages of up to 500',
    args: { filter: t.arg({ type: OrgUnitFilter, required: false }) },
    resolve: (query, _parent, args, ctx, info) =>
      findPage(ctx, 'orgUnit', query, {
        where: orgUnitWhere(ctx, args.filter),
        orderBy: [{ depth: 'asc' }, { sortOrder: 'asc' }, { id: 'asc' }],
        args,
        raw: orgUnitSql(ctx, args.filter, selects(info, 'totalCount')),
      }),
    totalCount: (_parent, args, ctx) => countPage(ctx, args, () => ctx.prisma.orgUnit.count({ where: orgUnitWhere(ctx, args.filter) })),
  }, { description: '组织单元分页 (a page of units)' }, { description: '组织单元边 (an edge to a unit)' }),
);

/** orgUnitWhere as the raw first page's SQL (lib/reload.ts RawIdPage), or null where Prisma pages. */
function orgUnitSql(ctx: Context, filter: Parameters<typeof orgUnitWhere>[1], total: boolean): RawIdPage | null {
  if (ctx.viewer.kind !== 'person' && ctx.viewer.kind !== 'bureauAdmin') return null;
  const where = unitListSql(ctx.viewer.structure, { ...filter, kinds: filter?.kinds as OrgUnitKind[] | null | undefined, subtreeOf: filter?.subtreeOf ? String(filter.subtreeOf) : null });
  return where && { table: 'OrgUnit', where, orderBy: Prisma.sql`u."depth", u."sortOrder", u."id"`, total };
}

function orgUnitWhere(
  ctx: Context,
  filter: { kinds?: readonly string[] | null; subtreeOf?: string | number | null; nameContains?: string | null; includeArchived?: boolean | null } | null | undefined,
): Prisma.OrgUnitWhereInput {
  if (ctx.viewer.kind !== 'person' && ctx.viewer.kind !== 'bureauAdmin') return { id: { in: [] } };
  return unitListWhere(ctx.viewer.structure, {
    ...filter,
    kinds: filter?.kinds as OrgUnitKind[] | null | undefined,
    subtreeOf: filter?.subtreeOf ? idOf(String(filter.subtreeOf), 'OrgUnit', 'filter.subtreeOf') : null,
  });
}

// Mutations take one `input` and answer a payload (Relay convention): the changed unit, re-read with
// the client's selection (lib/reload.ts), plus the parent(s) whose children changed.
builder.relayMutationField(
  'createOrgUnit',
  {
    description: '新建组织单元 (create a unit under a parent)',
    inputFields: (t) => ({
      parentId: t.id({ required: true, description: '上级单元 (parent unit)' }),
      kind: t.field({ type: OrgUnitKindEnum, required: true, description: '类型 (kind); not BUREAU_COMMITTEE' }),
      name: t.string({ required: true, description: '名称 (name), 1–100 characters, unique among active siblings' }),
      sortOrder: t.int({ required: false, description: '排序 (order among siblings)' }),
    }),
  },
  {
    description: '新建组织单元 (create a unit); first or direct responsible people of a committee above only',
    resolve: async (_root, { input }, ctx) => ({
      orgUnit: await createUnit(ctx.prisma, ctx.viewer, { ...input, parentId: idOf(String(input.parentId), 'OrgUnit', 'parentId') }),
    }),
  },
  {
    description: '新建组织单元的结果 (result of createOrgUnit)',
    outputFields: (t) => ({
      orgUnit: t.prismaField({ type: 'OrgUnit', description: '新单元 (the new unit)', resolve: (query, p, _a, ctx) => reload(ctx, 'orgUnit', query, p.orgUnit) }),
      parent: t.prismaField({
        type: 'OrgUnit',
        description: '上级单元 (the parent, whose children changed)',
        resolve: (query, p, _a, ctx) => reloadById(ctx, 'orgUnit', query, p.orgUnit.parentId!),
      }),
    }),
  },
);

builder.relayMutationField(
  'renameOrgUnit',
  {
    description: '重命名组织单元 (rename a unit)',
    inputFields: (t) => ({
      unitId: t.id({ required: true, description: '组织单元 (the unit)' }),
      name: t.string({ required: true, description: '新名称 (new name), 1–100 characters, unique among active siblings' }),
    }),
  },
  {
    description: '重命名组织单元 (rename a unit)',
    resolve: async (_root, { input }, ctx) => ({
      orgUnit: await renameUnit(ctx.prisma, ctx.viewer, { unitId: idOf(String(input.unitId), 'OrgUnit', 'unitId'), name: input.name }),
    }),
  },
  {
    description: '重命名组织单元的结果 (result of renameOrgUnit)',
    outputFields: (t) => ({
      orgUnit: t.prismaField({ type: 'OrgUnit', description: '组织单元 (the renamed unit)', resolve: (query, p, _a, ctx) => reload(ctx, 'orgUnit', query, p.orgUnit) }),
    }),
  },
);

builder.relayMutationField(
  'moveOrgUnit',
  {
    description: '调整隶属关系 (move a unit under another parent)',
    inputFields: (t) => ({
      unitId: t.id({ required: true, description: '组织单元 (the unit to move, with its subtree)' }),
      newParentId: t.id({ required: true, description: '新上级单元 (the new parent, in the same bureau)' }),
    }),
  },
  {
    description: '调整隶属关系 (move a unit and its subtree under another parent of the same bureau)',
    resolve: async (_root, { input }, ctx) => {
      const unitId = idOf(String(input.unitId), 'OrgUnit', 'unitId');
      const newParentId = idOf(String(input.newParentId), 'OrgUnit', 'newParentId');
      // Read before the move only to name the old parent in the payload; the service checks scope.
      const before = await ctx.prisma.orgUnit.findUnique({ where: { id: unitId }, select: { parentId: true } });
      const orgUnit = await moveUnit(ctx.prisma, ctx.viewer, { unitId, newParentId });
      return { orgUnit, previousParentId: before?.parentId ?? null };
    },
  },
  {
    description: '调整隶属关系的结果 (result of moveOrgUnit)',
    outputFields: (t) => ({
      orgUnit: t.prismaField({ type: 'OrgUnit', description: '组织单元 (the moved unit)', resolve: (query, p, _a, ctx) => reload(ctx, 'orgUnit', query, p.orgUnit) }),
      previousParent: t.prismaField({
        type: 'OrgUnit',
        nullable: true,
        description: '原上级单元 (the former parent, which lost a child)',
        resolve: async (query, p, _a, ctx) => (p.previousParentId ? reloadById(ctx, 'orgUnit', query, p.previousParentId!) : null),
      }),
      newParent: t.prismaField({
        type: 'OrgUnit',
        description: '新上级单元 (the new parent, which gained a child)',
        resolve: (query, p, _a, ctx) => reloadById(ctx, 'orgUnit', query, p.orgUnit.parentId!),
      }),
    }),
  },
);

builder.relayMutationField(
  'archiveOrgUnit',
  {
    description: '撤销组织单元 (archive a unit)',
    inputFields: (t) => ({ unitId: t.id({ required: true, description: '组织单元 (the unit)' }) }),
  },
  {
    description: '撤销组织单元 (archive an empty unit: no active children, posts or duty scopes); kept for history',
    resolve: async (_root, { input }, ctx) => ({
      orgUnit: await archiveUnit(ctx.prisma, ctx.viewer, { unitId: idOf(String(input.unitId), 'OrgUnit', 'unitId') }),
    }),
  },
  {
    description: '撤销组织单元的结果 (result of archiveOrgUnit)',
    outputFields: (t) => ({
      orgUnit: t.prismaField({ type: 'OrgUnit', description: '组织单元 (the archived unit)', resolve: (query, p, _a, ctx) => reload(ctx, 'orgUnit', query, p.orgUnit) }),
      parent: t.prismaField({
        type: 'OrgUnit',
        nullable: true,
        description: '上级单元 (the parent, whose active children changed)',
        resolve: async (query, p, _a, ctx) => (p.orgUnit.parentId ? reloadById(ctx, 'orgUnit', query, p.orgUnit.parentId!) : null),
      }),
    }),
  },
);
