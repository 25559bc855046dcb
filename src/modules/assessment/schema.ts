import { assessmentWhere } from '../../authz/visibility.js';
import { bureauViewer } from '../../authz/guards.js';
import { builder } from '../../builder.js';
import { DistrictRoleEnum } from '../../graphql/enums.js';
import { reload, reloadMany } from '../../lib/reload.js';
import type { Context } from '../../context.js';
import type { OrgUnit, Person, Prisma } from '../../generated/prisma/client.js';
import type { AssessmentStatus } from '../../generated/prisma/enums.js';
import { idOf } from '../../lib/ids.js';
import { requestLoader } from '../../lib/request-loader.js';
import { MAX_YEAR, MIN_YEAR } from '../../lib/years.js';
import { ViewerRef } from '../auth/schema.js';
import { OrgUnitRef } from '../org/schema.js';
import { PersonRef } from '../people/schema.js';
import { AccountabilityRecordRef } from '../accountability/schema.js';
import { measuresForSubjects } from '../accountability/service.js';
import {
  amendAssessment, approveIndicatorSet, assessmentListWhere, createAssessment, defineIndicatorSet, indicatorSetListWhere, proposeIndicatorSet, finaliseAssessment, openTeamAssessments,
  refreshAssessment, scoreTrend, startUnitAssessments, suggestedGrade, unitRanking, updateAssessment,
} from './service.js';
import { INDICATOR_SOURCES } from './sources.js';
import { ratingSummariesFor } from './ratings.js';
import { INDICATOR_SET_PURPOSE_NAMES, INDICATOR_SET_STATUS_NAMES } from '../../lib/labels.js';


export const IndicatorScoringEnum = builder.enumType('IndicatorScoring', {
  description: '计分方式 (how an indicator is scored)',
  values: {
    DERIVED: { description: '系统取数 (derived from the records the system holds, by its source)' },
    MANUAL: { description: '人工评分 (entered by the assessor, from 0 to the target)' },
  },
});

export const IndicatorSetStatusEnum = builder.enumType('IndicatorSetStatus', {
  description: '指标体系状态 (status of an indicator set version)',
  values: {
    PROPOSED: { description: `${INDICATOR_SET_STATUS_NAMES.PROPOSED} (a version of the bureau team's set the bureau proposed, awaiting 区委组织部; applies to nothing yet)` },
    ACTIVE: { description: `${INDICATOR_SET_STATUS_NAMES.ACTIVE} (the year's version in force; a later year without its own version uses it too)` },
    SUPERSEDED: { description: `${INDICATOR_SET_STATUS_NAMES.SUPERSEDED} (replaced by a later version of the same year)` },
  },
});

export const IndicatorSetPurposeEnum = builder.enumType('IndicatorSetPurpose', {
  description: '指标体系用途 (whose yardstick a set is)',
  values: {
    BUREAU_TEAM: { description: `${INDICATOR_SET_PURPOSE_NAMES.BUREAU_TEAM} (the district's: assesses the bureau committee's team and its members)` },
    INTERNAL: { description: `${INDICATOR_SET_PURPOSE_NAMES.INTERNAL} (the bureau's own: its assessments below the bureau committee's team)` },
  },
});

export const AssessmentStatusEnum = builder.enumType('AssessmentStatus', {
  description: '考核状态 (assessment status)',
  values: {
    DRAFT: { description: '草稿 (draft: values, ratings and grade may change)' },
    FINAL: { description: '定稿 (final: locked; changes only by amendment)' },
  },
});

export const AssessmentGradeEnum = builder.enumType('AssessmentGrade', {
  description: '定性等次 (qualitative grade)',
  values: {
    EXCELLENT: { description: '优秀 (excellent)' },
    GOOD: { description: '良好 (good)' },
    FAIR: { description: '一般 (fair)' },
    POOR: { description: '较差 (poor)' },
  },
});

builder.prismaNode('IndicatorSet', {
  id: { field: 'id' },
  nullable: true,
  description: '考核指标体系 (a year\'s indicator set, one version of it)',
  fields: (t) => ({
    year: t.exposeInt('year', { description: '年度 (year from which it applies; later years without a version of their own use it)' }),
    version: t.exposeInt('version', { description: '版本 (version within the bureau, purpose and year, from 1)' }),
    purpose: t.expose('purpose', { type: IndicatorSetPurposeEnum, description: '用途 (purpose: the district\'s team set or the bureau\'s own)' }),
    status: t.expose('status', { type: IndicatorSetStatusEnum, description: '状态 (status)' }),
    definedByRole: t.expose('definedByRole', { type: DistrictRoleEnum, nullable: true, description: '制定机关 (the district role that defined it, e.g. 区委组织部)' }),
    approvedByRole: t.expose('approvedByRole', { type: DistrictRoleEnum, nullable: true, description: '审批机关 (the district role that approved a version the bureau proposed)' }),
    approvedAt: t.expose('approvedAt', { type: 'DateTime', nullable: true, description: '审批时间 (when approved)' }),
    ratingScaleMin: t.field({ type: 'Decimal', description: '评议量表最低分 (lowest rating on the scale)', resolve: (s) => s.ratingScaleMin }),
    ratingScaleMax: t.field({ type: 'Decimal', description: '评议量表最高分 (highest rating on the scale)', resolve: (s) => s.ratingScaleMax }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '发布时间 (when defined)' }),
    definitions: t.relation('definitions', { description: '指标 (indicators, in order)', query: { orderBy: { sortOrder: 'asc' } } }),
  }),
});

