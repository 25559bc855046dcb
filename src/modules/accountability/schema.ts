import { builder } from '../../builder.js';
import { DistrictRoleEnum } from '../../graphql/enums.js';
import { reload } from '../../lib/reload.js';
import type { Context } from '../../context.js';
import type { Person } from '../../generated/prisma/client.js';
import { globalId, idOf } from '../../lib/ids.js';
import { ViewerRef } from '../auth/schema.js';
import { OrgUnitRef } from '../org/schema.js';
import { PersonRef } from '../people/schema.js';
import {
  accountabilityFilterWhere, recordAccountability, severityOf, SOURCE_TYPES,
} from './service.js';

export const AccountabilityMeasureEnum = builder.enumType('AccountabilityMeasure', {
  description: '问责方式 (accountability measure), in the plan\'s order of severity (IV.3), mildest first',
  values: {
    REMINDER: { description: '提醒 (reminder; severity 1)' },
    CRITICISM_EDUCATION: { description: '批评教育 (criticism and education; severity 2)' },
    WRITTEN_SELF_EXAMINATION: { description: '责令作出书面检查 (ordered to submit a written self-examination; severity 3)' },
    CIRCULATED_CRITICISM: { description: '通报批评 (circulated criticism; severity 4)' },
    ORGANISATIONAL_HANDLING: { description: '组织处理 (organisational handling; severity 5)' },
    DISCIPLINARY_SANCTION: { description: '纪律处分 (disciplinary sanction; severity 6)' },
  },
});

export const AccountabilitySourceTypeEnum = builder.enumType('AccountabilitySourceType', {
  description: '问责起因类别 (what a measure arises from)',
  values: {
    RISK: { description: '风险隐患 (a risk or incident)' },
    MISCONDUCT_CASE: { description: '违规言行案件 (a misconduct case)' },
    WORK_ITEM: { description: '工作任务 (a work item of the annual plan)' },
  },
});

export const AccountabilityRecordRef = builder.prismaNode('AccountabilityRecord', {
  id: { field: 'id' },
  nullable: true,
  description: '责任追究记录 (an accountability measure against a unit or a person)',
  fields: (t) => ({
    measure: t.expose('measure', { type: AccountabilityMeasureEnum, description: '问责方式 (measure)' }),
    severity: t.int({ description: '严重程度 (severity, 1 = 提醒 … 6 = 纪律处分)', resolve: (r) => severityOf(r.measure) }),
    basis: t.exposeString('basis', { description: '问责依据 (basis: facts and the rules applied)' }),
    decidingBody: t.exposeString('decidingBody', { description: '决定机关 (deciding body)' }),
    decidedOn: t.expose('decidedOn', { type: 'Date', description: '决定日期 (date decided)' }),
    sourceType: t.expose('sourceType', { type: AccountabilitySourceTypeEnum, nullable: true, description: '起因类别 (what it arises from)' }),
    sourceId: t.id({
      nullable: true,
      description: '起因记录的全局ID (global ID of the risk, case or work item it arises from; fetch it with node())',
      resolve: (r) => (r.sourceType && r.sourceId ? globalId(SOURCE_TYPES[r.sourceType].typename, r.sourceId) : null),
    }),
    subjectIsPerson: t.boolean({ description: '是否针对个人 (whether it is against a person rather than the unit)', resolve: (r) => r.personId !== null }),
    unit: t.field({
      type: OrgUnitRef,
      nullable: true,
      description: '所涉单位 (the unit, or the person\'s unit); null when the viewer may not see it',
      select: { unit: true },
      resolve: (r, _a, ctx) => (ctx.viewer.kind === 'person' && ctx.viewer.scope.canSeeUnit(r.unit) ? r.unit : null),
    }),
    person: t.field({
      type: PersonRef,
      nullable: true,
      description: '被问责人 (the person; null when against the unit, or when the viewer may not see the person — see subjectName)',
      select: { person: true },
      resolve: async (r, _a, ctx: Context) => (r.person && (await ctx.loaders.visiblePerson.load(r.person.id)) ? (r.person as Person) : null),
    }),
    subjectName: t.string({
      description: '问责对象 (the person\'s name, or the unit\'s name: what anyone who sees the record may read, district deciders included)',
      select: { person: { select: { name: true } }, unit: { select: { name: true } } },
      resolve: (r) => r.person?.name ?? r.unit.name,
    }),
    recordedBy: t.field({
      type: PersonRef,
      nullable: true,
      description: '登记人 (who recorded it; null when a district body did, or when the viewer may not see them)',
      select: { recordedBy: true },
      resolve: async (r, _a, ctx: Context) => (r.recordedBy && (await ctx.loaders.visiblePerson.load(r.recordedBy.id)) ? (r.recordedBy as Person) : null),
    }),
    recordedByRole: t.expose('recordedByRole', { type: DistrictRoleEnum, nullable: true, description: '决定的区级机关 (the district body that decided and recorded it: 区委, 区委组织部, 区纪委监委 …)' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '登记时间 (when recorded)' }),
  }),
});

