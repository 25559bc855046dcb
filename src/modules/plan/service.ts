import { WORK_ITEM_STATUS_NAMES } from '../../lib/labels.js';
import { personWhere, workItemWhere } from '../../authz/visibility.js';
import { inForce } from '../../authz/in-force.js';
import { OPEN_WORK_ITEM_STATUSES } from './rules.js';
import { BUREAU_ROOT } from '../../authz/bureau-root.js';
import { leaderDutiesWhere } from '../../authz/holders.js';
import { subtreeOfWhere } from '../../authz/scope.js';
import { z } from 'zod';
import { assertMayAct, assertMayActOnBureau, mayAct, type Action } from '../../authz/actions.js';
import { bureauViewer, type PersonViewer } from '../../authz/guards.js';
import type { UnitScope, Viewer } from '../../authz/scope.js';
import type { PrismaClient } from '../../db/client.js';
import { inTransaction, type Tx } from '../../db/transaction.js';
import { DomainError, notFound } from '../../errors.js';
import type { AnnualPlan, OrgUnit, Prisma, WorkItem, WorkItemNote } from '../../generated/prisma/client.js';
import type { WorkItemStatus } from '../../generated/prisma/enums.js';
import { formatDate, todayInChina } from '../../lib/dates.js';
import { parseInput } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import { actableUnit } from '../org/service.js';

type Db = PrismaClient | Tx;

const title = z.string().trim().min(1, 'is required').max(200, 'is at most 200 characters');
const longText = z.string().trim().max(5000, 'is at most 5000 characters');
const year = z.number().int().min(2000, 'must be 2000 or later').max(2100, 'must be 2100 or earlier');

/** Work items not finished nor cancelled (src/modules/plan/rules.ts). */
const OPEN_STATUSES = OPEN_WORK_ITEM_STATUSES;

export function isOverdue(item: { status: WorkItemStatus; dueDate: Date }, today: Date): boolean {
  return OPEN_STATUSES.includes(item.status) && item.dueDate.getTime() < today.getTime();
}

export function overdueWhere(today: Date): Prisma.WorkItemWhereInput {
  return { status: { in: [...OPEN_STATUSES] }, dueDate: { lt: today } };
}

/**
 * The tenant root (局党委), when the viewer may perform `action` on it (src/authz/actions.ts: the
 * bureau committee's first and direct responsible people plan the year and set the rules). The
 * refusal needs no query (the viewer carries the root's id).
 */
export async function rootToActOn(db: Db, viewer: PersonViewer, action: Action): Promise<OrgUnit> {
  assertMayActOnBureau(viewer, action);
  const root = await db.orgUnit.findFirst({ where: { tenantId: viewer.tenantId, ...BUREAU_ROOT } });
  if (!root) throw new DomainError('FORBIDDEN', 'the bureau has no committee unit');
  return root;
}

export interface WorkItemListFilter {
  /** Plan year. */
  year?: number | null;
  /** Only this unit and its descendants (raw id). */
  subtreeOf?: string | null;
  statuses?: readonly WorkItemStatus[] | null;
  /** true: only overdue (open, due before today); false: only not overdue. */
  overdue?: boolean | null;
  /** Only items the viewer is responsible for. */
  mine?: boolean | null;
  templateTaskId?: string | null;
  dueFrom?: Date | null;
  dueTo?: Date | null;
  /** 待确认: only items waiting for confirmation (true), or none of them (false). */
  pendingConfirmation?: boolean | null;
}

/**
 * The work items a list shows: the viewer's scope (nothing for anyone but a bureau person) and the
 * filter. One definition for the `workItems` query and the WORK_ITEMS ledger.
 */
export function workItemListWhere(viewer: Viewer, filter: WorkItemListFilter | null | undefined, today: Date): Prisma.WorkItemWhereInput {
  const and: Prisma.WorkItemWhereInput[] = [workItemWhere(viewer)];
  if (!filter) return { AND: and };
  if (filter.year != null) and.push({ plan: { year: filter.year } });
  if (filter.subtreeOf) and.push({ unit: subtreeOfWhere(viewer, filter.subtreeOf) });
  if (filter.statuses?.length) and.push({ status: { in: [...filter.statuses] } });
  if (filter.overdue === true) and.push(overdueWhere(today));
  if (filter.overdue === false) and.push({ NOT: overdueWhere(today) });
  if (filter.mine && viewer.kind === 'person') and.push({ responsiblePersonId: viewer.personId });
  if (filter.templateTaskId) and.push({ templateTaskId: filter.templateTaskId });
  if (filter.dueFrom) and.push({ dueDate: { gte: filter.dueFrom } });
  if (filter.dueTo) and.push({ dueDate: { lte: filter.dueTo } });
  if (filter.pendingConfirmation != null) and.push({ pendingConfirmation: filter.pendingConfirmation });
  return { AND: and };
}