builder.prismaObject('IndicatorDefinition', {
  description: '考核指标 (an indicator of a set)',
  fields: (t) => ({
    code: t.exposeString('code', { description: '代码 (code, e.g. TRAINING)' }),
    name: t.exposeString('name', { description: '名称 (name)' }),
    description: t.exposeString('description', { nullable: true, description: '说明 (what is measured and how)' }),
    weight: t.field({ type: 'Decimal', description: '权重 (weight; a set\'s weights sum to 100.00)', resolve: (d) => d.weight }),
    scoring: t.expose('scoring', { type: IndicatorScoringEnum, description: '计分方式 (scoring)' }),
    source: t.exposeString('source', { nullable: true, description: '数据来源 (source key of a derived indicator; see indicatorSources)' }),
    target: t.field({ type: 'Decimal', description: '满分值 (value earning the full weight: a derived target, or a manual scale\'s maximum)', resolve: (d) => d.target }),
  }),
});

const IndicatorSourceRef = builder.objectRef<{ key: string; name: string; measure: string }>('IndicatorSource').implement({
  description: '指标数据来源 (a source derived indicators can use)',
  fields: (t) => ({
    key: t.exposeString('key', { description: '键 (key, used as IndicatorDefinition.source)' }),
    name: t.exposeString('name', { description: '名称 (name)' }),
    measure: t.exposeString('measure', { description: '计量 (what the number counts)' }),
  }),
});

builder.prismaObject('AssessmentValue', {
  description: '指标得分 (an indicator\'s value and score in an assessment)',
  fields: (t) => ({
    indicator: t.relation('definition', { description: '指标 (the indicator)' }),
    value: t.field({ type: 'Decimal', nullable: true, description: '指标值 (value; null for a manual indicator not yet scored)', resolve: (v) => v.value }),
    score: t.field({ type: 'Decimal', description: '得分 (score earned: weight × min(value, target) / target)', resolve: (v) => v.score }),
    computedAt: t.expose('computedAt', { type: 'DateTime', nullable: true, description: '计算时间 (when computed)' }),
  }),
});

export const RatingRef = builder.prismaObject('AssessmentRating', {
  description: '评议 (one cadre\'s or staff member\'s rating); visible to its rater only',
  fields: (t) => ({
    score: t.field({ type: 'Decimal', description: '分值 (rating, on the set\'s scale)', resolve: (r) => r.score }),
    comment: t.exposeString('comment', { nullable: true, description: '评语 (comment)' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '时间 (when)' }),
    rater: t.relation('rater', { description: '评议人 (rater)' }),
  }),
});

builder.prismaObject('AssessmentAmendment', {
  description: '考核更正记录 (a change to a final assessment)',
  fields: (t) => ({
    field: t.exposeString('field', { description: '更正项 (what changed: value:<code>, quantitativeScore or grade)' }),
    before: t.exposeString('before', { nullable: true, description: '更正前 (before)' }),
    after: t.exposeString('after', { nullable: true, description: '更正后 (after)' }),
    reason: t.exposeString('reason', { description: '更正理由 (reason)' }),
    at: t.expose('at', { type: 'DateTime', description: '时间 (when)' }),
    by: visiblePersonField(t, 'by', 'byPersonId', '更正人 (who amended; null when not visible, or when a district body did — see byRole)'),
    byRole: t.expose('byRole', { type: DistrictRoleEnum, nullable: true, description: '更正的区级机关 (the district body that amended it)' }),
  }),
});

