import { accountabilityWhere, misconductWhere, riskWhere, workItemWhere } from '../../authz/visibility.js';
import { subtreeOfWhere } from '../../authz/scope.js';
import { assertDeciderViewer } from '../../authz/guards.js';
import { mayAct } from '../../authz/actions.js';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import type { PersonViewer } from '../../authz/guards.js';
import { highestUnit, notTheDeciderMessage, MEASURES_BY_SEVERITY, mayDecideOnPerson, teamPositions, type DecisionSubject } from '../../authz/deciders.js';
import type { Viewer } from '../../authz/scope.js';
import type { PrismaClient } from '../../db/client.js';
import { inTransaction, type Tx } from '../../db/transaction.js';
import { DomainError } from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { AccountabilityMeasure, AccountabilitySourceType } from '../../generated/prisma/enums.js';
import { todayInChina } from '../../lib/dates.js';
import { parseInput } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import { TEAM_ROLES } from '../duties/service.js';
import { yearRange } from '../../lib/years.js';

/**
 * Accountability (IV.3, 严肃责任追究): measures against a unit or a person, by severity. Recorded
 * only by the first and direct responsible people of a committee at or above the subject's unit;
 * visible to those who see the unit, and to the person it is against.
 */

export { MEASURES_BY_SEVERITY };

export const severityOf = (measure: AccountabilityMeasure) => MEASURES_BY_SEVERITY.indexOf(measure) + 1;

/**
 * Each kind of source: its GraphQL type, and whether the recorder may see a row of the bureau with
 * that id — through the same filter its own list uses (risks and work items: the unit scope; cases:
 * the misconduct rule, the bureau root's leaders only). One statement.
 */
export const SOURCE_TYPES: Record<AccountabilitySourceType, { typename: string; visible(tx: Tx, viewer: PersonViewer, id: string): Promise<boolean> }> = {
  RISK: {
    typename: 'Risk',
    visible: async (tx, viewer, id) => !!(await tx.risk.findFirst({ where: { id, tenantId: viewer.tenantId, AND: [riskWhere(viewer)] }, select: { id: true } })),
  },
  MISCONDUCT_CASE: {
    typename: 'MisconductCase',
    visible: async (tx, viewer, id) =>
      !!(await tx.misconductCase.findFirst({ where: { id, tenantId: viewer.tenantId, AND: [misconductWhere(viewer)] }, select: { id: true } })),
  },
  WORK_ITEM: {
    typename: 'WorkItem',
    visible: async (tx, viewer, id) =>
      !!(await tx.workItem.findFirst({ where: { id, tenantId: viewer.tenantId, AND: [workItemWhere(viewer)] }, select: { id: true } })),
  },
};

export interface AccountabilityFilter {
  subtreeOf?: string | null;
  personId?: string | null;
  year?: number | null;
  measures?: readonly AccountabilityMeasure[] | null;
  minSeverity?: number | null;
}

export function accountabilityFilterWhere(viewer: Viewer, filter: AccountabilityFilter | null | undefined): Prisma.AccountabilityRecordWhereInput {
  const and: Prisma.AccountabilityRecordWhereInput[] = [accountabilityWhere(viewer)];
  if (filter?.subtreeOf) and.push({ unit: subtreeOfWhere(viewer, filter.subtreeOf) });
  if (filter?.personId) and.push({ personId: filter.personId });
  if (filter?.year) and.push({ decidedOn: yearRange(filter.year) });
  if (filter?.measures?.length) and.push({ measure: { in: [...filter.measures] } });
  if (filter?.minSeverity) and.push({ measure: { in: MEASURES_BY_SEVERITY.slice(Math.max(0, filter.minSeverity - 1)) } });
  return { AND: and };
}

export interface AccountabilityInput {
  unitId: string;
  personId?: string | null;
  measure: AccountabilityMeasure;
  basis: string;
  decidingBody: string;
  decidedOn: Date;
  sourceType?: AccountabilitySourceType | null;
  /** The source record's global ID (Risk:…, MisconductCase:…, WorkItem:…). */
  sourceId?: string | null;
}

