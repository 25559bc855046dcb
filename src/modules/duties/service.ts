import { personWhere } from '../../authz/visibility.js';
import { z } from 'zod';
import { structureViewer } from '../../authz/guards.js';
import type { UnitScope, Viewer } from '../../authz/scope.js';
import type { PrismaClient } from '../../db/client.js';
import { inTransaction, lockUnit, lockUnitRows, type Tx } from '../../db/transaction.js';
import { DomainError, notFound } from '../../errors.js';
import type { Duty, OrgUnit, Post } from '../../generated/prisma/client.js';
import type { DutyKind, PostRole } from '../../generated/prisma/enums.js';
import { todayInChina } from '../../lib/dates.js';
import { inForce, OPEN_ROW } from '../../authz/in-force.js';
import { Prisma } from '../../generated/prisma/client.js';
import { coveredSql, LEADER_DUTY_KINDS } from '../../authz/holders.js';
import { parseInput } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import { actableUnit } from '../org/service.js';
import { isCommitteeKind } from '../org/rules.js';
import { dutyKindRefusal, isTeamRole, scopeUnitInsideSubtree, TEAM_ROLES } from './rules.js';

/**
 * The responsibility system (DOMAIN.md §2). Every rule is enforced twice: here, before writing,
 * with a typed error that names it; and by the database (unique partial indexes and the deferred
 * `zeren_check_unit_duties` trigger), so that no interleaving of concurrent requests can commit a
 * team that breaks it.
 */

export { TEAM_ROLES };

const reason = z.string().trim().max(500, 'reason is at most 500 characters');
const shortText = z.string().trim().max(100, 'at most 100 characters');

export interface DutyInput {
  kind: DutyKind;
  scopeUnitIds?: readonly string[] | null;
}

function effective(date: Date | null | undefined, now: Date): Date {
  return date ?? todayInChina(now);
}

/** Rule 4: every scope unit lies in the committee's own subtree (and so in its bureau). */
async function resolveScope(tx: Tx, unit: OrgUnit, duty: DutyInput): Promise<string[]> {
  if (duty.kind !== 'DUAL_DUTY') {
    if (duty.scopeUnitIds?.some((id) => id !== unit.id)) {
      throw new DomainError('SCOPE_OUTSIDE_SUBTREE', 'the scope of a first or direct responsible person is the whole unit');
    }
    return [unit.id];
  }
  const ids = [...new Set(duty.scopeUnitIds ?? [])];
  if (ids.length === 0) throw new DomainError('DUAL_DUTY_EMPTY_SCOPE');
  if (ids.length > 200) throw new DomainError('BAD_USER_INPUT', 'at most 200 scope units', { field: 'scopeUnitIds' });
  // Share locks before reading: a concurrent archive or move of a scope unit waits for this commit
  // (and its own checks then see this scope), or this read waits for it and sees the result.
  await lockUnitRows(tx, unit.tenantId, ids, 'share');
  const found = await tx.orgUnit.findMany({
    where: { tenantId: unit.tenantId, id: { in: ids }, archivedAt: null },
    select: { id: true, ancestorIds: true },
  });
  if (found.length !== ids.length || found.some((u) => !scopeUnitInsideSubtree(unit.id, u.ancestorIds))) {
    throw new DomainError('SCOPE_OUTSIDE_SUBTREE');
  }
  return ids;
}

/** Rules 1, 2, 5: who may hold which kind of duty, checked against the unit's current team. */
async function assertDutyFits(tx: Tx, unit: OrgUnit, post: Post, kind: DutyKind, replacingDutyId?: string) {
  const refusal = dutyKindRefusal(post.role, kind);
  if (refusal) throw new DomainError(refusal);
  if (kind === 'DIRECT_RESPONSIBLE') {
    const holder = await tx.duty.findFirst({
      where: { tenantId: unit.tenantId, unitId: unit.id, kind, ...OPEN_ROW, ...(replacingDutyId ? { id: { not: replacingDutyId } } : {}) },
      select: { id: true },
    });
    if (holder) throw new DomainError('DIRECT_RESPONSIBLE_TAKEN');
  }
}

async function createDuty(tx: Tx, unit: OrgUnit, post: Post, kind: DutyKind, scopeUnitIds: string[], startDate: Date) {
  const duty = await tx.duty.create({
    data: { tenantId: unit.tenantId, unitId: unit.id, personId: post.personId, postId: post.id, kind, startDate },
  });
  await tx.dutyScopeUnit.createMany({ data: scopeUnitIds.map((unitId) => ({ tenantId: unit.tenantId, dutyId: duty.id, unitId })) });
  return duty;
}