export async function visibleWorkItem(db: Db, scope: UnitScope, id: string) {
  const item = await db.workItem.findFirst({ where: { id, ...scope.viaUnit() }, include: { unit: true, plan: true } });
  if (!item) throw notFound('work item');
  return item;
}

/**
 * A work item the viewer may see, locked (FOR UPDATE) for the rest of the transaction and read
 * again after the lock: a concurrent status change (cancel …) is either waited for and seen, or
 * waits for this write. Read-then-write rules on a work item start here.
 */
export async function lockedWorkItem(tx: Tx, scope: UnitScope, id: string) {
  const visible = await visibleWorkItem(tx, scope, id);
  await tx.$executeRaw`SELECT 1 FROM "WorkItem" WHERE "id" = ${visible.id} FOR UPDATE`;
  return visibleWorkItem(tx, scope, id);
}

// ---------------------------------------------------------------------------------------------
// Annual plan

export async function createAnnualPlan(
  prisma: PrismaClient,
  viewer: Viewer,
  input: { year: number; templateVersion?: string | null; title?: string | null; carryOverUnfinished?: boolean | null },
  now: Date = new Date(),
): Promise<AnnualPlan> {
  const person = bureauViewer(viewer);
  const planYear = parseInput(year, input.year, 'year');
  const planTitle = input.title == null ? undefined : parseInput(title, input.title, 'title');
  return inTransaction(prisma, async (tx) => {
    const root = await rootToActOn(tx, person, 'PLAN_YEAR');
    // Without a version named: the template the bureau follows (linked when it was created).
    const followed = input.templateVersion ? null : (await tx.tenant.findUnique({ where: { id: person.tenantId }, select: { planTemplate: true } }))?.planTemplate;
    const template = input.templateVersion
      ? await tx.planTemplate.findUnique({ where: { version: input.templateVersion } })
      : followed ?? (await tx.planTemplate.findFirst({ orderBy: { issuedOn: 'desc' } }));
    if (!template) throw new DomainError('BAD_USER_INPUT', `no plan template version ${input.templateVersion}`, { field: 'templateVersion' });
    const existing = await tx.annualPlan.findUnique({ where: { tenantId_year: { tenantId: person.tenantId, year: planYear } } });
    if (existing) throw new DomainError('PLAN_ALREADY_EXISTS', `the plan for ${planYear} exists`, { field: 'year' });
    const plan = await tx.annualPlan.create({
      data: {
        tenantId: person.tenantId,
        year: planYear,
        templateId: template.id,
        title: planTitle ?? `${root.name}${planYear}年度意识形态工作任务分解`,
      },
    });
    const carried = input.carryOverUnfinished ? await carryOverUnfinished(tx, plan, now) : [];
    await recordAudit(tx, viewer, { tenantId: plan.tenantId, action: 'plan.create', entityType: 'AnnualPlan', entityId: plan.id, after: { ...plan, carriedOver: carried } });
    return plan;
  });
}

/** The reason an item carried into the next plan is closed with (shown as its status' reason). */
export const CARRIED_OVER_REASON = '转入下一年度';

/**
 * DOMAIN.md §7 (years follow each other; 四(一) 年度任务细化分解): the previous year's plan's unfinished
 * items (planned or in progress) continue in the new plan — same task, unit, responsible person and
 * status, due on the same day of the new year — each linked to the item it continues
 * (carriedOverFromId, unique: an item is carried once). The old item is closed with the reason
 * 转入下一年度 (CANCELLED is final, so it no longer counts as open or overdue in its year); its
 * carriedOverTo shows where it went. So the new plan's tasks those items serve start decomposed.
 * Only items still open when the lock is taken move: one changed meanwhile answers CONFLICT.
 */
