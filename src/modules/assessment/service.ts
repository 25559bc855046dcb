import { BUREAU_ROOT } from '../../authz/bureau-root.js';
import { assessmentWhere, scopeUnitSql } from '../../authz/visibility.js';
import { inForce } from '../../authz/in-force.js';
import { subtreeOfWhere } from '../../authz/scope.js';
import { assertMayActOnBureau } from '../../authz/actions.js';
import { districtDutyViewer, hasDistrictDuty } from '../../authz/district.js';
import { assertDeciderViewer } from '../../authz/guards.js';
import { z } from 'zod';
import { bureauViewer } from '../../authz/guards.js';
import { ASSESSMENT_DECISIONS, districtDecidesOnUnits, highestUnit, mayDecideOnPerson, notTheDeciderMessage, teamPositions, teamPositionsOf, type Decision, type DecisionSubject } from '../../authz/deciders.js';
import { todayInChina } from '../../lib/dates.js';
import type { UnitScope, Viewer } from '../../authz/scope.js';
import type { PrismaClient } from '../../db/client.js';
import { inTransaction, lockUnit, type Tx } from '../../db/transaction.js';
import { DomainError, notFound } from '../../errors.js';
import { Prisma, type Assessment, type IndicatorDefinition, type OrgUnit } from '../../generated/prisma/client.js';
import type { AssessmentGrade, AssessmentStatus, DistrictRole, IndicatorScoring, IndicatorSetPurpose } from '../../generated/prisma/enums.js';
import { parseInput } from '../../lib/validation.js';
import { MAX_YEAR, MIN_YEAR } from '../../lib/years.js';
import { recordAudit } from '../audit/service.js';
import { TEAM_ROLES } from '../duties/service.js';
import { actableUnit, visibleUnit } from '../org/service.js';
import { assertSourcesKnown, deriveValues, subjectKey, type Subject } from './sources.js';

/**
 * Assessment as data (task 10, IV.2): yearly indicator sets, assessments of units and of
 * leadership-team members, cadres' and staff's ratings (评议), DRAFT → FINAL with amendments after.
 *
 * Arithmetic is exact (numeric in SQL, decimal.js in code). An indicator earns
 * weight × min(value, target) / target, rounded half-up to two decimals; the quantitative score is
 * the sum of what the indicators earn, so it never exceeds 100.
 */

const D = Prisma.Decimal;
type Decimal = Prisma.Decimal;
const ZERO = new D(0);


const decimal = (field: string) =>
  z.string().regex(/^\d{1,7}(\.\d{1,2})?$/, `${field} is a non-negative decimal with at most two decimals, e.g. "12.50"`)
    .transform((v) => new D(v));
const year = z.number().int().min(MIN_YEAR, 'year out of range').max(MAX_YEAR, 'year out of range');

/** What one indicator earns. */
export function indicatorScore(weight: Decimal, target: Decimal, value: Decimal | null): Decimal {
  if (value === null) return ZERO;
  const capped = D.min(D.max(value, ZERO), target);
  return weight.mul(capped).div(target).toDecimalPlaces(2, D.ROUND_HALF_UP);
}

/** The grade the quantitative score suggests; the assessor decides the grade (定性考核). */
export function suggestedGrade(score: Decimal): AssessmentGrade {
  if (score.gte(90)) return 'EXCELLENT';
  if (score.gte(75)) return 'GOOD';
  if (score.gte(60)) return 'FAIR';
  return 'POOR';
}

// ---------------------------------------------------------------------------------------------
// Who may do what

/**
 * No one judges their superior (DOMAIN.md §6): a unit's team and its members are assessed by the
 * body above — for the bureau committee, the district; inside the bureau, the first and direct
 * responsible people of a committee above the unit; never the subject themself. The table is
 * `DECIDERS` in src/authz/deciders.ts. Team members' assessments are of people on the team.
 */
type AssessedSubject = { unit: OrgUnit & { tenant: { districtId: string } }; personId: string | null };
type Positions = readonly DecisionSubject['unit'][];

/**
 * Whether the viewer decides on an assessment. For a person, `positions` are their team posts
 * anywhere in the bureau (teamPositions): the highest decides who judges them, whatever unit the
 * assessment names; a person with no team post in the unit is a 中层干部 (a post holder who is not a
 * team member, 四(二): every cadre's annual assessment), judged by the unit's own leaders and above.
 * Without positions (callers that do not load them) a person counts as on the unit's team.
 */
export function decidesOnAssessment(viewer: Viewer, decision: Decision, a: AssessedSubject, positions?: Positions): boolean {
  const personOnTeam = positions ? positions.some((u) => u.id === a.unit.id) : true;
  return mayDecideOnPerson(viewer, decision, { unit: a.unit, districtId: a.unit.tenant.districtId, personId: a.personId, personOnTeam }, positions ?? []);
}

/** The team positions that decide who judges an assessment's person, in force at the end of its year (or today, if earlier). */
/**
 * The day a year's assessment reads posts on: today while the year runs, its 31 December after.
 * Who is a subject (a post in force in the unit) and their team positions are read on the same day.
 */
function assessmentDay(year: number, now: Date): Date {
  const yearEnd = new Date(Date.UTC(year, 11, 31));
  const today = todayInChina(now);
  return today < yearEnd ? today : yearEnd;
}

async function positionsFor(tx: Tx, a: { unit: { tenantId: string }; personId: string | null; year: number }, now: Date): Promise<Positions> {
  if (!a.personId) return [];
  return teamPositions(tx, a.unit.tenantId, a.personId, assessmentDay(a.year, now));
}

