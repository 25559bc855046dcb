import { misconductWhere, personWhere } from '../../authz/visibility.js';
import { subtreeOfWhere } from '../../authz/scope.js';
import { assertMayActOnBureau } from '../../authz/actions.js';
import { assertDeciderViewer } from '../../authz/guards.js';
import { z } from 'zod';
import type { Viewer } from '../../authz/scope.js';
import type { PrismaClient } from '../../db/client.js';
import { inTransaction } from '../../db/transaction.js';
import { DomainError, notFound } from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { MisconductClass, MisconductVenue } from '../../generated/prisma/enums.js';
import { formatDate, todayInChina } from '../../lib/dates.js';
import { parseInput } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';

export interface MisconductListFilter {
  /** true: only referred cases; false: only cases not yet referred. */
  referred?: boolean | null;
  /** Year of the statement (occurredOn). */
  year?: number | null;
  /** Only cases of this unit and its descendants (raw id). */
  subtreeOf?: string | null;
}

/** The cases a list shows: the narrow rule above and the filter (the `misconductCases` query and the ledger). */
export function misconductListWhere(viewer: Viewer, filter: MisconductListFilter | null | undefined): Prisma.MisconductCaseWhereInput {
  const and: Prisma.MisconductCaseWhereInput[] = [misconductWhere(viewer)];
  if (filter?.referred != null) and.push({ referredOn: filter.referred ? { not: null } : null });
  if (filter?.year != null) and.push({ occurredOn: { gte: new Date(Date.UTC(filter.year, 0, 1)), lt: new Date(Date.UTC(filter.year + 1, 0, 1)) } });
  if (filter?.subtreeOf) and.push({ unit: subtreeOfWhere(viewer, filter.subtreeOf) });
  return { AND: and };
}

/** Action RECORD_MISCONDUCT_CASE (src/authz/actions.ts) on the bureau's root unit; no query. */
function assertRootLeader(viewer: Viewer) {
  assertDeciderViewer(viewer);
  if (viewer.kind !== 'person') {
    throw new DomainError('FORBIDDEN', '只有局党委第一责任人、直接责任人可以登记和移交错误言论案件 (only the bureau committee\'s first and direct responsible people)');
  }
  assertMayActOnBureau(viewer, 'RECORD_MISCONDUCT_CASE');
  return viewer as Extract<Viewer, { kind: 'person' }>;
}

export interface RecordCaseInput {
  unitId: string;
  personId: string;
  venue: MisconductVenue;
  misconductClass: MisconductClass;
  occurredOn: Date;
  summary: string;
}

export async function recordMisconductCase(prisma: PrismaClient, viewer: Viewer, input: RecordCaseInput, now: Date) {
  const summary = parseInput(z.string().trim().min(1, 'summary is required').max(5000), input.summary, 'summary');
  if (input.occurredOn > todayInChina(now)) throw new DomainError('BAD_USER_INPUT', 'occurredOn is in the future', { field: 'occurredOn' });
  return inTransaction(prisma, async (tx) => {
    const leader = assertRootLeader(viewer);
    // Both ids through the recorder's scope (the root's leaders see the whole bureau, so this is the
    // same set today; it stays right if who may record cases ever widens).
    const unit = await tx.orgUnit.findFirst({ where: { id: input.unitId, ...leader.scope.unitWhere() } });
    if (!unit) throw new DomainError('NOT_FOUND', 'unitId: unit not found', { field: 'unitId' });
    const person = await tx.person.findFirst({ where: { id: input.personId, AND: [personWhere(leader)] } });
    if (!person) throw new DomainError('NOT_FOUND', 'personId: person not found', { field: 'personId' });
    const record = await tx.misconductCase.create({
      data: {
        tenantId: leader.tenantId, unitId: unit.id, personId: person.id, venue: input.venue, misconductClass: input.misconductClass,
        occurredOn: input.occurredOn, summary, recordedById: leader.personId,
      },
    });
    await recordAudit(tx, viewer, { tenantId: leader.tenantId, action: 'misconduct.record', entityType: 'MisconductCase', entityId: record.id, after: record });
    return record;
  });
}

