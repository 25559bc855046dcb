import { BUREAU_ROOT } from '../../authz/bureau-root.js';
import { cadrePostWhere, ratingRoundWhere } from '../../authz/visibility.js';
import { todayInChina } from '../../lib/dates.js';
import { assertDeciderViewer } from '../../authz/guards.js';
import { z } from 'zod';
import type { Viewer } from '../../authz/scope.js';
import type { PrismaClient } from '../../db/client.js';
import { inTransaction, lockUnit } from '../../db/transaction.js';
import { DomainError, notFound } from '../../errors.js';
import { Prisma } from '../../generated/prisma/client.js';
import { parseInput } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import { decidesOnAssessment } from './service.js';
import { MAX_YEAR, MIN_YEAR } from '../../lib/years.js';
import { MIN_RATINGS_FOR_SUMMARY } from './sources.js';

/**
 * 干部职工评议 (四(二) "主动接受干部职工的监督和评议"): rating rounds.
 *
 * - The body that assesses a team opens and closes its round (decision OPEN_RATING_ROUND in
 *   src/authz/deciders.ts): for the bureau committee the district, inside the bureau the committee above.
 * - While a round is OPEN, every cadre of the rated unit's own subtree (a post in force there; for the
 *   bureau committee, the whole bureau) rates the team and each member once (and may change the
 *   rating), whether or not they can see the team's unit; they see only the targets, by name, and
 *   their own rating. No one rates themself.
 * - Ratings are anonymous to everyone but the rater, also by inference (issue 23): while a round is
 *   open nothing anyone else can read moves with a rating — no audit event per rating, no count, no
 *   summary, no STAFF_RATING value. Only the deciders read the aggregate, and only once the round is
 *   closed; the audit trail records the round once, when it closes, with how many rated (nothing
 *   per rating). Ratings are frozen at close (the AssessmentRating_round_rule trigger, and the
 *   round's row lock: a rating in flight when the round closes either lands before the close
 *   counts or is refused).
 */
export { MIN_RATINGS_FOR_SUMMARY };

const D = Prisma.Decimal;
const yearSchema = z.number().int().min(MIN_YEAR, 'year out of range').max(MAX_YEAR, 'year out of range');

/**
 * Whether the viewer rates a unit's team: a cadre (cadrePostWhere, the one definition) of the rated
 * unit's own subtree — for the bureau committee the whole bureau, for a committee inside it that
 * committee's units (四(二): the cadres and staff the team leads).
 */
async function ratesTeamOf(db: PrismaClient | Prisma.TransactionClient, viewer: Viewer, tenantId: string, unitId: string, now: Date) {
  if (viewer.kind !== 'person' || viewer.tenantId !== tenantId) return false;
  return !!(await db.post.findFirst({ where: cadrePostWhere(viewer, todayInChina(now), unitId), select: { id: true } }));
}

const withTenant = { unit: { include: { tenant: { select: { districtId: true } } } } } as const;

/** Opens the year's rating round of a unit's team: the body that assesses it. */
export async function openRatingRound(prisma: PrismaClient, viewer: Viewer, input: { unitId: string; year: number }, now: Date) {
  assertDeciderViewer(viewer);
  const year = parseInput(yearSchema, input.year, 'year');
  return inTransaction(prisma, async (tx) => {
    const unit = viewer.kind === 'person'
      ? await tx.orgUnit.findFirst({ where: { id: input.unitId, ...viewer.scope.unitWhere() }, include: withTenant.unit.include })
      : await tx.orgUnit.findFirst({ where: { id: input.unitId, ...BUREAU_ROOT, tenant: { districtId: viewer.districtId } }, include: withTenant.unit.include });
    if (!unit) throw notFound('unit');
    if (!decidesOnAssessment(viewer, 'OPEN_RATING_ROUND', { unit, personId: null })) {
      throw new DomainError('NOT_THE_DECIDER', '评议轮次由考核该班子的上级开启 (the body that assesses the team opens its rating round)', { rule: 'deciders', decision: 'OPEN_RATING_ROUND' });
    }
    await lockUnit(tx, `rating-round:${unit.id}:${year}`);
    if (await tx.ratingRound.findFirst({ where: { tenantId: unit.tenantId, unitId: unit.id, year }, select: { id: true } })) throw new DomainError('RATING_ROUND_EXISTS');
    const round = await tx.ratingRound.create({
      data: {
        tenantId: unit.tenantId, unitId: unit.id, year, openedAt: now,
        ...(viewer.kind === 'person' ? { openedById: viewer.personId } : { openedByRole: viewer.role }),
      },
    });
    await recordAudit(tx, viewer, { tenantId: unit.tenantId, action: 'ratingRound.open', entityType: 'RatingRound', entityId: round.id, after: round });
    return round;
  });
}

