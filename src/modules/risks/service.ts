import { personWhere, riskWhere } from '../../authz/visibility.js';
import { inForce } from '../../authz/in-force.js';
import { subtreeOfWhere } from '../../authz/scope.js';
import { z } from 'zod';
import { assertMayAct } from '../../authz/actions.js';
import { bureauViewer, type PersonViewer } from '../../authz/guards.js';
import type { UnitScope, Viewer } from '../../authz/scope.js';
import type { PrismaClient } from '../../db/client.js';
import { inTransaction, type Tx } from '../../db/transaction.js';
import { DomainError, notFound } from '../../errors.js';
import type { OrgUnit, Prisma, Risk } from '../../generated/prisma/client.js';
import type {
  RiskClass, RiskMechanism, RiskResponseChannel, RiskSeverity, RiskSource, RiskStage,
} from '../../generated/prisma/enums.js';
import { formatDate, todayInChina } from '../../lib/dates.js';
import { parseInput } from '../../lib/validation.js';
import type { PubSub, PubSubEvents } from '../../pubsub.js';
import { recordAudit } from '../audit/service.js';
import { responsiblePeople } from '../duties/service.js';
import { createNotifications, publishNotifications } from '../notifications/service.js';
import { actableUnit } from '../org/service.js';
import {
  assertRiskMove, handlingDeadlineFor, MOVES_NEEDING_REASON, OPEN_STAGES, riskHandlingDays, TERMINAL_STAGES,
} from './lifecycle.js';

/**
 * The risk register (tasks 6, 7, 13): reporting, the lifecycle, early warnings, responses and
 * rectification. A risk is visible exactly when its unit is; everything hanging off it carries the
 * risk's unitId (kept equal by a composite foreign key), so the same filter serves every path.
 */

import { RISK_SEVERITY_NAMES as SEVERITY_LABEL } from '../../lib/labels.js';
export { SEVERITY_LABEL };

export interface RiskFilter {
  stages?: readonly RiskStage[] | null;
  severities?: readonly RiskSeverity[] | null;
  riskClasses?: readonly RiskClass[] | null;
  mechanisms?: readonly RiskMechanism[] | null;
  /** Only this unit and its descendants. */
  subtreeOf?: string | null;
  /** true: open (not yet handled) past the deadline; false: everything else. */
  overdue?: boolean | null;
}

/** An open risk is overdue when its handling deadline has passed and it is not yet handled. */
export function overdueWhere(today: Date): Prisma.RiskWhereInput {
  return { stage: { in: [...OPEN_STAGES] }, handlingDeadline: { lt: today } };
}

export function riskListWhere(viewer: Viewer, filter: RiskFilter | null | undefined, today: Date): Prisma.RiskWhereInput {
  const and: Prisma.RiskWhereInput[] = [riskWhere(viewer)];
  if (filter?.stages?.length) and.push({ stage: { in: [...filter.stages] } });
  if (filter?.severities?.length) and.push({ severity: { in: [...filter.severities] } });
  if (filter?.riskClasses?.length) and.push({ riskClass: { in: [...filter.riskClasses] } });
  if (filter?.mechanisms?.length) and.push({ mechanism: { in: [...filter.mechanisms] } });
  if (filter?.subtreeOf) and.push({ unit: subtreeOfWhere(viewer, filter.subtreeOf) });
  if (filter?.overdue === true) and.push(overdueWhere(today));
  if (filter?.overdue === false) and.push({ NOT: overdueWhere(today) });
  return { AND: and };
}

export function isOverdue(risk: Pick<Risk, 'stage' | 'handlingDeadline'>, today: Date): boolean {
  return OPEN_STAGES.includes(risk.stage) && risk.handlingDeadline < today;
}

const title = z.string().trim().min(1, 'title is required').max(200, 'title is at most 200 characters');
const longText = z.string().trim().max(5000, 'at most 5000 characters');
const note = z.string().trim().max(2000, 'note is at most 2000 characters');

/** A person of the viewer's bureau whom the viewer may see, or NOT_FOUND naming the field. */
async function visiblePerson(tx: Tx, viewer: PersonViewer, personId: string, field: string) {
  const person = await tx.person.findFirst({ where: { id: personId, AND: [personWhere(viewer)] } });
  if (!person) throw new DomainError('NOT_FOUND', `${field}: person not found`, { field });
  return person;
}

/** The first responsible person of the nearest committee at or above the unit: the default owner of a risk. */
async function nearestFirstResponsible(tx: Tx, unit: OrgUnit, today: Date): Promise<string | null> {
  const duties = await tx.duty.findMany({
    where: { tenantId: unit.tenantId, unitId: { in: unit.ancestorIds }, kind: 'FIRST_RESPONSIBLE', ...inForce(today) },
    select: { personId: true, unit: { select: { depth: true } } },
    orderBy: { unit: { depth: 'desc' } },
    take: 1,
  });
  return duties[0]?.personId ?? null;
}

