import type DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { requestLoader } from '../lib/request-loader.js';
import { accountabilityWhere, assessmentWhere, hasPostInBureau, inspectionWhere, misconductRowVisible, ratingRoundWhere } from './visibility.js';
import { ASSESSMENT_DECISIONS, districtDecidesOnUnits } from './deciders.js';
import { hasDistrictDuty } from './district.js';

/**
 * One place that says, for every object type, whether the viewer may see a given row. The
 * graphql-shield rules (second layer) are built from these, and `node`/`nodes` use them to answer
 * null for a row the viewer may not see, exactly as for one that does not exist. Lists never rely
 * on them: they are filtered in SQL first. Guards read only the row, the context and per-request
 * batched loaders, so they add no statement per row.
 */
// biome-ignore lint: rows are Prisma models of many shapes
type AnyRow = any;
export type RowGuard = (row: AnyRow, ctx: Context) => boolean | Promise<boolean>;

/** A per-request batched check by id (ctx.loaders.named, the request's one cache). */
function batched(ctx: Context, name: string, batch: (ids: readonly string[]) => Promise<boolean[]>): DataLoader<string, boolean> {
  return requestLoader<string, boolean>(ctx, name, batch);
}

const personViewer = (ctx: Context) => (ctx.viewer.kind === 'person' ? ctx.viewer : undefined);

/** The viewer's scope over the bureau's structure (units, people, posts, duties), if any. */
const structureOf = (ctx: Context) => (ctx.viewer.kind === 'person' || ctx.viewer.kind === 'bureauAdmin' ? ctx.viewer.structure : undefined);

/**
 * A unit row: checked in memory against the structure scope (the row carries its ancestry). The row
 * is kept for the request's visibility loaders (ctx.loaders.knownUnits), so the posts, duties and
 * records of a unit already read need no statement to check their unit.
 */
export const unitRowVisible: RowGuard = (unit, ctx) => {
  ctx.loaders.knownUnits.set(unit.id, unit);
  return !!structureOf(ctx)?.canSeeUnit(unit);
};

/** A post or duty: visible exactly when its unit is, in the structure scope. */
const structureOfVisibleUnit: RowGuard = (row, ctx) => {
  const structure = structureOf(ctx);
  return !!structure && row.tenantId === structure.tenantId && ctx.loaders.structureUnit.load(row.unitId);
};

/**
 * A post: visible exactly when its unit is. Its holder is then visible too (personWhere: a post in a
 * unit of the viewer's structure), which is primed for the Person check of `post.person`.
 */
const postVisible: RowGuard = (row, ctx) => {
  const verdict = structureOfVisibleUnit(row, ctx);
  const primeHolder = (visible: boolean) => {
    if (visible) ctx.loaders.visiblePerson.prime(row.personId, true);
    return visible;
  };
  return typeof verdict === 'boolean' ? primeHolder(verdict) : verdict.then(primeHolder);
};

/**
 * A row that belongs to a unit (post, duty, record …): visible exactly when its unit is. A row read
 * with its unit joined (a risk or work item listed with `unit { name }`) carries the unit's ancestry,
 * so the same test runs in memory instead of a statement.
 */
export const ownedByVisibleUnit: RowGuard = (row, ctx) => {
  const viewer = personViewer(ctx);
  if (!viewer || row.tenantId !== viewer.tenantId) return false;
  const unit = row.unit;
  if (unit && unit.id === row.unitId && Array.isArray(unit.ancestorIds)) return viewer.scope.canSeeUnit(unit);
  return ctx.loaders.visibleUnit.load(row.unitId);
};

/** A channel or one of its reviews: visible exactly when the channel's owner unit is. */
const ownedByVisibleOwnerUnit: RowGuard = (row, ctx) => {
  const viewer = personViewer(ctx);
  return !!viewer && row.tenantId === viewer.tenantId && ctx.loaders.visibleUnit.load(row.ownerUnitId);
};

/** A channel, its reviews or a zero report: also for 区委网信办, over every bureau of its district. */
const channelOverseer: RowGuard = (row, ctx) => hasDistrictDuty(ctx.viewer, 'OVERSEE_CHANNELS') && ctx.loaders.tenantInDistrict.load(row.tenantId);

const either = (a: RowGuard, b: RowGuard): RowGuard => async (row, ctx) => (await a(row, ctx)) || b(row, ctx);

/** An inspection: 区委宣传部 of its district; a person of the bureau who sees the bureau committee's unit. */
const inspectionVisible: RowGuard = (row, ctx) =>
  (hasDistrictDuty(ctx.viewer, 'INSPECT') && row.districtId === ctx.viewer.districtId) || ownedByVisibleUnit(row, ctx);

