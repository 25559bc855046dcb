import { channelWhere, personWhere, zeroReportWhere } from '../../authz/visibility.js';
import { subtreeOfWhere } from '../../authz/scope.js';
import { z } from 'zod';
import { assertMayAct } from '../../authz/actions.js';
import { bureauViewer, type PersonViewer } from '../../authz/guards.js';
import type { Viewer } from '../../authz/scope.js';
import type { PrismaClient } from '../../db/client.js';
import { inTransaction, lockUnitChannels, type Tx } from '../../db/transaction.js';
import { DomainError, notFound } from '../../errors.js';
import type { OnlineChannel, Prisma } from '../../generated/prisma/client.js';
import type { ChannelReviewResult, OnlineChannelKind, OnlineChannelStatus } from '../../generated/prisma/enums.js';
import { formatDate, todayInChina } from '../../lib/dates.js';
import { parseInput } from '../../lib/validation.js';
import type { ChannelRegistrationStatus } from '../../lib/labels.js';
import { recordAudit } from '../audit/service.js';
import { actableUnit } from '../org/service.js';

/**
 * The zero reports a list shows: visible ones of the period, without those a channel superseded
 * (a zero report does not stand for a quarter in which the unit ran a channel) unless asked.
 */
export function zeroReportListWhere(
  viewer: Viewer, filter: { period?: string | null; includeSuperseded?: boolean | null } = {},
): Prisma.ChannelZeroReportWhereInput {
  const and: Prisma.ChannelZeroReportWhereInput[] = [zeroReportWhere(viewer)];
  if (filter.period) and.push({ period: filter.period });
  if (!filter.includeSuperseded) and.push({ supersededAt: null });
  return { AND: and };
}

/** The quarter of a date, as a period string ('2025-Q3'); periods of one format sort as strings. */
export function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/**
 * A channel that runs (not closed) supersedes its unit's zero reports for the quarter of its launch
 * and every later one: they stay as history, flagged, and leave the lists. Called under the unit's
 * channel lock; the database trigger OnlineChannel_supersedes_zero_reports_rule does the same for
 * any other writer.
 */
async function supersedeZeroReports(tx: Tx, channel: OnlineChannel, now: Date): Promise<string[]> {
  if (channel.status === 'CLOSED') return [];
  const where = {
    tenantId: channel.tenantId, unitId: channel.ownerUnitId, supersededAt: null, period: { gte: quarterOf(channel.launchedOn) },
  };
  const reports = await tx.channelZeroReport.findMany({ where, select: { id: true } });
  if (reports.length) {
    await tx.channelZeroReport.updateMany({
      where: { ...where, id: { in: reports.map((r) => r.id) } }, data: { supersededAt: now, supersededByChannelId: channel.id },
    });
  }
  return reports.map((r) => r.id);
}

/**
 * The obligation rule "a new channel is registered (备案) within N days of launch" is data: the
 * bureau's ObligationRule of kind CHANNEL_REGISTRATION (seeded with 30 days, edited through
 * updateObligationRule). Without an active rule a channel has no registration deadline.
 */
export async function registrationDaysFor(db: PrismaClient | Tx, tenantIds: readonly string[]): Promise<Map<string, number>> {
  const rules = await db.obligationRule.findMany({
    where: { tenantId: { in: [...new Set(tenantIds)] }, ruleKind: 'CHANNEL_REGISTRATION', active: true },
    select: { tenantId: true, withinDays: true },
  });
  return new Map(rules.flatMap((r) => (r.withinDays ? [[r.tenantId, r.withinDays] as const] : [])));
}

/** The registration days of every bureau of a district that has an active rule, by bureau. */
export async function registrationDaysInDistrict(db: PrismaClient | Tx, districtId: string): Promise<Map<string, number>> {
  const rules = await db.obligationRule.findMany({
    where: { tenant: { districtId }, ruleKind: 'CHANNEL_REGISTRATION', active: true },
    select: { tenantId: true, withinDays: true },
  });
  return new Map(rules.flatMap((r) => (r.withinDays ? [[r.tenantId, r.withinDays] as const] : [])));
}

/** The registration days of one bureau, or null when it has no active rule. */
export async function registrationDays(db: PrismaClient | Tx, tenantId: string): Promise<number | null> {
  return (await registrationDaysFor(db, [tenantId])).get(tenantId) ?? null;
}

export type { ChannelRegistrationStatus };

export function channelRegistrationDueOn(channel: Pick<OnlineChannel, 'launchedOn'>, days: number | null): Date | null {
  return days === null ? null : new Date(channel.launchedOn.getTime() + days * 86_400_000);
}