async function endDutiesOfPost(tx: Tx, post: Post, endDate: Date, why: string) {
  await tx.duty.updateMany({ where: { tenantId: post.tenantId, postId: post.id, ...OPEN_ROW }, data: { endDate, endReason: why } });
}

function assertNotBefore(date: Date, start: Date, field: string) {
  if (date < start) throw new DomainError('BAD_USER_INPUT', `${field} is before the start of what it ends`, { field });
}

export interface AppointInput {
  unitId: string;
  personId: string;
  role: PostRole;
  title?: string | null;
  businessArea?: string | null;
  startDate?: Date | null;
  duty?: DutyInput | null;
}

/**
 * Appoints a person to a post. A team member other than the secretary must be given a duty in
 * the same call (rule 3). Appointing a secretary ends the incumbent's post and moves the first
 * responsibility to the new secretary in the same transaction (rule 1).
 */
export async function appointToPost(prisma: PrismaClient, viewer: Viewer, input: AppointInput, now: Date) {
  const { structure: scope } = structureViewer(viewer);
  const title = parseInput(shortText.optional().nullable(), input.title, 'title');
  const businessArea = parseInput(z.string().trim().max(500).optional().nullable(), input.businessArea, 'businessArea');
  const startDate = effective(input.startDate, now);
  return inTransaction(prisma, async (tx) => {
    const visible = await actableUnit(tx, viewer, 'APPOINT', input.unitId);
    await lockUnit(tx, visible.id);
    // The unit's row lock, then read it again: an archive running meanwhile either waits for this
    // post and then finds it, or has committed and this call finds the unit archived.
    await lockUnitRows(tx, visible.tenantId, [visible.id], 'share');
    const unit = await actableUnit(tx, viewer, 'APPOINT', input.unitId);
    if (unit.archivedAt) throw new DomainError('BAD_USER_INPUT', 'the unit is archived', { field: 'unitId' });
    // A person the caller cannot see answers exactly like one that does not exist.
    const person = await tx.person.findFirst({ where: { id: input.personId, AND: [personWhere(viewer)] } });
    if (!person) throw notFound('person');
    if (isTeamRole(input.role) && !isCommitteeKind(unit.kind)) throw new DomainError('NOT_COMMITTEE_UNIT');
    const held = await tx.post.findFirst({ where: { tenantId: unit.tenantId, unitId: unit.id, personId: person.id, ...OPEN_ROW } });
    if (held) throw new DomainError('POST_ALREADY_HELD');

    if (input.role === 'SECRETARY' && input.duty) {
      throw new DomainError('FIRST_RESPONSIBLE_NOT_SECRETARY', 'the secretary is the first responsible person; give no other duty');
    }
    if (input.role === 'MEMBER' && input.duty) throw new DomainError('DUTY_HOLDER_NOT_TEAM_MEMBER');
    if ((input.role === 'DEPUTY_SECRETARY' || input.role === 'COMMITTEE_MEMBER') && !input.duty) {
      throw new DomainError('MEMBER_WITHOUT_DUTY');
    }

    let replaced: Post | null = null;
    if (input.role === 'SECRETARY') {
      replaced = await tx.post.findFirst({ where: { tenantId: unit.tenantId, unitId: unit.id, role: 'SECRETARY', ...OPEN_ROW } });
      if (replaced) {
        assertNotBefore(startDate, replaced.startDate, 'startDate');
        await endDutiesOfPost(tx, replaced, startDate, 'secretary replaced');
        await tx.post.update({ where: { id: replaced.id }, data: { endDate: startDate } });
      }
    }
    const post = await tx.post.create({
      data: { tenantId: unit.tenantId, unitId: unit.id, personId: person.id, role: input.role, title, businessArea, startDate },
    });
    let duty: Duty | null = null;
    if (input.role === 'SECRETARY') {
      duty = await createDuty(tx, unit, post, 'FIRST_RESPONSIBLE', [unit.id], startDate);
    } else if (input.duty) {
      await assertDutyFits(tx, unit, post, input.duty.kind);
      duty = await createDuty(tx, unit, post, input.duty.kind, await resolveScope(tx, unit, input.duty), startDate);
    }
    await recordAudit(tx, viewer, {
      tenantId: unit.tenantId, action: 'post.appoint', entityType: 'Post', entityId: post.id,
      before: replaced ? { replacedPostId: replaced.id } : undefined, after: { post, duty },
    });
    return post;
  });
}

