import { personWhere, workRecordWhere } from '../../authz/visibility.js';
import { requestLoader } from '../../lib/request-loader.js';
// 规定动作: obligation rules (with their provenance), compliance and the summary.
import { bureauViewer } from '../../authz/guards.js';
import { builder } from '../../builder.js';
import { ComplianceStatusEnum, DistrictRoleEnum, OrgUnitKindEnum, RiskSeverityEnum, WorkRecordKindEnum } from '../../graphql/enums.js';
import { asOfArg, tallyFields, yearOf } from '../../graphql/helpers.js';
import type { Context } from '../../context.js';
import { DomainError } from '../../errors.js';
import type { OrgUnit, WorkRecord } from '../../generated/prisma/client.js';
import { idOf } from '../../lib/ids.js';
import { reload } from '../../lib/reload.js';
import { OrgUnitRef } from '../org/schema.js';
import { visibleUnit } from '../org/service.js';
import {
  complianceFor, createObligationRule, tally, updateObligationRule, type ComplianceEntry, type ComplianceStatus, type ComplianceTally, type PeriodCompliance,
} from './service.js';

export const ObligationPeriodEnum = builder.enumType('ObligationPeriod', {
  description: '考核周期 (period of an obligation rule)',
  values: {
    YEAR: { description: '每年 (yearly)' },
    HALF_YEAR: { description: '每半年 (half-yearly)' },
    QUARTER: { description: '每季度 (quarterly)' },
    MONTH: { description: '每月 (monthly)' },
  },
});

export const ObligationRuleKindEnum = builder.enumType('ObligationRuleKind', {
  description: '规则类型 (what an obligation rule measures)',
  values: {
    RECORD_COUNT: { description: '按周期计次 (counts work records of a kind per period)' },
    CHANNEL_REGISTRATION: { description: '网络阵地备案时限 (each new online channel is registered within withinDays days of launch)' },
    RISK_HANDLING: { description: '风险处置时限 (a risk of the rule\'s severity is handled within withinDays days of its report)' },
  },
});

export const ObligationRuleOriginEnum = builder.enumType('ObligationRuleOrigin', {
  description: '规则来源 (where a rule comes from)',
  values: {
    PLAN: { description: '方案规定 (stated by the plan; clause names where; its plan-given requirements cannot be weakened)' },
    LOCAL: { description: '本局补充 (a local addition: the bureau\'s own cadence, deadline or default; every field editable)' },
  },
});

export const ObligationCountBasisEnum = builder.enumType('ObligationCountBasis', {
  description: '计数对象 (whom a counting rule counts for)',
  values: {
    UNIT: { description: '按单位 (the unit\'s records count)' },
    TEAM_MEMBER: { description: '按班子成员 (each member of the unit\'s leadership team files their own; record.person)' },
  },
});