/**
 * Decodes the source's global ID and checks the row is the bureau's and visible to the recorder.
 * A source that does not exist, belongs to another bureau or lies outside the recorder's view is
 * the same NOT_FOUND, so the answer reveals nothing the recorder could not see.
 */
async function resolveSource(tx: Tx, viewer: PersonViewer, type: AccountabilitySourceType | null | undefined, globalId: string | null | undefined) {
  if (!type && !globalId) return { sourceType: null, sourceId: null };
  if (!type || !globalId) throw new DomainError('BAD_USER_INPUT', 'give both sourceType and sourceId, or neither', { field: 'sourceId' });
  const { typename, visible } = SOURCE_TYPES[type];
  let id: string;
  try {
    const decoded = decodeGlobalID(globalId);
    if (decoded.typename !== typename || !decoded.id) throw new Error('wrong type');
    id = decoded.id;
  } catch {
    throw new DomainError('BAD_USER_INPUT', `sourceId is not a valid ${typename} ID`, { field: 'sourceId' });
  }
  if (!(await visible(tx, viewer, id))) throw new DomainError('NOT_FOUND', `${typename} not found`, { field: 'sourceId' });
  return { sourceType: type, sourceId: id };
}

const outsideScope = () => new DomainError('ACCOUNTABILITY_OUTSIDE_SCOPE');

/** NOT_THE_DECIDER unless the viewer decides this measure on the subject (src/authz/deciders.ts). */
function assertDecides(viewer: Viewer, measure: AccountabilityMeasure, subject: DecisionSubject, positions: readonly DecisionSubject['unit'][]) {
  if (mayDecideOnPerson(viewer, measure, subject, positions)) return;
  const { message, decidedBy } = notTheDeciderMessage(measure, highestUnit(subject.unit, positions).parentId === null);
  throw new DomainError('NOT_THE_DECIDER', message, { rule: 'deciders', decision: measure, decidedBy });
}

/**
 * A district body names a source only if it is a misconduct case referred to its district (the
 * discipline body's work); other sources are bureau records it does not see.
 */
async function resolveDistrictSource(tx: Tx, viewer: Extract<Viewer, { kind: 'district' }>, tenantId: string, type: AccountabilitySourceType | null | undefined, globalId: string | null | undefined) {
  if (!type && !globalId) return { sourceType: null, sourceId: null };
  if (!type || !globalId) throw new DomainError('BAD_USER_INPUT', 'give both sourceType and sourceId, or neither', { field: 'sourceId' });
  let id: string | undefined;
  try {
    const decoded = decodeGlobalID(globalId);
    if (decoded.typename === SOURCE_TYPES[type].typename) id = decoded.id;
  } catch { /* answered below */ }
  if (!id) throw new DomainError('BAD_USER_INPUT', `sourceId is not a valid ${SOURCE_TYPES[type].typename} ID`, { field: 'sourceId' });
  const found = type === 'MISCONDUCT_CASE' && viewer.role === 'DISCIPLINE_INSPECTION'
    ? await tx.misconductCase.findFirst({ where: { id, tenantId, referredToDistrictId: viewer.districtId }, select: { id: true } })
    : null;
  if (!found) throw new DomainError('NOT_FOUND', `${SOURCE_TYPES[type].typename} not found`, { field: 'sourceId' });
  return { sourceType: type, sourceId: id };
}

/**
 * Records a measure. The subject's unit must lie under a committee the recorder leads (first or
 * direct responsible person); a person must hold or have held a post in that unit, and is never the
 * recorder. Anything else — including ids that do not exist — is ACCOUNTABILITY_OUTSIDE_SCOPE, so
 * the answer reveals nothing about units the recorder cannot see.
 */