function assertDecides(viewer: Viewer, decision: Decision, a: AssessedSubject, positions: Positions = []) {
  if (decidesOnAssessment(viewer, decision, a, positions)) return;
  const { message, decidedBy } = notTheDeciderMessage(decision, highestUnit(a.unit, positions).parentId === null, '; no one judges their superior or their own team');
  throw new DomainError('NOT_THE_DECIDER', message, { rule: 'deciders', decision, decidedBy });
}

/**
 * The unit a decider names: for a bureau person, one they see (else NOT_FOUND); for a district
 * body, a bureau committee of its district (units inside a bureau are not its to see).
 */
async function subjectUnit(tx: Tx, viewer: Viewer, unitId: string) {
  const include = { tenant: { select: { districtId: true } } } as const;
  const unit = viewer.kind === 'person'
    ? await tx.orgUnit.findFirst({ where: { id: unitId, ...viewer.scope.unitWhere() }, include })
    : viewer.kind === 'district'
      ? await tx.orgUnit.findFirst({ where: { id: unitId, ...BUREAU_ROOT, tenant: { districtId: viewer.districtId } }, include })
      : null;
  if (!unit) throw notFound('unit');
  return unit;
}

const authenticated = (viewer: Viewer) => {
  assertDeciderViewer(viewer);
  return viewer;
};
const personIdOf = (viewer: Viewer) => (viewer.kind === 'person' ? viewer.personId : null);

export interface AssessmentListFilter {
  year?: number | null;
  /** Only this unit and its descendants (raw id). */
  subtreeOf?: string | null;
  status?: AssessmentStatus | null;
  /** true: team members' assessments; false: units'. */
  subjectIsPerson?: boolean | null;
}

/** The assessments a list shows: the viewer's (unit OR own) and the filter (the `assessments` query and the ledger). */
export function assessmentListWhere(viewer: Viewer, f: AssessmentListFilter | null | undefined): Prisma.AssessmentWhereInput {
  const and: Prisma.AssessmentWhereInput[] = [assessmentWhere(viewer)];
  if (f?.year) and.push({ year: f.year });
  if (f?.subtreeOf) and.push({ unit: subtreeOfWhere(viewer, f.subtreeOf) });
  if (f?.status) and.push({ status: f.status });
  if (f?.subjectIsPerson != null) and.push({ personId: f.subjectIsPerson ? { not: null } : null });
  return { AND: and };
}

// ---------------------------------------------------------------------------------------------
// Indicator sets

export interface DefinitionInput {
  code: string;
  name: string;
  description?: string | null;
  weight: string;
  scoring: IndicatorScoring;
  source?: string | null;
  target: string;
}

export interface IndicatorSetInput {
  year: number;
  /** Whose yardstick (default INTERNAL): BUREAU_TEAM is the district's (issue 21 item 4). */
  purpose?: IndicatorSetPurpose | null;
  /** The bureau (Tenant.id): required of a district account, ignored for a bureau's own people. */
  tenantId?: string | null;
  ratingScaleMin: string;
  ratingScaleMax: string;
  definitions: readonly DefinitionInput[];
}

const definitionSchema = z.object({
  code: z.string().trim().regex(/^[A-Z][A-Z0-9_]{0,31}$/, 'code is 1–32 capital letters, digits or _'),
  name: z.string().trim().min(1, 'name is required').max(200),
  description: z.string().trim().max(1000).nullish(),
  weight: decimal('weight').refine((d) => d.gt(0) && d.lte(100), 'weight is more than 0 and at most 100'),
  scoring: z.enum(['DERIVED', 'MANUAL']),
  source: z.string().trim().max(64).nullish(),
  target: decimal('target').refine((d) => d.gt(0), 'target is more than 0'),
});

/** Checks a set's input: scale, 1–50 indicators with unique codes, known sources, weights summing to exactly 100. */
function parseSetInput(input: IndicatorSetInput) {
  const y = parseInput(year, input.year, 'year');
  const scaleMin = parseInput(decimal('ratingScaleMin'), input.ratingScaleMin, 'ratingScaleMin');
  const scaleMax = parseInput(decimal('ratingScaleMax'), input.ratingScaleMax, 'ratingScaleMax');
  if (!scaleMax.gt(scaleMin)) throw new DomainError('BAD_USER_INPUT', 'ratingScaleMax must exceed ratingScaleMin', { field: 'ratingScaleMax' });
  if (!input.definitions.length || input.definitions.length > 50) {
    throw new DomainError('BAD_USER_INPUT', 'between 1 and 50 indicators', { field: 'definitions' });
  }
  const definitions = input.definitions.map((d, i) => ({ ...parseInput(definitionSchema, d, `definitions.${i}`), sortOrder: i + 1 }));
  const codes = new Set(definitions.map((d) => d.code));
  if (codes.size !== definitions.length) throw new DomainError('BAD_USER_INPUT', 'indicator codes must be unique', { field: 'definitions.code' });
  for (const d of definitions) {
    if (d.scoring === 'DERIVED' && !d.source) throw new DomainError('BAD_USER_INPUT', `${d.code}: a derived indicator names its source`, { field: 'definitions.source' });
    if (d.scoring === 'MANUAL' && d.source) throw new DomainError('BAD_USER_INPUT', `${d.code}: a manual indicator has no source`, { field: 'definitions.source' });
  }
  assertSourcesKnown(definitions.flatMap((d) => (d.source ? [d.source] : [])), 'definitions.source');
  const sum = definitions.reduce((acc, d) => acc.add(d.weight), ZERO);
  if (!sum.eq(100)) throw new DomainError('INDICATOR_WEIGHTS_NOT_100', `指标权重之和为 ${sum.toFixed(2)}，应为 100.00 (weights sum to ${sum.toFixed(2)}, not 100)`, { field: 'definitions.weight', sum: sum.toFixed(2) });
  return { y, scaleMin, scaleMax, definitions };
}