export const ObligationRuleRef = builder.prismaNode('ObligationRule', {
  id: { field: 'id' },
  // Out of scope or unknown: node() answers null, the same for both.
  nullable: true,
  description: '规定动作 (an obligation rule of the bureau: what to do, how often or within how many days, by when)',
  fields: (t) => ({
    code: t.exposeString('code', { description: '代码 (code, e.g. COMMITTEE_STUDY)' }),
    name: t.exposeString('name', { description: '名称 (name)' }),
    clause: t.exposeString('clause', { description: '依据条款 (clause of the plan that states the rule, e.g. 三(二)5; for a local rule at most the clause it serves)' }),
    origin: t.expose('origin', { type: ObligationRuleOriginEnum, description: '来源 (the plan, or a local addition)' }),
    source: t.string({
      description: '出处 (provenance: the plan\'s clause, e.g. "三(二)5", or "LOCAL" for a local addition)',
      resolve: (r) => (r.origin === 'PLAN' ? r.clause : 'LOCAL'),
    }),
    note: t.exposeString('note', { description: '说明 (why a local addition exists, or what the plan leaves open)' }),
    ruleKind: t.expose('ruleKind', { type: ObligationRuleKindEnum, description: '规则类型 (what the rule measures)' }),
    recordKind: t.expose('recordKind', { type: WorkRecordKindEnum, nullable: true, description: '计数的台账类别 (kind of record it counts; counting rules only)' }),
    minCount: t.exposeInt('minCount', { nullable: true, description: '每周期最少次数 (minimum count per period; counting rules only)' }),
    period: t.expose('period', { type: ObligationPeriodEnum, nullable: true, description: '周期 (period; counting rules only)' }),
    withinDays: t.exposeInt('withinDays', { nullable: true, description: '时限天数 (days from a channel\'s launch to its registration; the channel registration rule only)' }),
    dueMonthDay: t.exposeString('dueMonthDay', {
      nullable: true,
      description: '期限 (due day "MM-DD" counted within the period, month 01 = its first month; null: the period\'s last day; a plan rule\'s is the plan\'s)',
    }),
    internalDueMonthDay: t.exposeString('internalDueMonthDay', {
      nullable: true,
      description: '本局内部时限 (a stricter internal due day "MM-DD" the bureau set for itself, shown beside the plan\'s; the district judges by the plan\'s)',
    }),
    performedByRole: t.expose('performedByRole', {
      type: DistrictRoleEnum, nullable: true,
      description: '履行主体 (the district role whose duty it is, e.g. 区委宣传部 for 三(三)11\'s 专项督查: the bureau awaits it and is not overdue)',
    }),
    appliesToKinds: t.field({ type: [OrgUnitKindEnum], description: '适用单元类型 (unit kinds it applies to; empty: all)', resolve: (r) => r.appliesToKinds }),
    requiredRecipients: t.field({
      type: [DistrictRoleEnum],
      description: '须主送 (district roles a record must be sent to as main recipient, to count; a copy does not do)',
      resolve: (r) => r.requiredRecipients,
    }),
    requiredCopies: t.field({
      type: [DistrictRoleEnum],
      description: '须抄送 (district roles a record must reach, as main recipient or copy, to count)',
      resolve: (r) => r.requiredCopies,
    }),
    countPer: t.expose('countPer', { type: ObligationCountBasisEnum, description: '计数对象 (per unit, or per member of its team)' }),
    severity: t.expose('severity', { type: RiskSeverityEnum, nullable: true, description: '风险等级 (severity; risk handling rules only)' }),
    active: t.exposeBoolean('active', { description: '是否启用 (active)' }),
    version: t.exposeInt('version', { description: '版本 (version, +1 on each edit)' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: '修改时间 (updated at)' }),
  }),
});