/** Closes a round: the body that opened it (a decider of the round's unit). Ratings are final from then on. */
export async function closeRatingRound(prisma: PrismaClient, viewer: Viewer, input: { roundId: string }, now: Date) {
  assertDeciderViewer(viewer);
  return inTransaction(prisma, async (tx) => {
    const round = await tx.ratingRound.findFirst({ where: { id: input.roundId, AND: [ratingRoundWhere(viewer)] }, include: withTenant });
    if (!round || !decidesOnAssessment(viewer, 'OPEN_RATING_ROUND', { unit: round.unit, personId: null })) throw notFound('rating round');
    if (round.status === 'CLOSED') throw new DomainError('RATING_ROUND_CLOSED');
    // The update waits for ratings in flight (they hold the round's row FOR SHARE) and re-checks the status.
    const { count } = await tx.ratingRound.updateMany({ where: { id: round.id, status: 'OPEN' }, data: { status: 'CLOSED', closedAt: now } });
    if (count !== 1) throw new DomainError('RATING_ROUND_CLOSED');
    const closed = await tx.ratingRound.findUniqueOrThrow({ where: { id: round.id } });
    // The round's one record of its ratings: how many rated, nothing per rating.
    const [ratings, raters] = await Promise.all([
      tx.assessmentRating.count({ where: { tenantId: round.tenantId, roundId: round.id } }),
      tx.assessmentRating.groupBy({ by: ['raterPersonId'], where: { tenantId: round.tenantId, roundId: round.id } }),
    ]);
    await recordAudit(tx, viewer, {
      tenantId: round.tenantId, action: 'ratingRound.close', entityType: 'RatingRound', entityId: round.id,
      after: { status: 'CLOSED', raters: raters.length, ratings },
    });
    return closed;
  });
}

const ratingComment = z.string().trim().max(1000, 'comment is at most 1000 characters').nullish();

/**
 * 评议: a cadre of the bureau rates one target of an open round (the team's or a member's
 * assessment), on the set's scale; a second call changes the rating while the round is open. An
 * assessment with no open round the viewer may rate in answers NOT_FOUND, like one that does not
 * exist; the subject never rates themself.
 */
