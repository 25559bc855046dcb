import type { PrismaClient } from '../../db/client.js';
import { inTransaction, type Tx } from '../../db/transaction.js';
import { Prisma, type Notification } from '../../generated/prisma/client.js';
import { formatDate, todayInChina } from '../../lib/dates.js';
import type { PubSub } from '../../pubsub.js';
import { publishNotifications, type NotificationDraft } from '../notifications/service.js';
import type { DutyKind, WorkItemStatus } from '../../generated/prisma/enums.js';
import { COMMITTEE_KINDS } from '../org/rules.js';
import { tasksWithoutWorkItems } from '../plan/service.js';
import { OPEN_WORK_ITEM_STATUSES } from '../plan/rules.js';
import { inForceSql } from '../../authz/in-force.js';
import { BUREAU_ROOT } from '../../authz/bureau-root.js';
import { LEADER_DUTY_KINDS, leaderDutiesWhere, leaderDutySql } from '../../authz/holders.js';
import { complianceFor, type ComplianceEntry } from './service.js';

/** A work item is "due soon" this many days ahead. */
export const WORK_ITEM_DUE_SOON_DAYS = 7;

/** The advisory lock that makes one server instance run the job at a time. */
const REMINDER_LOCK_KEY = 'zeren:reminders';

/**
 * Who an overdue work item escalates to, at the nearest committee above its unit: holders of these
 * duties always, and holders of a scoped duty (一岗双责) whose scope covers the unit.
 */
export const ESCALATES_TO: { always: readonly DutyKind[]; whenScopeCovers: readonly DutyKind[] } = {
  always: LEADER_DUTY_KINDS,
  whenScopeCovers: ['DUAL_DUTY'],
};


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
              WHERE d."tenantId" = w."tenantId" AND d."unitId" = above."id" AND ${inForceSql('d', today)}
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
 * DOMAIN.md §7 (years follow each other): a closed year's unmet rules are followed up through the
 * first half of the next year — at least the first quarter, as the plan's annual cycle closes with
 * the 12-10 report and the district reads the year in the first months after. One reminder a week
 * (the week number is in the dedupe key), until the rule is met or done late.
 */
export const CLOSED_YEAR_FOLLOW_UP_MONTHS = 6;
export const CLOSED_YEAR_FOLLOW_UP_EVERY_DAYS = 7;

interface UnitLeaders { name: string; people: string[] }

/** The first and direct responsible people of the units concerned, in force on `today` (one statement). */
async function unitLeaders(tx: Tx, unitIds: readonly string[], today: Date): Promise<Map<string, UnitLeaders>> {
  const leaders = new Map<string, UnitLeaders>();
  if (!unitIds.length) return leaders;
  const duties = await tx.duty.findMany({
    where: leaderDutiesWhere(today, unitIds),
    select: { unitId: true, personId: true, unit: { select: { name: true } } },
  });
  for (const d of duties) {
    const entry = leaders.get(d.unitId) ?? { name: d.unit.name, people: [] };
    entry.people.push(d.personId);
    leaders.set(d.unitId, entry);
  }
  return leaders;
}

const sourceOf = (e: ComplianceEntry) => (e.rule.origin === 'PLAN' ? `方案${e.rule.clause}` : '本局补充');

/**
 * Obligations due soon or overdue in the current year, for every bureau, each to the first and
 * direct responsible people of the unit concerned; and, in the first months of a year, the closed
 * year's rules still OVERDUE (naming the year, weekly). A rule another party performs (三(三)11's
 * 专项督查, AWAITING_DISTRICT) reminds the bureau of nothing: see inspectionDrafts. Five statements:
 * compliance of the year and of the closed one (two each when there is anything) and the duties.
 */