type WarningKind = 'RISK_WARNED' | 'RISK_CRITICAL_REPORTED';

/** Notifies everyone responsible for the risk's unit, in the caller's transaction. */
async function warnResponsiblePeople(tx: Tx, risk: Risk, unit: OrgUnit, kind: WarningKind, today: Date) {
  const recipients = await responsiblePeople(tx, unit, today);
  const label = kind === 'RISK_WARNED' ? '风险预警' : `${SEVERITY_LABEL.CRITICAL}风险报告`;
  const notifications = await createNotifications(tx, {
    tenantId: risk.tenantId,
    recipientPersonIds: recipients,
    kind,
    title: `${label}：${risk.title}`,
    body: `${unit.name}报告${SEVERITY_LABEL[risk.severity]}风险“${risk.title}”，处置时限 ${formatDate(risk.handlingDeadline)}。`,
    unitId: unit.id,
    entityType: 'Risk',
    entityId: risk.id,
    dedupeKey: `risk:${risk.id}:${kind}`,
  });
  return { recipients, notifications, kind };
}

type Warning = Awaited<ReturnType<typeof warnResponsiblePeople>>;

/** After commit: push the notifications and the early-warning event to subscribers. */
function publishWarning(pubsub: PubSub, risk: Risk, warning: Warning | null) {
  if (!warning) return;
  publishNotifications(pubsub, warning.notifications);
  pubsub.publish('riskWarning', { riskId: risk.id, tenantId: risk.tenantId, recipientPersonIds: warning.recipients, kind: warning.kind });
}

export interface ReportRiskInput {
  unitId: string;
  title: string;
  description?: string | null;
  source?: RiskSource | null;
  mechanism: RiskMechanism;
  riskClass: RiskClass;
  severity: RiskSeverity;
  responsiblePersonId?: string | null;
  /** An earlier deadline than the severity gives; never in the past, never later. */
  handlingDeadline?: Date | null;
}

/**
 * Reports a risk (动态监测): anyone whose scope includes the unit. It starts MONITORED with its
 * handling deadline from the severity; a CRITICAL report warns the unit's responsible people at once.
 */
export async function reportRisk(prisma: PrismaClient, pubsub: PubSub, viewer: Viewer, input: ReportRiskInput, now: Date): Promise<Risk> {
  const person = bureauViewer(viewer);
  const data = {
    title: parseInput(title, input.title, 'title'),
    description: parseInput(longText.nullish(), input.description, 'description') || null,
  };
  const today = todayInChina(now);
  // The bureau's RISK_HANDLING rule for the severity (a local addition; HANDLING_DAYS as seeded).
  const days = await riskHandlingDays(prisma, bureauViewer(viewer).tenantId, input.severity);
  const severityDeadline = handlingDeadlineFor(input.severity, today, days);
  let handlingDeadline = severityDeadline;
  if (input.handlingDeadline) {
    if (input.handlingDeadline < today) {
      throw new DomainError('BAD_USER_INPUT', `handlingDeadline ${formatDate(input.handlingDeadline)} is in the past (处置时限不能早于今天)`, { field: 'handlingDeadline' });
    }
    if (input.handlingDeadline > severityDeadline) {
      throw new DomainError('BAD_USER_INPUT', `handlingDeadline: a ${input.severity} risk is handled by ${formatDate(severityDeadline)} at the latest`, { field: 'handlingDeadline' });
    }
    handlingDeadline = input.handlingDeadline;
  }
  const { risk, warning } = await inTransaction(prisma, async (tx) => {
    const unit = await actableUnit(tx, viewer, 'REPORT_RISK', input.unitId);
    if (unit.archivedAt) throw new DomainError('BAD_USER_INPUT', 'the unit is archived', { field: 'unitId' });
    const responsiblePersonId = input.responsiblePersonId
      ? (await visiblePerson(tx, person, input.responsiblePersonId, 'responsiblePersonId')).id
      : ((await nearestFirstResponsible(tx, unit, today)) ?? person.personId);
    const risk = await tx.risk.create({
      data: {
        tenantId: unit.tenantId, unitId: unit.id, ...data, source: input.source ?? 'OTHER', mechanism: input.mechanism,
        riskClass: input.riskClass, severity: input.severity, responsiblePersonId, reportedById: person.personId,
        reportedAt: now, handlingDeadline,
      },
    });
    await tx.riskTransition.create({
      data: {
        tenantId: risk.tenantId, riskId: risk.id, unitId: risk.unitId, fromStage: null, toStage: 'MONITORED',
        actorAccountId: person.userId, actorPersonId: person.personId, at: now, note: '报告 (reported)',
      },
    });
    await recordAudit(tx, viewer, { tenantId: risk.tenantId, action: 'risk.report', entityType: 'Risk', entityId: risk.id, after: risk });
    const warning = risk.severity === 'CRITICAL' ? await warnResponsiblePeople(tx, risk, unit, 'RISK_CRITICAL_REPORTED', today) : null;
    return { risk, warning };
  });
  publishWarning(pubsub, risk, warning);
  return risk;
}