/** Ends a post and, with it, every duty of that person there (rule 5). */
export async function endPost(
  prisma: PrismaClient, viewer: Viewer, input: { postId: string; endDate?: Date | null; reason?: string | null }, now: Date,
) {
  const { structure: scope } = structureViewer(viewer);
  const why = parseInput(reason.optional().nullable(), input.reason, 'reason') || 'post ended';
  const endDate = effective(input.endDate, now);
  return inTransaction(prisma, async (tx) => {
    const found = await tx.post.findFirst({ where: { id: input.postId, ...scope.viaUnit() } });
    if (!found) throw notFound('post');
    await actableUnit(tx, viewer, 'APPOINT', found.unitId);
    // Read the post again under the unit's lock: a concurrent endPost may just have ended it.
    await lockUnit(tx, found.unitId);
    const post = await tx.post.findUniqueOrThrow({ where: { id: found.id } });
    if (post.endDate) throw new DomainError('HISTORY_IMMUTABLE');
    assertNotBefore(endDate, post.startDate, 'endDate');
    await endDutiesOfPost(tx, post, endDate, why);
    const ended = await tx.post.update({ where: { id: post.id }, data: { endDate } });
    await recordAudit(tx, viewer, {
      tenantId: post.tenantId, action: 'post.end', entityType: 'Post', entityId: post.id, before: post, after: { endDate, reason: why },
    });
    return ended;
  });
}

async function activeTeamPost(tx: Tx, unit: OrgUnit, personId: string) {
  const post = await tx.post.findFirst({ where: { tenantId: unit.tenantId, unitId: unit.id, personId, ...OPEN_ROW } });
  if (!post || !isTeamRole(post.role)) throw new DomainError('DUTY_HOLDER_NOT_TEAM_MEMBER');
  return post;
}

/** Assigns a duty to a team member who holds none at the unit (rule 5: one duty per person and unit). */
export async function assignDuty(
  prisma: PrismaClient, viewer: Viewer,
  input: { unitId: string; personId: string; kind: DutyKind; scopeUnitIds?: readonly string[] | null; startDate?: Date | null },
  now: Date,
) {
  const { structure: scope } = structureViewer(viewer);
  const startDate = effective(input.startDate, now);
  return inTransaction(prisma, async (tx) => {
    const unit = await actableUnit(tx, viewer, 'APPOINT', input.unitId);
    await lockUnit(tx, unit.id);
    const post = await activeTeamPost(tx, unit, input.personId);
    const existing = await tx.duty.findFirst({ where: { tenantId: unit.tenantId, unitId: unit.id, personId: input.personId, ...OPEN_ROW } });
    if (existing) throw new DomainError('DUPLICATE_DUTY');
    await assertDutyFits(tx, unit, post, input.kind);
    const duty = await createDuty(tx, unit, post, input.kind, await resolveScope(tx, unit, input), startDate);
    await recordAudit(tx, viewer, { tenantId: unit.tenantId, action: 'duty.assign', entityType: 'Duty', entityId: duty.id, after: { ...duty, scopeUnitIds: input.scopeUnitIds } });
    return duty;
  });
}

/** A duty the caller manages, read under its unit's lock (so a concurrent change or end is seen). */
async function managedDuty(tx: Tx, viewer: Viewer, scope: UnitScope, dutyId: string) {
  const found = await tx.duty.findFirst({ where: { id: dutyId, ...scope.viaUnit() }, select: { unitId: true } });
  if (!found) throw notFound('duty');
  const unit = await actableUnit(tx, viewer, 'APPOINT', found.unitId);
  await lockUnit(tx, unit.id);
  const duty = await tx.duty.findUniqueOrThrow({ where: { id: dutyId }, include: { scope: { select: { unitId: true } } } });
  if (duty.endDate) throw new DomainError('HISTORY_IMMUTABLE');
  return { duty, unit };
}

/**
 * Changes a duty's kind or scope. History is kept (rule 6): the current assignment ends on the
 * effective date and a new one starts on it.
 */
