import { structureUnitWhere } from '../../authz/visibility.js';
import { builder } from '../../builder.js';
import { PostRoleEnum } from '../../graphql/enums.js';
import type { OrgUnit } from '../../generated/prisma/client.js';
import { structureViewer } from '../../authz/guards.js';
import { idOf, idsOf } from '../../lib/ids.js';
import { reload, reloadById, reloadMany } from '../../lib/reload.js';
import { inForce, isInForce } from '../../authz/in-force.js';
import { todayInChina } from '../../lib/dates.js';
import { OrgUnitRef } from '../org/schema.js';
import { PersonRef } from '../people/schema.js';
import {
  appointToPost, assignDuty, changeDuty, endDuty, endPost, rearrangeDuties, TEAM_ROLES, uncoveredUnits,
} from './service.js';

export const DutyKindEnum = builder.enumType('DutyKind', {
  description: '责任类别 (kind of duty in the ideological work responsibility system)',
  values: {
    FIRST_RESPONSIBLE: { description: '第一责任人 (first responsible person: the secretary; the whole unit and below)' },
    DIRECT_RESPONSIBLE: { description: '直接责任人 (direct responsible person: the member in charge, 分管领导; the whole unit and below)' },
    DUAL_DUTY: { description: '一岗双责 (one post, two duties: other team members, for the areas they lead)' },
  },
});

builder.prismaNode('Duty', {
  id: { field: 'id' },
  // Select mode (issue 24, lever 1): the asked columns plus the row guard's (tenant, unit).
  select: { id: true, tenantId: true, unitId: true },
  // A node the viewer may not see resolves to null, exactly like one that does not exist.
  nullable: true,
  description: '责任分工 (a duty assignment), effective-dated over [startDate, endDate) and never deleted',
  fields: (t) => ({
    kind: t.expose('kind', { type: DutyKindEnum, description: '责任类别 (kind)' }),
    startDate: t.expose('startDate', { type: 'Date', description: '起始日期 (start date)' }),
    endDate: t.expose('endDate', { type: 'Date', nullable: true, description: '终止日期 (end date; null while in force)' }),
    endReason: t.exposeString('endReason', { nullable: true, description: '终止原因 (why it ended)' }),
    isActive: t.boolean({ description: '是否有效 (whether in force today, China date)', select: { startDate: true, endDate: true }, resolve: (d, _args, ctx) => isInForce(d, todayInChina(ctx.now())) }),
    unit: t.relation('unit', { description: '所在单位 (the committee-level unit)' }),
    person: t.relation('person', { description: '责任人 (the person)' }),
    post: t.relation('post', { description: '所依据的职务 (the post the duty rests on)' }),
    scopeUnits: t.field({
      type: [OrgUnitRef],
      description: '责任范围 (units covered, with their subtrees), those the viewer may see',
      select: (_args, ctx, nestedSelection) => ({ scope: { where: { unit: structureUnitWhere(ctx.viewer) }, select: { unit: nestedSelection(true) }, orderBy: { unitId: 'asc' } } }),
      resolve: (duty) => duty.scope.map((s) => s.unit),
    }),
  }),
});

