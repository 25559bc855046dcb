import { ratingRoundWhere } from '../../authz/visibility.js';
import { builder } from '../../builder.js';
import { DistrictRoleEnum } from '../../graphql/enums.js';
import type { Context } from '../../context.js';
import type { AssessmentRating } from '../../generated/prisma/client.js';
import { globalId, idOf } from '../../lib/ids.js';
import { reload } from '../../lib/reload.js';
import { closeRatingRound, MIN_RATINGS_FOR_SUMMARY, openRatingRound, rateAssessment } from './ratings.js';
import { RatingRef } from './schema.js';

/** 干部职工评议 rounds: see src/modules/assessment/ratings.ts. */

export const RatingRoundStatusEnum = builder.enumType('RatingRoundStatus', {
  description: '评议轮次状态 (rating round status)',
  values: {
    OPEN: { description: '进行中 (open: cadres rate and may change their rating)' },
    CLOSED: { description: '已结束 (closed: ratings are final)' },
  },
});

interface TargetShape { id: string; subjectName: string; subjectIsPerson: boolean; myRating: AssessmentRating | null }

const RatingTargetRef = builder.objectRef<TargetShape>('RatingTarget').implement({
  description: '评议对象 (a target of a round: the team, or one member; a rater sees only this, by name)',
  fields: (t) => ({
    assessmentId: t.id({ description: '考核全局ID (the target assessment\'s global ID: pass it to rateAssessment)', resolve: (x) => globalId('Assessment', x.id) }),
    subjectName: t.exposeString('subjectName', { description: '评议对象 (the team\'s unit name, or the member\'s name)' }),
    subjectIsPerson: t.exposeBoolean('subjectIsPerson', { description: '是否班子成员 (whether the target is a member rather than the team)' }),
    myRating: t.field({ type: RatingRef, nullable: true, description: '我的评议 (the viewer\'s own rating of this target; no one else\'s)', resolve: (x) => x.myRating }),
  }),
});

builder.prismaNode('RatingRound', {
  id: { field: 'id' },
  nullable: true,
  description: '干部职工评议轮次 (a year\'s rating round of a unit\'s team and its members, 四(二))',
  fields: (t) => ({
    year: t.exposeInt('year', { description: '年度 (year)' }),
    status: t.expose('status', { type: RatingRoundStatusEnum, description: '状态 (status)' }),
    unitName: t.string({ description: '被评议班子所在单位 (the unit whose team is rated)', select: { unit: { select: { name: true } } }, resolve: (r) => r.unit.name }),
    openedAt: t.expose('openedAt', { type: 'DateTime', description: '开启时间 (when opened)' }),
    openedByRole: t.expose('openedByRole', { type: DistrictRoleEnum, nullable: true, description: '开启的区级机关 (the district body that opened it, if any)' }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true, description: '结束时间 (when closed)' }),
    minRatingsForSummary: t.int({
      description: `评议汇总最低人数 (formerly: ratings needed before the deciders saw the summary while the round was open, ${MIN_RATINGS_FOR_SUMMARY}; the summary is now shown only once the round is closed)`,
      deprecationReason: 'The summary is shown only after the round closes, whatever the count (issue 23).',
      resolve: () => MIN_RATINGS_FOR_SUMMARY,
    }),
    targets: t.field({
      type: [RatingTargetRef],
      description: '评议对象 (the team and each member under assessment that year; the viewer\'s own assessment left out)',
      resolve: async (round, _a, ctx: Context) => {
        const me = ctx.viewer.kind === 'person' ? ctx.viewer.personId : null;
        const assessments = await ctx.prisma.assessment.findMany({
          where: { tenantId: round.tenantId, unitId: round.unitId, year: round.year, ...(me ? { OR: [{ personId: null }, { personId: { not: me } }] } : {}) },
          select: { id: true, personId: true, unit: { select: { name: true } }, person: { select: { name: true } }, ratings: { where: { raterPersonId: me ?? '' } } },
          orderBy: [{ personId: { sort: 'asc', nulls: 'first' } }, { id: 'asc' }],
        });
        return assessments.map((a) => ({ id: a.id, subjectName: a.person?.name ?? a.unit.name, subjectIsPerson: a.personId !== null, myRating: a.ratings[0] ?? null }));
      },
    }),
  }),
});