export async function changeDuty(
  prisma: PrismaClient, viewer: Viewer,
  input: { dutyId: string; kind?: DutyKind | null; scopeUnitIds?: readonly string[] | null; effectiveDate?: Date | null; reason?: string | null },
  now: Date,
) {
  const { structure: scope } = structureViewer(viewer);
  const why = parseInput(reason.optional().nullable(), input.reason, 'reason') || 'duty changed';
  const date = effective(input.effectiveDate, now);
  return inTransaction(prisma, async (tx) => {
    const { duty, unit } = await managedDuty(tx, viewer, scope, input.dutyId);
    assertNotBefore(date, duty.startDate, 'effectiveDate');
    const kind = input.kind ?? duty.kind;
    if (duty.kind === 'FIRST_RESPONSIBLE' && kind !== 'FIRST_RESPONSIBLE') {
      throw new DomainError('FIRST_RESPONSIBLE_REQUIRED', 'the first responsibility moves only with the secretary post');
    }
    const post = await tx.post.findUniqueOrThrow({ where: { id: duty.postId } });
    await assertDutyFits(tx, unit, post, kind, duty.id);
    const scopeUnitIds = await resolveScope(tx, unit, {
      kind,
      scopeUnitIds: input.scopeUnitIds ?? (kind === duty.kind ? duty.scope.map((s) => s.unitId) : null),
    });
    await tx.duty.update({ where: { id: duty.id }, data: { endDate: date, endReason: why } });
    const next = await createDuty(tx, unit, post, kind, scopeUnitIds, date);
    await recordAudit(tx, viewer, {
      tenantId: unit.tenantId, action: 'duty.change', entityType: 'Duty', entityId: next.id, before: duty, after: { ...next, scopeUnitIds },
    });
    return next;
  });
}

/** Ends a duty. The rules decide whether the team may be left without it (rules 1–3). */
export async function endDuty(
  prisma: PrismaClient, viewer: Viewer, input: { dutyId: string; endDate?: Date | null; reason?: string | null }, now: Date,
) {
  const { structure: scope } = structureViewer(viewer);
  const why = parseInput(reason.optional().nullable(), input.reason, 'reason') || 'duty ended';
  const date = effective(input.endDate, now);
  return inTransaction(prisma, async (tx) => {
    const { duty, unit } = await managedDuty(tx, viewer, scope, input.dutyId);
    assertNotBefore(date, duty.startDate, 'endDate');
    if (duty.kind === 'FIRST_RESPONSIBLE') throw new DomainError('FIRST_RESPONSIBLE_REQUIRED');
    const post = await tx.post.findUniqueOrThrow({ where: { id: duty.postId } });
    if (post.endDate === null && isTeamRole(post.role)) throw new DomainError('MEMBER_WITHOUT_DUTY');
    const ended = await tx.duty.update({ where: { id: duty.id }, data: { endDate: date, endReason: why } });
    await recordAudit(tx, viewer, { tenantId: unit.tenantId, action: 'duty.end', entityType: 'Duty', entityId: duty.id, before: duty, after: ended });
    return ended;
  });
}

/**
 * Re-divides the duties of a unit's team in one step (班子分工调整): each listed member gets the
 * given duty; unchanged ones are kept, changed ones end and restart on the effective date. This is
 * how the direct responsibility passes from one member to another without an illegal gap.
 */