type ParsedSet = ReturnType<typeof parseSetInput>;

/**
 * Writes a new version of a bureau's set of `purpose` for a year. ACTIVE supersedes the year's ACTIVE
 * version (assessments already opened keep the one they were opened with); PROPOSED (the bureau's
 * proposal for its team's set) waits for the district and supersedes nothing. Versions are numbered per
 * bureau, purpose and year.
 */
async function writeSetVersion(
  tx: Tx, viewer: Viewer, tenantId: string, purpose: IndicatorSetPurpose, parsed: ParsedSet,
  by: { status: 'ACTIVE' | 'PROPOSED'; createdById: string | null; definedByRole: DistrictRole | null },
) {
  const { y, scaleMin, scaleMax, definitions } = parsed;
  await lockUnit(tx, `indicators:${tenantId}:${purpose}:${y}`);
  const last = await tx.indicatorSet.findFirst({ where: { tenantId, purpose, year: y }, orderBy: { version: 'desc' } });
  if (by.status === 'ACTIVE') await tx.indicatorSet.updateMany({ where: { tenantId, purpose, year: y, status: 'ACTIVE' }, data: { status: 'SUPERSEDED' } });
  const set = await tx.indicatorSet.create({
    data: {
      tenantId, purpose, year: y, version: (last?.version ?? 0) + 1, status: by.status, ratingScaleMin: scaleMin, ratingScaleMax: scaleMax,
      createdById: by.createdById, definedByRole: by.definedByRole,
      definitions: {
        createMany: {
          data: definitions.map((d) => ({
            code: d.code, name: d.name, description: d.description ?? null, weight: d.weight,
            scoring: d.scoring, source: d.source ?? null, target: d.target, sortOrder: d.sortOrder,
          })),
        },
      },
    },
  });
  await recordAudit(tx, viewer, {
    tenantId, action: by.status === 'PROPOSED' ? 'indicatorSet.propose' : 'indicatorSet.define', entityType: 'IndicatorSet', entityId: set.id,
    before: last ? { lastVersion: last.version, lastStatus: last.status } : undefined, after: { purpose, year: y, version: set.version, status: set.status, definitions },
  });
  return set;
}

/** A bureau of the district account's district (its root unit), or NOT_FOUND. */
async function districtBureau(tx: Tx, districtId: string, tenantId: string | null | undefined) {
  if (!tenantId) throw new DomainError('BAD_USER_INPUT', '请指定局 (a district account names the bureau: tenantId)', { field: 'tenantId' });
  const tenant = await tx.tenant.findFirst({ where: { id: tenantId, districtId }, select: { id: true } });
  if (!tenant) throw notFound('bureau');
  return tenant.id;
}

const TEAM_SET_IS_DISTRICTS = '局领导班子及成员的考核指标由区委组织部制定或审批，局可报送建议版本 '
  + '(the indicator set of the bureau committee\'s team and its members is the district\'s: ORGANISATION_DEPARTMENT defines or approves it; '
  + 'the bureau may propose a version with proposeIndicatorSet)';

/**
 * Defines the indicator set of a year as a new version; the previous version is superseded (assessments already opened
 * keep the version they were opened with: refresh and finalise use it, the yardstick is pinned). Weights must sum to
 * exactly 100; derived indicators name a known source.
 * - INTERNAL (局内考核, the default): the bureau committee's first or direct responsible people; used for the
 *   bureau's assessments below its committee's team.
 * - BUREAU_TEAM (局领导班子及成员考核): the district's — 区委组织部 only (DISTRICT_DUTIES.DEFINE_TEAM_INDICATORS);
 *   a bureau's own people are FORBIDDEN (they propose, proposeIndicatorSet). The assessed do not set their yardstick.
 */
export async function defineIndicatorSet(prisma: PrismaClient, viewer: Viewer, input: IndicatorSetInput) {
  const purpose: IndicatorSetPurpose = input.purpose ?? 'INTERNAL';
  if (purpose === 'BUREAU_TEAM') {
    if (viewer.kind === 'person') throw new DomainError('FORBIDDEN', TEAM_SET_IS_DISTRICTS, { rule: 'teamIndicatorSetIsDistricts' });
    const district = districtDutyViewer(viewer, 'DEFINE_TEAM_INDICATORS');
    const parsed = parseSetInput(input);
    return inTransaction(prisma, async (tx) => {
      const tenantId = await districtBureau(tx, district.districtId, input.tenantId);
      return writeSetVersion(tx, viewer, tenantId, purpose, parsed, { status: 'ACTIVE', createdById: null, definedByRole: district.role });
    });
  }
  const me = bureauViewer(viewer);
  const parsed = parseSetInput(input);
  return inTransaction(prisma, async (tx) => {
    assertMayActOnBureau(viewer, 'DEFINE_INDICATORS');
    return writeSetVersion(tx, viewer, me.tenantId, purpose, parsed, { status: 'ACTIVE', createdById: me.personId, definedByRole: null });
  });
}

/**
 * The bureau proposes a version of its team's set (BUREAU_TEAM) for the district to approve: the bureau
 * committee's first or direct responsible people. It is PROPOSED (待审批) and applies to nothing until
 * 区委组织部 approves it (approveIndicatorSet).
 */
