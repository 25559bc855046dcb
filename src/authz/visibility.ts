import { BUREAU_ROOT } from './bureau-root.js';
import { Prisma } from '../generated/prisma/client.js';
import { ASSESSMENT_DECISIONS, districtDecidesOnUnits, districtMeasures, MEASURES_BY_SEVERITY } from './deciders.js';
import { inForce } from './in-force.js';
import { type UnitScope, type Viewer } from './scope.js';
import { hasDistrictDuty } from './district.js';

/**
 * What a viewer may see, for every model: the first authorisation layer, in SQL (issue 12). One
 * signature, `(viewer: Viewer) => Prisma.<Model>WhereInput`, built only from the viewer (its scope,
 * computed once per request by loadViewer) — no query, no context. Modules combine these with their
 * list filters (status, year, subtreeOf …); the row guards (src/authz/row-guards.ts) check a loaded
 * row with the same rules; raw SQL uses `unitSql`, generated from the same scope data as
 * `UnitScope.unitWhere`. A predicate that matches nothing for a viewer kind says so with NOTHING.
 */

const NOTHING = { id: { in: [] as string[] } };

/** The scope of a bureau person's records (nothing for anyone else). */
export const recordScopeOf = (viewer: Viewer): UnitScope | undefined => (viewer.kind === 'person' ? viewer.scope : undefined);

/** The scope over the bureau's structure (units, people, posts, duties): a person's, or the whole bureau for its administrator. */
export const structureScopeOf = (viewer: Viewer): UnitScope | undefined =>
  viewer.kind === 'person' || viewer.kind === 'bureauAdmin' ? viewer.structure : undefined;

// ---------------------------------------------------------------------------------------------
// Units and the structure

/** The units whose records the viewer may see; nothing at all for anyone but a bureau person. */
export function visibleUnitWhere(viewer: Viewer): Prisma.OrgUnitWhereInput {
  return recordScopeOf(viewer)?.unitWhere() ?? NOTHING;
}

/**
 * The units of the bureau's structure the viewer may see (units, posts, duties hang off them): the
 * same as visibleUnitWhere for people, the whole bureau for its administrator.
 */
export function structureUnitWhere(viewer: Viewer): Prisma.OrgUnitWhereInput {
  return structureScopeOf(viewer)?.unitWhere() ?? NOTHING;
}

/**
 * A person is visible to a bureau viewer who sees (in the bureau's structure) a unit where they hold
 * or held a post, and to themself; people not yet placed in any unit are visible to those who may
 * place them (first and direct responsible people, the bureau's administrator).
 */
export function personWhere(viewer: Viewer): Prisma.PersonWhereInput {
  const structure = structureScopeOf(viewer);
  if (!structure) return NOTHING;
  const anyOf: Prisma.PersonWhereInput[] = [{ posts: { some: { unit: structure.unitWhere() } } }];
  if (viewer.kind === 'person') anyOf.push({ id: viewer.personId });
  if (structure.managedRoots.length) anyOf.push({ posts: { none: {} } });
  return { tenantId: structure.tenantId, OR: anyOf };
}

// ---------------------------------------------------------------------------------------------
// Records that belong to a unit: visible exactly when their unit is (bureau people only)

/** Risks (and their transitions, responses, rectifications through their risk). */
export function riskWhere(viewer: Viewer): Prisma.RiskWhereInput {
  return recordScopeOf(viewer)?.viaUnit() ?? NOTHING;
}

/**
 * Online channels: visible exactly when their owner unit is; for 区委网信办 (DISTRICT_DUTIES
 * OVERSEE_CHANNELS, src/authz/district.ts), those of every bureau of its district.
 */
export function channelWhere(viewer: Viewer): Prisma.OnlineChannelWhereInput {
  if (viewer.kind === 'person') return { tenantId: viewer.tenantId, ownerUnit: viewer.scope.unitWhere() };
  if (hasDistrictDuty(viewer, 'OVERSEE_CHANNELS')) return { ownerUnit: { tenant: { districtId: viewer.districtId } } };
  return NOTHING;
}

/** Zero reports: with their unit; for 区委网信办, those of every bureau of its district. */
export function zeroReportWhere(viewer: Viewer): Prisma.ChannelZeroReportWhereInput {
  if (hasDistrictDuty(viewer, 'OVERSEE_CHANNELS')) return { unit: { tenant: { districtId: viewer.districtId } } };
  return recordScopeOf(viewer)?.viaUnit() ?? NOTHING;
}