// Records by id through the viewer's scope, with the client's selection: every entry of one list
// shares the selection, so one statement loads the records of all entries (and their relations).
function recordLoader(ctx: Context, query: { include?: unknown; select?: unknown }) {
  return requestLoader<string, WorkRecord | null>(ctx, `workRecords:${JSON.stringify(query)}`, async (ids) => {
    if (ctx.viewer.kind !== 'person') return ids.map(() => null);
    const rows = await ctx.prisma.workRecord.findMany({
      ...(query as object),
      where: { AND: [workRecordWhere(ctx.viewer), { id: { in: [...ids] } }] },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

const CompliancePeriodRef = builder.objectRef<PeriodCompliance>('CompliancePeriod').implement({
  description: '周期落实情况 (one period of a rule in the year)',
  fields: (t) => ({
    index: t.exposeInt('index', { description: '周期序号 (0-based index in the year)' }),
    start: t.expose('start', { type: 'Date', description: '开始 (first day)' }),
    end: t.expose('end', { type: 'Date', description: '结束 (last day)' }),
    due: t.expose('due', { type: 'Date', description: '期限 (due date)' }),
    required: t.exposeInt('required', { description: '应完成次数 (required)' }),
    counted: t.exposeInt('counted', { description: '已完成次数 (records that count)' }),
    onTime: t.exposeInt('onTime', { description: '按时完成次数 (records that count, filed (填报时间, China time) on or before the due date)' }),
    status: t.expose('status', { type: ComplianceStatusEnum, description: '状态 (status)' }),
    internalDue: t.expose('internalDue', { type: 'Date', nullable: true, description: '本局内部时限 (the bureau\'s stricter internal due date for a plan rule; null without one)' }),
    internalStatus: t.expose('internalStatus', { type: ComplianceStatusEnum, nullable: true, description: '按内部时限的状态 (status against the internal due date; null without one)' }),
  }),
});

const ComplianceEntryRef = builder.objectRef<ComplianceEntry>('ComplianceEntry').implement({
  description: '规定动作落实情况 (compliance of one rule for one unit in a year, as of a date)',
  fields: (t) => ({
    rule: t.field({ type: ObligationRuleRef, description: '规则 (rule)', resolve: (e) => e.rule }),
    unit: t.field({
      type: OrgUnitRef,
      description: '单位 (unit)',
      resolve: async (e, _args, ctx) => {
        const unit = await ctx.loaders.units.load(e.unitId);
        if (!unit) throw new DomainError('NOT_FOUND', 'unit not found');
        return unit;
      },
    }),
    year: t.exposeInt('year', { description: '所属年度 (reporting year: records of this year count, with the rule version in force that year)' }),
    asOf: t.expose('asOf', { type: 'Date', description: '截至日期 (as of)' }),
    required: t.exposeInt('required', { description: '全年应完成次数 (required in the year: minCount × periods)' }),
    counted: t.exposeInt('counted', { description: '已完成次数 (records of the reporting year that count, filed up to asOf)' }),
    withoutEvidence: t.exposeInt('withoutEvidence', { description: '无佐证 (of the records that count, those with no attachment: counted, but without evidence)' }),
    status: t.field({ type: ComplianceStatusEnum, description: '状态 (status)', resolve: (e) => e.status }),
    periods: t.field({ type: [CompliancePeriodRef], description: '各周期 (periods of the year)', resolve: (e) => e.periods }),
    missingMembers: t.prismaField({
      type: ['Person'],
      description: '未完成的班子成员 (per-person rules: team members who have not filed in a period begun so far; only people the viewer may see)',
      resolve: (query, e, _args, ctx) =>
        e.missingPersonIds.length
          ? ctx.prisma.person.findMany({ ...query, where: { AND: [personWhere(ctx.viewer), { id: { in: e.missingPersonIds } }] }, orderBy: { id: 'asc' } })
          : [],
    }),
    records: t.prismaField({
      type: ['WorkRecord'],
      description: '计入的台账 (the records that count, oldest first)',
      resolve: async (query, e, _args, ctx) =>
        (await recordLoader(ctx, query).loadMany(e.recordIds)).filter((r): r is WorkRecord => !!r && !(r instanceof Error)),
    }),
  }),
});

type Tally = ComplianceTally;
interface RuleTallyShape extends Tally { rule: ComplianceEntry['rule'] }
interface SummaryShape extends Tally { year: number; asOf: Date; units: number; byRule: RuleTallyShape[]; attention: ComplianceEntry[] }

const RuleTallyRef = builder.objectRef<RuleTallyShape>('ComplianceRuleTally').implement({
  description: '按规则汇总 (counts of units by status, for one rule)',
  fields: (t) => ({ rule: t.field({ type: ObligationRuleRef, description: '规则 (rule)', resolve: (r) => r.rule }), ...tallyFields(t) }),
});

const ComplianceSummaryRef = builder.objectRef<SummaryShape>('ComplianceSummary').implement({
  description: '落实情况汇总 (compliance over every unit the viewer may see: unit–rule pairs by status)',
  fields: (t) => ({
    year: t.exposeInt('year', { description: '年度 (year)' }),
    asOf: t.expose('asOf', { type: 'Date', description: '截至日期 (as of)' }),
    units: t.exposeInt('units', { description: '涉及单位数 (units with applicable rules)' }),
    ...tallyFields(t),
    byRule: t.field({ type: [RuleTallyRef], description: '按规则 (by rule)', resolve: (s) => s.byRule }),
    attention: t.field({
      type: [ComplianceEntryRef],
      description: '需关注 (entries overdue or due soon, overdue first)',
      resolve: (s) => s.attention,
    }),
  }),
});

builder.queryFields((t) => ({
  obligationRules: t.prismaField({
    type: ['ObligationRule'],
    description: '规定动作规则 (the bureau\'s obligation rules)',
    args: { includeInactive: t.arg.boolean({ defaultValue: false, description: '含停用 (include inactive rules)' }) },
    resolve: (query, _root, args, ctx) => {
      const { tenantId } = bureauViewer(ctx.viewer);
      return ctx.prisma.obligationRule.findMany({ ...query, where: { tenantId, ...(args.includeInactive ? {} : { active: true }) }, orderBy: { code: 'asc' } });
    },
  }),
  compliance: t.field({
    type: [ComplianceEntryRef],
    description: '规定动作落实情况 (each applicable rule for a unit in a year, as of a date (today by default))',
    args: {
      unitId: t.arg.id({ required: true, description: '单位 (unit)' }),
      year: t.arg.int({ required: true, description: '年度 (year)' }),
      asOf: t.arg({ type: 'Date', required: false, description: '截至日期 (as of; today in China by default)' }),
    },
    resolve: async (_root, args, ctx) => {
      const { scope } = bureauViewer(ctx.viewer);
      const unit: OrgUnit = await visibleUnit(ctx.prisma, scope, idOf(String(args.unitId), 'OrgUnit', 'unitId'));
      ctx.loaders.rememberUnit(unit);
      return complianceFor(ctx.prisma, { tenantId: scope.tenantId, unitIds: [unit.id] }, yearOf(args.year), asOfArg(args.asOf, ctx));
    },
  }),
  complianceSummary: t.field({
    type: ComplianceSummaryRef,
    description: '落实情况汇总 (compliance over the viewer\'s whole scope)',
    args: {
      year: t.arg.int({ required: true, description: '年度 (year)' }),
      asOf: t.arg({ type: 'Date', required: false, description: '截至日期 (as of; today in China by default)' }),
    },
    resolve: async (_root, args, ctx) => {
      const { scope } = bureauViewer(ctx.viewer);
      const asOf = asOfArg(args.asOf, ctx);
      const entries = await complianceFor(ctx.prisma, { scope }, yearOf(args.year), asOf);
      const rules = new Map(entries.map((e) => [e.rule.id, e.rule]));
      const rank = { OVERDUE: 0, DUE_SOON: 1 } as Partial<Record<ComplianceStatus, number>>;
      return {
        year: args.year,
        asOf,
        units: new Set(entries.map((e) => e.unitId)).size,
        ...tally(entries),
        byRule: [...rules.values()]
          .sort((a, b) => a.code.localeCompare(b.code))
          .map((rule) => ({ rule, ...tally(entries.filter((e) => e.rule.id === rule.id)) })),
        attention: entries
          .filter((e) => rank[e.status] !== undefined)
          .sort((a, b) => rank[a.status]! - rank[b.status]! || a.unitId.localeCompare(b.unitId)),
      };
    },
  }),
}));

// ---------------------------------------------------------------------------------------------
// Rule editing

const ruleField = (description: string) => ({ type: 'ObligationRule' as const, description });

builder.relayMutationField(
  'createObligationRule',
  {
    description: '新增规定动作规则 (add an obligation rule)',
    inputFields: (t) => ({
      code: t.string({ required: true, description: '代码 (code, A–Z 0–9 _)' }),
      name: t.string({ required: true, description: '名称 (name)' }),
      clause: t.string({ required: false, description: '服务的条款 (the clause the local rule serves, if any)' }),
      note: t.string({ required: false, description: '说明 (why the bureau adds it)' }),
      recordKind: t.field({ type: WorkRecordKindEnum, required: true, description: '计数的台账类别 (record kind it counts)' }),
      minCount: t.int({ required: true, description: '每周期最少次数 (minimum per period, ≥ 1)' }),
      period: t.field({ type: ObligationPeriodEnum, required: true, description: '周期 (period)' }),
      dueMonthDay: t.string({ required: false, description: '期限 (MM-DD within the period)' }),
      internalDueMonthDay: t.string({ required: false, description: '本局内部时限 (MM-DD, on or before dueMonthDay)' }),
      effectiveFromYear: t.int({ required: false, description: '生效年度 (first year the rule applies to; default this year; not a closed year)' }),
      appliesToKinds: t.field({ type: [OrgUnitKindEnum], required: false, description: '适用单元类型 (unit kinds; empty: all)' }),
      countPer: t.field({ type: ObligationCountBasisEnum, required: false, description: '计数对象 (per unit (default) or per team member)' }),
      requiredRecipients: t.field({ type: [DistrictRoleEnum], required: false, description: '须主送 (district roles to send to as main recipient)' }),
      requiredCopies: t.field({ type: [DistrictRoleEnum], required: false, description: '须抄送 (district roles to reach, as main recipient or copy)' }),
    }),
  },
  {
    description: '新增规定动作规则 (first or direct responsible person of the bureau committee; audited)',
    resolve: async (_r, { input }, ctx) => ({ rule: await createObligationRule(ctx.prisma, ctx.viewer, input, ctx.now()) }),
  },
  {
    description: '新增规定动作规则的结果 (result of createObligationRule)',
    outputFields: (t) => ({
      rule: t.prismaField({ ...ruleField('规定动作规则 (the new rule)'), resolve: (q, p, _a, ctx) => reload(ctx, 'obligationRule', q, p.rule) }),
    }),
  },
);

builder.relayMutationField(
  'updateObligationRule',
  {
    description: '修改规定动作规则 (edit an obligation rule; only the fields given change)',
    inputFields: (t) => ({
      ruleId: t.id({ required: true, description: '规则 (rule)' }),
      name: t.string({ required: false, description: '名称 (name)' }),
      clause: t.string({ required: false, description: '依据条款 (clause; fixed for a plan rule)' }),
      note: t.string({ required: false, description: '说明 (note)' }),
      recordKind: t.field({ type: WorkRecordKindEnum, required: false, description: '计数的台账类别 (record kind; fixed for a plan rule)' }),
      minCount: t.int({ required: false, description: '每周期最少次数 (minimum per period, ≥ 1)' }),
      period: t.field({ type: ObligationPeriodEnum, required: false, description: '周期 (period)' }),
      dueMonthDay: t.string({ required: false, description: '期限 (MM-DD within the period; empty string clears it; fixed for a plan rule)' }),
      internalDueMonthDay: t.string({ required: false, description: '本局内部时限 (a stricter internal due day MM-DD, on or before the due day; empty string clears it)' }),
      effectiveFromYear: t.int({ required: false, description: '生效年度 (the first year the edit applies to; default this year; a closed year keeps its version)' }),
      appliesToKinds: t.field({ type: [OrgUnitKindEnum], required: false, description: '适用单元类型 (unit kinds; a plan rule keeps the plan\'s)' }),
      countPer: t.field({ type: ObligationCountBasisEnum, required: false, description: '计数对象 (per unit or per team member; fixed for a plan rule)' }),
      requiredRecipients: t.field({ type: [DistrictRoleEnum], required: false, description: '须主送 (main recipients; a plan rule keeps the plan\'s)' }),
      requiredCopies: t.field({ type: [DistrictRoleEnum], required: false, description: '须抄送 (copies; a plan rule keeps the plan\'s)' }),
      withinDays: t.int({ required: false, description: '时限天数 (days, 1–365; channel registration and risk handling rules only)' }),
      active: t.boolean({ required: false, description: '是否启用 (active; a plan rule stays active)' }),
    }),
  },
  {
    description: '修改规定动作规则 (first or direct responsible person of the bureau committee; audited, version +1)',
    resolve: async (_r, { input }, ctx) => {
      const { ruleId, ...fields } = input;
      return { rule: await updateObligationRule(ctx.prisma, ctx.viewer, idOf(String(ruleId), 'ObligationRule', 'ruleId'), fields, ctx.now()) };
    },
  },
  {
    description: '修改规定动作规则的结果 (result of updateObligationRule)',
    outputFields: (t) => ({
      rule: t.prismaField({ ...ruleField('规定动作规则 (the rule, new version)'), resolve: (q, p, _a, ctx) => reload(ctx, 'obligationRule', q, p.rule) }),
    }),
  },
);