/** A finding: visible when its inspection is, through the same filter the list uses (one batched query per request). */
const findingVisible: RowGuard = (row, ctx) =>
  (ctx.viewer.kind !== 'person' || row.tenantId === ctx.viewer.tenantId) &&
  batched(ctx, 'visibleInspection', async (ids) => {
    const rows = await ctx.prisma.districtInspection.findMany({ where: { id: { in: [...ids] }, AND: [inspectionWhere(ctx.viewer)] }, select: { id: true } });
    const found = new Set(rows.map((r) => r.id));
    return ids.map((id) => found.has(id));
  }).load(row.inspectionId);

/** The cyberspace office's review: that office of its district; a person who sees the channel. */
const districtChannelReviewVisible: RowGuard = (row, ctx) =>
  (hasDistrictDuty(ctx.viewer, 'OVERSEE_CHANNELS') && row.districtId === ctx.viewer.districtId) || ownedByVisibleOwnerUnit(row, ctx);

/** Configuration rows of the viewer's bureau, not records of a unit (plans, rules, indicator sets). */
const sameTenant: RowGuard = (row, ctx) => personViewer(ctx)?.tenantId === row.tenantId;

/** A bureau's configuration (indicator sets), also for a district body deciding on its district's bureaus. */
const sameTenantOrDistrictDecider: RowGuard = (row, ctx) =>
  sameTenant(row, ctx) || (ctx.viewer.kind === 'district' && !!districtDecidesOnUnits(ctx.viewer, ASSESSMENT_DECISIONS) && ctx.loaders.tenantInDistrict.load(row.tenantId));

/** Whether an assessment is visible, through the same filter the list uses (one batched query per request). */
const assessmentVisible = (ctx: Context, id: string) =>
  batched(ctx, 'visibleAssessment', async (ids) => {
    const rows = await ctx.prisma.assessment.findMany({ where: { id: { in: [...ids] }, AND: [assessmentWhere(ctx.viewer)] }, select: { id: true } });
    const found = new Set(rows.map((r) => r.id));
    return ids.map((id) => found.has(id));
  }).load(id);

/** Assessments: visible with their unit, to the person they concern, and to the district body deciding on them. */
const visibleAssessmentRow: RowGuard = (row, ctx) => {
  const viewer = personViewer(ctx);
  if (viewer) return row.tenantId === viewer.tenantId && (row.personId === viewer.personId || ctx.loaders.visibleUnit.load(row.unitId));
  return ctx.viewer.kind === 'district' && assessmentVisible(ctx, row.id);
};

/** Accountability records: the same, through the accountability filter for a district body. */
const visibleAccountabilityRow: RowGuard = (row, ctx) => {
  const viewer = personViewer(ctx);
  if (viewer) return row.tenantId === viewer.tenantId && (row.personId === viewer.personId || ctx.loaders.visibleUnit.load(row.unitId));
  if (ctx.viewer.kind !== 'district') return false;
  return batched(ctx, 'visibleAccountability', async (ids) => {
    const rows = await ctx.prisma.accountabilityRecord.findMany({ where: { id: { in: [...ids] }, AND: [accountabilityWhere(ctx.viewer)] }, select: { id: true } });
    const found = new Set(rows.map((r) => r.id));
    return ids.map((id) => found.has(id));
  }).load(row.id);
};

/** Rows of an assessment (values, amendments): visible when the assessment is. */
const partOfVisibleAssessment: RowGuard = (row, ctx) => {
  if (ctx.viewer.kind === 'person' && row.tenantId !== ctx.viewer.tenantId) return false;
  return ctx.viewer.kind !== 'anonymous' && assessmentVisible(ctx, row.assessmentId);
};

