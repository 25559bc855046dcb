import type { AccountabilityMeasure, DistrictRole } from '../generated/prisma/enums.js';
import { inForce } from './in-force.js';
import { BUREAU_ROOT } from './bureau-root.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { Viewer } from './scope.js';
import { DECISION_NAMES, DISTRICT_ROLE_NAMES } from '../lib/labels.js';
import type { Tx } from '../db/transaction.js';
import { TEAM_ROLES } from '../modules/duties/rules.js';

/**
 * 谁来决定 — who decides on a team and its members (DOMAIN.md §6, plan 三10, 四(二), 四(三)).
 * No one judges their superior, nor their own team: an assessment, a rating round and an
 * accountability measure are decided by the body above the subject, and the stronger measures by
 * the body empowered to impose them. One table, read by the assessment and accountability
 * services (enforcement) and by their list filters (what a district decider sees).
 *
 * The subject is a unit's leadership team (personId null) or one person of a unit.
 * - At a bureau's root (局党委 and its members): the district. 区委 (DISTRICT_COMMITTEE) grades the
 *   bureau team (三10: the result is part of the party-building assessment 区委 runs); its
 *   organisation department (区委组织部: cadre assessment and 组织处理 are its business) and
 *   propaganda department (区委宣传部: it guides and inspects ideological work, 三11) open and score
 *   the assessment; accountability per the table below.
 * - Inside the bureau: the first and direct responsible people of a committee strictly above the
 *   subject's unit (for a person who holds no team post there — a plain member — at or above it:
 *   the branch's own leaders are above them). 组织处理 inside the bureau is the bureau committee's
 *   (局党委 manages the bureau's cadres): its first and direct responsible people only.
 * - 纪律处分 anywhere: the discipline body (区纪委监委, DISCIPLINE_INSPECTION) of the bureau's district,
 *   and no one else (四(三), 三14 "配合上级纪检监察部门").
 * - Never the subject themself.
 */
export type Decision =
  | 'OPEN_ASSESSMENT'
  | 'SCORE_ASSESSMENT'
  | 'GRADE_ASSESSMENT'
  | 'OPEN_RATING_ROUND'
  | AccountabilityMeasure;

/** Who decides inside a bureau: the body above the subject, the bureau committee, or nobody there. */
export type BureauDecider = 'BODY_ABOVE' | 'BUREAU_COMMITTEE' | 'NONE';

export interface DeciderRule {
  /** District roles that decide for subjects at a bureau's root. */
  root: readonly DistrictRole[];
  /** Who in the bureau decides for subjects inside it. */
  inside: BureauDecider;
  /** District roles that decide for subjects inside a bureau too (the discipline body). */
  insideDistrict: readonly DistrictRole[];
}

const DISTRICT_ASSESSORS: readonly DistrictRole[] = ['DISTRICT_COMMITTEE', 'ORGANISATION_DEPARTMENT', 'PROPAGANDA_DEPARTMENT'];

export const DECIDERS: Readonly<Record<Decision, DeciderRule>> = {
  OPEN_ASSESSMENT: { root: DISTRICT_ASSESSORS, inside: 'BODY_ABOVE', insideDistrict: [] },
  SCORE_ASSESSMENT: { root: DISTRICT_ASSESSORS, inside: 'BODY_ABOVE', insideDistrict: [] },
  GRADE_ASSESSMENT: { root: ['DISTRICT_COMMITTEE'], inside: 'BODY_ABOVE', insideDistrict: [] },
  OPEN_RATING_ROUND: { root: DISTRICT_ASSESSORS, inside: 'BODY_ABOVE', insideDistrict: [] },
  REMINDER: { root: DISTRICT_ASSESSORS, inside: 'BODY_ABOVE', insideDistrict: [] },
  CRITICISM_EDUCATION: { root: DISTRICT_ASSESSORS, inside: 'BODY_ABOVE', insideDistrict: [] },
  WRITTEN_SELF_EXAMINATION: { root: ['DISTRICT_COMMITTEE'], inside: 'BODY_ABOVE', insideDistrict: [] },
  CIRCULATED_CRITICISM: { root: ['DISTRICT_COMMITTEE'], inside: 'BODY_ABOVE', insideDistrict: [] },
  ORGANISATIONAL_HANDLING: { root: ['DISTRICT_COMMITTEE', 'ORGANISATION_DEPARTMENT'], inside: 'BUREAU_COMMITTEE', insideDistrict: [] },
  DISCIPLINARY_SANCTION: { root: ['DISCIPLINE_INSPECTION'], inside: 'NONE', insideDistrict: ['DISCIPLINE_INSPECTION'] },
};