interface RatingSummaryShape { count: number; average: Prisma.Decimal | null; min: Prisma.Decimal | null; max: Prisma.Decimal | null }
const RatingSummary = builder.objectRef<RatingSummaryShape>('RatingSummary').implement({
  description: '评议汇总 (ratings aggregated)',
  fields: (t) => ({
    count: t.exposeInt('count', { description: '评议人数 (raters)' }),
    average: t.field({ type: 'Decimal', nullable: true, description: '平均分 (average, rounded half-up to two decimals)', resolve: (s) => s.average }),
    min: t.field({ type: 'Decimal', nullable: true, description: '最低分 (lowest)', resolve: (s) => s.min }),
    max: t.field({ type: 'Decimal', nullable: true, description: '最高分 (highest)', resolve: (s) => s.max }),
  }),
});

/** A person relation that answers null (not FORBIDDEN) when the viewer may not see the person. */
function visiblePersonField(t: any, relation: string, column: string, description: string) {
  return t.field({
    type: PersonRef,
    nullable: true,
    description,
    select: { [relation]: true },
    resolve: async (row: Record<string, unknown>, _args: unknown, ctx: Context) => {
      const person = row[relation] as Person | null;
      if (!person || !row[column]) return null;
      return (await ctx.loaders.visiblePerson.load(person.id)) ? person : null;
    },
  });
}

builder.prismaNode('Assessment', {
  id: { field: 'id' },
  nullable: true,
  description: '考核 (a unit\'s, or a leadership-team member\'s, assessment for a year)',
  fields: (t) => ({
    year: t.exposeInt('year', { description: '年度 (year)' }),
    status: t.expose('status', { type: AssessmentStatusEnum, description: '状态 (status)' }),
    subjectIsPerson: t.boolean({ description: '是否个人考核 (whether the subject is a team member rather than the unit)', resolve: (a) => a.personId !== null }),
    unit: t.field({
      type: OrgUnitRef,
      nullable: true,
      description: '被考核单位 (the unit, or the member\'s unit); null when the viewer may not see it',
      select: { unit: true },
      resolve: (a, _args, ctx) => (ctx.viewer.kind === 'person' && ctx.viewer.scope.canSeeUnit(a.unit) ? a.unit : null),
    }),
    person: visiblePersonField(t, 'person', 'personId', '被考核班子成员 (the team member; null for a unit\'s assessment, or when the viewer may not see the person — see subjectName)'),
    subjectName: t.string({
      description: '被考核对象 (the team member\'s name, or the unit\'s name: readable by everyone who sees the assessment, district deciders included)',
      select: { person: { select: { name: true } }, unit: { select: { name: true } } },
      resolve: (a) => a.person?.name ?? a.unit.name,
    }),
    indicatorSet: t.relation('set', { description: '所用指标体系 (the indicator set version it was scored with)' }),
    values: t.relation('values', {
      description: '指标得分 (indicator values and scores, in the set\'s order)',
      query: { orderBy: { definition: { sortOrder: 'asc' } } },
    }),
    quantitativeScore: t.field({ type: 'Decimal', description: '定量得分 (quantitative score, 0–100, exact)', resolve: (a) => a.quantitativeScore }),
    suggestedGrade: t.field({ type: AssessmentGradeEnum, description: '建议等次 (grade the score suggests: ≥90 优秀, ≥75 良好, ≥60 一般, else 较差)', resolve: (a) => suggestedGrade(a.quantitativeScore) }),
    grade: t.expose('grade', { type: AssessmentGradeEnum, nullable: true, description: '定性等次 (grade given by the assessor; required to finalise)' }),
    comment: t.exposeString('comment', { nullable: true, description: '考核评语 (assessor\'s comment)' }),
    finalisedAt: t.expose('finalisedAt', { type: 'DateTime', nullable: true, description: '定稿时间 (when finalised)' }),
    finalisedBy: visiblePersonField(t, 'finalisedBy', 'finalisedById', '定稿人 (who finalised; null when not visible, or when a district body did — see finalisedByRole)'),
    finalisedByRole: t.expose('finalisedByRole', { type: DistrictRoleEnum, nullable: true, description: '定等次的区级机关 (the district body that finalised it: 区委 grades the bureau team)' }),
    ratingSummary: t.field({
      type: RatingSummary,
      nullable: true,
      description: `评议汇总 (ratings by cadres and staff, aggregated in SQL). Only for the body that assesses the subject, and only once the round is closed; null while it is open, whatever the count (评议 is anonymous, also by difference)`,
      resolve: (a, _args, ctx) =>
        requestLoader<string, RatingSummaryShape | null>(ctx, 'ratingSummary', async (ids) => {
          const map = await ratingSummariesFor(ctx.prisma, ctx.viewer, ids);
          return ids.map((id) => map.get(id) ?? null);
        }).load(a.id),
    }),
    myRating: t.field({
      type: RatingRef,
      nullable: true,
      description: '我的评议 (the viewer\'s own rating; individual ratings are seen by their rater only, everyone else sees the summary)',
      select: (_args, ctx) => ({ ratings: { where: { raterPersonId: ctx.viewer.kind === 'person' ? ctx.viewer.personId : '' } } }),
      resolve: (a) => a.ratings[0] ?? null,
    }),
    amendments: t.relation('amendments', { description: '更正记录 (amendments after finalisation, oldest first)', query: { orderBy: { at: 'asc' } } }),
    accountabilityMeasures: t.field({
      type: [AccountabilityRecordRef],
      description: '当年问责情况 (accountability measures of the assessment\'s year: against the unit or anyone in it, or against the member)',
      resolve: async (a, _args, ctx) => {
        const loader = requestLoader<{ key: string; unitId: string; personId: string | null; year: number }, unknown[]>(
          ctx, 'assessmentMeasures',
          async (subjects) => {
            const map = await measuresForSubjects(ctx.prisma, ctx.viewer, subjects);
            return subjects.map((s) => map.get(s.key) ?? []);
          },
          { cacheKeyFn: (s) => s.key },
        );
        return loader.load({ key: a.id, unitId: a.unitId, personId: a.personId, year: a.year }) as never;
      },
    }),
  }),
});