export const rowGuards: Record<string, RowGuard> = {
  OrgUnit: unitRowVisible,
  Post: postVisible,
  Duty: structureOfVisibleUnit,
  Risk: ownedByVisibleUnit,
  RiskTransition: ownedByVisibleUnit,
  RiskResponse: ownedByVisibleUnit,
  Rectification: ownedByVisibleUnit,
  OnlineChannel: either(ownedByVisibleOwnerUnit, channelOverseer),
  ChannelReview: either(ownedByVisibleOwnerUnit, channelOverseer),
  ChannelZeroReport: either(ownedByVisibleUnit, channelOverseer),
  DistrictChannelReview: districtChannelReviewVisible,
  DistrictInspection: inspectionVisible,
  InspectionFinding: findingVisible,
  AnnualPlan: sameTenant,
  ObligationRule: sameTenant,
  WorkItem: ownedByVisibleUnit,
  WorkItemNote: ownedByVisibleUnit,
  Attachment: ownedByVisibleUnit,
  WorkRecord: ownedByVisibleUnit,
  ComplianceEntry: ownedByVisibleUnit,
  // A bureau's figures, for a district role of the bureau's district.
  BureauOverview: (row, ctx) => ctx.viewer.kind === 'district' && row.tenant.districtId === ctx.viewer.districtId,
  // A work record addressed (主送 or 抄送) to the district role reading it, from its district.
  DistrictReport: (row, ctx) =>
    ctx.viewer.kind === 'district' &&
    row.unit.tenant.districtId === ctx.viewer.districtId &&
    (row.sentTo.includes(ctx.viewer.role) || row.copiedTo.includes(ctx.viewer.role)),
  LiaisonContact: ownedByVisibleUnit,
  TrainingRecord: ownedByVisibleUnit,
  // A training participant: the viewer themself, or a person the viewer may see.
  TrainingParticipant: (row, ctx) => {
    const viewer = personViewer(ctx);
    return !!viewer && row.tenantId === viewer.tenantId && (row.personId === viewer.personId || ctx.loaders.visiblePerson.load(row.personId));
  },
  IndicatorSet: sameTenantOrDistrictDecider,
  IndicatorDefinition: sameTenantOrDistrictDecider,
  Assessment: visibleAssessmentRow,
  AccountabilityRecord: visibleAccountabilityRow,
  AssessmentValue: partOfVisibleAssessment,
  AssessmentAmendment: partOfVisibleAssessment,
  // A rating is seen by its rater only (评议 is anonymous to everyone else, who sees the summary).
  AssessmentRating: (row, ctx) => {
    const viewer = personViewer(ctx);
    return !!viewer && row.tenantId === viewer.tenantId && row.raterPersonId === viewer.personId;
  },
  // A rating round: cadres of its bureau (anyone with an active post there), and the district bodies deciding on it.
  RatingRound: (row, ctx) => {
    if (ctx.viewer.kind === 'person') return row.tenantId === ctx.viewer.tenantId && hasPostInBureau(ctx.viewer);
    if (ctx.viewer.kind !== 'district') return false;
    return batched(ctx, 'visibleRatingRound', async (ids) => {
      const rows = await ctx.prisma.ratingRound.findMany({ where: { id: { in: [...ids] }, AND: [ratingRoundWhere(ctx.viewer)] }, select: { id: true } });
      const found = new Set(rows.map((r) => r.id));
      return ids.map((id) => found.has(id));
    }).load(row.id);
  },
  // Misconduct cases have their own, narrower rule (src/modules/misconduct/service.ts).
  MisconductCase: (row, ctx) => misconductRowVisible(ctx.viewer, row),
  Person: (person, ctx) => {
    const structure = structureOf(ctx);
    return !!structure && person.tenantId === structure.tenantId && ctx.loaders.visiblePerson.load(person.id);
  },
  Tenant: (tenant, ctx) =>
    ((ctx.viewer.kind === 'person' || ctx.viewer.kind === 'bureauAdmin') && tenant.id === ctx.viewer.tenantId) ||
    ((ctx.viewer.kind === 'district' || ctx.viewer.kind === 'districtAdmin') && tenant.districtId === ctx.viewer.districtId),
  District: async (district, ctx) => {
    if (ctx.viewer.kind === 'district' || ctx.viewer.kind === 'districtAdmin') return district.id === ctx.viewer.districtId;
    if (ctx.viewer.kind !== 'person' && ctx.viewer.kind !== 'bureauAdmin') return false;
    return (await ctx.loaders.bureauDistrict.load(ctx.viewer.tenantId)) === district.id;
  },
  Notification: (n, ctx) => {
    if (ctx.viewer.kind === 'district') return n.recipientUserId === ctx.viewer.userId;
    const viewer = personViewer(ctx);
    return !!viewer && n.tenantId === viewer.tenantId && n.recipientPersonId === viewer.personId &&
      (n.unitId === null || ctx.loaders.visibleUnit.load(n.unitId));
  },
  /** An event of the viewer's own bureau, for a reader of its audit trail (one query per request). */
  AuditEvent: (event, ctx) => {
    const viewer = personViewer(ctx);
    return !!viewer && event.tenantId === viewer.tenantId && event.chainKey === viewer.tenantId &&
      ctx.loaders.readsAuditTrail.load(viewer.tenantId);
  },
};