export const ASSESSMENT_DECISIONS: readonly Decision[] = ['OPEN_ASSESSMENT', 'SCORE_ASSESSMENT', 'GRADE_ASSESSMENT', 'OPEN_RATING_ROUND'];

/** What a decision is about: a unit (its team, or one of its people) of a bureau of a district. */
export interface DecisionSubject {
  unit: { id: string; tenantId: string; parentId: string | null; ancestorIds: readonly string[] };
  /** The bureau's district. */
  districtId: string;
  personId: string | null;
  /** Whether the person holds (or held) a leadership-team post in the unit; false for a plain member. */
  personOnTeam: boolean;
}

/** Whether the viewer decides `decision` on the subject. */
export function mayDecide(viewer: Viewer, decision: Decision, subject: DecisionSubject): boolean {
  const rule = DECIDERS[decision];
  const atRoot = subject.unit.parentId === null;
  if (viewer.kind === 'district') {
    if (viewer.districtId !== subject.districtId) return false;
    return (atRoot ? rule.root : rule.insideDistrict).includes(viewer.role);
  }
  if (viewer.kind !== 'person' || viewer.tenantId !== subject.unit.tenantId) return false;
  if (subject.personId !== null && subject.personId === viewer.personId) return false;
  if (atRoot) return false;
  const { scope } = viewer;
  switch (rule.inside) {
    case 'NONE':
      return false;
    case 'BUREAU_COMMITTEE':
      return viewer.leadsBureau; // the subject is in the viewer's bureau (checked above)
    case 'BODY_ABOVE': {
      const plainMember = subject.personId !== null && !subject.personOnTeam;
      const above = plainMember ? subject.unit.ancestorIds : subject.unit.ancestorIds.slice(0, -1);
      return above.some((id) => scope.managedRoots.includes(id));
    }
  }
}

type SubjectUnit = DecisionSubject['unit'];

/**
 * The units where a person holds a leadership-team post on a day, anywhere in the bureau: their
 * team positions. One statement.
 */
export async function teamPositions(db: Pick<Tx, 'post'>, tenantId: string, personId: string, on: Date): Promise<SubjectUnit[]> {
  return (await teamPositionsOf(db, tenantId, [personId], on)).get(personId) ?? [];
}

/** teamPositions of many people at once (one statement), by person. */
export async function teamPositionsOf(db: Pick<Tx, 'post'>, tenantId: string, personIds: readonly string[], on: Date): Promise<Map<string, SubjectUnit[]>> {
  const posts = personIds.length ? await db.post.findMany({
    where: {
      tenantId, personId: { in: [...personIds] }, role: { in: [...TEAM_ROLES] }, ...inForce(on),
      unit: { archivedAt: null },
    },
    select: { personId: true, unit: { select: { id: true, tenantId: true, parentId: true, ancestorIds: true } } },
  }) : [];
  const out = new Map<string, SubjectUnit[]>();
  for (const p of posts) out.set(p.personId, [...(out.get(p.personId) ?? []), p.unit]);
  return out;
}

