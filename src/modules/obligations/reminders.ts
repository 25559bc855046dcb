import type { PrismaClient } from '../../db/client.js';
import { inTransaction, type Tx } from '../../db/transaction.js';
import type { Notification } from '../../generated/prisma/client.js';
import { formatDate, todayInChina } from '../../lib/dates.js';
import type { PubSub } from '../../pubsub.js';
import { publishNotifications, type NotificationDraft } from '../notifications/service.js';
import type { DutyKind, WorkItemStatus } from '../../generated/prisma/enums.js';
import { COMMITTEE_KINDS } from '../org/rules.js';
import { tasksWithoutWorkItems } from '../plan/service.js';
import { complianceFor } from './service.js';

/** A work item is "due soon" this many days ahead. */
export const WORK_ITEM_DUE_SOON_DAYS = 7;

/** The advisory lock that makes one server instance run the job at a time. */
const REMINDER_LOCK_KEY = 'zeren:reminders';

/**
 * Who an overdue work item escalates to, at the nearest committee above its unit: holders of these
 * duties always, and holders of a scoped duty (一岗双责) whose scope covers the unit.
 */
export const ESCALATES_TO: { always: readonly DutyKind[]; whenScopeCovers: readonly DutyKind[] } = {
  always: ['FIRST_RESPONSIBLE', 'DIRECT_RESPONSIBLE'],
  whenScopeCovers: ['DUAL_DUTY'],
};

/** Work items still open (not DONE, not CANCELLED). */
export const OPEN_WORK_ITEM_STATUSES: readonly WorkItemStatus[] = ['PLANNED', 'IN_PROGRESS'];

export interface ReminderRun {
  /** False when another instance held the lock: this run did nothing. */
  ran: boolean;
  created: number;
}

interface DueItemRow {
  id: string;
  tenantId: string;
  unitId: string;
  title: string;
  unitName: string;
  dueDate: Date;
  responsiblePersonId: string;
  overdue: boolean;
  escalateTo: string[] | null;
}

/**
 * Open work items due within a week or overdue, each with the people to escalate to when it is
 * overdue: the responsible people of the nearest committee above the item's unit (its first and
 * direct responsible people, and the "one post, two duties" members whose scope covers the unit,
 * as `responsiblePeople(…, {above: true})` defines them, limited to that one committee). One
 * statement for every bureau.
 */
async function dueWorkItems(tx: Tx, today: Date): Promise<DueItemRow[]> {
  const horizon = new Date(today.getTime() + WORK_ITEM_DUE_SOON_DAYS * 86_400_000);
  return tx.$queryRaw<DueItemRow[]>`
    SELECT w."id", w."tenantId", w."unitId", w."title", u."name" AS "unitName", w."dueDate", w."responsiblePersonId",
           (w."dueDate" < ${today}::date) AS "overdue",
           CASE WHEN w."dueDate" < ${today}::date THEN (
             SELECT array_agg(DISTINCT d."personId") FROM "Duty" d
              WHERE d."tenantId" = w."tenantId" AND d."unitId" = above."id" AND d."endDate" IS NULL
                AND (d."kind"::text = ANY(${[...ESCALATES_TO.always]}::text[])
                     OR (d."kind"::text = ANY(${[...ESCALATES_TO.whenScopeCovers]}::text[]) AND EXISTS (
                      SELECT 1 FROM "DutyScopeUnit" s
                       WHERE s."tenantId" = d."tenantId" AND s."dutyId" = d."id" AND s."unitId" = ANY(u."ancestorIds"))))
           ) END AS "escalateTo"
      FROM "WorkItem" w
      JOIN "OrgUnit" u ON u."tenantId" = w."tenantId" AND u."id" = w."unitId"
      LEFT JOIN LATERAL (
        SELECT a."id" FROM "OrgUnit" a
         WHERE a."tenantId" = u."tenantId" AND a."id" = ANY(u."ancestorIds") AND a."id" <> u."id"
           AND a."kind"::text = ANY(${[...COMMITTEE_KINDS]}::text[])
         ORDER BY a."depth" DESC LIMIT 1
      ) above ON TRUE
     WHERE w."status"::text = ANY(${[...OPEN_WORK_ITEM_STATUSES]}::text[]) AND w."dueDate" <= ${horizon}::date
     ORDER BY w."dueDate", w."id"`;
}

