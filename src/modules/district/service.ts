import { BUREAU_ROOT } from '../../authz/bureau-root.js';
import { z } from 'zod';
import { districtDutyViewer } from '../../authz/district.js';
import { channelWhere, inspectionFindingWhere, inspectionWhere } from '../../authz/visibility.js';
import { assertMayActOnBureau } from '../../authz/actions.js';
import { bureauViewer, type DistrictViewer } from '../../authz/guards.js';
import type { Viewer } from '../../authz/scope.js';
import type { PrismaClient } from '../../db/client.js';
import { inTransaction, type Tx } from '../../db/transaction.js';
import { DomainError, notFound } from '../../errors.js';
import type { Prisma, Tenant, WorkRecord } from '../../generated/prisma/client.js';
import type { ChannelReviewResult, WorkRecordKind } from '../../generated/prisma/enums.js';
import { formatDate, parseDate, todayInChina } from '../../lib/dates.js';
import { parseInput } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import { OPEN_WORK_ITEM_STATUSES } from '../plan/rules.js';
import { reportingYearOf } from '../records/service.js';
import { complianceFor, tally, worstStatus, type ComplianceEntry, type ComplianceStatus, type ComplianceTally, type CountingRule } from '../obligations/service.js';

/** The rule whose record is the annual responsibility report (IV.1) the district reads. */
export const ANNUAL_REPORT_RULE_CODE = 'ANNUAL_RESPONSIBILITY_REPORT';

/** One rule across one bureau: the worst status over its units, and the units by status. */
export interface BureauRuleStatus extends ComplianceTally {
  rule: CountingRule;
  status: ComplianceStatus;
  /** 无佐证: counted records of the rule, over the bureau's units, with no attachment. */
  withoutEvidence: number;
}

export interface BureauOverview {
  tenant: Tenant;
  year: number;
  asOf: Date;
  rules: ComplianceTally;
  byRule: BureauRuleStatus[];
  workItems: { total: number; done: number; overdue: number; cancelled: number };
  /** The first annual responsibility report of the year that counts for the bureau committee's rule. */
  annualReportDate: Date | null;
  annualReportOnTime: boolean;
  /** That rule's due date this year (from the rule's dueMonthDay), null without the rule. */
  annualReportDue: Date | null;
}

interface ItemRow { tenantId: string; total: number; done: number; overdue: number; cancelled: number }