export async function carryOverUnfinished(tx: Tx, plan: AnnualPlan, now: Date): Promise<string[]> {
  const previous = await tx.annualPlan.findUnique({ where: { tenantId_year: { tenantId: plan.tenantId, year: plan.year - 1 } } });
  if (!previous) return [];
  const open = await tx.workItem.findMany({ where: { tenantId: plan.tenantId, planId: previous.id, status: { in: [...OPEN_STATUSES] } }, orderBy: [{ dueDate: 'asc' }, { id: 'asc' }] });
  if (!open.length) return [];
  const closed = await tx.workItem.updateMany({
    where: { id: { in: open.map((i) => i.id) }, status: { in: [...OPEN_STATUSES] } },
    data: { status: 'CANCELLED', cancelReason: CARRIED_OVER_REASON, completedAt: null },
  });
  if (closed.count !== open.length) throw new DomainError('CONFLICT', 'a work item of the previous plan changed meanwhile; retry');
  const sameDayIn = (date: Date) => {
    const last = new Date(Date.UTC(plan.year, date.getUTCMonth() + 1, 0)).getUTCDate();
    return new Date(Date.UTC(plan.year, date.getUTCMonth(), Math.min(date.getUTCDate(), last)));
  };
  const copies = open.map((item) => ({
    tenantId: item.tenantId, planId: plan.id, templateTaskId: plan.templateId === previous.templateId ? item.templateTaskId : null,
    unitId: item.unitId, responsiblePersonId: item.responsiblePersonId, title: item.title, description: item.description,
    dueDate: sameDayIn(item.dueDate), status: item.status, carriedOverFromId: item.id, createdAt: now,
  }));
  await tx.workItem.createMany({ data: copies });
  await tx.workItemNote.createMany({
    data: open.map((item) => ({ tenantId: item.tenantId, workItemId: item.id, unitId: item.unitId, authorPersonId: item.responsiblePersonId, text: `【已转入${plan.year}年度】${CARRIED_OVER_REASON}` })),
  });
  return open.map((i) => i.id);
}

// ---------------------------------------------------------------------------------------------
// Work items

/**
 * A responsible person must answer for the unit — hold a post in it, or a duty whose scope covers
 * it — so that they can see the item and its reminders; and the viewer must be able to see them.
 * Both failures give the same answer, so the check reveals nothing about people out of sight.
 */
async function assertAnswersForUnit(tx: Tx, viewer: PersonViewer, personId: string, unit: OrgUnit, today: Date): Promise<void> {
  const found = await tx.person.findFirst({
    where: {
      id: personId,
      AND: [
        personWhere(viewer),
        {
          OR: [
            { posts: { some: { unitId: unit.id, ...inForce(today) } } },
            { duties: { some: leaderDutiesWhere(today, unit.ancestorIds) } },
            { duties: { some: { ...inForce(today), kind: 'DUAL_DUTY', AND: [{ OR: [{ unitId: unit.id }, { scope: { some: { unitId: { in: unit.ancestorIds } } } }] }] } } },
          ],
        },
      ],
    },
    select: { id: true },
  });
  if (!found) {
    throw new DomainError('BAD_USER_INPUT', 'responsiblePersonId: not a person who holds a post or a duty covering that unit', {
      field: 'responsiblePersonId',
    });
  }
}

function assertDueInPlanYear(dueDate: Date, plan: { year: number }) {
  if (dueDate.getUTCFullYear() !== plan.year) {
    throw new DomainError('DUE_DATE_OUTSIDE_PLAN_YEAR', `dueDate ${formatDate(dueDate)} is outside the plan year ${plan.year}`, { field: 'dueDate' });
  }
}

export interface CreateWorkItemInput {
  planId: string;
  templateTaskId?: string | null;
  unitId: string;
  responsiblePersonId: string;
  title: string;
  description?: string | null;
  dueDate: Date;
}