/** A risk the viewer may see, locked for the rest of the transaction, with its unit; or NOT_FOUND. */
async function lockedRisk(tx: Tx, scope: UnitScope, riskId: string) {
  const visible = await tx.risk.findFirst({ where: { id: riskId, ...scope.viaUnit() }, select: { id: true } });
  if (!visible) throw notFound('risk');
  // Concurrent moves of one risk serialise here; the second sees the first's stage.
  await tx.$executeRaw`SELECT 1 FROM "Risk" WHERE "id" = ${riskId} FOR UPDATE`;
  return tx.risk.findUniqueOrThrow({ where: { id: riskId }, include: { unit: true } });
}

/**
 * Moves a risk along its lifecycle (assess, warn, handle, close, dismiss). Illegal moves are
 * ILLEGAL_TRANSITION, moves by the wrong people FORBIDDEN; closing and dismissal need a reason;
 * a risk with open rectification items is not closed. Warning notifies everyone responsible.
 */
export async function transitionRisk(
  prisma: PrismaClient, pubsub: PubSub, viewer: Viewer, input: { riskId: string; to: RiskStage; note?: string | null }, now: Date,
): Promise<Risk> {
  const person = bureauViewer(viewer);
  const why = parseInput(note.nullish(), input.note, 'note') || null;
  const { risk, warning } = await inTransaction(prisma, async (tx) => {
    const { unit, ...before } = await lockedRisk(tx, person.scope, input.riskId);
    assertRiskMove(viewer, unit, before, input.to);
    if (MOVES_NEEDING_REASON.includes(input.to) && !why) {
      throw new DomainError('BAD_USER_INPUT', `note: give the reason for ${input.to === 'CLOSED' ? '销号 (closing)' : '排除 (dismissing)'} the risk`, { field: 'note' });
    }
    if (input.to === 'CLOSED') {
      const open = await tx.rectification.count({ where: { tenantId: before.tenantId, riskId: before.id, doneOn: null } });
      if (open) throw new DomainError('RECTIFICATIONS_OPEN', undefined, { open });
    }
    const risk = await tx.risk.update({
      where: { id: before.id },
      data: {
        stage: input.to,
        ...(input.to === 'HANDLED' ? { handledAt: now } : {}),
        ...(TERMINAL_STAGES.includes(input.to) ? { closedAt: now, closeReason: why } : {}),
      },
    });
    await tx.riskTransition.create({
      data: {
        tenantId: risk.tenantId, riskId: risk.id, unitId: risk.unitId, fromStage: before.stage, toStage: input.to,
        actorAccountId: person.userId, actorPersonId: person.personId, at: now, note: why,
      },
    });
    await recordAudit(tx, viewer, {
      tenantId: risk.tenantId, action: 'risk.transition', entityType: 'Risk', entityId: risk.id,
      before: { stage: before.stage }, after: { stage: risk.stage, note: why },
    });
    const warning = input.to === 'WARNED' ? await warnResponsiblePeople(tx, risk, unit, 'RISK_WARNED', todayInChina(now)) : null;
    return { risk, warning };
  });
  publishWarning(pubsub, risk, warning);
  return risk;
}

/** Records a response (及时有效发声) on a risk: a rebuttal through media, an internal notice … */
export async function recordRiskResponse(
  prisma: PrismaClient, viewer: Viewer,
  input: { riskId: string; channel: RiskResponseChannel; respondedOn?: Date | null; content: string }, now: Date,
) {
  const person = bureauViewer(viewer);
  const content = parseInput(longText.min(1, 'content is required'), input.content, 'content');
  const today = todayInChina(now);
  const respondedOn = input.respondedOn ?? today;
  if (respondedOn > today) throw new DomainError('BAD_USER_INPUT', 'respondedOn is in the future: record a response once it is made', { field: 'respondedOn' });
  return inTransaction(prisma, async (tx) => {
    const risk = await tx.risk.findFirst({ where: { id: input.riskId, ...person.scope.viaUnit() }, include: { unit: true } });
    if (!risk) throw notFound('risk');
    assertMayAct(viewer, 'RESPOND_TO_RISK', risk.unit, [risk.responsiblePersonId]);
    const response = await tx.riskResponse.create({
      data: {
        tenantId: risk.tenantId, riskId: risk.id, unitId: risk.unitId, channel: input.channel, respondedOn, content,
        recordedById: person.personId,
      },
    });
    await recordAudit(tx, viewer, { tenantId: risk.tenantId, action: 'risk.response', entityType: 'RiskResponse', entityId: response.id, after: response });
    return response;
  });
}