/** Per rule of one bureau's entries, by rule code. */
export function byRule(entries: readonly ComplianceEntry[]): BureauRuleStatus[] {
  const rules = new Map(entries.map((e) => [e.rule.id, e.rule]));
  return [...rules.values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((rule) => {
      const own = entries.filter((e) => e.rule.id === rule.id);
      return { rule, status: worstStatus(own.map((e) => e.status)), withoutEvidence: own.reduce((sum, e) => sum + e.withoutEvidence, 0), ...tally(own) };
    });
}

/**
 * Per-bureau figures for the district (DOMAIN.md §3: per bureau and per rule, nothing person-level).
 * Five statements whatever the number of bureaus: the bureaus, compliance (three), and work-item
 * counts grouped by bureau.
 * - rules: (unit, rule) pairs of the whole bureau by compliance status, as of `asOf`, and per rule;
 * - work items of the year's plan: total (not cancelled), done, overdue (open and due before asOf);
 * - the annual responsibility report (IV.1): read from the bureau committee's
 *   ANNUAL_RESPONSIBILITY_REPORT compliance entry, so its addressees and due day are the rule's data.
 */
export async function districtOverview(prisma: PrismaClient, viewer: DistrictViewer, year: number, asOf: Date): Promise<BureauOverview[]> {
  const tenants = await prisma.tenant.findMany({ where: { districtId: viewer.districtId }, orderBy: { code: 'asc' } });
  if (!tenants.length) return [];
  const tenantIds = tenants.map((t) => t.id);
  const [entries, items] = await Promise.all([
    // The district judges by the plan's own counts and dates (DOMAIN.md §7), not a bureau's stricter version.
    complianceFor(prisma, { tenantIds }, year, asOf, { yardstick: 'PLAN' }),
    prisma.$queryRaw<ItemRow[]>`
      SELECT w."tenantId",
             count(*) FILTER (WHERE w."status" <> 'CANCELLED')::int AS "total",
             count(*) FILTER (WHERE w."status" = 'DONE' AND NOT w."pendingConfirmation")::int AS "done",
             count(*) FILTER (WHERE w."status"::text = ANY(${[...OPEN_WORK_ITEM_STATUSES]}::text[]) AND w."dueDate" < ${asOf}::date)::int AS "overdue",
             count(*) FILTER (WHERE w."status" = 'CANCELLED')::int AS "cancelled"
        FROM "WorkItem" w
        JOIN "AnnualPlan" p ON p."tenantId" = w."tenantId" AND p."id" = w."planId"
       WHERE w."tenantId" = ANY(${tenantIds}::text[]) AND p."year" = ${year}
       GROUP BY w."tenantId"`,
  ]);
  const itemsBy = new Map(items.map((r) => [r.tenantId, r]));
  return tenants.map((tenant) => {
    const own = entries.filter((e) => e.tenantId === tenant.id);
    // The bureau committee is the tenant root: its ancestry is itself alone.
    const annual = own.find((e) => e.rule.code === ANNUAL_REPORT_RULE_CODE && e.ancestorIds.length === 1);
    const firstDate = annual?.recordDates[0];
    const row = itemsBy.get(tenant.id);
    return {
      tenant,
      year,
      asOf,
      rules: tally(own),
      byRule: byRule(own),
      workItems: { total: row?.total ?? 0, done: row?.done ?? 0, overdue: row?.overdue ?? 0, cancelled: row?.cancelled ?? 0 },
      annualReportDate: firstDate ? parseDate(firstDate)! : null,
      annualReportOnTime: !!annual && annual.periods.every((p) => p.onTime >= p.required),
      annualReportDue: annual?.periods[0]?.due ?? null,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// 专项督查: the propaganda department's inspection of a bureau (三11), and the bureau's answers

export interface FindingInput {
  /** 发现的问题 */
  problem: string;
  /** 整改要求 */
  rectification: string;
  /** 整改时限 */
  dueOn?: Date | null;
}

export interface RecordInspectionInput {
  tenantId: string;
  date: Date;
  /** 督查情况: the inspection's findings in words. */
  findings: string;
  items?: readonly FindingInput[] | null;
}

const inspectionText = {
  findings: z.string().trim().min(1, 'is required').max(20_000, 'is at most 20000 characters'),
  problem: z.string().trim().min(1, 'is required').max(2_000, 'is at most 2000 characters'),
  rectification: z.string().trim().min(1, 'is required').max(2_000, 'is at most 2000 characters'),
  answer: z.string().trim().min(1, 'is required').max(5_000, 'is at most 5000 characters'),
  items: z.array(z.unknown()).max(100, 'at most 100 findings'),
};

export const INSPECTION_TITLE = '区委宣传部意识形态工作专项督查';

/**
 * Records an inspection of a bureau of the viewer's district (区委宣传部 only: DISTRICT_DUTIES.INSPECT).
 * A bureau outside the district answers NOT_FOUND, as one that does not exist. In one transaction:
 * the bureau committee's work record of kind INSPECTION (recorded by the district role, so that the
 * bureau's INSPECTION obligation rule counts it like any record: complianceFor), the inspection, its
 * findings with the rectification each requires, and the audit event in the bureau's chain.
 */
export async function recordInspection(prisma: PrismaClient, viewer: Viewer, input: RecordInspectionInput, now: Date) {
  return inTransaction(prisma, (tx) => recordInspectionIn(tx, viewer, input, now));
}

/** recordInspection inside the caller's transaction (the demo loader's). */
export async function recordInspectionIn(tx: Tx, viewer: Viewer, input: RecordInspectionInput, now: Date) {
  const district = districtDutyViewer(viewer, 'INSPECT');
  const findings = parseInput(inspectionText.findings, input.findings, 'findings');
  const items = parseInput(inspectionText.items, input.items ?? [], 'items').map((_, i) => {
    const item = input.items![i]!;
    const field = `items.${i}`;
    if (item.dueOn && item.dueOn.getTime() < input.date.getTime()) {
      throw new DomainError('BAD_USER_INPUT', `${field}.dueOn is before the inspection`, { field: `${field}.dueOn` });
    }
    return {
      problem: parseInput(inspectionText.problem, item.problem, `${field}.problem`),
      rectification: parseInput(inspectionText.rectification, item.rectification, `${field}.rectification`),
      dueOn: item.dueOn ?? null,
    };
  });
  const today = todayInChina(now);
  if (input.date.getTime() > today.getTime()) {
    throw new DomainError('RECORD_DATE_IN_FUTURE', `date ${formatDate(input.date)} is after today (${formatDate(today)})`, { field: 'date' });
  }
  const root = await tx.orgUnit.findFirst({ where: { tenantId: input.tenantId, ...BUREAU_ROOT, tenant: { districtId: district.districtId } } });
  if (!root) throw notFound('bureau');
  const reportingYear = await reportingYearOf(tx, root.tenantId, input.date, null, today);
  const record = await tx.workRecord.create({
    data: {
      tenantId: root.tenantId, unitId: root.id, kind: 'INSPECTION', date: input.date, reportingYear, filedAt: now,
      title: `${input.date.getUTCFullYear()}年${INSPECTION_TITLE}`, summary: findings, recordedByRole: district.role,
    },
  });
  const inspection = await tx.districtInspection.create({
    data: {
      districtId: district.districtId, tenantId: root.tenantId, unitId: root.id, workRecordId: record.id,
      date: input.date, findings, recordedByUserId: district.userId,
      items: { create: items.map((item, i) => ({ position: i + 1, ...item })) },
    },
    include: { items: { orderBy: { position: 'asc' } } },
  });
  await recordAudit(tx, viewer, { tenantId: root.tenantId, action: 'inspection.record', entityType: 'DistrictInspection', entityId: inspection.id, after: inspection });
  return inspection;
}

/**
 * The bureau answers a finding (整改情况): the first or direct responsible people of the bureau
 * committee (the ANSWER_INSPECTION_FINDING action), once. A finding of an inspection the viewer does not see is NOT_FOUND.
 */
export async function answerInspectionFinding(
  prisma: PrismaClient, viewer: Viewer, input: AnswerFindingInput, now: Date,
) {
  return inTransaction(prisma, (tx) => answerInspectionFindingIn(tx, viewer, input, now));
}

export interface AnswerFindingInput { findingId: string; answer: string; answeredOn?: Date | null }

/** answerInspectionFinding inside the caller's transaction (the demo loader's). */
export async function answerInspectionFindingIn(tx: Tx, viewer: Viewer, input: AnswerFindingInput, now: Date) {
  const person = bureauViewer(viewer);
  const answer = parseInput(inspectionText.answer, input.answer, 'answer');
  const today = todayInChina(now);
  const answeredOn = input.answeredOn ?? today;
  if (answeredOn.getTime() > today.getTime()) throw new DomainError('BAD_USER_INPUT', 'answeredOn is in the future', { field: 'answeredOn' });
  const finding = await tx.inspectionFinding.findFirst({ where: { id: input.findingId, ...inspectionFindingWhere(viewer) }, include: { inspection: true } });
  if (!finding) throw notFound('inspection finding');
  assertMayActOnBureau(person, 'ANSWER_INSPECTION_FINDING');
  if (answeredOn.getTime() < finding.inspection.date.getTime()) {
    throw new DomainError('BAD_USER_INPUT', `answeredOn is before the inspection on ${formatDate(finding.inspection.date)}`, { field: 'answeredOn' });
  }
  const changed = await tx.inspectionFinding.updateMany({
    where: { id: finding.id, answer: null },
    data: { answer, answeredOn, answeredById: person.personId, answeredAt: now },
  });
  if (changed.count !== 1) throw new DomainError('FINDING_ALREADY_ANSWERED', undefined, { field: 'findingId' });
  const after = await tx.inspectionFinding.findUniqueOrThrow({ where: { id: finding.id } });
  await recordAudit(tx, viewer, { tenantId: finding.tenantId, action: 'inspection.answer', entityType: 'InspectionFinding', entityId: finding.id, before: finding, after });
  return after;
}

/** The inspections list: the viewer's (inspectionWhere), optionally of a year and a bureau. */
export function inspectionListWhere(viewer: Viewer, filter: { year?: number | null; tenantId?: string | null } = {}): Prisma.DistrictInspectionWhereInput {
  const and: Prisma.DistrictInspectionWhereInput[] = [inspectionWhere(viewer)];
  if (filter.year != null) and.push({ date: { gte: new Date(Date.UTC(filter.year, 0, 1)), lt: new Date(Date.UTC(filter.year + 1, 0, 1)) } });
  if (filter.tenantId) and.push({ tenantId: filter.tenantId });
  return { AND: and };
}

// ---------------------------------------------------------------------------------------------
// 区委网信办: its own reviews of the bureaus' channels (三(四)12)

/**
 * Records the cyberspace office's review of a channel of a bureau of its district
 * (DISTRICT_DUTIES.OVERSEE_CHANNELS). A channel elsewhere answers NOT_FOUND. Audited in the bureau's chain.
 */
export async function recordDistrictChannelReview(
  prisma: PrismaClient, viewer: Viewer,
  input: DistrictReviewInput, now: Date,
) {
  return inTransaction(prisma, (tx) => recordDistrictChannelReviewIn(tx, viewer, input, now));
}

export interface DistrictReviewInput { channelId: string; result: ChannelReviewResult; reviewedOn?: Date | null; findings?: string | null }

/** recordDistrictChannelReview inside the caller's transaction (the demo loader's). */
export async function recordDistrictChannelReviewIn(tx: Tx, viewer: Viewer, input: DistrictReviewInput, now: Date) {
  const district = districtDutyViewer(viewer, 'OVERSEE_CHANNELS');
  const findings = parseInput(z.string().trim().max(5000, 'is at most 5000 characters').nullish(), input.findings, 'findings') || null;
  if (input.result === 'ISSUES_FOUND' && !findings) throw new DomainError('BAD_USER_INPUT', 'findings: say what was found', { field: 'findings' });
  const today = todayInChina(now);
  const reviewedOn = input.reviewedOn ?? today;
  if (reviewedOn.getTime() > today.getTime()) throw new DomainError('BAD_USER_INPUT', 'reviewedOn is in the future', { field: 'reviewedOn' });
  const channel = await tx.onlineChannel.findFirst({ where: { id: input.channelId, ...channelWhere(viewer) } });
  if (!channel) throw notFound('channel');
  if (reviewedOn.getTime() < channel.launchedOn.getTime()) {
    throw new DomainError('BAD_USER_INPUT', `reviewedOn is before the launch on ${formatDate(channel.launchedOn)}`, { field: 'reviewedOn' });
  }
  const review = await tx.districtChannelReview.create({
    data: {
      districtId: district.districtId, tenantId: channel.tenantId, channelId: channel.id, ownerUnitId: channel.ownerUnitId,
      reviewedOn, result: input.result, findings, recordedByUserId: district.userId,
    },
  });
  await recordAudit(tx, viewer, { tenantId: channel.tenantId, action: 'channel.districtReview', entityType: 'DistrictChannelReview', entityId: review.id, after: review });
  return review;
}

// ---------------------------------------------------------------------------------------------
// 区委 receives: the annual and special reports per bureau (四(一), 三(二)5)

/** The kinds of report the plan addresses to 区委 (主送) and 区委宣传部 (抄送). */
export const ADDRESSED_REPORT_KINDS: readonly WorkRecordKind[] = ['ANNUAL_RESPONSIBILITY_REPORT', 'SPECIAL_REPORT'];

export interface BureauReports {
  tenant: Tenant;
  year: number;
  /** Reports sent (主送) to the viewer's role. */
  sent: DistrictReportRow[];
  /** Reports only copied (抄送) to it. */
  copied: DistrictReportRow[];
}

export type DistrictReportRow = WorkRecord & {
  unit: { name: string; tenant: Tenant };
  attachments: { id: string; fileName: string; mimeType: string; size: number; sha256: string }[];
};

/**
 * Per bureau of the viewer's district, the year's annual and special reports addressed to the
 * viewer's role (DISTRICT_DUTIES.RECEIVE_REPORTS): those whose main recipients (主送) include it,
 * and apart from them those only copied (抄送) to it. Three statements whatever the number of bureaus.
 */
export async function reportsByBureau(prisma: PrismaClient, viewer: Viewer, year: number): Promise<BureauReports[]> {
  const district = districtDutyViewer(viewer, 'RECEIVE_REPORTS');
  // Addressees are matched in SQL (the driver adapter does not bind an enum array element for `has`).
  const [tenants, addressed] = await Promise.all([
    prisma.tenant.findMany({ where: { districtId: district.districtId }, orderBy: { code: 'asc' } }),
    prisma.$queryRaw<{ id: string }[]>`
      SELECT r."id" FROM "WorkRecord" r JOIN "Tenant" t ON t."id" = r."tenantId"
       WHERE t."districtId" = ${district.districtId}
         AND r."kind"::text = ANY(${[...ADDRESSED_REPORT_KINDS]}::text[])
         AND r."date" >= ${new Date(Date.UTC(year, 0, 1))}::date AND r."date" < ${new Date(Date.UTC(year + 1, 0, 1))}::date
         AND (r."sentTo" || r."copiedTo") @> ARRAY[${district.role}::text]::"DistrictRole"[]`,
  ]);
  const records = addressed.length
    ? await prisma.workRecord.findMany({
      where: { id: { in: addressed.map((r) => r.id) } },
      orderBy: [{ date: 'asc' }, { id: 'asc' }],
      include: {
        unit: { select: { name: true, tenant: true } },
        attachments: { select: { id: true, fileName: true, mimeType: true, size: true, sha256: true }, orderBy: { createdAt: 'asc' } },
      },
    })
    : [];
  return tenants.map((tenant) => {
    const own = records.filter((r) => r.tenantId === tenant.id);
    return {
      tenant, year,
      sent: own.filter((r) => r.sentTo.includes(district.role)),
      copied: own.filter((r) => !r.sentTo.includes(district.role)),
    };
  });
}