function workItemDrafts(rows: readonly DueItemRow[]): NotificationDraft[] {
  return rows.flatMap((row): NotificationDraft[] => {
    const due = formatDate(row.dueDate);
    const base = { tenantId: row.tenantId, unitId: row.unitId, entityType: 'WorkItem', entityId: row.id };
    if (!row.overdue) {
      return [{
        ...base, kind: 'WORK_ITEM_DUE_SOON', recipientPersonIds: [row.responsiblePersonId],
        title: `任务即将到期：${row.title}`, body: `${row.unitName}承担的"${row.title}"将于${due}到期，请抓紧推进并上传佐证材料。`,
        dedupeKey: `workitem:${row.id}:due-soon:${due}`,
      }];
    }
    const drafts: NotificationDraft[] = [{
      ...base, kind: 'WORK_ITEM_OVERDUE', recipientPersonIds: [row.responsiblePersonId],
      title: `任务已逾期：${row.title}`, body: `${row.unitName}承担的"${row.title}"已于${due}到期仍未完成，请尽快办结并报告进展。`,
      dedupeKey: `workitem:${row.id}:overdue:${due}`,
    }];
    const above = (row.escalateTo ?? []).filter((id) => id !== row.responsiblePersonId);
    if (above.length) {
      drafts.push({
        ...base, kind: 'WORK_ITEM_ESCALATED', recipientPersonIds: above,
        title: `逾期任务督办：${row.title}`, body: `${row.unitName}承担的"${row.title}"已于${due}到期仍未完成，请督促落实。`,
        dedupeKey: `workitem:${row.id}:escalated:${due}`,
      });
    }
    return drafts;
  });
}

/**
 * Obligations due soon or overdue in the current year, for every bureau, each to the first and
 * direct responsible people of the unit concerned. Three statements: compliance (two) and the
 * duties of the units concerned (one).
 */
async function obligationDrafts(tx: Tx, today: Date): Promise<NotificationDraft[]> {
  const tenants = await tx.tenant.findMany({ select: { id: true } });
  const year = today.getUTCFullYear();
  const entries = (await complianceFor(tx, { tenantIds: tenants.map((t) => t.id) }, year, today)).filter(
    (e) => e.status === 'DUE_SOON' || e.status === 'OVERDUE',
  );
  if (!entries.length) return [];
  const unitIds = [...new Set(entries.map((e) => e.unitId))];
  const duties = await tx.duty.findMany({
    where: { unitId: { in: unitIds }, endDate: null, kind: { in: ['FIRST_RESPONSIBLE', 'DIRECT_RESPONSIBLE'] } },
    select: { unitId: true, personId: true, unit: { select: { name: true } } },
  });
  const leaders = new Map<string, { name: string; people: string[] }>();
  for (const d of duties) {
    const entry = leaders.get(d.unitId) ?? { name: d.unit.name, people: [] };
    entry.people.push(d.personId);
    leaders.set(d.unitId, entry);
  }
  return entries.flatMap((e): NotificationDraft[] => {
    const unit = leaders.get(e.unitId);
    if (!unit) return [];
    // The period that needs attention: the first overdue one, else the first due soon.
    const period = e.periods.find((p) => p.status === e.status && p.start.getTime() <= today.getTime()) ?? e.periods[0]!;
    const due = formatDate(period.due);
    const overdue = e.status === 'OVERDUE';
    // A per-person rule also reminds each member who has not filed yet.
    const missing = period.members.filter((m) => m.counted < e.rule.minCount).map((m) => m.personId);
    const source = e.rule.origin === 'PLAN' ? `方案${e.rule.clause}` : '本局补充';
    return [{
      tenantId: e.tenantId, unitId: e.unitId, entityType: 'ObligationRule', entityId: e.rule.id,
      recipientPersonIds: [...new Set([...unit.people, ...missing])],
      kind: overdue ? 'OBLIGATION_OVERDUE' : 'OBLIGATION_DUE_SOON',
      title: `${overdue ? '规定动作逾期' : '规定动作即将到期'}：${e.rule.name}`,
      body: `${unit.name}"${e.rule.name}"（${source}）应于${due}前完成${period.required}次，目前${period.counted}次。`,
      dedupeKey: `obligation:${e.rule.id}:${e.unitId}:${due}:${overdue ? 'overdue' : 'due-soon'}`,
    }];
  });
}