export async function recordAccountability(prisma: PrismaClient, viewer: Viewer, input: AccountabilityInput, now: Date) {
  assertDeciderViewer(viewer);
  const basis = parseInput(z.string().trim().min(1, 'basis is required').max(2000), input.basis, 'basis');
  const decidingBody = parseInput(z.string().trim().min(1, 'decidingBody is required').max(100), input.decidingBody, 'decidingBody');
  if (input.decidedOn > todayInChina(now)) throw new DomainError('BAD_USER_INPUT', 'decidedOn lies in the future', { field: 'decidedOn' });
  return inTransaction(prisma, async (tx) => {
    // The subject's unit: within a bureau person's view and under a committee they lead; for a
    // district body, a unit of a bureau of its district. Anything else answers alike.
    const unit = viewer.kind === 'person'
      ? await tx.orgUnit.findFirst({ where: { id: input.unitId, ...viewer.scope.unitWhere() }, include: { tenant: { select: { districtId: true } } } })
      : await tx.orgUnit.findFirst({ where: { id: input.unitId, tenant: { districtId: viewer.districtId } }, include: { tenant: { select: { districtId: true } } } });
    // A bureau person first needs the action (src/authz/actions.ts: first/direct responsible people
    // above the unit; a dual-duty member does not judge the units they answer for), then DECIDERS.
    if (!unit || (viewer.kind === 'person' && !mayAct(viewer, 'RECORD_ACCOUNTABILITY', unit))) throw outsideScope();
    const personId = input.personId ?? null;
    let personOnTeam = false;
    if (personId) {
      if (viewer.kind === 'person' && personId === viewer.personId) throw new DomainError('FORBIDDEN', 'no one records a measure against themself');
      const posts = await tx.post.findMany({ where: { tenantId: unit.tenantId, unitId: unit.id, personId }, select: { role: true } });
      if (!posts.length) throw outsideScope();
      personOnTeam = posts.some((p) => TEAM_ROLES.includes(p.role));
    }
    // No one judges their superior, in any unit: the person's team posts anywhere in the bureau on the day decided count too.
    const positions = personId ? await teamPositions(tx, unit.tenantId, personId, input.decidedOn) : [];
    assertDecides(viewer, input.measure, { unit, districtId: unit.tenant.districtId, personId, personOnTeam }, positions);
    const source = viewer.kind === 'person' ? await resolveSource(tx, viewer, input.sourceType, input.sourceId) : await resolveDistrictSource(tx, viewer, unit.tenantId, input.sourceType, input.sourceId);
    // The measure is recorded where the person is judged: the unit of their highest team position (or the unit named).
    const judgedIn = personId ? highestUnit(unit, positions) : unit;
    const record = await tx.accountabilityRecord.create({
      data: {
        tenantId: unit.tenantId, unitId: judgedIn.id, personId, measure: input.measure, basis, decidingBody,
        decidedOn: input.decidedOn, ...source,
        ...(viewer.kind === 'person' ? { recordedById: viewer.personId } : { recordedByRole: viewer.role }),
      },
    });
    await recordAudit(tx, viewer, { tenantId: unit.tenantId, action: 'accountability.record', entityType: 'AccountabilityRecord', entityId: record.id, after: record });
    return record;
  });
}

/**
 * The measures of a year against many assessment subjects at once (one statement): a unit's
 * assessment shows the measures recorded against the unit, the units under it or anyone in them
 * (a committee answers for its subtree); a member's, those against that person. Only records the
 * viewer may see.
 */
export async function measuresForSubjects(
  prisma: PrismaClient, viewer: Viewer, subjects: readonly { key: string; unitId: string; personId: string | null; year: number }[],
) {
  const rows = await prisma.accountabilityRecord.findMany({
    where: {
      AND: [
        accountabilityWhere(viewer),
        {
          OR: subjects.map((s) => ({
            ...(s.personId ? { personId: s.personId } : { unit: { ancestorIds: { has: s.unitId } } }),
            decidedOn: yearRange(s.year),
          })),
        },
      ],
    },
    include: { unit: { select: { ancestorIds: true } } },
    orderBy: [{ decidedOn: 'asc' }, { createdAt: 'asc' }],
  });
  const bySubject = new Map<string, typeof rows>();
  for (const s of subjects) {
    bySubject.set(s.key, rows.filter((r) => (s.personId ? r.personId === s.personId : r.unit.ancestorIds.includes(s.unitId))
      && r.decidedOn.getUTCFullYear() === s.year));
  }
  return bySubject;
}