/** Where a channel stands against the registration rule on `today` (no rule: nothing is late). */
export function channelRegistrationStatus(channel: Pick<OnlineChannel, 'launchedOn' | 'registeredOn'>, days: number | null, today: Date): ChannelRegistrationStatus {
  const dueOn = channelRegistrationDueOn(channel, days);
  if (channel.registeredOn) return !dueOn || channel.registeredOn <= dueOn ? 'REGISTERED_ON_TIME' : 'REGISTERED_LATE';
  return dueOn && today > dueOn ? 'OVERDUE' : 'PENDING';
}

/** Channels still unregistered past the rule's days, as a SQL filter (no rule: none). */
export function registrationOverdueWhere(today: Date, days: number | null): Prisma.OnlineChannelWhereInput {
  if (days === null) return { id: { in: [] } };
  return { registeredOn: null, launchedOn: { lt: new Date(today.getTime() - days * 86_400_000) } };
}

export interface ChannelFilter {
  kinds?: readonly OnlineChannelKind[] | null;
  statuses?: readonly OnlineChannelStatus[] | null;
  subtreeOf?: string | null;
  registrationOverdue?: boolean | null;
  /** A bureau (for 区委网信办, whose list spans the district). */
  tenantId?: string | null;
}

/** Unregistered past each bureau's own days, over several bureaus (a bureau without an active rule: none). */
function overdueIn(today: Date, days: ReadonlyMap<string, number>): Prisma.OnlineChannelWhereInput {
  if (!days.size) return { id: { in: [] } };
  return { OR: [...days].map(([tenantId, d]) => ({ tenantId, ...registrationOverdueWhere(today, d) })) };
}

/**
 * `days`: the registration days used by the registrationOverdue filter — the viewer's bureau's
 * (registrationDays), or per bureau for a district list (registrationDaysInDistrict).
 */
export function channelListWhere(
  viewer: Viewer, filter: ChannelFilter | null | undefined, today: Date, days: number | null | ReadonlyMap<string, number>,
): Prisma.OnlineChannelWhereInput {
  const overdue = days instanceof Map ? overdueIn(today, days) : registrationOverdueWhere(today, days as number | null);
  const and: Prisma.OnlineChannelWhereInput[] = [channelWhere(viewer)];
  if (filter?.tenantId) and.push({ tenantId: filter.tenantId });
  if (filter?.kinds?.length) and.push({ kind: { in: [...filter.kinds] } });
  if (filter?.statuses?.length) and.push({ status: { in: [...filter.statuses] } });
  if (filter?.subtreeOf) and.push({ ownerUnit: subtreeOfWhere(viewer, filter.subtreeOf) });
  if (filter?.registrationOverdue === true) and.push(overdue);
  if (filter?.registrationOverdue === false) and.push({ NOT: overdue });
  return { AND: and };
}

const text = (field: string, max: number) => z.string().trim().min(1, `${field} is required`).max(max, `${field} is at most ${max} characters`);

/** The content reviewer: a person of the owner unit's bureau (whom the viewer may see), or REVIEWER_OUTSIDE_TENANT. */
async function reviewerOf(tx: Tx, viewer: PersonViewer, tenantId: string, personId: string) {
  const person = await tx.person.findFirst({ where: { id: personId, tenantId, AND: [personWhere(viewer)] } });
  if (!person) throw new DomainError('REVIEWER_OUTSIDE_TENANT', undefined, { field: 'reviewerPersonId' });
  return person;
}

async function responsibleOf(tx: Tx, viewer: PersonViewer, tenantId: string, personId: string) {
  const person = await tx.person.findFirst({ where: { id: personId, tenantId, AND: [personWhere(viewer)] } });
  if (!person) throw new DomainError('NOT_FOUND', 'responsiblePersonId: person not found', { field: 'responsiblePersonId' });
  return person;
}

function assertDates(launchedOn: Date, registeredOn: Date | null | undefined, today: Date) {
  if (launchedOn > today) throw new DomainError('BAD_USER_INPUT', 'launchedOn is in the future: register a channel once it runs', { field: 'launchedOn' });
  if (registeredOn && registeredOn < launchedOn) throw new DomainError('BAD_USER_INPUT', 'registeredOn is before launchedOn', { field: 'registeredOn' });
  if (registeredOn && registeredOn > today) throw new DomainError('BAD_USER_INPUT', 'registeredOn is in the future', { field: 'registeredOn' });
}