export async function proposeIndicatorSet(prisma: PrismaClient, viewer: Viewer, input: IndicatorSetInput) {
  const me = bureauViewer(viewer);
  const parsed = parseSetInput(input);
  return inTransaction(prisma, async (tx) => {
    assertMayActOnBureau(viewer, 'DEFINE_INDICATORS');
    return writeSetVersion(tx, viewer, me.tenantId, 'BUREAU_TEAM', parsed, { status: 'PROPOSED', createdById: me.personId, definedByRole: null });
  });
}

/**
 * 区委组织部 approves a version a bureau proposed for its team's set: PROPOSED → ACTIVE, superseding the
 * year's ACTIVE version. Anyone else is FORBIDDEN; a version that is not a pending proposal of a bureau of
 * the district is NOT_FOUND (another district's) or INDICATOR_SET_NOT_PROPOSED.
 */
export async function approveIndicatorSet(prisma: PrismaClient, viewer: Viewer, id: string, now: Date) {
  if (viewer.kind === 'person') throw new DomainError('FORBIDDEN', TEAM_SET_IS_DISTRICTS, { rule: 'teamIndicatorSetIsDistricts' });
  const district = districtDutyViewer(viewer, 'DEFINE_TEAM_INDICATORS');
  return inTransaction(prisma, async (tx) => {
    const found = await tx.indicatorSet.findFirst({ where: { id, tenant: { districtId: district.districtId } }, select: { tenantId: true, year: true } });
    if (!found) throw notFound('indicator set');
    await lockUnit(tx, `indicators:${found.tenantId}:BUREAU_TEAM:${found.year}`);
    const set = await tx.indicatorSet.findUniqueOrThrow({ where: { id } });
    if (set.purpose !== 'BUREAU_TEAM' || set.status !== 'PROPOSED') {
      throw new DomainError('INDICATOR_SET_NOT_PROPOSED', undefined, { field: 'id', status: set.status, purpose: set.purpose });
    }
    await tx.indicatorSet.updateMany({ where: { tenantId: set.tenantId, purpose: 'BUREAU_TEAM', year: set.year, status: 'ACTIVE' }, data: { status: 'SUPERSEDED' } });
    const approved = await tx.indicatorSet.update({ where: { id }, data: { status: 'ACTIVE', approvedByRole: district.role, approvedAt: now } });
    await recordAudit(tx, viewer, {
      tenantId: set.tenantId, action: 'indicatorSet.approve', entityType: 'IndicatorSet', entityId: id,
      before: { status: set.status }, after: { status: approved.status, approvedByRole: district.role, year: set.year, version: set.version },
    });
    return approved;
  });
}

/** The indicator sets a viewer lists: a bureau's people see their bureau's, both purposes; the district's assessors see the team sets of its bureaus. */
export function indicatorSetListWhere(viewer: Viewer, f: { year?: number | null; purpose?: IndicatorSetPurpose | null; tenantId?: string | null }): Prisma.IndicatorSetWhereInput {
  const filter: Prisma.IndicatorSetWhereInput = { ...(f.year ? { year: f.year } : {}), ...(f.purpose ? { purpose: f.purpose } : {}), ...(f.tenantId ? { tenantId: f.tenantId } : {}) };
  if (viewer.kind === 'district' && (hasDistrictDuty(viewer, 'DEFINE_TEAM_INDICATORS') || districtDecidesOnUnits(viewer, ASSESSMENT_DECISIONS))) {
    return { AND: [filter, { purpose: 'BUREAU_TEAM', tenant: { districtId: viewer.districtId } }] };
  }
  return { AND: [filter, { tenantId: bureauViewer(viewer).tenantId }] };
}

/**
 * The version in force for a year: the year's ACTIVE version, else the latest earlier year's (sets carry
 * into a new year unchanged unless edited, issue 21 item 5).
 */
export async function setInForce(db: PrismaClient | Tx, tenantId: string, purpose: IndicatorSetPurpose, y: number) {
  const set = await db.indicatorSet.findFirst({
    where: { tenantId, purpose, status: 'ACTIVE', year: { lte: y } }, orderBy: { year: 'desc' }, include: { definitions: { orderBy: { sortOrder: 'asc' } } },
  });
  if (!set) throw new DomainError('NO_INDICATOR_SET', undefined, { field: 'year', year: y, purpose });
  return set;
}

/**
 * Whether a subject is assessed on the district's set (BUREAU_TEAM): the bureau committee's team, or a
 * person holding a team post at the bureau's root (judged by the district, whatever unit is named); every
 * other subject — units below, their teams, 中层干部 — is the bureau's (INTERNAL).
 */
export function purposeOf(subject: Subject, rootId: string | null, positions: ReadonlyMap<string, readonly { parentId: string | null }[]>): IndicatorSetPurpose {
  const team = subject.personId ? (positions.get(subject.personId) ?? []).some((u) => u.parentId === null) : subject.unitId === rootId;
  return team ? 'BUREAU_TEAM' : 'INTERNAL';
}

// ---------------------------------------------------------------------------------------------
// Computing values

interface ValueRow {
  definitionId: string;
  value: Decimal | null;
  score: Decimal;
}

/**
 * The values of every indicator for many subjects at once: derived ones from their sources (one
 * statement per source), manual ones carried over from `manual` (by subject, then code).
 */