/**
 * Whether the viewer decides `decision` on a person, by the person's highest team position anywhere
 * in the bureau, not only the unit the request names (no one judges their superior, in any unit):
 * - a district body decides by the highest of the positions (a member of the bureau committee's
 *   team is a subject at the bureau's root, whatever unit is named);
 * - a bureau person must be above the person in the named unit and in every unit where the person
 *   sits on the team (so never for a member of the bureau committee's team).
 * For a unit's team (personId null) this is mayDecide.
 */
export function mayDecideOnPerson(viewer: Viewer, decision: Decision, named: DecisionSubject, positions: readonly SubjectUnit[]): boolean {
  if (named.personId === null || !positions.length) return mayDecide(viewer, decision, named);
  const subjects: DecisionSubject[] = [named, ...positions.map((unit) => ({ ...named, unit, personOnTeam: true }))];
  if (viewer.kind === 'district') {
    const highest = subjects.reduce((a, b) => (b.unit.ancestorIds.length < a.unit.ancestorIds.length ? b : a));
    return mayDecide(viewer, decision, highest);
  }
  return subjects.every((s) => mayDecide(viewer, decision, s));
}

/** The subject's unit as the deciders see it: the highest of the person's team positions, or the named unit. */
export function highestUnit(named: SubjectUnit, positions: readonly SubjectUnit[]): SubjectUnit {
  return [named, ...positions].reduce((a, b) => (b.ancestorIds.length < a.ancestorIds.length ? b : a));
}

/** Who decides, in words (Chinese terms and English codes), for an error message a client can show. */
export function decidersInWords(decision: Decision, atRoot: boolean): { zh: string; en: string } {
  const rule = DECIDERS[decision];
  if (atRoot) return { zh: rule.root.map((r) => DISTRICT_ROLE_NAMES[r]).join('、'), en: rule.root.join(', ') };
  const inside = {
    BODY_ABOVE: { zh: '上级党组织的第一、直接责任人', en: 'the first/direct responsible people of the committee above' },
    BUREAU_COMMITTEE: { zh: '局党委第一、直接责任人', en: 'the bureau committee\'s first/direct responsible people' },
    NONE: null,
  }[rule.inside];
  return {
    zh: [inside?.zh, ...rule.insideDistrict.map((r) => DISTRICT_ROLE_NAMES[r])].filter(Boolean).join('、'),
    en: [inside?.en, ...rule.insideDistrict].filter(Boolean).join(', '),
  };
}

/** The NOT_THE_DECIDER message: Chinese terms in the Chinese half, codes only in the English half. */
export function notTheDeciderMessage(decision: Decision, atRoot: boolean, why = '') {
  const { zh, en } = decidersInWords(decision, atRoot);
  return { message: `${DECISION_NAMES[decision]}须由${zh}决定 (${decision} is decided by ${en}${why})`, decidedBy: en };
}

/**
 * For a district role: the bureau-root subjects (units) it decides on, as a Prisma unit filter —
 * so that it sees exactly what it decides on. Nothing for roles that decide none of `decisions`.
 */
export function districtDecidesOnUnits(viewer: Viewer, decisions: readonly Decision[]): Prisma.OrgUnitWhereInput | null {
  if (viewer.kind !== 'district') return null;
  if (!decisions.some((d) => DECIDERS[d].root.includes(viewer.role))) return null;
  return { ...BUREAU_ROOT, tenant: { districtId: viewer.districtId } };
}

/** The plan's order of severity, mildest first (IV.3). */
export const MEASURES_BY_SEVERITY: readonly AccountabilityMeasure[] = [
  'REMINDER', 'CRITICISM_EDUCATION', 'WRITTEN_SELF_EXAMINATION', 'CIRCULATED_CRITICISM', 'ORGANISATIONAL_HANDLING', 'DISCIPLINARY_SANCTION',
];

/** The measures a district role decides, at a bureau's root and inside a bureau. */
export function districtMeasures(role: DistrictRole, measures: readonly AccountabilityMeasure[]) {
  return {
    root: measures.filter((m) => DECIDERS[m].root.includes(role)),
    inside: measures.filter((m) => DECIDERS[m].insideDistrict.includes(role)),
  };
}