export async function createWorkItem(prisma: PrismaClient, viewer: Viewer, input: CreateWorkItemInput, now = new Date()): Promise<WorkItem> {
  const person = bureauViewer(viewer);
  const itemTitle = parseInput(title, input.title, 'title');
  const description = parseInput(longText, input.description ?? '', 'description');
  return inTransaction(prisma, async (tx) => {
    const plan = await tx.annualPlan.findFirst({ where: { id: input.planId, tenantId: person.tenantId } });
    if (!plan) throw notFound('annual plan');
    const unit = await actableUnit(tx, viewer, 'CREATE_WORK_ITEM', input.unitId);
    if (unit.archivedAt) throw new DomainError('BAD_USER_INPUT', 'the unit is archived', { field: 'unitId' });
    assertDueInPlanYear(input.dueDate, plan);
    if (input.templateTaskId) {
      const task = await tx.planTemplateTask.findFirst({ where: { id: input.templateTaskId, templateId: plan.templateId } });
      if (!task) throw new DomainError('BAD_USER_INPUT', 'templateTaskId: not a task of this plan\'s template', { field: 'templateTaskId' });
    }
    await assertAnswersForUnit(tx, person, input.responsiblePersonId, unit, todayInChina(now));
    const item = await tx.workItem.create({
      data: {
        tenantId: person.tenantId,
        planId: plan.id,
        templateTaskId: input.templateTaskId ?? null,
        unitId: unit.id,
        responsiblePersonId: input.responsiblePersonId,
        title: itemTitle,
        description,
        dueDate: input.dueDate,
      },
    });
    await recordAudit(tx, viewer, { tenantId: item.tenantId, action: 'workItem.create', entityType: 'WorkItem', entityId: item.id, after: item });
    return item;
  });
}

export interface UpdateWorkItemInput {
  workItemId: string;
  title?: string | null;
  description?: string | null;
  dueDate?: Date | null;
  responsiblePersonId?: string | null;
}

/** Changes what, when and who: action UPDATE_WORK_ITEM. */
export async function updateWorkItem(prisma: PrismaClient, viewer: Viewer, input: UpdateWorkItemInput, now = new Date()): Promise<WorkItem> {
  const person = bureauViewer(viewer);
  const data: Prisma.WorkItemUncheckedUpdateInput = {};
  if (input.title != null) data.title = parseInput(title, input.title, 'title');
  if (input.description != null) data.description = parseInput(longText, input.description, 'description');
  return inTransaction(prisma, async (tx) => {
    const item = await lockedWorkItem(tx, person.scope, input.workItemId);
    assertMayAct(viewer, 'UPDATE_WORK_ITEM', item.unit);
    if (item.status === 'CANCELLED') throw new DomainError('INVALID_STATUS_TRANSITION', 'a cancelled work item cannot change');
    if (input.dueDate) {
      assertDueInPlanYear(input.dueDate, item.plan);
      data.dueDate = input.dueDate;
    }
    if (input.responsiblePersonId) {
      await assertAnswersForUnit(tx, person, input.responsiblePersonId, item.unit, todayInChina(now));
      data.responsiblePersonId = input.responsiblePersonId;
    }
    const updated = await tx.workItem.update({ where: { id: item.id }, data });
    const { unit: _u, plan: _p, ...before } = item;
    await recordAudit(tx, viewer, { tenantId: item.tenantId, action: 'workItem.update', entityType: 'WorkItem', entityId: item.id, before, after: updated });
    return updated;
  });
}

type Move = Extract<Action, 'PROGRESS_WORK_ITEM' | 'CANCEL_OR_REOPEN_WORK_ITEM'>;

/**
 * The status machine, each move with its action (src/authz/actions.ts): PROGRESS_WORK_ITEM is open
 * to the responsible person and to those who answer for the unit; CANCEL_OR_REOPEN_WORK_ITEM to the
 * latter only. Cancelling and reopening a finished item need a reason; nothing leaves CANCELLED.
 */
export const STATUS_TRANSITIONS: Record<WorkItemStatus, Partial<Record<WorkItemStatus, Move>>> = {
  PLANNED: { IN_PROGRESS: 'PROGRESS_WORK_ITEM', DONE: 'PROGRESS_WORK_ITEM', CANCELLED: 'CANCEL_OR_REOPEN_WORK_ITEM' },
  IN_PROGRESS: { PLANNED: 'PROGRESS_WORK_ITEM', DONE: 'PROGRESS_WORK_ITEM', CANCELLED: 'CANCEL_OR_REOPEN_WORK_ITEM' },
  DONE: { IN_PROGRESS: 'CANCEL_OR_REOPEN_WORK_ITEM', CANCELLED: 'CANCEL_OR_REOPEN_WORK_ITEM' },
  CANCELLED: {},
};

const needsReason = (from: WorkItemStatus, to: WorkItemStatus) => to === 'CANCELLED' || (from === 'DONE' && to !== 'DONE');