const AccountabilityFilter = builder.inputType('AccountabilityFilter', {
  description: '问责记录筛选 (filter), always within what the viewer may see',
  fields: (t) => ({
    subtreeOf: t.id({ required: false, description: '某单位及其下级 (this unit and below)' }),
    personId: t.id({ required: false, description: '被问责人 (a person)' }),
    year: t.int({ required: false, description: '年度 (year decided)' }),
    measures: t.field({ type: [AccountabilityMeasureEnum], required: false, description: '问责方式 (measures)' }),
    minSeverity: t.int({ required: false, description: '最低严重程度 (at least this severity, 1–6)' }),
  }),
});

type FilterArg = { subtreeOf?: string | number | null; personId?: string | number | null; year?: number | null; measures?: readonly string[] | null; minSeverity?: number | null } | null | undefined;
const filterOf = (f: FilterArg) => ({
  subtreeOf: f?.subtreeOf ? idOf(String(f.subtreeOf), 'OrgUnit', 'filter.subtreeOf') : null,
  personId: f?.personId ? idOf(String(f.personId), 'Person', 'filter.personId') : null,
  year: f?.year ?? null,
  measures: (f?.measures ?? null) as never,
  minSeverity: f?.minSeverity ?? null,
});

builder.queryField('accountabilityRecords', (t) =>
  t.prismaConnection({
    type: 'AccountabilityRecord',
    cursor: 'id',
    description: '责任追究记录 (measures the viewer may see: in units they see, and against themself), newest first',
    args: { filter: t.arg({ type: AccountabilityFilter, required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.accountabilityRecord.findMany({ ...query, where: accountabilityFilterWhere(ctx.viewer, filterOf(args.filter)), orderBy: [{ decidedOn: 'desc' }, { id: 'asc' }] }),
    totalCount: (_root, args, ctx) => ctx.prisma.accountabilityRecord.count({ where: accountabilityFilterWhere(ctx.viewer, filterOf(args.filter)) }),
  }, { description: '问责记录分页 (a page of measures)' }, { description: '问责记录边 (an edge to a measure)' }),
);

builder.objectFields(ViewerRef, (t) => ({
  accountabilityRecords: t.prismaField({
    type: ['AccountabilityRecord'],
    description: '针对本人的问责记录 (measures against the viewer, newest first)',
    resolve: (query, v, _args, ctx) =>
      v.kind === 'person'
        ? ctx.prisma.accountabilityRecord.findMany({ ...query, where: { tenantId: v.tenantId, personId: v.personId }, orderBy: [{ decidedOn: 'desc' }] })
        : [],
  }),
}));

builder.relayMutationField(
  'recordAccountability',
  {
    description: '登记责任追究 (record an accountability measure)',
    inputFields: (t) => ({
      unitId: t.id({ required: true, description: '所涉单位 (the unit; for a person, the unit where they hold or held a post)' }),
      personId: t.id({ required: false, description: '被问责人 (the person; omit for a measure against the unit)' }),
      measure: t.field({ type: AccountabilityMeasureEnum, required: true, description: '问责方式 (measure)' }),
      basis: t.string({ required: true, description: '问责依据 (basis), 1–2000 characters' }),
      decidingBody: t.string({ required: true, description: '决定机关 (deciding body, e.g. 局党委), 1–100 characters' }),
      decidedOn: t.field({ type: 'Date', required: true, description: '决定日期 (date decided; not in the future)' }),
      sourceType: t.field({ type: AccountabilitySourceTypeEnum, required: false, description: '起因类别 (what it arises from)' }),
      sourceId: t.id({ required: false, description: '起因记录 (global ID of the risk, case or work item)' }),
    }),
  },
  {
    description: '登记责任追究 (record a measure); only first or direct responsible people of a committee at or above the subject\'s unit',
    resolve: async (_r, { input }, ctx) => ({
      accountabilityRecord: await recordAccountability(ctx.prisma, ctx.viewer, {
        ...input,
        unitId: idOf(String(input.unitId), 'OrgUnit', 'unitId'),
        personId: input.personId ? idOf(String(input.personId), 'Person', 'personId') : null,
        sourceId: input.sourceId ? String(input.sourceId) : null,
      }, ctx.now()),
    }),
  },
  {
    description: '登记责任追究的结果 (result of recordAccountability)',
    outputFields: (t) => ({
      accountabilityRecord: t.prismaField({
        type: 'AccountabilityRecord',
        description: '责任追究记录 (the new record)',
        resolve: (q, p, _a, ctx) => reload(ctx, 'accountabilityRecord', q, p.accountabilityRecord),
      }),
    }),
  },
);