builder.objectFields(ViewerRef, (t) => ({
  assessments: t.prismaField({
    type: ['Assessment'],
    description: '本人考核 (the viewer\'s own assessments as a team member, newest first)',
    resolve: (query, v, _args, ctx) =>
      v.kind === 'person' ? ctx.prisma.assessment.findMany({ ...query, where: { tenantId: v.tenantId, personId: v.personId }, orderBy: [{ year: 'desc' }] }) : [],
  }),
}));

const yearArg = (n: number | null | undefined, fallback: number) => Math.min(Math.max(n ?? fallback, MIN_YEAR), MAX_YEAR);

interface RankingShape { assessmentId: string; unitId: string; rank: number; score: Prisma.Decimal; grade: string | null; status: string }
const RankingEntry = builder.objectRef<RankingShape>('AssessmentRankingEntry').implement({
  description: '考核排名 (one unit\'s place in its committee\'s ranking)',
  fields: (t) => ({
    rank: t.exposeInt('rank', { description: '名次 (rank; ties share a rank, RANK())' }),
    score: t.field({ type: 'Decimal', description: '定量得分 (quantitative score)', resolve: (r) => r.score }),
    grade: t.field({ type: AssessmentGradeEnum, nullable: true, description: '等次 (grade)', resolve: (r) => r.grade as never }),
    status: t.field({ type: AssessmentStatusEnum, description: '状态 (status)', resolve: (r) => r.status as never }),
    unit: t.field({
      type: OrgUnitRef,
      description: '单位 (unit)',
      resolve: async (r, _a, ctx) => (await ctx.loaders.units.load(r.unitId)) as OrgUnit,
    }),
    assessment: t.prismaField({
      type: 'Assessment',
      description: '考核 (the assessment)',
      resolve: async (query, r, _a, ctx) => {
        const loader = requestLoader<string, unknown>(ctx, `rankingAssessments`, async (ids) => {
          const rows = await ctx.prisma.assessment.findMany({ ...query, where: { id: { in: [...ids] }, AND: [assessmentWhere(ctx.viewer)] } });
          const byId = new Map(rows.map((row) => [row.id, row]));
          return ids.map((id) => byId.get(id) ?? new Error('not found'));
        });
        return loader.load(r.assessmentId) as never;
      },
    }),
  }),
});

interface TrendShape { assessmentId: string; year: number; score: Prisma.Decimal; change: Prisma.Decimal | null; grade: string | null; status: string }
const TrendPoint = builder.objectRef<TrendShape>('AssessmentTrendPoint').implement({
  description: '考核趋势点 (a year\'s score)',
  fields: (t) => ({
    year: t.exposeInt('year', { description: '年度 (year)' }),
    score: t.field({ type: 'Decimal', description: '定量得分 (quantitative score)', resolve: (r) => r.score }),
    change: t.field({ type: 'Decimal', nullable: true, description: '较上一考核年度变化 (change from the previous assessed year)', resolve: (r) => r.change }),
    grade: t.field({ type: AssessmentGradeEnum, nullable: true, description: '等次 (grade)', resolve: (r) => r.grade as never }),
    status: t.field({ type: AssessmentStatusEnum, description: '状态 (status)', resolve: (r) => r.status as never }),
  }),
});

const AssessmentFilter = builder.inputType('AssessmentFilter', {
  description: '考核筛选 (filter), always within what the viewer may see',
  fields: (t) => ({
    year: t.int({ required: false, description: '年度 (year)' }),
    subtreeOf: t.id({ required: false, description: '某单位及其下级 (this unit and below)' }),
    status: t.field({ type: AssessmentStatusEnum, required: false, description: '状态 (status)' }),
    subjectIsPerson: t.boolean({ required: false, description: '个人考核/单位考核 (members\' or units\' assessments)' }),
  }),
});