async function assertAccountFree(tx: Tx, tenantId: string, kind: OnlineChannelKind, account: string, exceptId?: string) {
  const clash = await tx.onlineChannel.findFirst({ where: { tenantId, kind, account, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  if (clash) throw new DomainError('CHANNEL_ACCOUNT_TAKEN', undefined, { field: 'account' });
}

export interface CreateChannelInput {
  ownerUnitId: string;
  kind: OnlineChannelKind;
  name: string;
  account: string;
  responsiblePersonId: string;
  reviewerPersonId: string;
  launchedOn: Date;
  registeredOn?: Date | null;
  status?: OnlineChannelStatus | null;
}

/** Registers a channel in the ledger: action REGISTER_CHANNEL on the owner unit. */
export async function createOnlineChannel(prisma: PrismaClient, viewer: Viewer, input: CreateChannelInput, now: Date) {
  const person = bureauViewer(viewer);
  const name = parseInput(text('name', 100), input.name, 'name');
  const account = parseInput(text('account', 300), input.account, 'account');
  assertDates(input.launchedOn, input.registeredOn, todayInChina(now));
  return inTransaction(prisma, async (tx) => {
    const unit = await actableUnit(tx, viewer, 'REGISTER_CHANNEL', input.ownerUnitId);
    // The unit's channel lock: a zero report being filed for the unit either commits first (and is
    // superseded below) or waits and then sees this channel.
    await lockUnitChannels(tx, unit.tenantId, unit.id);
    const responsible = await responsibleOf(tx, person, unit.tenantId, input.responsiblePersonId);
    const reviewer = await reviewerOf(tx, person, unit.tenantId, input.reviewerPersonId);
    await assertAccountFree(tx, unit.tenantId, input.kind, account);
    const channel = await tx.onlineChannel.create({
      data: {
        tenantId: unit.tenantId, ownerUnitId: unit.id, kind: input.kind, name, account, responsiblePersonId: responsible.id,
        reviewerPersonId: reviewer.id, launchedOn: input.launchedOn, registeredOn: input.registeredOn ?? null, status: input.status ?? 'ACTIVE',
      },
    });
    const superseded = await supersedeZeroReports(tx, channel, now);
    await recordAudit(tx, viewer, {
      tenantId: unit.tenantId, action: 'channel.create', entityType: 'OnlineChannel', entityId: channel.id,
      after: superseded.length ? { ...channel, supersededZeroReportIds: superseded } : channel,
    });
    return channel;
  });
}

export interface UpdateChannelInput {
  channelId: string;
  name?: string | null;
  account?: string | null;
  responsiblePersonId?: string | null;
  reviewerPersonId?: string | null;
  registeredOn?: Date | null;
  status?: OnlineChannelStatus | null;
}

/** Changes a channel (people, registration date, status …): action REGISTER_CHANNEL on the owner unit. */
export async function updateOnlineChannel(prisma: PrismaClient, viewer: Viewer, input: UpdateChannelInput, now: Date) {
  const person = bureauViewer(viewer);
  const name = input.name == null ? undefined : parseInput(text('name', 100), input.name, 'name');
  const account = input.account == null ? undefined : parseInput(text('account', 300), input.account, 'account');
  return inTransaction(prisma, async (tx) => {
    const found = await tx.onlineChannel.findFirst({ where: { id: input.channelId, AND: [channelWhere(viewer)] } });
    if (!found) throw notFound('channel');
    const unit = await actableUnit(tx, viewer, 'REGISTER_CHANNEL', found.ownerUnitId);
    await lockUnitChannels(tx, unit.tenantId, unit.id);
    const before = await tx.onlineChannel.findUniqueOrThrow({ where: { id: found.id } });
    assertDates(before.launchedOn, input.registeredOn ?? before.registeredOn, todayInChina(now));
    const data: Prisma.OnlineChannelUncheckedUpdateInput = {};
    if (name) data.name = name;
    if (account) {
      await assertAccountFree(tx, unit.tenantId, before.kind, account, before.id);
      data.account = account;
    }
    if (input.responsiblePersonId) data.responsiblePersonId = (await responsibleOf(tx, person, unit.tenantId, input.responsiblePersonId)).id;
    if (input.reviewerPersonId) data.reviewerPersonId = (await reviewerOf(tx, person, unit.tenantId, input.reviewerPersonId)).id;
    if (input.registeredOn) data.registeredOn = input.registeredOn;
    if (input.status) data.status = input.status;
    const channel = await tx.onlineChannel.update({ where: { id: before.id }, data });
    const superseded = await supersedeZeroReports(tx, channel, now);
    await recordAudit(tx, viewer, {
      tenantId: unit.tenantId, action: 'channel.update', entityType: 'OnlineChannel', entityId: channel.id, before,
      after: superseded.length ? { ...channel, supersededZeroReportIds: superseded } : channel,
    });
    return channel;
  });
}

/**
 * Records a content review of a channel (审核记录), the viewer being the reviewer: action
 * REVIEW_CHANNEL (the channel's content reviewer or responsible person, or those who answer for its owner unit).
 */
export async function recordChannelReview(
  prisma: PrismaClient, viewer: Viewer,
  input: { channelId: string; reviewedOn?: Date | null; result: ChannelReviewResult; findings?: string | null }, now: Date,
) {
  const person = bureauViewer(viewer);
  const findings = parseInput(z.string().trim().max(5000).nullish(), input.findings, 'findings') || null;
  if (input.result === 'ISSUES_FOUND' && !findings) {
    throw new DomainError('BAD_USER_INPUT', 'findings: say what was found', { field: 'findings' });
  }
  const today = todayInChina(now);
  const reviewedOn = input.reviewedOn ?? today;
  if (reviewedOn > today) throw new DomainError('BAD_USER_INPUT', 'reviewedOn is in the future', { field: 'reviewedOn' });
  return inTransaction(prisma, async (tx) => {
    const channel = await tx.onlineChannel.findFirst({ where: { id: input.channelId, AND: [channelWhere(viewer)] }, include: { ownerUnit: true } });
    if (!channel) throw notFound('channel');
    assertMayAct(viewer, 'REVIEW_CHANNEL', channel.ownerUnit, [channel.reviewerPersonId, channel.responsiblePersonId]);
    if (reviewedOn < channel.launchedOn) throw new DomainError('BAD_USER_INPUT', `reviewedOn is before the launch on ${formatDate(channel.launchedOn)}`, { field: 'reviewedOn' });
    const review = await tx.channelReview.create({
      data: {
        tenantId: channel.tenantId, channelId: channel.id, ownerUnitId: channel.ownerUnitId, reviewedOn,
        reviewerPersonId: person.personId, result: input.result, findings,
      },
    });
    await recordAudit(tx, viewer, { tenantId: channel.tenantId, action: 'channel.review', entityType: 'ChannelReview', entityId: review.id, after: review });
    return review;
  });
}

const PERIOD = /^(\d{4})-Q([1-4])$/;

/** The first day of a quarter like '2025-Q3'. */
export function periodStart(period: string): Date | undefined {
  const m = PERIOD.exec(period);
  return m ? new Date(Date.UTC(Number(m[1]), (Number(m[2]) - 1) * 3, 1)) : undefined;
}

/** The last day of a quarter like '2025-Q3'. */
export function periodEnd(period: string): Date | undefined {
  const start = periodStart(period);
  return start && new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 3, 0));
}

/**
 * Files a zero report (零报告) for a quarter: the unit runs no online channel. Action
 * FILE_ZERO_REPORT (anyone whose scope includes the unit); refused when the unit owns a channel that is not closed and was launched by
 * the quarter's end, or already filed. A channel registered later for that quarter supersedes it.
 */
export async function fileChannelZeroReport(
  prisma: PrismaClient, viewer: Viewer, input: { unitId: string; period: string; note?: string | null }, now: Date,
) {
  const person = bureauViewer(viewer);
  const start = periodStart(input.period);
  if (!start) throw new DomainError('BAD_USER_INPUT', 'period is a quarter like 2025-Q3', { field: 'period' });
  if (start > todayInChina(now)) throw new DomainError('BAD_USER_INPUT', 'period has not begun yet', { field: 'period' });
  const note = parseInput(z.string().trim().max(1000).nullish(), input.note, 'note') || null;
  return inTransaction(prisma, async (tx) => {
    const unit = await actableUnit(tx, viewer, 'FILE_ZERO_REPORT', input.unitId);
    // Under the unit's channel lock, so a channel being registered meanwhile is seen (or sees this).
    await lockUnitChannels(tx, unit.tenantId, unit.id);
    const channel = await tx.onlineChannel.findFirst({
      where: { tenantId: unit.tenantId, ownerUnitId: unit.id, status: { not: 'CLOSED' }, launchedOn: { lte: periodEnd(input.period)! } },
      select: { name: true },
    });
    if (channel) throw new DomainError('UNIT_HAS_CHANNEL', `${unit.name}有网络阵地“${channel.name}” (the unit runs ${channel.name})`);
    const existing = await tx.channelZeroReport.findFirst({ where: { tenantId: unit.tenantId, unitId: unit.id, period: input.period }, select: { id: true } });
    if (existing) throw new DomainError('ZERO_REPORT_EXISTS');
    const report = await tx.channelZeroReport.create({
      data: { tenantId: unit.tenantId, unitId: unit.id, period: input.period, filedById: person.personId, filedAt: now, note },
    });
    await recordAudit(tx, viewer, { tenantId: unit.tenantId, action: 'channel.zeroReport', entityType: 'ChannelZeroReport', entityId: report.id, after: report });
    return report;
  });
}