// A unit's team and duties, as fields of OrgUnit.
builder.prismaObjectFields('OrgUnit', (t) => ({
  posts: t.relation('posts', {
    description: '任职 (posts in this unit)',
    args: { includeEnded: t.arg.boolean({ defaultValue: false, description: '含已离任 (include ended posts)' }) },
    query: (args, ctx) => ({ where: args.includeEnded ? {} : inForce(todayInChina(ctx.now())), orderBy: [{ role: 'asc' }, { startDate: 'asc' }, { id: 'asc' }] }),
  }),
  leadershipTeam: t.relation('posts', {
    description: '领导班子 (active leadership team: secretary, deputy secretaries, committee members)',
    query: (_args, ctx) => ({ where: { ...inForce(todayInChina(ctx.now())), role: { in: [...TEAM_ROLES] } }, orderBy: [{ role: 'asc' }, { startDate: 'asc' }, { id: 'asc' }] }),
  }),
  duties: t.relation('duties', {
    description: '责任分工 (duties in force on a date, today by default; or all history)',
    args: {
      asOf: t.arg({ type: 'Date', required: false, description: '查询日期 (the date; today in China by default)' }),
      includeEnded: t.arg.boolean({ defaultValue: false, description: '全部历史 (all history, ignoring asOf)' }),
    },
    query: (args, ctx) => ({
      where: args.includeEnded ? {} : inForce(args.asOf ?? todayInChina(ctx.now())),
      orderBy: [{ kind: 'asc' }, { startDate: 'asc' }, { id: 'asc' }],
    }),
  }),
  firstResponsible: t.field({
    type: PersonRef,
    nullable: true,
    description: '第一责任人 (first responsible person now)',
    select: (_args, ctx, nestedSelection) => ({ duties: { where: { ...inForce(todayInChina(ctx.now())), kind: 'FIRST_RESPONSIBLE' }, select: { person: nestedSelection(true) } } }),
    resolve: (unit) => unit.duties[0]?.person ?? null,
  }),
  directResponsible: t.field({
    type: PersonRef,
    nullable: true,
    description: '直接责任人 (direct responsible person now)',
    select: (_args, ctx, nestedSelection) => ({ duties: { where: { ...inForce(todayInChina(ctx.now())), kind: 'DIRECT_RESPONSIBLE' }, select: { person: nestedSelection(true) } } }),
    resolve: (unit) => unit.duties[0]?.person ?? null,
  }),
}));

builder.prismaObjectFields('Person', (t) => ({
  duties: t.relation('duties', {
    description: '承担的责任 (duties in units the viewer may see)',
    args: { includeEnded: t.arg.boolean({ defaultValue: false, description: '全部历史 (include ended duties)' }) },
    query: (args, ctx) => ({ where: { unit: structureUnitWhere(ctx.viewer), ...(args.includeEnded ? {} : inForce(todayInChina(ctx.now()))) }, orderBy: [{ startDate: 'desc' }] }),
  }),
}));

builder.prismaObjectFields('Post', (t) => ({
  duties: t.relation('duties', { description: '该职务承担的责任 (duties resting on this post, all history)', query: { orderBy: [{ startDate: 'asc' }] } }),
}));

interface CoverageShape {
  unit: OrgUnit;
  totalUnits: number;
  uncovered: OrgUnit[];
}

const Coverage = builder.objectRef<CoverageShape>('Coverage').implement({
  description: '责任全覆盖 (coverage, rule 7): units under a committee that no "one post, two duties" scope covers',
  fields: (t) => ({
    unit: t.field({ type: OrgUnitRef, description: '党组织 (the committee)', resolve: (c) => c.unit }),
    totalUnits: t.exposeInt('totalUnits', { description: '下级单元总数 (active units below the committee)' }),
    uncoveredCount: t.int({ description: '未覆盖数 (how many no scope covers)', resolve: (c) => c.uncovered.length }),
    uncoveredUnits: t.field({ type: [OrgUnitRef], description: '未覆盖单元 (the uncovered units)', resolve: (c) => c.uncovered }),
  }),
});