export async function rateAssessment(prisma: PrismaClient, viewer: Viewer, input: { id: string; score: string; comment?: string | null }, now = new Date()) {
  assertDeciderViewer(viewer);
  if (viewer.kind !== 'person') throw new DomainError('FORBIDDEN', 'ratings are given by cadres of the bureau');
  const comment = parseInput(ratingComment, input.comment, 'comment');
  const score = parseInput(z.string().regex(/^-?\d{1,7}(\.\d{1,2})?$/, 'score is a decimal such as "4.50"').transform((v) => new D(v)), input.score, 'score');
  return inTransaction(prisma, async (tx) => {
    const assessment = await tx.assessment.findFirst({ where: { id: input.id, tenantId: viewer.tenantId }, include: { set: true } });
    if (!assessment || !(await ratesTeamOf(tx, viewer, assessment.tenantId, assessment.unitId, now))) throw notFound('assessment');
    const found = await tx.ratingRound.findFirst({ where: { tenantId: assessment.tenantId, unitId: assessment.unitId, year: assessment.year }, select: { id: true } });
    if (!found) throw notFound('assessment');
    // The round's row, shared-locked: closing waits for this rating, and a round closed meanwhile is seen closed.
    const [round] = await tx.$queryRaw<{ id: string; status: string }[]>`SELECT "id", "status"::text AS "status" FROM "RatingRound" WHERE "id" = ${found.id} FOR SHARE`;
    if (!round || round.status !== 'OPEN' || assessment.status === 'FINAL') throw new DomainError('RATING_ROUND_CLOSED');
    if (assessment.personId === viewer.personId) throw new DomainError('FORBIDDEN', 'no one rates their own assessment');
    const { ratingScaleMin: min, ratingScaleMax: max } = assessment.set;
    if (score.lt(min) || score.gt(max)) {
      throw new DomainError('RATING_OUT_OF_SCALE', `评议分值应在 ${min.toFixed(2)}–${max.toFixed(2)} 之间 (the scale is ${min.toFixed(2)}–${max.toFixed(2)})`, {
        field: 'score', min: min.toFixed(2), max: max.toFixed(2),
      });
    }
    const rating = await tx.assessmentRating.upsert({
      where: { assessmentId_raterPersonId: { assessmentId: assessment.id, raterPersonId: viewer.personId } },
      create: { tenantId: assessment.tenantId, roundId: round.id, assessmentId: assessment.id, raterPersonId: viewer.personId, score, comment: comment ?? null },
      update: { score, comment: comment ?? null, roundId: round.id },
    });
    // 评议 is anonymous, also by inference: no audit event per rating (its time, next to the rater's
    // other events, would name the rater, and the events would count the ratings). The round is
    // recorded once, when it closes (closeRatingRound).
    return { assessment, rating, round };
  });
}

/**
 * The rating summary a viewer may read for each assessment: only a decider of the assessment
 * (SCORE_ASSESSMENT), and only once the round is closed (ratings given before rounds existed count
 * as closed). Null otherwise: a summary that moved with each rating would give a changed rating
 * away by difference, whatever the count.
 */
export async function ratingSummariesFor(prisma: PrismaClient, viewer: Viewer, assessmentIds: readonly string[]) {
  const assessments = await prisma.assessment.findMany({ where: { id: { in: [...assessmentIds] } }, include: withTenant });
  const decided = assessments.filter((a) => decidesOnAssessment(viewer, 'SCORE_ASSESSMENT', a));
  const out = new Map<string, { count: number; average: Prisma.Decimal | null; min: Prisma.Decimal | null; max: Prisma.Decimal | null } | null>();
  if (!decided.length) return out;
  const rows = await prisma.assessmentRating.groupBy({
    by: ['assessmentId'],
    where: { assessmentId: { in: decided.map((a) => a.id) } },
    _count: { _all: true }, _avg: { score: true }, _min: { score: true }, _max: { score: true },
  });
  const rounds = await prisma.ratingRound.findMany({
    where: { OR: decided.map((a) => ({ tenantId: a.tenantId, unitId: a.unitId, year: a.year })) },
    select: { unitId: true, year: true, status: true },
  });
  const open = new Set(rounds.filter((r) => r.status === 'OPEN').map((r) => `${r.unitId}:${r.year}`));
  const byId = new Map(rows.map((r) => [r.assessmentId, r]));
  for (const a of decided) {
    const r = byId.get(a.id);
    const count = r?._count._all ?? 0;
    if (open.has(`${a.unitId}:${a.year}`)) continue;
    out.set(a.id, {
      count,
      average: r?._avg.score ? new D(r._avg.score).toDecimalPlaces(2, D.ROUND_HALF_UP) : null,
      min: r?._min.score ?? null,
      max: r?._max.score ?? null,
    });
  }
  return out;
}