/**
 * Whether a DONE marked by the viewer waits for confirmation (待确认, issue 21 item 8): it counts at once only
 * when marked by a leader of the unit (CONFIRM_WORK_ITEM) who is not its responsible person.
 */
export function doneNeedsConfirmation(viewer: Viewer, item: { unit: OrgUnit; responsiblePersonId: string }): boolean {
  const marker = viewer.kind === 'person' ? viewer.personId : null;
  return marker === item.responsiblePersonId || !mayAct(viewer, 'CONFIRM_WORK_ITEM', item.unit);
}

export async function changeWorkItemStatus(
  prisma: PrismaClient,
  viewer: Viewer,
  input: { workItemId: string; status: WorkItemStatus; reason?: string | null },
  now: Date,
): Promise<WorkItem> {
  const person = bureauViewer(viewer);
  const reason = input.reason == null ? '' : parseInput(longText, input.reason, 'reason');
  return inTransaction(prisma, async (tx) => {
    const item = await lockedWorkItem(tx, person.scope, input.workItemId);
    // Neither the responsible person nor one who answers for the unit: refused before the move is looked at.
    assertMayAct(viewer, 'PROGRESS_WORK_ITEM', item.unit, [item.responsiblePersonId]);
    // The responsible person may withdraw their own DONE while it still waits for confirmation (撤回).
    const withdrawing = item.status === 'DONE' && item.pendingConfirmation && input.status === 'IN_PROGRESS' && person.personId === item.responsiblePersonId;
    const allowed = withdrawing ? 'PROGRESS_WORK_ITEM' : STATUS_TRANSITIONS[item.status][input.status];
    if (!allowed) {
      throw new DomainError('INVALID_STATUS_TRANSITION', `工作事项不能从${WORK_ITEM_STATUS_NAMES[item.status]}变为${WORK_ITEM_STATUS_NAMES[input.status]} (a work item cannot go from ${item.status} to ${input.status})`, {
        field: 'status', from: item.status, to: input.status,
      });
    }
    assertMayAct(viewer, allowed, item.unit, [item.responsiblePersonId]);
    if (!withdrawing && needsReason(item.status, input.status) && !reason) {
      throw new DomainError('CANCEL_REASON_REQUIRED', `从${WORK_ITEM_STATUS_NAMES[item.status]}变为${WORK_ITEM_STATUS_NAMES[input.status]}须说明理由 (going from ${item.status} to ${input.status} needs a reason)`, { field: 'reason' });
    }
    const pending = input.status === 'DONE' && doneNeedsConfirmation(viewer, item);
    // Optimistic: the row changes only if nobody changed its status (or confirmed it) meanwhile.
    const changed = await tx.workItem.updateMany({
      where: { id: item.id, status: item.status, pendingConfirmation: item.pendingConfirmation },
      data: {
        status: input.status,
        completedAt: input.status === 'DONE' ? now : null,
        cancelReason: input.status === 'CANCELLED' ? reason : null,
        pendingConfirmation: pending,
        confirmedById: null,
        confirmedAt: null,
      },
    });
    if (changed.count !== 1) throw new DomainError('CONFLICT', '工作事项已被他人修改，请刷新 (the work item changed meanwhile; reload it)');
    if (reason) {
      await tx.workItemNote.create({
        data: { tenantId: item.tenantId, workItemId: item.id, unitId: item.unitId, authorPersonId: person.personId, text: `【${WORK_ITEM_STATUS_NAMES[input.status]}】${reason}` },
      });
    }
    const updated = await tx.workItem.findUniqueOrThrow({ where: { id: item.id } });
    await recordAudit(tx, viewer, {
      tenantId: item.tenantId, action: 'workItem.status', entityType: 'WorkItem', entityId: item.id,
      before: { status: item.status, pendingConfirmation: item.pendingConfirmation },
      after: { status: updated.status, pendingConfirmation: updated.pendingConfirmation, reason: reason || undefined, withdrawn: withdrawing || undefined },
    });
    return updated;
  });
}

/**
 * A leader of the unit (CONFIRM_WORK_ITEM, not the responsible person) answers a 待确认 item: `confirm`
 * makes the DONE count (confirmedBy, confirmedAt); `return` (退回) sends it back to IN_PROGRESS with a
 * reason, written as a progress note. Each is audited (workItem.confirm, workItem.return). An item not
 * waiting for confirmation answers WORK_ITEM_NOT_PENDING; one changed meanwhile CONFLICT.
 */