/**
 * 专项督查 (issue 11): 区委宣传部 (DISTRICT_DUTIES INSPECT) sees the inspections of its district; a
 * bureau person those of their bureau when they see the bureau committee's unit (the inspection is
 * the committee's record).
 */
export function inspectionWhere(viewer: Viewer): Prisma.DistrictInspectionWhereInput {
  if (hasDistrictDuty(viewer, 'INSPECT')) return { districtId: viewer.districtId };
  return recordScopeOf(viewer)?.viaUnit() ?? NOTHING;
}

/** Findings of the inspections the viewer sees. */
export function inspectionFindingWhere(viewer: Viewer): Prisma.InspectionFindingWhereInput {
  return { inspection: inspectionWhere(viewer) };
}

export function workItemWhere(viewer: Viewer): Prisma.WorkItemWhereInput {
  return recordScopeOf(viewer)?.viaUnit() ?? NOTHING;
}

export function workRecordWhere(viewer: Viewer): Prisma.WorkRecordWhereInput {
  return recordScopeOf(viewer)?.viaUnit() ?? NOTHING;
}

export function liaisonWhere(viewer: Viewer): Prisma.LiaisonContactWhereInput {
  return recordScopeOf(viewer)?.viaUnit() ?? NOTHING;
}

export function trainingWhere(viewer: Viewer): Prisma.TrainingRecordWhereInput {
  return recordScopeOf(viewer)?.viaUnit() ?? NOTHING;
}

/**
 * The participants of a visible training whom the viewer may see (personWhere, as node(Person)):
 * the one definition behind `participants`, `participantCount` and the `participantId` filter, so
 * that a hidden participant is neither listed, nor counted, nor matched.
 */
export function visibleParticipantWhere(viewer: Viewer): Prisma.TrainingParticipantWhereInput {
  return viewer.kind === 'person' ? { person: personWhere(viewer) } : { personId: { in: [] } };
}

/** A notification is its recipient's alone, and only while they may still see its unit. */
export function notificationWhere(viewer: Viewer): Prisma.NotificationWhereInput {
  // A district account's own reminders (区委宣传部's 专项督查 to do), addressed to the account.
  if (viewer.kind === 'district') return { recipientUserId: viewer.userId };
  if (viewer.kind !== 'person') return NOTHING;
  return {
    tenantId: viewer.tenantId,
    recipientPersonId: viewer.personId,
    OR: [{ unitId: null }, { unit: viewer.scope.unitWhere() }],
  };
}

// ---------------------------------------------------------------------------------------------
// Narrower or wider rules

/**
 * Misconduct cases (task 14), the most sensitive records, narrower than the unit scope: the bureau
 * committee's first and direct responsible people (viewer.leadsBureau); a DISCIPLINE_INSPECTION
 * account, for the cases referred to its district's body; nobody else.
 */
export function misconductWhere(viewer: Viewer): Prisma.MisconductCaseWhereInput {
  if (viewer.kind === 'person' && viewer.leadsBureau) return { tenantId: viewer.tenantId };
  if (viewer.kind === 'district' && viewer.role === 'DISCIPLINE_INSPECTION') {
    return { referredToDistrictId: viewer.districtId, referredOn: { not: null } };
  }
  return NOTHING;
}

/** misconductWhere for one row already loaded (the row guard, the shield's second layer). */
export function misconductRowVisible(viewer: Viewer, row: { tenantId: string; referredOn: Date | null; referredToDistrictId: string | null }): boolean {
  if (viewer.kind === 'person') return viewer.leadsBureau && row.tenantId === viewer.tenantId;
  if (viewer.kind === 'district') return viewer.role === 'DISCIPLINE_INSPECTION' && row.referredOn !== null && row.referredToDistrictId === viewer.districtId;
  return false;
}

/**
 * Assessments: a bureau person, those of units they see and their own; a district body that
 * assesses, those of its district's bureau committees and their members — exactly what it decides on.
 */
export function assessmentWhere(viewer: Viewer): Prisma.AssessmentWhereInput {
  if (viewer.kind === 'district') {
    const units = districtDecidesOnUnits(viewer, ASSESSMENT_DECISIONS);
    return units ? { unit: units } : NOTHING;
  }
  if (viewer.kind !== 'person') return NOTHING;
  return { tenantId: viewer.tenantId, OR: [{ unit: viewer.scope.unitWhere() }, { personId: viewer.personId }] };
}