async function obligationDrafts(tx: Tx, today: Date, tenantIds: readonly string[]): Promise<NotificationDraft[]> {
  const year = today.getUTCFullYear();
  const current = (await complianceFor(tx, { tenantIds }, year, today)).filter((e) => e.status === 'DUE_SOON' || e.status === 'OVERDUE');
  const followUp = today.getUTCMonth() < CLOSED_YEAR_FOLLOW_UP_MONTHS;
  const closed = followUp ? (await complianceFor(tx, { tenantIds }, year - 1, today)).filter((e) => e.status === 'OVERDUE') : [];
  if (!current.length && !closed.length) return [];
  const leaders = await unitLeaders(tx, [...new Set([...current, ...closed].map((e) => e.unitId))], today);
  const week = Math.floor((today.getTime() - Date.UTC(year, 0, 1)) / (CLOSED_YEAR_FOLLOW_UP_EVERY_DAYS * 86_400_000));
  const drafts = current.flatMap((e): NotificationDraft[] => {
    const unit = leaders.get(e.unitId);
    if (!unit) return [];
    // The period that needs attention: the first overdue one, else the first due soon.
    const period = e.periods.find((p) => p.status === e.status && p.start.getTime() <= today.getTime()) ?? e.periods[0]!;
    const due = formatDate(period.due);
    const overdue = e.status === 'OVERDUE';
    // A per-person rule also reminds each member who has not filed yet.
    const missing = period.members.filter((m) => m.counted < e.rule.minCount).map((m) => m.personId);
    return [{
      tenantId: e.tenantId, unitId: e.unitId, entityType: 'ObligationRule', entityId: e.rule.id,
      recipientPersonIds: [...new Set([...unit.people, ...missing])],
      kind: overdue ? 'OBLIGATION_OVERDUE' : 'OBLIGATION_DUE_SOON',
      title: `${overdue ? '规定动作逾期' : '规定动作即将到期'}：${e.rule.name}`,
      body: `${unit.name}"${e.rule.name}"（${sourceOf(e)}）应于${due}前完成${period.required}次，目前${period.counted}次。`,
      dedupeKey: `obligation:${e.rule.id}:${e.unitId}:${due}:${overdue ? 'overdue' : 'due-soon'}`,
    }];
  });
  for (const e of closed) {
    const unit = leaders.get(e.unitId);
    if (!unit) continue;
    const missing = [...new Set(e.periods.flatMap((p) => p.members.filter((m) => m.counted < e.rule.minCount).map((m) => m.personId)))];
    drafts.push({
      tenantId: e.tenantId, unitId: e.unitId, entityType: 'ObligationRule', entityId: e.rule.id,
      recipientPersonIds: [...new Set([...unit.people, ...missing])],
      kind: 'OBLIGATION_OVERDUE',
      title: `${e.year}年度规定动作逾期未完成：${e.rule.name}`,
      body: `${unit.name}${e.year}年度"${e.rule.name}"（${sourceOf(e)}）应完成${e.required}次，目前${e.counted}次，请补报并在台账中注明所属年度${e.year}年。`,
      dedupeKey: `obligation:${e.rule.id}:${e.unitId}:${e.year}:follow-up:${year}-w${week}`,
    });
  }
  return drafts;
}

/**
 * 三(三)11: each bureau's yearly 专项督查 is 区委宣传部's to carry out. While a bureau's INSPECTION entry
 * awaits the district (due within 30 days, or past due — and, for a closed year, through the
 * follow-up months), the accounts of the performing district role in the bureau's district are
 * reminded: once when due soon, weekly once overdue. Two statements (the accounts) beside compliance,
 * which the caller shares.
 */
async function inspectionDrafts(tx: Tx, today: Date, tenantIds: readonly string[]): Promise<NotificationDraft[]> {
  const year = today.getUTCFullYear();
  const years = today.getUTCMonth() < CLOSED_YEAR_FOLLOW_UP_MONTHS ? [year - 1, year] : [year];
  const entries: ComplianceEntry[] = [];
  for (const y of years) {
    entries.push(...(await complianceFor(tx, { tenantIds }, y, today)).filter((e) => e.status === 'AWAITING_DISTRICT' && e.rule.performedByRole));
  }
  if (!entries.length) return [];
  const tenants = await tx.tenant.findMany({ where: { id: { in: [...new Set(entries.map((e) => e.tenantId))] } }, select: { id: true, districtId: true, name: true } });
  const accounts = await tx.userAccount.findMany({
    where: { districtId: { in: [...new Set(tenants.map((t) => t.districtId))] }, districtRole: { not: null }, disabledAt: null },
    select: { id: true, districtId: true, districtRole: true },
  });
  const week = Math.floor((today.getTime() - Date.UTC(year, 0, 1)) / (CLOSED_YEAR_FOLLOW_UP_EVERY_DAYS * 86_400_000));
  return entries.flatMap((e): NotificationDraft[] => {
    const tenant = tenants.find((t) => t.id === e.tenantId)!;
    const recipientUserIds = accounts.filter((a) => a.districtId === tenant.districtId && a.districtRole === e.rule.performedByRole).map((a) => a.id);
    if (!recipientUserIds.length) return [];
    const period = e.periods.find((p) => p.status === 'AWAITING_DISTRICT') ?? e.periods[0]!;
    const overdue = today.getTime() > period.due.getTime();
    const due = formatDate(period.due);
    return [{
      tenantId: e.tenantId, unitId: e.unitId, entityType: 'ObligationRule', entityId: e.rule.id, recipientPersonIds: [], recipientUserIds,
      kind: 'INSPECTION_DUE',
      title: `${overdue ? '专项督查逾期未开展' : '专项督查待开展'}：${tenant.name}${e.year}年度`,
      body: `按${sourceOf(e)}，${tenant.name}${e.year}年度意识形态工作专项督查应于${due}前开展，尚未登记，请安排督查并登记结果。`,
      dedupeKey: `inspection:${e.rule.id}:${e.year}:${overdue ? `overdue:${year}-w${week}` : 'due-soon'}`,
    }];
  });
}