export async function answerWorkItemConfirmation(
  prisma: PrismaClient, viewer: Viewer, input: { workItemId: string; confirm: boolean; reason?: string | null }, now: Date,
): Promise<WorkItem> {
  const person = bureauViewer(viewer);
  const reason = input.reason == null ? '' : parseInput(longText, input.reason, 'reason');
  if (!input.confirm && !reason) throw new DomainError('CANCEL_REASON_REQUIRED', '退回须说明理由 (sending back needs a reason)', { field: 'reason' });
  return inTransaction(prisma, async (tx) => {
    const item = await lockedWorkItem(tx, person.scope, input.workItemId);
    assertMayAct(viewer, 'CONFIRM_WORK_ITEM', item.unit);
    if (person.personId === item.responsiblePersonId) {
      throw new DomainError('FORBIDDEN', '不能确认或退回本人负责的工作事项 (the responsible person cannot confirm their own work item)', { action: 'CONFIRM_WORK_ITEM' });
    }
    if (item.status !== 'DONE' || !item.pendingConfirmation) throw new DomainError('WORK_ITEM_NOT_PENDING', undefined, { field: 'workItemId', status: item.status });
    const changed = await tx.workItem.updateMany({
      where: { id: item.id, status: 'DONE', pendingConfirmation: true },
      data: input.confirm
        ? { pendingConfirmation: false, confirmedById: person.personId, confirmedAt: now }
        : { status: 'IN_PROGRESS', pendingConfirmation: false, completedAt: null },
    });
    if (changed.count !== 1) throw new DomainError('CONFLICT', '工作事项已被他人修改，请刷新 (the work item changed meanwhile; reload it)');
    if (!input.confirm || reason) {
      await tx.workItemNote.create({
        data: { tenantId: item.tenantId, workItemId: item.id, unitId: item.unitId, authorPersonId: person.personId, text: `【${input.confirm ? '确认完成' : '退回'}】${reason}` },
      });
    }
    const updated = await tx.workItem.findUniqueOrThrow({ where: { id: item.id } });
    await recordAudit(tx, viewer, {
      tenantId: item.tenantId, action: input.confirm ? 'workItem.confirm' : 'workItem.return', entityType: 'WorkItem', entityId: item.id,
      before: { status: item.status, pendingConfirmation: true }, after: { status: updated.status, pendingConfirmation: false, reason: reason || undefined },
    });
    return updated;
  });
}


/** A progress note by the responsible person or one who answers for the unit (PROGRESS_WORK_ITEM). */
export async function addWorkItemNote(prisma: PrismaClient, viewer: Viewer, input: { workItemId: string; text: string }): Promise<WorkItemNote> {
  const person = bureauViewer(viewer);
  const text = parseInput(z.string().trim().min(1, 'is required').max(5000, 'is at most 5000 characters'), input.text, 'text');
  return inTransaction(prisma, async (tx) => {
    const item = await lockedWorkItem(tx, person.scope, input.workItemId);
    assertMayAct(viewer, 'PROGRESS_WORK_ITEM', item.unit, [item.responsiblePersonId]);
    if (item.status === 'CANCELLED') throw new DomainError('INVALID_STATUS_TRANSITION', 'a cancelled work item takes no more notes');
    const note = await tx.workItemNote.create({
      data: { tenantId: item.tenantId, workItemId: item.id, unitId: item.unitId, authorPersonId: person.personId, text },
    });
    await recordAudit(tx, viewer, { tenantId: item.tenantId, action: 'workItem.note', entityType: 'WorkItemNote', entityId: note.id, after: note });
    return note;
  });
}

/**
 * 细化分解 (四(一)): the main tasks of a plan's template with no work item yet (cancelled items do not
 * count), in task order. Plan-level data: the same for every person of the bureau.
 */
export function tasksWithoutWorkItems(db: PrismaClient | Tx, plan: { id: string; tenantId: string; templateId: string }) {
  return db.planTemplateTask.findMany({
    where: { templateId: plan.templateId, workItems: { none: { tenantId: plan.tenantId, planId: plan.id, status: { not: 'CANCELLED' } } } },
    orderBy: { number: 'asc' },
  });
}