/**
 * 细化分解 (四(一)): for each bureau's plan of the current year, the main tasks with no work item
 * yet, to the bureau committee's first and direct responsible people; one reminder per plan and
 * set of tasks (a new set after items are added reminds again).
 */
async function unassignedTaskDrafts(tx: Tx, today: Date): Promise<NotificationDraft[]> {
  const plans = await tx.annualPlan.findMany({ where: { year: today.getUTCFullYear() }, select: { id: true, tenantId: true, templateId: true } });
  const drafts: NotificationDraft[] = [];
  for (const plan of plans) {
    const tasks = await tasksWithoutWorkItems(tx, plan);
    if (!tasks.length) continue;
    const root = await tx.orgUnit.findFirst({ where: { tenantId: plan.tenantId, parentId: null }, select: { id: true } });
    if (!root) continue;
    const leaders = await tx.duty.findMany({
      where: { tenantId: plan.tenantId, unitId: root.id, endDate: null, kind: { in: [...ESCALATES_TO.always] } }, select: { personId: true },
    });
    if (!leaders.length) continue;
    const numbers = tasks.map((t) => t.number);
    drafts.push({
      tenantId: plan.tenantId, unitId: root.id, entityType: 'AnnualPlan', entityId: plan.id, kind: 'PLAN_TASKS_UNASSIGNED',
      recipientPersonIds: [...new Set(leaders.map((l) => l.personId))],
      title: `年度计划尚有${tasks.length}项主要任务未分解`,
      body: `${today.getUTCFullYear()}年度意识形态工作计划中，主要任务第${numbers.join('、')}项尚无工作任务，请细化分解、明确责任（方案四(一)）。`,
      dedupeKey: `plan:${plan.id}:unassigned:${numbers.join('-')}`,
    });
  }
  return drafts;
}

interface UnregisteredChannelRow {
  id: string;
  tenantId: string;
  unitId: string;
  name: string;
  unitName: string;
  dueOn: Date;
  overdue: boolean;
  recipients: string[] | null;
}

/**
 * Online channels not yet registered (备案) and not closed, against their bureau's active
 * CHANNEL_REGISTRATION obligation rule (launch + withinDays): one reminder while pending, one when
 * overdue, to the first and direct responsible people of the owner unit — or, when the owner unit
 * has none (an office, a sub-bureau), of the nearest unit above that has them. One statement for
 * every bureau. The due date is part of the dedupe key: a changed rule reminds again.
 */