async function computeValues(
  tx: Tx, tenantId: string, y: number, definitions: readonly IndicatorDefinition[], subjects: readonly Subject[],
  manual: ReadonlyMap<string, ReadonlyMap<string, Decimal | null>> = new Map(),
): Promise<Map<string, { rows: ValueRow[]; total: Decimal }>> {
  const sources = definitions.flatMap((d) => (d.scoring === 'DERIVED' && d.source ? [d.source] : []));
  const derived = await deriveValues(tx, tenantId, sources, subjects, y);
  const out = new Map<string, { rows: ValueRow[]; total: Decimal }>();
  for (const subject of subjects) {
    const key = subjectKey(subject);
    const rows = definitions.map((d) => {
      const value = d.scoring === 'DERIVED' ? derived.get(d.source!)!.get(key) ?? ZERO : manual.get(key)?.get(d.code) ?? null;
      return { definitionId: d.id, value, score: indicatorScore(d.weight, d.target, value) };
    });
    out.set(key, { rows, total: rows.reduce((acc, r) => acc.add(r.score), ZERO) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Creating assessments

/**
 * Inserts DRAFT assessments with their values for many subjects: a constant number of statements. Each is
 * opened on the version in force for its year and purpose (purposeOf) — pinned from then on.
 */
export async function openAssessments(tx: Tx, tenantId: string, createdById: string | null, y: number, subjects: readonly Subject[], now = new Date()) {
  const root = await tx.orgUnit.findFirst({ where: { tenantId, parentId: null }, select: { id: true } });
  const persons = [...new Set(subjects.flatMap((s) => (s.personId ? [s.personId] : [])))];
  const yearEnd = new Date(Date.UTC(y, 11, 31));
  const today = todayInChina(now);
  const positions = persons.length ? await teamPositionsOf(tx, tenantId, persons, today < yearEnd ? today : yearEnd) : new Map();
  const purposes = subjects.map((s) => purposeOf(s, root?.id ?? null, positions));
  const computed = new Map<string, { rows: ValueRow[]; total: Decimal; setId: string }>();
  for (const purpose of ['BUREAU_TEAM', 'INTERNAL'] as const) {
    const group = subjects.filter((_, i) => purposes[i] === purpose);
    if (!group.length) continue;
    const set = await setInForce(tx, tenantId, purpose, y);
    for (const [key, v] of await computeValues(tx, tenantId, y, set.definitions, group)) computed.set(key, { ...v, setId: set.id });
  }
  const created = await tx.assessment.createManyAndReturn({
    data: subjects.map((s) => ({
      tenantId, year: y, unitId: s.unitId, personId: s.personId, setId: computed.get(subjectKey(s))!.setId,
      quantitativeScore: computed.get(subjectKey(s))!.total, createdById,
    })),
  });
  await tx.assessmentValue.createMany({
    data: created.flatMap((a) => computed.get(subjectKey(a))!.rows.map((r) => ({
      tenantId, assessmentId: a.id, definitionId: r.definitionId, value: r.value, score: r.score, computedAt: now,
    }))),
  });
  return created;
}

const insertAssessments = (tx: Tx, viewer: Viewer, tenantId: string, y: number, subjects: readonly Subject[], now = new Date()) =>
  openAssessments(tx, tenantId, personIdOf(viewer), y, subjects, now);

/** Opens the DRAFT assessment of one unit, or of one leadership-team member of a unit, for a year. */
export async function createAssessment(prisma: PrismaClient, viewer: Viewer, input: { year: number; unitId: string; personId?: string | null }, now = new Date()) {
  authenticated(viewer);
  const y = parseInput(year, input.year, 'year');
  return inTransaction(prisma, async (tx) => {
    const unit = await subjectUnit(tx, viewer, input.unitId);
    const personId = input.personId ?? null;
    if (personId) {
      // A team member, or a 中层干部 (any post in force in the unit, 四(二)); the decider is judged by the person's highest team position.
      const post = await tx.post.findFirst({ where: { tenantId: unit.tenantId, unitId: unit.id, personId, ...inForce(assessmentDay(y, now)) }, select: { id: true } });
      if (!post) throw new DomainError('BAD_USER_INPUT', '该人员在本单位无现任职务 (the person holds no post in this unit)', { field: 'personId' });
    }
    assertDecides(viewer, 'OPEN_ASSESSMENT', { unit, personId }, await positionsFor(tx, { unit, personId, year: y }, now));
    const exists = await tx.assessment.findFirst({ where: { tenantId: unit.tenantId, year: y, unitId: unit.id, personId }, select: { id: true } });
    if (exists) throw new DomainError('ASSESSMENT_EXISTS');
    const [assessment] = await insertAssessments(tx, viewer, unit.tenantId, y, [{ unitId: unit.id, personId }], now);
    await recordAudit(tx, viewer, { tenantId: unit.tenantId, action: 'assessment.create', entityType: 'Assessment', entityId: assessment!.id, after: assessment });
    return assessment!;
  });
}

/**
 * Opens the year's DRAFT assessments of a committee's leadership team (班子) and of each of its
 * active team members that has none yet: the body above does it (for a bureau committee, the
 * district — 区委, its organisation or propaganda department). Returns the assessments created.
 */
export async function openTeamAssessments(prisma: PrismaClient, viewer: Viewer, input: { year: number; unitId: string }, now = new Date()) {
  authenticated(viewer);
  const y = parseInput(year, input.year, 'year');
  return inTransaction(prisma, async (tx) => {
    const unit = await subjectUnit(tx, viewer, input.unitId);
    assertDecides(viewer, 'OPEN_ASSESSMENT', { unit, personId: null });
    await lockUnit(tx, `assessments:${unit.id}:${y}`);
    const members = await tx.post.findMany({
      where: { tenantId: unit.tenantId, unitId: unit.id, ...inForce(assessmentDay(y, now)), role: { in: [...TEAM_ROLES] } },
      select: { personId: true }, orderBy: [{ role: 'asc' }, { startDate: 'asc' }],
    });
    if (!members.length) throw new DomainError('NOT_COMMITTEE_UNIT', 'the unit has no leadership team to assess', { field: 'unitId' });
    const existing = new Set((await tx.assessment.findMany({ where: { tenantId: unit.tenantId, year: y, unitId: unit.id }, select: { personId: true } })).map((a) => a.personId));
    // Each member is judged by their highest team position in the bureau: one who also sits on a higher team is not this decider's.
    const positions = await teamPositionsOf(tx, unit.tenantId, members.map((m) => m.personId), assessmentDay(y, now));
    const subjects: Subject[] = [null, ...members.map((m) => m.personId)]
      .filter((personId) => !existing.has(personId) && decidesOnAssessment(viewer, 'OPEN_ASSESSMENT', { unit, personId }, personId ? positions.get(personId) ?? [] : undefined))
      .map((personId) => ({ unitId: unit.id, personId }));
    if (!subjects.length) return [];
    const created = await insertAssessments(tx, viewer, unit.tenantId, y, subjects, now);
    await recordAudit(tx, viewer, {
      tenantId: unit.tenantId, action: 'assessment.openTeam', entityType: 'OrgUnit', entityId: unit.id,
      after: { year: y, assessmentIds: created.map((a) => a.id) },
    });
    return created;
  });
}

/**
 * Opens DRAFT assessments for every active unit directly under a committee that has none for the
 * year yet: the yearly round (年度考核). Derived values for all of them come from one aggregate per
 * source. Returns the assessments created.
 */
export async function startUnitAssessments(prisma: PrismaClient, viewer: Viewer, input: { year: number; committeeId: string }) {
  const me = bureauViewer(viewer);
  const y = parseInput(year, input.year, 'year');
  return inTransaction(prisma, async (tx) => {
    const committee = await actableUnit(tx, viewer, 'START_ASSESSMENT_ROUND', input.committeeId);
    await lockUnit(tx, `assessments:${committee.id}:${y}`);
    const units = await tx.orgUnit.findMany({
      where: { tenantId: committee.tenantId, parentId: committee.id, archivedAt: null, assessments: { none: { year: y, personId: null } } },
      select: { id: true },
      orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    });
    if (!units.length) return [];
    const created = await insertAssessments(tx, viewer, committee.tenantId, y, units.map((u) => ({ unitId: u.id, personId: null })));
    await recordAudit(tx, viewer, {
      tenantId: committee.tenantId, action: 'assessment.startRound', entityType: 'OrgUnit', entityId: committee.id,
      after: { year: y, assessmentIds: created.map((a) => a.id) },
    });
    return created;
  });
}

// ---------------------------------------------------------------------------------------------
// Working on a draft

/**
 * An assessment the viewer may see, or NOT_FOUND; with its unit. Every caller writes, so the row is
 * locked (FOR UPDATE) and read again after the lock: finalise, amend, update and rate of one
 * assessment run one after the other, each seeing the status and values the previous one left.
 */
async function visibleAssessment(tx: Tx, viewer: Viewer, id: string) {
  const visible = await tx.assessment.findFirst({ where: { id, AND: [assessmentWhere(viewer)] }, select: { id: true } });
  if (!visible) throw notFound('assessment');
  await tx.$executeRaw`SELECT 1 FROM "Assessment" WHERE "id" = ${visible.id} FOR UPDATE`;
  return tx.assessment.findUniqueOrThrow({ where: { id: visible.id }, include: { unit: { include: { tenant: { select: { districtId: true } } } } } });
}

/** An assessment the viewer decides on (scores, or grades) as the body above its subject, by the subject's highest team position. */
async function assessedBy(tx: Tx, viewer: Viewer, id: string, decision: Decision, now = new Date()) {
  const assessment = await visibleAssessment(tx, viewer, id);
  assertDecides(viewer, decision, assessment, await positionsFor(tx, assessment, now));
  return assessment;
}

function assertDraft(assessment: Assessment) {
  if (assessment.status === 'FINAL') throw new DomainError('ASSESSMENT_FINAL');
}

/** The set version an assessment was opened with: the yardstick is pinned (a later version does not move it). */
async function pinnedSet(db: PrismaClient | Tx, assessment: Assessment) {
  return db.indicatorSet.findUniqueOrThrow({ where: { id: assessment.setId }, include: { definitions: { orderBy: { sortOrder: 'asc' } } } });
}

/**
 * Recomputes a DRAFT: derived values from the records as they are now, on the set version it was
 * opened with (pinned: redefining the year's set later does not change an open assessment's yardstick).
 */
export async function recompute(tx: Tx, assessment: Assessment, manualOverrides: ReadonlyMap<string, Decimal | null> = new Map()) {
  const set = await pinnedSet(tx, assessment);
  const current = await tx.assessmentValue.findMany({ where: { tenantId: assessment.tenantId, assessmentId: assessment.id }, include: { definition: { select: { code: true } } } });
  const manual = new Map<string, Decimal | null>(current.map((v) => [v.definition.code, v.value]));
  for (const [code, value] of manualOverrides) manual.set(code, value);
  const subject = { unitId: assessment.unitId, personId: assessment.personId };
  const computed = (await computeValues(tx, assessment.tenantId, assessment.year, set.definitions, [subject], new Map([[subjectKey(subject), manual]])))
    .get(subjectKey(subject))!;
  const now = new Date();
  await tx.assessmentValue.deleteMany({ where: { tenantId: assessment.tenantId, assessmentId: assessment.id } });
  await tx.assessmentValue.createMany({
    data: computed.rows.map((r) => ({ tenantId: assessment.tenantId, assessmentId: assessment.id, definitionId: r.definitionId, value: r.value, score: r.score, computedAt: now })),
  });
  return { setId: set.id, definitions: set.definitions, total: computed.total, rows: computed.rows };
}

export interface ValueInput {
  code: string;
  value: string | null;
}

/** Checks manual values against their definitions: known code, MANUAL scoring, within [0, target]. */
export function manualValues(definitions: readonly IndicatorDefinition[], values: readonly ValueInput[], allowDerived = false) {
  const byCode = new Map(definitions.map((d) => [d.code, d]));
  const out = new Map<string, Decimal | null>();
  for (const v of values) {
    const d = byCode.get(v.code);
    if (!d) throw new DomainError('BAD_USER_INPUT', `no indicator ${v.code} in this assessment's set`, { field: 'values.code' });
    if (d.scoring === 'DERIVED' && !allowDerived) throw new DomainError('BAD_USER_INPUT', `${v.code} is derived from records and cannot be entered`, { field: 'values.code' });
    const value = v.value === null ? null : parseInput(decimal('value'), v.value, 'values.value');
    if (value && d.scoring === 'MANUAL' && value.gt(d.target)) {
      throw new DomainError('BAD_USER_INPUT', `${v.code} is scored from 0 to ${d.target.toFixed(2)}`, { field: 'values.value' });
    }
    out.set(v.code, value);
  }
  return out;
}

/** Enters manual values (and optionally the grade and comment) of a DRAFT; recomputes the score. */
export async function updateAssessment(
  prisma: PrismaClient, viewer: Viewer,
  input: { id: string; values?: readonly ValueInput[] | null; grade?: AssessmentGrade | null; comment?: string | null },
) {
  authenticated(viewer);
  const comment = parseInput(z.string().trim().max(2000).nullish(), input.comment, 'comment');
  return inTransaction(prisma, async (tx) => {
    const assessment = await assessedBy(tx, viewer, input.id, input.grade ? 'GRADE_ASSESSMENT' : 'SCORE_ASSESSMENT');
    assertDraft(assessment);
    const set = await pinnedSet(tx, assessment);
    const overrides = manualValues(set.definitions, input.values ?? []);
    const { total, setId } = await recompute(tx, assessment, overrides);
    const updated = await tx.assessment.update({
      where: { id: assessment.id },
      data: { setId, quantitativeScore: total, ...(input.grade !== undefined ? { grade: input.grade } : {}), ...(comment !== undefined ? { comment } : {}) },
    });
    await recordAudit(tx, viewer, {
      tenantId: assessment.tenantId, action: 'assessment.update', entityType: 'Assessment', entityId: assessment.id,
      before: { quantitativeScore: assessment.quantitativeScore.toFixed(2), grade: assessment.grade },
      after: { quantitativeScore: total.toFixed(2), grade: updated.grade, values: input.values },
    });
    return updated;
  });
}

/** Recomputes a DRAFT's derived values from the records as they are now. */
export async function refreshAssessment(prisma: PrismaClient, viewer: Viewer, id: string) {
  return updateAssessment(prisma, viewer, { id });
}

/**
 * DRAFT → FINAL. Derived values are recomputed one last time (so ratings and records up to now
 * count), every manual indicator must have a value, and the assessor gives the grade. From then on
 * the database refuses changes except through `amendAssessment`.
 */
export async function finaliseAssessment(prisma: PrismaClient, viewer: Viewer, input: { id: string; grade: AssessmentGrade; comment?: string | null }, now: Date) {
  authenticated(viewer);
  const comment = parseInput(z.string().trim().max(2000).nullish(), input.comment, 'comment');
  return inTransaction(prisma, async (tx) => {
    const assessment = await assessedBy(tx, viewer, input.id, 'GRADE_ASSESSMENT', now);
    assertDraft(assessment);
    const { total, setId, rows, definitions } = await recompute(tx, assessment);
    const missing = definitions.filter((d) => d.scoring === 'MANUAL' && rows.find((r) => r.definitionId === d.id)?.value == null).map((d) => d.code);
    if (missing.length) throw new DomainError('ASSESSMENT_INCOMPLETE', `尚未评分: ${missing.join(', ')} (no value yet for ${missing.join(', ')})`, { missing });
    const final = await tx.assessment.update({
      where: { id: assessment.id },
      data: {
        setId, quantitativeScore: total, grade: input.grade, status: 'FINAL', finalisedAt: now,
        ...(viewer.kind === 'district' ? { finalisedByRole: viewer.role } : { finalisedById: personIdOf(viewer) }),
        ...(comment !== undefined ? { comment } : {}),
      },
    });
    await recordAudit(tx, viewer, {
      tenantId: assessment.tenantId, action: 'assessment.finalise', entityType: 'Assessment', entityId: assessment.id,
      after: { quantitativeScore: total.toFixed(2), grade: input.grade },
    });
    return final;
  });
}

/**
 * Changes a FINAL assessment the only way the database allows: inside a transaction that raises the
 * transaction-local flag `zeren.amendment`, writing one amendment row per changed field (value of
 * an indicator, the quantitative score it moves, the grade), with the reason.
 */
export async function amendAssessment(
  prisma: PrismaClient, viewer: Viewer,
  input: { id: string; values?: readonly ValueInput[] | null; grade?: AssessmentGrade | null; reason: string },
) {
  authenticated(viewer);
  const reason = parseInput(z.string().trim().min(2, 'a reason is required').max(1000), input.reason, 'reason');
  return inTransaction(prisma, async (tx) => {
    const assessment = await assessedBy(tx, viewer, input.id, 'GRADE_ASSESSMENT');
    if (assessment.status !== 'FINAL') throw new DomainError('ASSESSMENT_NOT_FINAL');
    const values = await tx.assessmentValue.findMany({
      where: { tenantId: assessment.tenantId, assessmentId: assessment.id }, include: { definition: true },
    });
    const changes = manualValues(values.map((v) => v.definition), input.values ?? [], true);
    const amendments: { field: string; before: string | null; after: string | null }[] = [];
    await tx.$queryRaw`SELECT set_config('zeren.amendment', 'on', true)`;
    let total = ZERO;
    for (const v of values) {
      const next = changes.has(v.definition.code) ? changes.get(v.definition.code)! : v.value;
      const score = indicatorScore(v.definition.weight, v.definition.target, next);
      total = total.add(score);
      const before = v.value?.toFixed(2) ?? null;
      const after = next?.toFixed(2) ?? null;
      if (before === after) continue;
      amendments.push({ field: `value:${v.definition.code}`, before, after });
      await tx.assessmentValue.update({
        where: { assessmentId_definitionId: { assessmentId: assessment.id, definitionId: v.definitionId } },
        data: { value: next, score },
      });
    }
    if (!total.eq(assessment.quantitativeScore)) {
      amendments.push({ field: 'quantitativeScore', before: assessment.quantitativeScore.toFixed(2), after: total.toFixed(2) });
    }
    if (input.grade && input.grade !== assessment.grade) amendments.push({ field: 'grade', before: assessment.grade, after: input.grade });
    if (!amendments.length) throw new DomainError('BAD_USER_INPUT', 'the amendment changes nothing', { field: 'values' });
    const amended = await tx.assessment.update({
      where: { id: assessment.id },
      data: { quantitativeScore: total, ...(input.grade ? { grade: input.grade } : {}) },
    });
    await tx.assessmentAmendment.createMany({
      data: amendments.map((a) => ({ tenantId: assessment.tenantId, assessmentId: assessment.id, ...a, reason, ...(viewer.kind === 'district' ? { byRole: viewer.role } : { byPersonId: personIdOf(viewer) }) })),
    });
    await tx.$queryRaw`SELECT set_config('zeren.amendment', 'off', true)`;
    await recordAudit(tx, viewer, { tenantId: assessment.tenantId, action: 'assessment.amend', entityType: 'Assessment', entityId: assessment.id, after: { amendments, reason } });
    return amended;
  });
}

// ---------------------------------------------------------------------------------------------
// Ranking and trends

export interface RankingRow {
  assessmentId: string;
  unitId: string;
  rank: number;
  score: Decimal;
  grade: AssessmentGrade | null;
  status: 'DRAFT' | 'FINAL';
}

/**
 * 排名: the units directly under a committee ranked by their quantitative score for a year
 * (RANK(): ties share a rank), among the units the viewer may see. One statement.
 */
export async function unitRanking(prisma: PrismaClient, scope: UnitScope, committeeId: string, y: number, finalOnly: boolean): Promise<RankingRow[]> {
  const committee = await visibleUnit(prisma, scope, committeeId);
  const rows = await prisma.$queryRaw<(Omit<RankingRow, 'score'> & { score: string })[]>`
    SELECT a."id" AS "assessmentId", a."unitId", a."quantitativeScore"::text AS score, a."grade"::text AS grade, a."status"::text AS status,
           RANK() OVER (ORDER BY a."quantitativeScore" DESC)::int AS rank
      FROM "Assessment" a
      JOIN "OrgUnit" u ON u."tenantId" = a."tenantId" AND u."id" = a."unitId"
     WHERE a."tenantId" = ${committee.tenantId} AND a."year" = ${y} AND a."personId" IS NULL
       AND u."parentId" = ${committee.id} AND ${scopeUnitSql(scope)}
       AND (${!finalOnly} OR a."status" = 'FINAL')
     ORDER BY rank, u."sortOrder", u."name"`;
  return rows.map((r) => ({ ...r, score: new D(r.score) }));
}

export interface TrendPoint {
  assessmentId: string;
  year: number;
  score: Decimal;
  change: Decimal | null;
  grade: AssessmentGrade | null;
  status: 'DRAFT' | 'FINAL';
}

/**
 * 趋势: a unit's (or a team member's) quantitative score over the years, with the change from the
 * previous assessed year (LAG()). One statement.
 */
export async function scoreTrend(prisma: PrismaClient, viewer: Viewer, unitId: string, personId: string | null, fromYear: number, toYear: number): Promise<TrendPoint[]> {
  const me = bureauViewer(viewer);
  const rows = await prisma.$queryRaw<{ assessmentId: string; year: number; score: string; change: string | null; grade: AssessmentGrade | null; status: 'DRAFT' | 'FINAL' }[]>`
    SELECT a."id" AS "assessmentId", a."year", a."quantitativeScore"::text AS score,
           (a."quantitativeScore" - LAG(a."quantitativeScore") OVER (ORDER BY a."year"))::text AS change,
           a."grade"::text AS grade, a."status"::text AS status
      FROM "Assessment" a
      JOIN "OrgUnit" u ON u."tenantId" = a."tenantId" AND u."id" = a."unitId"
     WHERE a."tenantId" = ${me.tenantId} AND a."unitId" = ${unitId}
       AND a."personId" IS NOT DISTINCT FROM ${personId}
       AND a."year" BETWEEN ${fromYear} AND ${toYear}
       AND (${scopeUnitSql(me.scope)} OR a."personId" = ${me.personId})
     ORDER BY a."year"`;
  return rows.map((r) => ({ ...r, score: new D(r.score), change: r.change === null ? null : new D(r.change) }));
}