builder.queryFields((t) => ({
  unitDuties: t.prismaField({
    type: ['Duty'],
    description: '单位责任分工 (duties of a unit in force on a date — "who was responsible for this unit on 2024-03-01?")',
    args: {
      unitId: t.arg.id({ required: true }),
      asOf: t.arg({ type: 'Date', required: false, description: '查询日期 (today in China by default)' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const { structure: scope } = structureViewer(ctx.viewer);
      const unitId = idOf(String(args.unitId), 'OrgUnit', 'unitId');
      return ctx.prisma.duty.findMany({
        ...query,
        where: { unitId, unit: scope.unitWhere(), ...inForce(args.asOf ?? todayInChina(ctx.now())) },
        orderBy: [{ kind: 'asc' }, { startDate: 'asc' }],
      });
    },
  }),
  coverage: t.field({
    type: Coverage,
    description: '责任全覆盖检查 (rule 7: which units under a committee fall in no one\'s "one post, two duties" scope)',
    args: { unitId: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const { structure: scope } = structureViewer(ctx.viewer);
      const unitId = idOf(String(args.unitId), 'OrgUnit', 'unitId');
      const uncoveredIds = await uncoveredUnits(ctx.prisma, scope, unitId, todayInChina(ctx.now()));
      const [unit, totalUnits, uncovered] = await Promise.all([
        ctx.prisma.orgUnit.findUniqueOrThrow({ where: { id: unitId } }),
        ctx.prisma.orgUnit.count({ where: { AND: [scope.unitWhere(), { ancestorIds: { has: unitId }, id: { not: unitId }, archivedAt: null }] } }),
        ctx.prisma.orgUnit.findMany({ where: { id: { in: uncoveredIds }, ...scope.unitWhere() }, orderBy: [{ depth: 'asc' }, { sortOrder: 'asc' }] }),
      ]);
      return { unit, totalUnits, uncovered };
    },
  }),
}));

const DutyInput = builder.inputType('DutyInput', {
  description: '责任 (a duty to give with a post)',
  fields: (t) => ({
    kind: t.field({ type: DutyKindEnum, required: true, description: 'DIRECT_RESPONSIBLE or DUAL_DUTY' }),
    scopeUnitIds: t.idList({ required: false, description: '责任范围 (for DUAL_DUTY: units in this unit\'s subtree; non-empty)' }),
  }),
});

const AssignmentInput = builder.inputType('DutyAssignmentInput', {
  description: '分工 (one member\'s duty in a re-division)',
  fields: (t) => ({
    personId: t.id({ required: true, description: '班子成员 (the team member)' }),
    kind: t.field({ type: DutyKindEnum, required: true, description: '责任类别 (kind of duty)' }),
    scopeUnitIds: t.idList({ required: false, description: '责任范围 (for DUAL_DUTY: units in the unit\'s subtree)' }),
  }),
});

const unitIds = (ids: readonly (string | number)[] | null | undefined) => idsOf(ids?.map(String), 'OrgUnit', 'scopeUnitIds');

const unitField = (description: string) => ({ description, type: 'OrgUnit' as const });

builder.relayMutationField(
  'appointToPost',
  {
    description: '任职 (appoint a person to a post)',
    inputFields: (t) => ({
      unitId: t.id({ required: true, description: '单元 (the unit)' }),
      personId: t.id({ required: true, description: '人员 (the person)' }),
      role: t.field({ type: PostRoleEnum, required: true, description: '职务类别 (kind of post)' }),
      title: t.string({ required: false, description: '职务名称 (title)' }),
      businessArea: t.string({ required: false, description: '分管领域 (business areas led)' }),
      startDate: t.field({ type: 'Date', required: false, description: '任职日期 (today by default)' }),
      duty: t.field({ type: DutyInput, required: false, description: '责任 (required for deputy secretaries and committee members; rule 3)' }),
    }),
  },
  {
    description: '任职 (appoint to a post). A new secretary replaces the incumbent and takes the first responsibility (rule 1)',
    resolve: async (_r, { input }, ctx) => ({
      post: await appointToPost(ctx.prisma, ctx.viewer, {
        ...input,
        unitId: idOf(String(input.unitId), 'OrgUnit', 'unitId'),
        personId: idOf(String(input.personId), 'Person', 'personId'),
        duty: input.duty ? { kind: input.duty.kind, scopeUnitIds: unitIds(input.duty.scopeUnitIds) } : null,
      }, ctx.now()),
    }),
  },
  {
    description: '任职的结果 (result of appointToPost)',
    outputFields: (t) => ({
      post: t.prismaField({ type: 'Post', description: '新职务 (the new post)', resolve: (q, p, _a, ctx) => reload(ctx, 'post', q, p.post) }),
      unit: t.prismaField({
        ...unitField('单元 (the unit, whose team, posts and duties changed; a replaced secretary\'s post ends)'),
        resolve: (q, p, _a, ctx) => reloadById(ctx, 'orgUnit', q, p.post.unitId),
      }),
    }),
  },
);

builder.relayMutationField(
  'endPost',
  {
    description: '离任 (end a post)',
    inputFields: (t) => ({
      postId: t.id({ required: true, description: '职务 (the post)' }),
      endDate: t.field({ type: 'Date', required: false, description: '离任日期 (today by default)' }),
      reason: t.string({ required: false, description: '原因 (reason)' }),
    }),
  },
  {
    description: '离任 (end a post and the duties resting on it; rule 5)',
    resolve: async (_r, { input }, ctx) => ({
      post: await endPost(ctx.prisma, ctx.viewer, { postId: idOf(String(input.postId), 'Post', 'postId'), endDate: input.endDate, reason: input.reason }, ctx.now()),
    }),
  },
  {
    description: '离任的结果 (result of endPost)',
    outputFields: (t) => ({
      post: t.prismaField({ type: 'Post', description: '已结束的职务 (the ended post, with its ended duties)', resolve: (q, p, _a, ctx) => reload(ctx, 'post', q, p.post) }),
      unit: t.prismaField({
        ...unitField('单元 (the unit, whose team and duties changed)'),
        resolve: (q, p, _a, ctx) => reloadById(ctx, 'orgUnit', q, p.post.unitId),
      }),
    }),
  },
);

builder.relayMutationField(
  'assignDuty',
  {
    description: '分配责任 (assign a duty)',
    inputFields: (t) => ({
      unitId: t.id({ required: true, description: '单元 (the unit)' }),
      personId: t.id({ required: true, description: '班子成员 (the team member)' }),
      kind: t.field({ type: DutyKindEnum, required: true, description: '责任类别 (kind of duty)' }),
      scopeUnitIds: t.idList({ required: false, description: '责任范围 (for DUAL_DUTY: units in the unit\'s subtree; non-empty)' }),
      startDate: t.field({ type: 'Date', required: false, description: '开始日期 (today by default)' }),
    }),
  },
  {
    description: '分配责任 (assign a duty to a team member who holds none in the unit)',
    resolve: async (_r, { input }, ctx) => ({
      duty: await assignDuty(ctx.prisma, ctx.viewer, {
        unitId: idOf(String(input.unitId), 'OrgUnit', 'unitId'), personId: idOf(String(input.personId), 'Person', 'personId'),
        kind: input.kind, scopeUnitIds: unitIds(input.scopeUnitIds), startDate: input.startDate,
      }, ctx.now()),
    }),
  },
  {
    description: '分配责任的结果 (result of assignDuty)',
    outputFields: (t) => ({
      duty: t.prismaField({ type: 'Duty', description: '新责任 (the new duty)', resolve: (q, p, _a, ctx) => reload(ctx, 'duty', q, p.duty) }),
      unit: t.prismaField({
        ...unitField('单元 (the unit, whose duties changed)'),
        resolve: (q, p, _a, ctx) => reloadById(ctx, 'orgUnit', q, p.duty.unitId),
      }),
    }),
  },
);

builder.relayMutationField(
  'changeDuty',
  {
    description: '调整责任 (change a duty\'s kind or scope)',
    inputFields: (t) => ({
      dutyId: t.id({ required: true, description: '责任 (the current duty)' }),
      kind: t.field({ type: DutyKindEnum, required: false, description: '新责任类别 (new kind; unchanged by default)' }),
      scopeUnitIds: t.idList({ required: false, description: '新责任范围 (new scope for DUAL_DUTY; unchanged by default)' }),
      effectiveDate: t.field({ type: 'Date', required: false, description: '生效日期 (today by default)' }),
      reason: t.string({ required: false, description: '原因 (reason)' }),
    }),
  },
  {
    description: '调整责任 (change a duty\'s kind or scope: the old assignment ends, a new one starts; history is kept)',
    resolve: async (_r, { input }, ctx) => {
      const dutyId = idOf(String(input.dutyId), 'Duty', 'dutyId');
      const duty = await changeDuty(ctx.prisma, ctx.viewer, {
        dutyId, kind: input.kind, scopeUnitIds: unitIds(input.scopeUnitIds), effectiveDate: input.effectiveDate, reason: input.reason,
      }, ctx.now());
      return { duty, endedDutyId: dutyId };
    },
  },
  {
    description: '调整责任的结果 (result of changeDuty)',
    outputFields: (t) => ({
      duty: t.prismaField({ type: 'Duty', description: '新责任 (the duty that starts)', resolve: (q, p, _a, ctx) => reload(ctx, 'duty', q, p.duty) }),
      endedDuty: t.prismaField({
        type: 'Duty',
        description: '已结束的责任 (the former assignment, now ended)',
        resolve: (q, p, _a, ctx) => reloadById(ctx, 'duty', q, p.endedDutyId),
      }),
    }),
  },
);

builder.relayMutationField(
  'endDuty',
  {
    description: '终止责任 (end a duty)',
    inputFields: (t) => ({
      dutyId: t.id({ required: true, description: '责任 (the duty)' }),
      endDate: t.field({ type: 'Date', required: false, description: '终止日期 (today by default)' }),
      reason: t.string({ required: false, description: '原因 (reason)' }),
    }),
  },
  {
    description: '终止责任 (end a duty; refused when it would leave the team breaking rules 1–3)',
    resolve: async (_r, { input }, ctx) => ({
      duty: await endDuty(ctx.prisma, ctx.viewer, { dutyId: idOf(String(input.dutyId), 'Duty', 'dutyId'), endDate: input.endDate, reason: input.reason }, ctx.now()),
    }),
  },
  {
    description: '终止责任的结果 (result of endDuty)',
    outputFields: (t) => ({
      duty: t.prismaField({ type: 'Duty', description: '已结束的责任 (the ended duty)', resolve: (q, p, _a, ctx) => reload(ctx, 'duty', q, p.duty) }),
      unit: t.prismaField({
        ...unitField('单元 (the unit, whose duties changed)'),
        resolve: (q, p, _a, ctx) => reloadById(ctx, 'orgUnit', q, p.duty.unitId),
      }),
    }),
  },
);

builder.relayMutationField(
  'rearrangeDuties',
  {
    description: '班子分工调整 (re-divide the team\'s duties)',
    inputFields: (t) => ({
      unitId: t.id({ required: true, description: '单元 (the unit)' }),
      assignments: t.field({ type: [AssignmentInput], required: true, description: '分工 (every member\'s duty after the change)' }),
      effectiveDate: t.field({ type: 'Date', required: false, description: '生效日期 (today by default)' }),
      reason: t.string({ required: false, description: '原因 (reason)' }),
    }),
  },
  {
    description: '班子分工调整 (re-divide the team\'s duties at once, e.g. pass the direct responsibility to another member)',
    resolve: async (_r, { input }, ctx) => {
      const unitId = idOf(String(input.unitId), 'OrgUnit', 'unitId');
      const duties = await rearrangeDuties(ctx.prisma, ctx.viewer, {
        unitId,
        assignments: input.assignments.map((a) => ({
          personId: idOf(String(a.personId), 'Person', 'personId'), kind: a.kind, scopeUnitIds: unitIds(a.scopeUnitIds),
        })),
        effectiveDate: input.effectiveDate,
        reason: input.reason,
      }, ctx.now());
      return { duties, unitId };
    },
  },
  {
    description: '班子分工调整的结果 (result of rearrangeDuties)',
    outputFields: (t) => ({
      duties: t.prismaField({ type: ['Duty'], description: '调整后的全部在任责任 (every active duty of the unit afterwards)', resolve: (q, p, _a, ctx) => reloadMany(ctx, 'duty', q, p.duties) }),
      unit: t.prismaField({
        ...unitField('单元 (the unit, whose duties changed)'),
        resolve: (q, p, _a, ctx) => reloadById(ctx, 'orgUnit', q, p.unitId),
      }),
    }),
  },
);