/**
 * Accountability measures: a bureau person, those of units they see and their own; a district body,
 * exactly those it decides (src/authz/deciders.ts): the measures of its kinds against a bureau
 * committee of its district or its members, and — for the discipline body — every 纪律处分 in its
 * district's bureaus. Nothing else person-level.
 */
export function accountabilityWhere(viewer: Viewer): Prisma.AccountabilityRecordWhereInput {
  if (viewer.kind === 'district') {
    const { root, inside } = districtMeasures(viewer.role, MEASURES_BY_SEVERITY);
    const inDistrict = { tenant: { districtId: viewer.districtId } };
    const anyOf: Prisma.AccountabilityRecordWhereInput[] = [];
    if (root.length) anyOf.push({ measure: { in: root }, unit: { ...BUREAU_ROOT, ...inDistrict } });
    if (inside.length) anyOf.push({ measure: { in: inside }, unit: inDistrict });
    return anyOf.length ? { OR: anyOf } : NOTHING;
  }
  if (viewer.kind !== 'person') return NOTHING;
  return { tenantId: viewer.tenantId, OR: [{ unit: viewer.scope.unitWhere() }, { personId: viewer.personId }] };
}

/**
 * Rating rounds: a cadre of a bureau (anyone with a post in force there: a person's scope is built
 * from their posts, so an empty one means none), its rounds; a district body, the rounds of the
 * bureau committees it assesses. Others: none.
 */
export function ratingRoundWhere(viewer: Viewer): Prisma.RatingRoundWhereInput {
  if (viewer.kind === 'person') return hasPostInBureau(viewer) ? { tenantId: viewer.tenantId } : NOTHING;
  if (viewer.kind === 'district' && ['DISTRICT_COMMITTEE', 'ORGANISATION_DEPARTMENT', 'PROPAGANDA_DEPARTMENT'].includes(viewer.role)) {
    return { unit: { ...BUREAU_ROOT, tenant: { districtId: viewer.districtId } } };
  }
  return NOTHING;
}

/**
 * 干部职工 — one definition: a person of the bureau holding a post in force today (inForce). A
 * person's scope is built from exactly those posts (and the duties that need them), so in memory it
 * is "the scope is not empty" (hasPostInBureau); in SQL it is cadrePostWhere. A rater of a team
 * (干部职工评议, 四(二)) is a cadre of the rated unit's own subtree: cadrePostWhere(…, unitId).
 */
export function cadrePostWhere(viewer: Extract<Viewer, { kind: 'person' }>, today: Date, underUnitId?: string): Prisma.PostWhereInput {
  return {
    tenantId: viewer.tenantId, personId: viewer.personId, ...inForce(today),
    ...(underUnitId ? { unit: { ancestorIds: { has: underUnitId } } } : {}),
  };
}

/** Whether a bureau person holds any post in force (their scope is not empty): the in-memory form of cadrePostWhere. */
export function hasPostInBureau(viewer: Extract<Viewer, { kind: 'person' }>): boolean {
  return viewer.scope.subtreeRoots.length + viewer.scope.singleUnits.length > 0;
}

// ---------------------------------------------------------------------------------------------
// Raw SQL

/**
 * A scope's visible units as an SQL condition on the alias `alias` of "OrgUnit": the same rule as
 * UnitScope.unitWhere (ancestry overlapping the subtree roots, on the GIN index, or one of the
 * single units), for the raw statements (rankings, compliance).
 */
export function scopeUnitSql(scope: UnitScope, alias = 'u'): Prisma.Sql {
  const u = Prisma.raw(`"${alias.replace(/"/g, '')}"`);
  const parts: Prisma.Sql[] = [];
  if (scope.subtreeRoots.length) parts.push(Prisma.sql`${u}."ancestorIds" && ${[...scope.subtreeRoots]}::text[]`);
  if (scope.singleUnits.length) parts.push(Prisma.sql`${u}."id" = ANY(${[...scope.singleUnits]}::text[])`);
  return parts.length ? Prisma.sql`(${u}."tenantId" = ${scope.tenantId} AND (${Prisma.join(parts, ' OR ')}))` : Prisma.sql`FALSE`;
}