/**
 * 四(一) 年度任务细化分解 starts with the year's plan: in January, a bureau without a plan for the year
 * reminds its bureau committee's first and direct responsible people, once a week.
 */
async function missingPlanDrafts(tx: Tx, today: Date): Promise<NotificationDraft[]> {
  if (today.getUTCMonth() !== 0) return [];
  const year = today.getUTCFullYear();
  const roots = await tx.orgUnit.findMany({
    where: { ...BUREAU_ROOT, archivedAt: null, tenant: { annualPlans: { none: { year } } } },
    select: { id: true, tenantId: true, duties: { where: leaderDutiesWhere(today), select: { personId: true } } },
  });
  const week = Math.floor((today.getTime() - Date.UTC(year, 0, 1)) / (CLOSED_YEAR_FOLLOW_UP_EVERY_DAYS * 86_400_000));
  return roots.filter((r) => r.duties.length).map((root): NotificationDraft => ({
    tenantId: root.tenantId, unitId: root.id, entityType: null, entityId: null, kind: 'ANNUAL_PLAN_MISSING',
    recipientPersonIds: [...new Set(root.duties.map((d) => d.personId))],
    title: `请制定${year}年度意识形态工作计划`,
    body: `${year}年度意识形态工作任务尚未细化分解，请制定年度计划（可将上年度未完成任务转入），明确工作职责和任务（方案四(一)）。`,
    dedupeKey: `plan:${root.tenantId}:${year}:missing:w${week}`,
  }));
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
    const root = await tx.orgUnit.findFirst({ where: { tenantId: plan.tenantId, ...BUREAU_ROOT }, select: { id: true } });
    if (!root) continue;
    const leaders = await tx.duty.findMany({ where: { tenantId: plan.tenantId, ...leaderDutiesWhere(today, root.id) }, select: { personId: true } });
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
             WHERE d."tenantId" = c."tenantId" AND ${leaderDutySql('d', Prisma.sql`lead."id"`, today)}) AS "recipients"
      FROM "OnlineChannel" c
      JOIN "ObligationRule" r ON r."tenantId" = c."tenantId" AND r."ruleKind" = 'CHANNEL_REGISTRATION' AND r."active"
      JOIN "OrgUnit" u ON u."tenantId" = c."tenantId" AND u."id" = c."ownerUnitId"
      LEFT JOIN LATERAL (
        SELECT a."id" FROM "OrgUnit" a
         WHERE a."tenantId" = u."tenantId" AND a."id" = ANY(u."ancestorIds")
           AND EXISTS (SELECT 1 FROM "Duty" d WHERE d."tenantId" = a."tenantId" AND ${leaderDutySql('d', Prisma.sql`a."id"`, today)})
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
  const rows = drafts.flatMap((d) => {
    const common = { tenantId: d.tenantId, kind: d.kind, title: d.title, body: d.body, unitId: d.unitId ?? null, entityType: d.entityType ?? null, entityId: d.entityId ?? null, dedupeKey: d.dedupeKey };
    return [
      ...[...new Set(d.recipientPersonIds)].map((recipientPersonId) => ({ ...common, recipientPersonId })),
      ...[...new Set(d.recipientUserIds ?? [])].map((recipientUserId) => ({ ...common, recipientUserId })),
    ];
  });
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
    const tenantIds = (await tx.tenant.findMany({ select: { id: true } })).map((t) => t.id);
    const drafts = [
      ...workItemDrafts(await dueWorkItems(tx, today)),
      ...(await obligationDrafts(tx, today, tenantIds)),
      ...(await inspectionDrafts(tx, today, tenantIds)),
      ...(await missingPlanDrafts(tx, today)),
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