async function channelRegistrationDrafts(tx: Tx, today: Date): Promise<NotificationDraft[]> {
  const rows = await tx.$queryRaw<UnregisteredChannelRow[]>`
    SELECT c."id", c."tenantId", c."ownerUnitId" AS "unitId", c."name", u."name" AS "unitName",
           (c."launchedOn" + r."withinDays") AS "dueOn",
           ((c."launchedOn" + r."withinDays") < ${today}::date) AS "overdue",
           (SELECT array_agg(DISTINCT d."personId") FROM "Duty" d
             WHERE d."tenantId" = c."tenantId" AND d."unitId" = lead."id" AND d."endDate" IS NULL
               AND d."kind" IN ('FIRST_RESPONSIBLE', 'DIRECT_RESPONSIBLE')) AS "recipients"
      FROM "OnlineChannel" c
      JOIN "ObligationRule" r ON r."tenantId" = c."tenantId" AND r."ruleKind" = 'CHANNEL_REGISTRATION' AND r."active"
      JOIN "OrgUnit" u ON u."tenantId" = c."tenantId" AND u."id" = c."ownerUnitId"
      LEFT JOIN LATERAL (
        SELECT a."id" FROM "OrgUnit" a
         WHERE a."tenantId" = u."tenantId" AND a."id" = ANY(u."ancestorIds")
           AND EXISTS (SELECT 1 FROM "Duty" d WHERE d."tenantId" = a."tenantId" AND d."unitId" = a."id" AND d."endDate" IS NULL
                          AND d."kind" IN ('FIRST_RESPONSIBLE', 'DIRECT_RESPONSIBLE'))
         ORDER BY a."depth" DESC LIMIT 1
      ) lead ON TRUE
     WHERE c."registeredOn" IS NULL AND c."status" <> 'CLOSED'
     ORDER BY c."launchedOn", c."id"`;
  return rows.flatMap((row): NotificationDraft[] => {
    if (!row.recipients?.length) return [];
    const due = formatDate(row.dueOn);
    return [{
      tenantId: row.tenantId, unitId: row.unitId, entityType: 'OnlineChannel', entityId: row.id, kind: 'CHANNEL_REGISTRATION_DUE',
      recipientPersonIds: row.recipients,
      title: `${row.overdue ? '网络阵地逾期未备案' : '网络阵地待备案'}：${row.name}`,
      body: row.overdue
        ? `${row.unitName}的网络阵地"${row.name}"应于${due}前登记备案，现已逾期，请立即办理并报告。`
        : `${row.unitName}的网络阵地"${row.name}"应于${due}前登记备案，请及时办理。`,
      dedupeKey: `channel:${row.id}:registration:${due}:${row.overdue ? 'overdue' : 'pending'}`,
    }];
  });
}

/** Inserts all drafts in batches; the unique dedupe key skips what an earlier run created. */
async function insertDrafts(tx: Tx, drafts: readonly NotificationDraft[]): Promise<Notification[]> {
  const rows = drafts.flatMap((d) =>
    [...new Set(d.recipientPersonIds)].map((recipientPersonId) => ({
      tenantId: d.tenantId, recipientPersonId, kind: d.kind, title: d.title, body: d.body,
      unitId: d.unitId ?? null, entityType: d.entityType ?? null, entityId: d.entityId ?? null, dedupeKey: d.dedupeKey,
    })),
  );
  const created: Notification[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    created.push(...(await tx.notification.createManyAndReturn({ data: rows.slice(i, i + 500), skipDuplicates: true })));
  }
  return created;
}

/**
 * One run of the reminders job. Safe to run on every server instance at once: the run takes a
 * transaction-scoped advisory lock and returns at once when another holds it; and idempotent:
 * each reminder has a dedupe key (item, rule or channel, unit, due date, kind), so running twice creates
 * nothing new. New notifications are pushed to subscribers after the commit.
 */
export async function runReminders(prisma: PrismaClient, pubsub: PubSub, now: Date): Promise<ReminderRun> {
  const today = todayInChina(now);
  const result = await inTransaction(prisma, async (tx) => {
    const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtextextended(${REMINDER_LOCK_KEY}, 0)) AS "locked"`;
    if (!lock?.locked) return undefined;
    const drafts = [
      ...workItemDrafts(await dueWorkItems(tx, today)),
      ...(await obligationDrafts(tx, today)),
      ...(await channelRegistrationDrafts(tx, today)),
      ...(await unassignedTaskDrafts(tx, today)),
    ];
    return insertDrafts(tx, drafts);
  });
  if (!result) return { ran: false, created: 0 };
  publishNotifications(pubsub, result);
  return { ran: true, created: result.length };
}

/**
 * Runs the job every `intervalMinutes` (and once shortly after start) until stopped. Failures are
 * logged and the next tick tries again.
 */
export function startReminderScheduler(
  services: { db: { prisma: PrismaClient }; pubsub: PubSub; now: () => Date },
  options: { intervalMinutes: number; log?: (message: string) => void },
): { stop(): void } {
  const log = options.log ?? ((m: string) => console.log(m));
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const run = await runReminders(services.db.prisma, services.pubsub, services.now());
      if (run.ran && run.created) log(`reminders: ${run.created} new notifications`);
    } catch (error) {
      log(`reminders failed: ${(error as Error).message}`);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void tick(), 5_000);
  const timer = setInterval(() => void tick(), options.intervalMinutes * 60_000);
  first.unref();
  timer.unref();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}