/**
 * Refers a case to the discipline inspection body of the bureau's district (配合上级纪检监察部门).
 * Once: a second referral is ALREADY_REFERRED (and the database refuses to change a referral).
 */
export async function referMisconductCase(
  prisma: PrismaClient, viewer: Viewer,
  input: { caseId: string; referenceNumber: string; referredOn?: Date | null; body?: string | null }, now: Date,
) {
  const referenceNumber = parseInput(z.string().trim().min(1, 'referenceNumber is required').max(100), input.referenceNumber, 'referenceNumber');
  const today = todayInChina(now);
  const referredOn = input.referredOn ?? today;
  if (referredOn > today) throw new DomainError('BAD_USER_INPUT', 'referredOn is in the future', { field: 'referredOn' });
  return inTransaction(prisma, async (tx) => {
    const leader = assertRootLeader(viewer);
    const before = await tx.misconductCase.findFirst({ where: { id: input.caseId, AND: [misconductWhere(leader)] }, include: { tenant: { include: { district: true } } } });
    if (!before) throw notFound('case');
    await tx.$executeRaw`SELECT 1 FROM "MisconductCase" WHERE "id" = ${before.id} FOR UPDATE`;
    const current = await tx.misconductCase.findUniqueOrThrow({ where: { id: before.id } });
    if (current.referredOn) {
      throw new DomainError('ALREADY_REFERRED', `案件已于 ${formatDate(current.referredOn)} 移交 (referred on ${formatDate(current.referredOn)}, ${current.referenceNumber})`);
    }
    if (referredOn < current.occurredOn) throw new DomainError('BAD_USER_INPUT', 'referredOn is before the case occurred', { field: 'referredOn' });
    const { district } = before.tenant;
    const bodyAccount = await tx.userAccount.findFirst({ where: { districtId: district.id, districtRole: 'DISCIPLINE_INSPECTION' }, select: { displayName: true } });
    const body = parseInput(z.string().trim().max(100).nullish(), input.body, 'body') || bodyAccount?.displayName || `${district.name}纪委监委`;
    const { tenant: _t, ...rest } = before;
    const referred = await tx.misconductCase.update({
      where: { id: before.id },
      data: { referredOn, referredToDistrictId: district.id, referredToBody: body, referenceNumber },
    });
    await recordAudit(tx, viewer, { tenantId: referred.tenantId, action: 'misconduct.refer', entityType: 'MisconductCase', entityId: referred.id, before: rest, after: referred });
    return referred;
  });
}

/**
 * Records the outcome of a referred case: the discipline inspection body it was referred to, or the
 * bureau root's leaders passing on the body's decision. NOT_REFERRED before a referral.
 */
export async function recordMisconductOutcome(
  prisma: PrismaClient, viewer: Viewer, input: { caseId: string; outcome: string; outcomeOn?: Date | null }, now: Date,
) {
  assertDeciderViewer(viewer);
  const outcome = parseInput(z.string().trim().min(1, 'outcome is required').max(5000), input.outcome, 'outcome');
  const today = todayInChina(now);
  const outcomeOn = input.outcomeOn ?? today;
  if (outcomeOn > today) throw new DomainError('BAD_USER_INPUT', 'outcomeOn is in the future', { field: 'outcomeOn' });
  return inTransaction(prisma, async (tx) => {
    const before = await tx.misconductCase.findFirst({ where: { id: input.caseId, AND: [misconductWhere(viewer)] } });
    if (!before) throw notFound('case');
    if (viewer.kind === 'person') assertRootLeader(viewer);
    if (!before.referredOn) throw new DomainError('NOT_REFERRED');
    if (outcomeOn < before.referredOn) throw new DomainError('BAD_USER_INPUT', 'outcomeOn is before the referral', { field: 'outcomeOn' });
    const updated = await tx.misconductCase.update({ where: { id: before.id }, data: { outcome, outcomeOn } });
    await recordAudit(tx, viewer, { tenantId: updated.tenantId, action: 'misconduct.outcome', entityType: 'MisconductCase', entityId: updated.id, before, after: updated });
    return updated;
  });
}