builder.queryField('ratingRounds', (t) =>
  t.prismaField({
    type: ['RatingRound'],
    description: '评议轮次 (rating rounds: for a cadre, those of their bureau — rate the targets of the open ones; for a district body that assesses, those of its bureau committees), newest first',
    args: { openOnly: t.arg.boolean({ defaultValue: true, description: '仅进行中 (open rounds only)' }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.ratingRound.findMany({
        ...query,
        where: { AND: [ratingRoundWhere(ctx.viewer), args.openOnly ? { status: 'OPEN' } : {}] },
        orderBy: [{ year: 'desc' }, { openedAt: 'desc' }],
      }),
  }),
);

builder.relayMutationField(
  'openRatingRound',
  {
    description: '开启评议 (open a rating round)',
    inputFields: (t) => ({
      unitId: t.id({ required: true, description: '被评议班子所在单位 (the unit whose team is rated; a district body passes Tenant.committeeId)' }),
      year: t.int({ required: true, description: '年度 (year)' }),
    }),
  },
  {
    description: '开启干部职工评议 (open the year\'s rating round of a team and its members); the body that assesses it only (NOT_THE_DECIDER otherwise), one round per unit and year (RATING_ROUND_EXISTS)',
    resolve: async (_root, { input }, ctx) => openRatingRound(ctx.prisma, ctx.viewer, { unitId: idOf(String(input.unitId), 'OrgUnit', 'unitId'), year: input.year }, ctx.now()),
  },
  {
    description: '开启评议结果 (the round opened)',
    outputFields: (t) => ({
      round: t.prismaField({ type: 'RatingRound', description: '评议轮次 (the round)', resolve: (query, round, _a, ctx) => reload(ctx, 'ratingRound', query, round) }),
    }),
  },
);

builder.relayMutationField(
  'closeRatingRound',
  {
    description: '结束评议 (close a rating round)',
    inputFields: (t) => ({ roundId: t.id({ required: true, description: '评议轮次 (the round)' }) }),
  },
  {
    description: '结束干部职工评议 (close a rating round: ratings become final and the deciders see the summary whatever the count)',
    resolve: async (_root, { input }, ctx) => closeRatingRound(ctx.prisma, ctx.viewer, { roundId: idOf(String(input.roundId), 'RatingRound', 'roundId') }, ctx.now()),
  },
  {
    description: '结束评议结果 (the round closed)',
    outputFields: (t) => ({
      round: t.prismaField({ type: 'RatingRound', description: '评议轮次 (the round)', resolve: (query, round, _a, ctx) => reload(ctx, 'ratingRound', query, round) }),
    }),
  },
);

builder.relayMutationField(
  'rateAssessment',
  {
    description: '评议 (rate a target of an open round)',
    inputFields: (t) => ({
      assessmentId: t.id({ required: true, description: '评议对象 (RatingTarget.assessmentId)' }),
      score: t.field({ type: 'Decimal', required: true, description: '分值 (rating, within the set\'s scale)' }),
      comment: t.string({ required: false, description: '评语 (comment)' }),
    }),
  },
  {
    description: '评议 (a cadre of the bureau rates the team or a member while the round is open; a second call changes the rating). Anonymous: only the rater sees it',
    resolve: async (_root, { input }, ctx) => {
      const { rating } = await rateAssessment(ctx.prisma, ctx.viewer, { id: idOf(String(input.assessmentId), 'Assessment', 'assessmentId'), score: input.score, comment: input.comment }, ctx.now());
      return rating;
    },
  },
  {
    description: '评议结果 (the viewer\'s rating)',
    outputFields: (t) => ({
      rating: t.field({ type: RatingRef, description: '我的评议 (the viewer\'s rating, as stored)', resolve: (rating) => rating }),
    }),
  },
);