/** Adds a rectification item (what, who, by when) to a handled risk: action ADD_RECTIFICATION. */
export async function addRectification(
  prisma: PrismaClient, viewer: Viewer,
  input: { riskId: string; task: string; responsiblePersonId: string; dueOn: Date }, now: Date,
) {
  const person = bureauViewer(viewer);
  const task = parseInput(z.string().trim().min(1, 'task is required').max(1000), input.task, 'task');
  if (input.dueOn < todayInChina(now)) {
    throw new DomainError('BAD_USER_INPUT', `dueOn ${formatDate(input.dueOn)} is in the past (整改时限不能早于今天)`, { field: 'dueOn' });
  }
  return inTransaction(prisma, async (tx) => {
    const risk = await lockedRisk(tx, person.scope, input.riskId);
    assertMayAct(viewer, 'ADD_RECTIFICATION', risk.unit);
    if (risk.stage !== 'HANDLED') throw new DomainError('RISK_NOT_HANDLED', undefined, { stage: risk.stage });
    const responsible = await visiblePerson(tx, person, input.responsiblePersonId, 'responsiblePersonId');
    const item = await tx.rectification.create({
      data: { tenantId: risk.tenantId, riskId: risk.id, unitId: risk.unitId, task, responsiblePersonId: responsible.id, dueOn: input.dueOn },
    });
    await recordAudit(tx, viewer, { tenantId: risk.tenantId, action: 'risk.rectification.add', entityType: 'Rectification', entityId: item.id, after: item });
    return item;
  });
}

/** Marks a rectification item done: action COMPLETE_RECTIFICATION (also the item's responsible person). */
export async function completeRectification(
  prisma: PrismaClient, viewer: Viewer, input: { rectificationId: string; doneOn?: Date | null }, now: Date,
) {
  const person = bureauViewer(viewer);
  const today = todayInChina(now);
  const doneOn = input.doneOn ?? today;
  if (doneOn > today) throw new DomainError('BAD_USER_INPUT', 'doneOn is in the future', { field: 'doneOn' });
  return inTransaction(prisma, async (tx) => {
    const item = await tx.rectification.findFirst({
      where: { id: input.rectificationId, tenantId: person.tenantId, risk: person.scope.viaUnit() },
      include: { risk: { include: { unit: true } } },
    });
    if (!item) throw notFound('rectification');
    // Lock the risk as its transitions do, then read the item again: closing the risk and
    // completing an item (or completing it twice) run one after the other.
    await lockedRisk(tx, person.scope, item.riskId);
    const current = await tx.rectification.findUniqueOrThrow({ where: { id: item.id } });
    item.doneOn = current.doneOn;
    item.risk.stage = (await tx.risk.findUniqueOrThrow({ where: { id: item.riskId }, select: { stage: true } })).stage;
    assertMayAct(viewer, 'COMPLETE_RECTIFICATION', item.risk.unit, [item.responsiblePersonId]);
    if (item.doneOn) throw new DomainError('BAD_USER_INPUT', 'the item is already done', { field: 'rectificationId' });
    if (TERMINAL_STAGES.includes(item.risk.stage)) throw new DomainError('ILLEGAL_TRANSITION', 'the risk is closed', { from: item.risk.stage });
    const { risk: _risk, ...rest } = item;
    const done = await tx.rectification.update({ where: { id: item.id }, data: { doneOn } });
    await recordAudit(tx, viewer, {
      tenantId: item.tenantId, action: 'risk.rectification.done', entityType: 'Rectification', entityId: item.id, before: rest, after: done,
    });
    return done;
  });
}

export type RiskWarningEvent = PubSubEvents['riskWarning'][0];

/**
 * Whether a warning event reaches this viewer, and with which risk: only recipients (people
 * responsible for the unit when it was raised) who can still see the risk now. The subscription
 * reloads the viewer's scope for every event it considers, so a duty that ended since subscribing
 * stops the delivery.
 */
export async function riskWarningFor(prisma: PrismaClient, viewer: Viewer, event: RiskWarningEvent): Promise<Risk | null> {
  if (viewer.kind !== 'person' || event.tenantId !== viewer.tenantId || !event.recipientPersonIds.includes(viewer.personId)) return null;
  return prisma.risk.findFirst({ where: { id: event.riskId, ...viewer.scope.viaUnit() } });
}