type AssessmentFilterArg = { year?: number | null; subtreeOf?: string | number | null; status?: string | null; subjectIsPerson?: boolean | null } | null | undefined;
function assessmentFilterWhere(ctx: Context, f: AssessmentFilterArg): Prisma.AssessmentWhereInput {
  return assessmentListWhere(ctx.viewer, f && {
    ...f,
    status: f.status as AssessmentStatus | null | undefined,
    subtreeOf: f.subtreeOf ? idOf(String(f.subtreeOf), 'OrgUnit', 'filter.subtreeOf') : null,
  });
}

builder.queryFields((t) => ({
  indicatorSets: t.prismaField({
    type: ['IndicatorSet'],
    description: '考核指标体系 (indicator sets, every version, newest first: a bureau\'s people see their bureau\'s, both purposes; '
      + 'the district\'s assessors and 区委组织部 see the team sets of the bureaus of their district)',
    args: {
      year: t.arg.int({ required: false, description: '年度 (year)' }),
      purpose: t.arg({ type: IndicatorSetPurposeEnum, required: false, description: '用途 (purpose)' }),
      tenantId: t.arg.id({ required: false, description: '局 (a bureau, Tenant.id; for district accounts)' }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.indicatorSet.findMany({
        ...query,
        where: indicatorSetListWhere(ctx.viewer, { year: args.year, purpose: args.purpose, tenantId: args.tenantId ? String(args.tenantId) : null }),
        orderBy: [{ year: 'desc' }, { purpose: 'asc' }, { version: 'desc' }],
      }),
  }),
  indicatorSources: t.field({
    type: [IndicatorSourceRef],
    description: '指标数据来源 (sources derived indicators may use)',
    resolve: (_root, _args, ctx) => {
      bureauViewer(ctx.viewer);
      return INDICATOR_SOURCES.map((s) => ({ key: s.key, name: s.name, measure: s.measure }));
    },
  }),
  assessments: t.prismaConnection({
    type: 'Assessment',
    cursor: 'id',
    description: '考核 (assessments the viewer may see: of units they see, and their own)',
    args: { filter: t.arg({ type: AssessmentFilter, required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.assessment.findMany({ ...query, where: assessmentFilterWhere(ctx, args.filter), orderBy: [{ year: 'desc' }, { quantitativeScore: 'desc' }, { id: 'asc' }] }),
    totalCount: (_root, args, ctx) => ctx.prisma.assessment.count({ where: assessmentFilterWhere(ctx, args.filter) }),
  }, { description: '考核分页 (a page of assessments)' }, { description: '考核边 (an edge to an assessment)' }),
  assessmentRanking: t.field({
    type: [RankingEntry],
    description: '考核排名 (the units directly under a committee ranked by score for a year, among those the viewer may see)',
    args: {
      committeeId: t.arg.id({ required: true, description: '党组织 (the committee)' }),
      year: t.arg.int({ required: true, description: '年度 (year)' }),
      finalOnly: t.arg.boolean({ defaultValue: true, description: '仅定稿 (final assessments only)' }),
    },
    resolve: (_root, args, ctx) =>
      unitRanking(ctx.prisma, bureauViewer(ctx.viewer).scope, idOf(String(args.committeeId), 'OrgUnit', 'committeeId'), yearArg(args.year, MIN_YEAR), args.finalOnly ?? true),
  }),
  assessmentTrend: t.field({
    type: [TrendPoint],
    description: '考核趋势 (a unit\'s, or a team member\'s, score over the years, with the change from year to year)',
    args: {
      unitId: t.arg.id({ required: true, description: '单位 (unit)' }),
      personId: t.arg.id({ required: false, description: '班子成员 (a team member of that unit; omit for the unit itself)' }),
      fromYear: t.arg.int({ required: false, description: '起始年度 (from year)' }),
      toYear: t.arg.int({ required: false, description: '截止年度 (to year)' }),
    },
    resolve: (_root, args, ctx) =>
      scoreTrend(
        ctx.prisma, ctx.viewer, idOf(String(args.unitId), 'OrgUnit', 'unitId'),
        args.personId ? idOf(String(args.personId), 'Person', 'personId') : null,
        yearArg(args.fromYear, MIN_YEAR), yearArg(args.toYear, MAX_YEAR),
      ),
  }),
}));

const DefinitionInput = builder.inputType('IndicatorDefinitionInput', {
  description: '考核指标 (an indicator to define)',
  fields: (t) => ({
    code: t.string({ required: true, description: '代码 (code: capitals, digits, _; unique in the set)' }),
    name: t.string({ required: true, description: '名称 (name, in Chinese)' }),
    description: t.string({ required: false, description: '说明 (description)' }),
    weight: t.field({ type: 'Decimal', required: true, description: '权重 (weight; the set\'s weights sum to exactly 100)' }),
    scoring: t.field({ type: IndicatorScoringEnum, required: true, description: '计分方式 (scoring)' }),
    source: t.string({ required: false, description: '数据来源 (source key, for DERIVED only)' }),
    target: t.field({ type: 'Decimal', required: true, description: '满分值 (value earning the full weight)' }),
  }),
});

const ValueInput = builder.inputType('AssessmentValueInput', {
  description: '指标值 (a value for an indicator, by code)',
  fields: (t) => ({
    code: t.string({ required: true, description: '指标代码 (indicator code)' }),
    value: t.field({ type: 'Decimal', required: false, description: '指标值 (value; null clears a manual value)' }),
  }),
});

const assessmentId = (id: string | number) => idOf(String(id), 'Assessment', 'assessmentId');
const values = (v: readonly { code: string; value?: string | null }[] | null | undefined) => v?.map((x) => ({ code: x.code, value: x.value ?? null }));
const assessmentOf = <const L extends boolean = false>(description: string, list?: L) =>
  ({ type: (list ? ['Assessment'] : 'Assessment') as L extends true ? ['Assessment'] : 'Assessment', description });

builder.relayMutationField(
  'openTeamAssessments',
  {
    description: '启动班子考核 (open a year\'s assessments of a committee\'s leadership team and each member)',
    inputFields: (t) => ({
      unitId: t.id({ required: true, description: '党组织 (the committee whose team is assessed; a district body passes Tenant.committeeId)' }),
      year: t.int({ required: true, description: '年度 (year)' }),
    }),
  },
  {
    description: '启动班子考核 (open the DRAFT assessments of a leadership team — the team and each active member — that do not exist yet). Decided by the body above: for a bureau committee the district (区委, 区委组织部, 区委宣传部); inside a bureau the first or direct responsible people of a committee above; NOT_THE_DECIDER otherwise',
    resolve: async (_root, { input }, ctx) => {
      const created = await openTeamAssessments(ctx.prisma, ctx.viewer, { year: input.year, unitId: idOf(String(input.unitId), 'OrgUnit', 'unitId') }, ctx.now());
      return { ids: created.map((a) => a.id) };
    },
  },
  {
    description: '启动班子考核结果 (the assessments opened)',
    outputFields: (t) => ({
      assessments: t.prismaField({
        type: ['Assessment'],
        description: '新建的考核 (the assessments created; empty when all existed)',
        resolve: (query, payload, _a, ctx) => reloadMany(ctx, 'assessment', query, payload.ids.map((id) => ({ id }))) as never,
      }),
    }),
  },
);

builder.relayMutationField(
  'defineIndicatorSet',
  {
    description: '发布考核指标体系 (define a year\'s indicator set as a new version)',
    inputFields: (t) => ({
      year: t.int({ required: true, description: '年度 (the year from which it applies; later years without a version of their own use it)' }),
      ratingScaleMin: t.field({ type: 'Decimal', required: true, description: '评议量表最低分 (lowest rating, e.g. "1.00" or "0.00")' }),
      ratingScaleMax: t.field({ type: 'Decimal', required: true, description: '评议量表最高分 (highest rating, e.g. "5.00" or "100.00")' }),
      definitions: t.field({ type: [DefinitionInput], required: true, description: '指标 (1–50 indicators)' }),
      purpose: t.field({ type: IndicatorSetPurposeEnum, required: false, description: '用途 (purpose; INTERNAL by default)' }),
      tenantId: t.id({ required: false, description: '局 (the bureau, Tenant.id: required of 区委组织部 defining a team set)' }),
    }),
  },
  {
    description: '发布考核指标体系 (define a year\'s indicator set; the previous version of the year is superseded). '
      + 'INTERNAL (局内考核): the bureau committee\'s first or direct responsible people. BUREAU_TEAM (局领导班子及成员考核): 区委组织部 only — '
      + 'the bureau\'s own people are FORBIDDEN and may propose a version (proposeIndicatorSet)',
    resolve: async (_r, { input }, ctx) => ({
      indicatorSet: await defineIndicatorSet(ctx.prisma, ctx.viewer, { ...input, tenantId: input.tenantId ? String(input.tenantId) : null }),
    }),
  },
  {
    description: '发布考核指标体系的结果 (result)',
    outputFields: (t) => ({
      indicatorSet: t.prismaField({ type: 'IndicatorSet', description: '指标体系 (the version)', resolve: (q, p, _a, ctx) => reload(ctx, 'indicatorSet', q, p.indicatorSet) }),
    }),
  },
);

builder.relayMutationField(
  'proposeIndicatorSet',
  { description: '报送局领导班子考核指标建议 (propose a version of the bureau team\'s set)', inputFields: (t) => ({
      year: t.int({ required: true, description: '年度 (the year from which it applies; later years without a version of their own use it)' }),
      ratingScaleMin: t.field({ type: 'Decimal', required: true, description: '评议量表最低分 (lowest rating, e.g. "1.00" or "0.00")' }),
      ratingScaleMax: t.field({ type: 'Decimal', required: true, description: '评议量表最高分 (highest rating, e.g. "5.00" or "100.00")' }),
      definitions: t.field({ type: [DefinitionInput], required: true, description: '指标 (1–50 indicators)' }),
    }) },
  {
    description: '报送局领导班子考核指标建议 (the bureau committee\'s first or direct responsible people propose a version of the team set; '
      + 'it is 待审批 and applies to nothing until 区委组织部 approves it)',
    resolve: async (_r, { input }, ctx) => ({ indicatorSet: await proposeIndicatorSet(ctx.prisma, ctx.viewer, input) }),
  },
  {
    description: '报送局领导班子考核指标建议的结果 (result)',
    outputFields: (t) => ({
      indicatorSet: t.prismaField({ type: 'IndicatorSet', description: '指标体系 (the version)', resolve: (q, p, _a, ctx) => reload(ctx, 'indicatorSet', q, p.indicatorSet) }),
    }),
  },
);

builder.relayMutationField(
  'approveIndicatorSet',
  {
    description: '审批局领导班子考核指标 (approve a proposed version)',
    inputFields: (t) => ({ id: t.id({ required: true, description: '指标体系版本 (the proposed version)' }) }),
  },
  {
    description: '审批局领导班子考核指标 (区委组织部 only: a version a bureau proposed for its team set becomes the year\'s version in force)',
    resolve: async (_r, { input }, ctx) => ({
      indicatorSet: await approveIndicatorSet(ctx.prisma, ctx.viewer, idOf(String(input.id), 'IndicatorSet', 'id'), ctx.now()),
    }),
  },
  {
    description: '审批局领导班子考核指标的结果 (result)',
    outputFields: (t) => ({
      indicatorSet: t.prismaField({ type: 'IndicatorSet', description: '指标体系 (the version)', resolve: (q, p, _a, ctx) => reload(ctx, 'indicatorSet', q, p.indicatorSet) }),
    }),
  },
);

builder.relayMutationField(
  'createAssessment',
  {
    description: '新建考核 (open an assessment)',
    inputFields: (t) => ({
      year: t.int({ required: true, description: '年度 (year)' }),
      unitId: t.id({ required: true, description: '单位 (unit)' }),
      personId: t.id({ required: false, description: '班子成员 (team member; omit to assess the unit)' }),
    }),
  },
  {
    description: '新建考核 (open a DRAFT assessment of a unit, or of a person holding a post in it — a team member or a 中层干部, 四(二) — for a year; derived values computed; the decider is judged by the person\'s highest team position in the bureau)',
    resolve: async (_r, { input }, ctx) => ({ assessment: await createAssessment(ctx.prisma, ctx.viewer, {
        year: input.year, unitId: idOf(String(input.unitId), 'OrgUnit', 'unitId'),
        personId: input.personId ? idOf(String(input.personId), 'Person', 'personId') : null,
      }, ctx.now()) }),
  },
  {
    description: '新建考核的结果 (result of createAssessment)',
    outputFields: (t) => ({
      assessment: t.prismaField({ ...assessmentOf('考核 (the new DRAFT)'), resolve: (q, p, _a, ctx) => reload(ctx, 'assessment', q, p.assessment) }),
    }),
  },
);

builder.relayMutationField(
  'startUnitAssessments',
  {
    description: '启动年度考核 (open a year\'s unit assessments)',
    inputFields: (t) => ({
      year: t.int({ required: true, description: '年度 (year)' }),
      committeeId: t.id({ required: true, description: '党组织 (committee)' }),
    }),
  },
  {
    description: '启动年度考核 (open DRAFT assessments for every unit directly under a committee that has none for the year)',
    resolve: async (_r, { input }, ctx) => ({ assessments: await startUnitAssessments(ctx.prisma, ctx.viewer, { year: input.year, committeeId: idOf(String(input.committeeId), 'OrgUnit', 'committeeId') }) }),
  },
  {
    description: '启动年度考核的结果 (result of startUnitAssessments)',
    outputFields: (t) => ({
      assessments: t.prismaField({ ...assessmentOf('新开的考核 (the DRAFTs opened; empty when every unit had one)', true), resolve: (q, p, _a, ctx) => reloadMany(ctx, 'assessment', q, p.assessments) }),
    }),
  },
);

builder.relayMutationField(
  'updateAssessment',
  {
    description: '修改考核草稿 (edit a DRAFT assessment)',
    inputFields: (t) => ({
      assessmentId: t.id({ required: true, description: '考核 (the assessment)' }),
      values: t.field({ type: [ValueInput], required: false, description: '人工评分 (manual values)' }),
      grade: t.field({ type: AssessmentGradeEnum, required: false, description: '定性等次 (grade)' }),
      comment: t.string({ required: false, description: '考核评语 (comment)' }),
    }),
  },
  {
    description: '修改考核草稿 (enter manual values, grade or comment of a DRAFT; refused with ASSESSMENT_FINAL once final)',
    resolve: async (_r, { input }, ctx) => ({ assessment: await updateAssessment(ctx.prisma, ctx.viewer, { id: assessmentId(input.assessmentId), values: values(input.values), grade: input.grade, comment: input.comment }) }),
  },
  {
    description: '修改考核草稿的结果 (result of updateAssessment)',
    outputFields: (t) => ({
      assessment: t.prismaField({ ...assessmentOf('考核 (the changed DRAFT)'), resolve: (q, p, _a, ctx) => reload(ctx, 'assessment', q, p.assessment) }),
    }),
  },
);

builder.relayMutationField(
  'refreshAssessment',
  {
    description: '重新取数 (recompute a DRAFT)',
    inputFields: (t) => ({
      assessmentId: t.id({ required: true, description: '考核 (the assessment)' }),
    }),
  },
  {
    description: '重新取数 (recompute a DRAFT\'s derived values from the records as they are now)',
    resolve: async (_r, { input }, ctx) => ({ assessment: await refreshAssessment(ctx.prisma, ctx.viewer, assessmentId(input.assessmentId)) }),
  },
  {
    description: '重新取数的结果 (result of refreshAssessment)',
    outputFields: (t) => ({
      assessment: t.prismaField({ ...assessmentOf('考核 (the recomputed DRAFT)'), resolve: (q, p, _a, ctx) => reload(ctx, 'assessment', q, p.assessment) }),
    }),
  },
);

builder.relayMutationField(
  'finaliseAssessment',
  {
    description: '考核定稿 (finalise an assessment)',
    inputFields: (t) => ({
      assessmentId: t.id({ required: true, description: '考核 (the assessment)' }),
      grade: t.field({ type: AssessmentGradeEnum, required: true, description: '定性等次 (grade)' }),
      comment: t.string({ required: false, description: '考核评语 (comment)' }),
    }),
  },
  {
    description: '考核定稿 (DRAFT → FINAL: derived values recomputed, every manual value required, grade given; locked afterwards)',
    resolve: async (_r, { input }, ctx) => ({ assessment: await finaliseAssessment(ctx.prisma, ctx.viewer, { id: assessmentId(input.assessmentId), grade: input.grade, comment: input.comment }, ctx.now()) }),
  },
  {
    description: '考核定稿的结果 (result of finaliseAssessment)',
    outputFields: (t) => ({
      assessment: t.prismaField({ ...assessmentOf('考核 (the FINAL assessment)'), resolve: (q, p, _a, ctx) => reload(ctx, 'assessment', q, p.assessment) }),
    }),
  },
);

builder.relayMutationField(
  'amendAssessment',
  {
    description: '更正已定稿考核 (amend a FINAL assessment)',
    inputFields: (t) => ({
      assessmentId: t.id({ required: true, description: '考核 (the assessment)' }),
      values: t.field({ type: [ValueInput], required: false, description: '更正的指标值 (corrected values)' }),
      grade: t.field({ type: AssessmentGradeEnum, required: false, description: '更正的等次 (corrected grade)' }),
      reason: t.string({ required: true, description: '更正理由 (reason), 2–1000 characters' }),
    }),
  },
  {
    description: '更正已定稿考核 (amend a FINAL assessment: every changed field is recorded with the reason)',
    resolve: async (_r, { input }, ctx) => ({ assessment: await amendAssessment(ctx.prisma, ctx.viewer, { id: assessmentId(input.assessmentId), values: values(input.values), grade: input.grade, reason: input.reason }) }),
  },
  {
    description: '更正已定稿考核的结果 (result of amendAssessment)',
    outputFields: (t) => ({
      assessment: t.prismaField({ ...assessmentOf('考核 (the amended assessment, with its amendments)'), resolve: (q, p, _a, ctx) => reload(ctx, 'assessment', q, p.assessment) }),
    }),
  },
);