export async function rearrangeDuties(
  prisma: PrismaClient, viewer: Viewer,
  input: { unitId: string; assignments: readonly { personId: string; kind: DutyKind; scopeUnitIds?: readonly string[] | null }[]; effectiveDate?: Date | null; reason?: string | null },
  now: Date,
) {
  const { structure: scope } = structureViewer(viewer);
  const why = parseInput(reason.optional().nullable(), input.reason, 'reason') || 'duties rearranged';
  const date = effective(input.effectiveDate, now);
  if (input.assignments.length === 0 || input.assignments.length > 50) {
    throw new DomainError('BAD_USER_INPUT', 'between 1 and 50 assignments', { field: 'assignments' });
  }
  if (new Set(input.assignments.map((a) => a.personId)).size !== input.assignments.length) throw new DomainError('DUPLICATE_DUTY');
  return inTransaction(prisma, async (tx) => {
    const unit = await actableUnit(tx, viewer, 'APPOINT', input.unitId);
    await lockUnit(tx, unit.id);
    const current = await tx.duty.findMany({
      where: { tenantId: unit.tenantId, unitId: unit.id, ...OPEN_ROW },
      include: { scope: { select: { unitId: true } } },
    });
    const plan: { post: Post; kind: DutyKind; scopeUnitIds: string[]; previous?: (typeof current)[number] }[] = [];
    for (const a of input.assignments) {
      const post = await activeTeamPost(tx, unit, a.personId);
      const refusal = dutyKindRefusal(post.role, a.kind);
      if (refusal) throw new DomainError(refusal);
      plan.push({ post, kind: a.kind, scopeUnitIds: await resolveScope(tx, unit, a), previous: current.find((d) => d.personId === a.personId) });
    }
    const changed = plan.filter((p) => {
      if (!p.previous) return true;
      const before = p.previous.scope.map((s) => s.unitId).sort().join();
      return p.previous.kind !== p.kind || before !== [...p.scopeUnitIds].sort().join();
    });
    // End first, then start: the unique indexes see no transient second direct responsible person.
    for (const p of changed) {
      if (p.previous) {
        assertNotBefore(date, p.previous.startDate, 'effectiveDate');
        await tx.duty.update({ where: { id: p.previous.id }, data: { endDate: date, endReason: why } });
      }
    }
    const directs = plan.filter((p) => p.kind === 'DIRECT_RESPONSIBLE').length
      + current.filter((d) => d.kind === 'DIRECT_RESPONSIBLE' && !plan.some((p) => p.post.personId === d.personId)).length;
    if (directs > 1) throw new DomainError('DIRECT_RESPONSIBLE_TAKEN');
    const created = [];
    for (const p of changed) created.push(await createDuty(tx, unit, p.post, p.kind, p.scopeUnitIds, date));
    await recordAudit(tx, viewer, {
      tenantId: unit.tenantId, action: 'duty.rearrange', entityType: 'OrgUnit', entityId: unit.id,
      before: changed.map((p) => p.previous).filter(Boolean), after: created,
    });
    return tx.duty.findMany({ where: { tenantId: unit.tenantId, unitId: unit.id, ...OPEN_ROW } });
  });
}

/**
 * Rule 7, coverage (责任全覆盖): the active units under a committee that no "one post, two duties"
 * scope of that committee's team in force on `day` covers (coveredSql). One SQL statement.
 */
export async function uncoveredUnits(prisma: PrismaClient, scope: UnitScope, unitId: string, day: Date) {
  const unit = await prisma.orgUnit.findFirst({ where: { id: unitId, ...scope.unitWhere() } });
  if (!unit) throw notFound('unit');
  return prisma.$queryRaw<{ id: string }[]>`
    SELECT u."id" FROM "OrgUnit" u
     WHERE u."tenantId" = ${unit.tenantId}
       AND u."ancestorIds" @> ARRAY[${unit.id}]::text[] AND u."id" <> ${unit.id}
       AND u."archivedAt" IS NULL
       AND NOT ${coveredSql('u', Prisma.sql`${unit.id}`, day)}
     ORDER BY u."depth", u."sortOrder", u."name"`.then((rows) => rows.map((r) => r.id));
}

/**
 * The people who answer for a unit on `day`: the first and direct responsible people of every
 * committee on its ancestry (including the unit itself when it is one), and the "one post, two
 * duties" members whose scope covers it. `above: true` leaves out the unit's own team — used to
 * escalate to the committee above. One SQL statement.
 */
export async function responsiblePeople(
  db: PrismaClient | Tx,
  unit: { tenantId: string; id: string; ancestorIds: readonly string[] },
  day: Date,
  options: { above?: boolean; kinds?: readonly DutyKind[] } = {},
): Promise<string[]> {
  const committees = options.above ? unit.ancestorIds.filter((id) => id !== unit.id) : [...unit.ancestorIds];
  if (!committees.length) return [];
  const kinds = options.kinds ?? [...LEADER_DUTY_KINDS, 'DUAL_DUTY'];
  const rows = await db.duty.findMany({
    where: {
      tenantId: unit.tenantId,
      unitId: { in: committees },
      kind: { in: [...kinds] },
      AND: [inForce(day), { OR: [{ kind: { not: 'DUAL_DUTY' } }, { scope: { some: { unitId: { in: [...unit.ancestorIds] } } } }] }],
    },
    select: { personId: true },
    distinct: ['personId'],
  });
  return rows.map((r) => r.personId);
}
