import { z } from 'zod';
import { bureauViewer } from '../../authz/guards.js';
import type { Viewer } from '../../authz/scope.js';
import type { PrismaClient } from '../../db/client.js';
import { inTransaction, type Tx } from '../../db/transaction.js';
import { DomainError, notFound } from '../../errors.js';
import { Prisma, type ObligationRule } from '../../generated/prisma/client.js';
import type { DistrictRole, ObligationPeriod, OrgUnitKind, WorkRecordKind } from '../../generated/prisma/enums.js';
import { parseInput } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import { managedRoot } from './service.js';

type Db = PrismaClient | Tx;

// ---------------------------------------------------------------------------------------------
// The rules: data, per bureau

export interface RuleSpec {
  code: string;
  name: string;
  clause: string;
  recordKind: WorkRecordKind;
  minCount: number;
  period: ObligationPeriod;
  dueMonthDay?: string | null;
  appliesToKinds: OrgUnitKind[];
  requiredCopies: DistrictRole[];
}

/**
 * The 2022 plan's recurring obligations (DOMAIN.md §4), as each bureau starts with them. They are
 * rows a bureau edits, not code: a locality with another cadence changes the data.
 * "Regular analysis" (task 6) names no count; half-yearly is this bureau's cadence.
 */
export const PLAN_2022_RULES: readonly RuleSpec[] = [
  { code: 'COMMITTEE_STUDY', name: '局党委专题研究意识形态工作', clause: '三(二)5', recordKind: 'COMMITTEE_STUDY', minCount: 2, period: 'YEAR', appliesToKinds: ['BUREAU_COMMITTEE'], requiredCopies: [] },
  { code: 'SPECIAL_REPORT', name: '向上级党委专题汇报意识形态工作并抄送宣传部', clause: '三(二)5', recordKind: 'SPECIAL_REPORT', minCount: 1, period: 'YEAR', appliesToKinds: ['BUREAU_COMMITTEE'], requiredCopies: ['PROPAGANDA_DEPARTMENT'] },
  { code: 'INTERNAL_BRIEFING', name: '在党内通报意识形态领域情况', clause: '三(二)6', recordKind: 'INTERNAL_BRIEFING', minCount: 1, period: 'YEAR', appliesToKinds: ['BUREAU_COMMITTEE'], requiredCopies: [] },
  { code: 'PERIODIC_ANALYSIS', name: '定期开展意识形态领域分析研判', clause: '三(二)6', recordKind: 'PERIODIC_ANALYSIS', minCount: 1, period: 'HALF_YEAR', appliesToKinds: ['BUREAU_COMMITTEE', 'PARTY_COMMITTEE'], requiredCopies: [] },
  { code: 'INSPECTION', name: '接受区委宣传部门意识形态工作专项督查', clause: '三(三)11', recordKind: 'INSPECTION', minCount: 1, period: 'YEAR', appliesToKinds: ['BUREAU_COMMITTEE'], requiredCopies: [] },
  { code: 'ANNUAL_RESPONSIBILITY_REPORT', name: '12月10日前向区委专题汇报贯彻意识形态工作责任制情况并抄送区委宣传部', clause: '四(一)', recordKind: 'ANNUAL_RESPONSIBILITY_REPORT', minCount: 1, period: 'YEAR', dueMonthDay: '12-10', appliesToKinds: ['BUREAU_COMMITTEE'], requiredCopies: ['DISTRICT_COMMITTEE', 'PROPAGANDA_DEPARTMENT'] },
  { code: 'DEMOCRATIC_LIFE_MEETING', name: '领导班子民主生活会将意识形态工作作为重要内容', clause: '四(二)', recordKind: 'DEMOCRATIC_LIFE_MEETING', minCount: 1, period: 'YEAR', appliesToKinds: ['BUREAU_COMMITTEE', 'PARTY_COMMITTEE'], requiredCopies: [] },
  { code: 'DUTY_REPORT', name: '述职报告将意识形态工作作为重要内容', clause: '四(二)', recordKind: 'DUTY_REPORT', minCount: 1, period: 'YEAR', appliesToKinds: ['BUREAU_COMMITTEE', 'PARTY_COMMITTEE'], requiredCopies: [] },
];

/** Task 12's rule as each bureau starts with it: a new online channel is registered (备案) within 30 days of launch. */
export const CHANNEL_REGISTRATION_RULE = {
  code: 'CHANNEL_REGISTRATION', name: '新开设网络阵地30日内登记备案', clause: '三(四)12', ruleKind: 'CHANNEL_REGISTRATION', withinDays: 30,
} as const;

export async function seedObligationRules(tx: Tx, tenantId: string, rules: readonly RuleSpec[] = PLAN_2022_RULES) {
  await tx.obligationRule.createMany({
    data: [...rules.map((r) => ({ ...r, tenantId, dueMonthDay: r.dueMonthDay ?? null })), { ...CHANNEL_REGISTRATION_RULE, tenantId }],
    skipDuplicates: true,
  });
}

/** A rule that counts work records per period (every rule but the channel registration rule). */
export type CountingRule = ObligationRule & { ruleKind: 'RECORD_COUNT'; recordKind: WorkRecordKind; minCount: number; period: ObligationPeriod };

export const isCountingRule = (rule: ObligationRule): rule is CountingRule =>
  rule.ruleKind === 'RECORD_COUNT' && rule.recordKind !== null && rule.minCount !== null && rule.period !== null;

export const MONTHS_PER_PERIOD: Record<ObligationPeriod, number> = { YEAR: 12, HALF_YEAR: 6, QUARTER: 3, MONTH: 1 };

const ruleFields = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9_]{1,49}$/, 'is 2–50 characters A–Z, 0–9 or _, starting with a letter'),
  name: z.string().trim().min(1, 'is required').max(200, 'is at most 200 characters'),
  clause: z.string().trim().max(50, 'is at most 50 characters'),
  minCount: z.number().int('is a whole number').min(1, 'must be at least 1').max(366, 'must be at most 366'),
  dueMonthDay: z.string().regex(/^(\d{2})-(\d{2})$/, 'is MM-DD').nullable(),
  withinDays: z.number().int('is a whole number').min(1, 'must be at least 1').max(365, 'must be at most 365'),
});

function checkDueMonthDay(value: string | null, period: ObligationPeriod) {
  if (value == null) return null;
  const parsed = parseInput(ruleFields.shape.dueMonthDay, value, 'dueMonthDay')!;
  const month = Number(parsed.slice(0, 2));
  const day = Number(parsed.slice(3));
  if (month < 1 || month > MONTHS_PER_PERIOD[period] || day < 1 || day > 31) {
    throw new DomainError('BAD_USER_INPUT', `dueMonthDay: month 01–${String(MONTHS_PER_PERIOD[period]).padStart(2, '0')} of the ${period} period, day 01–31`, {
      field: 'dueMonthDay',
    });
  }
  return parsed;
}

export interface RuleInput {
  code?: string | null;
  name?: string | null;
  clause?: string | null;
  recordKind?: WorkRecordKind | null;
  minCount?: number | null;
  period?: ObligationPeriod | null;
  dueMonthDay?: string | null;
  appliesToKinds?: readonly OrgUnitKind[] | null;
  requiredCopies?: readonly DistrictRole[] | null;
  withinDays?: number | null;
  active?: boolean | null;
}

/** Adds a rule to the viewer's bureau (first or direct responsible person of the bureau committee). */
export async function createObligationRule(prisma: PrismaClient, viewer: Viewer, input: RuleInput & { code: string; name: string; recordKind: WorkRecordKind; minCount: number; period: ObligationPeriod }) {
  const person = bureauViewer(viewer);
  const data = {
    code: parseInput(ruleFields.shape.code, input.code, 'code'),
    name: parseInput(ruleFields.shape.name, input.name, 'name'),
    clause: parseInput(ruleFields.shape.clause, input.clause ?? '', 'clause'),
    recordKind: input.recordKind,
    minCount: parseInput(ruleFields.shape.minCount, input.minCount, 'minCount'),
    period: input.period,
    dueMonthDay: checkDueMonthDay(input.dueMonthDay ?? null, input.period),
    appliesToKinds: [...new Set(input.appliesToKinds ?? [])],
    requiredCopies: [...new Set(input.requiredCopies ?? [])],
    active: input.active ?? true,
  };
  return inTransaction(prisma, async (tx) => {
    await managedRoot(tx, person);
    const clash = await tx.obligationRule.findUnique({ where: { tenantId_code: { tenantId: person.tenantId, code: data.code } } });
    if (clash) throw new DomainError('BAD_USER_INPUT', `a rule with code ${data.code} exists`, { field: 'code' });
    const rule = await tx.obligationRule.create({ data: { ...data, tenantId: person.tenantId } });
    await recordAudit(tx, viewer, { tenantId: rule.tenantId, action: 'obligationRule.create', entityType: 'ObligationRule', entityId: rule.id, after: rule });
    return rule;
  });
}

/**
 * Edits a rule; each edit bumps its version and is audited with before and after. A counting rule
 * takes what to count and how often; the channel registration rule takes its number of days. A field
 * of the other kind is refused.
 */
export async function updateObligationRule(prisma: PrismaClient, viewer: Viewer, ruleId: string, input: RuleInput): Promise<ObligationRule> {
  const person = bureauViewer(viewer);
  return inTransaction(prisma, async (tx) => {
    const rule = await tx.obligationRule.findFirst({ where: { id: ruleId, tenantId: person.tenantId } });
    if (!rule) throw notFound('obligation rule');
    await managedRoot(tx, person);
    const data: Prisma.ObligationRuleUpdateInput = { version: { increment: 1 } };
    if (input.name != null) data.name = parseInput(ruleFields.shape.name, input.name, 'name');
    if (input.clause != null) data.clause = parseInput(ruleFields.shape.clause, input.clause, 'clause');
    if (input.active != null) data.active = input.active;
    if (isCountingRule(rule)) {
      if (input.withinDays != null) throw new DomainError('BAD_USER_INPUT', 'withinDays: only the channel registration rule counts days', { field: 'withinDays' });
      const period = input.period ?? rule.period;
      if (input.recordKind != null) data.recordKind = input.recordKind;
      if (input.minCount != null) data.minCount = parseInput(ruleFields.shape.minCount, input.minCount, 'minCount');
      if (input.period != null) data.period = input.period;
      // A due day is relative to the period: re-check it when either changes. '' clears it.
      if (input.dueMonthDay !== undefined || input.period != null) {
        const due = input.dueMonthDay === undefined ? rule.dueMonthDay : input.dueMonthDay === '' ? null : input.dueMonthDay;
        data.dueMonthDay = checkDueMonthDay(due, period);
      }
      if (input.appliesToKinds != null) data.appliesToKinds = [...new Set(input.appliesToKinds)];
      if (input.requiredCopies != null) data.requiredCopies = [...new Set(input.requiredCopies)];
    } else {
      const counting = (['recordKind', 'minCount', 'period', 'dueMonthDay', 'appliesToKinds', 'requiredCopies'] as const).find((f) => input[f] != null);
      if (counting) throw new DomainError('BAD_USER_INPUT', `${counting}: the channel registration rule counts days from a launch, not records`, { field: counting });
      if (input.withinDays != null) data.withinDays = parseInput(ruleFields.shape.withinDays, input.withinDays, 'withinDays');
    }
    const changed = await tx.obligationRule.updateMany({ where: { id: rule.id, version: rule.version }, data: data as Prisma.ObligationRuleUpdateManyMutationInput });
    if (changed.count !== 1) throw new DomainError('CONFLICT', 'the rule changed meanwhile; reload it');
    const updated = await tx.obligationRule.findUniqueOrThrow({ where: { id: rule.id } });
    await recordAudit(tx, viewer, { tenantId: rule.tenantId, action: 'obligationRule.update', entityType: 'ObligationRule', entityId: rule.id, before: rule, after: updated });
    return updated;
  });
}

// ---------------------------------------------------------------------------------------------
// Compliance

export type ComplianceStatus = 'MET' | 'DUE_SOON' | 'OVERDUE' | 'NOT_YET_DUE';

/** How many days before a due date an unmet obligation is DUE_SOON. */
export const DUE_SOON_DAYS = 30;

/** Which units to evaluate: units of one bureau (by id and/or whole subtrees), or whole bureaus. */
export type ComplianceSelection =
  | { tenantId: string; unitIds?: readonly string[]; subtreeRoots?: readonly string[] }
  | { tenantIds: readonly string[] };

export interface PeriodCompliance {
  index: number;
  start: Date;
  end: Date;
  due: Date;
  required: number;
  counted: number;
  /** Of the records counted, those dated on or before the due date. */
  onTime: number;
  status: ComplianceStatus;
}

export interface ComplianceEntry {
  tenantId: string;
  unitId: string;
  /** The unit's ancestry, itself included (to roll entries up to a committee's subtree). */
  ancestorIds: string[];
  rule: CountingRule;
  year: number;
  asOf: Date;
  required: number;
  counted: number;
  status: ComplianceStatus;
  periods: PeriodCompliance[];
  /** The records that count, oldest first. */
  recordIds: string[];
}

const DAY = 86_400_000;
const utc = (y: number, m0: number, d: number) => new Date(Date.UTC(y, m0, d));
const lastDayOfMonth = (y: number, m0: number) => utc(y, m0 + 1, 0).getUTCDate();

/** The periods of a rule in a year, with their due dates (the due day, or the period's last day). */
export function periodsOf(rule: Pick<CountingRule, 'period' | 'dueMonthDay'>, year: number) {
  const months = MONTHS_PER_PERIOD[rule.period];
  return Array.from({ length: 12 / months }, (_, index) => {
    const firstMonth = index * months;
    const start = utc(year, firstMonth, 1);
    const end = utc(year, firstMonth + months - 1, lastDayOfMonth(year, firstMonth + months - 1));
    let due = end;
    if (rule.dueMonthDay) {
      const m0 = firstMonth + Number(rule.dueMonthDay.slice(0, 2)) - 1;
      due = utc(year, m0, Math.min(Number(rule.dueMonthDay.slice(3)), lastDayOfMonth(year, m0)));
    }
    return { index, start, end, due };
  });
}

const SEVERITY: Record<ComplianceStatus, number> = { MET: 0, NOT_YET_DUE: 1, DUE_SOON: 2, OVERDUE: 3 };

/**
 * The status of one period as of a date: MET when enough records count; otherwise OVERDUE after
 * the due date, DUE_SOON from 30 days before it up to and including it, NOT_YET_DUE before that.
 */
export function periodStatus(counted: number, required: number, due: Date, asOf: Date): ComplianceStatus {
  if (counted >= required) return 'MET';
  if (asOf.getTime() > due.getTime()) return 'OVERDUE';
  if (due.getTime() - asOf.getTime() <= DUE_SOON_DAYS * DAY) return 'DUE_SOON';
  return 'NOT_YET_DUE';
}

/** A rule's status: the worst status among the periods that have begun by asOf (none begun: NOT_YET_DUE). */
export function ruleStatus(periods: readonly PeriodCompliance[], asOf: Date): ComplianceStatus {
  const begun = periods.filter((p) => p.start.getTime() <= asOf.getTime());
  if (!begun.length) return 'NOT_YET_DUE';
  return begun.reduce<ComplianceStatus>((worst, p) => (SEVERITY[p.status] > SEVERITY[worst] ? p.status : worst), 'MET');
}

interface CountRow {
  tenantId: string;
  unitId: string;
  ancestorIds: string[];
  ruleId: string;
  periodIndex: number;
  count: number;
  recordIds: string[];
  /** The counted records' dates, 'YYYY-MM-DD', in the order of recordIds. */
  recordDates: string[];
}

function unitFilter(selection: ComplianceSelection): Prisma.Sql {
  if ('tenantIds' in selection) return Prisma.sql`u."tenantId" = ANY(${[...selection.tenantIds]}::text[])`;
  const anyOf: Prisma.Sql[] = [];
  if (selection.unitIds?.length) anyOf.push(Prisma.sql`u."id" = ANY(${[...selection.unitIds]}::text[])`);
  if (selection.subtreeRoots?.length) anyOf.push(Prisma.sql`u."ancestorIds" && ${[...selection.subtreeRoots]}::text[]`);
  if (!anyOf.length) return Prisma.sql`FALSE`;
  return Prisma.sql`u."tenantId" = ${selection.tenantId} AND (${Prisma.join(anyOf, ' OR ')})`;
}

/**
 * Compliance of every (unit, active applicable rule) pair of a selection, for a year, as of a date.
 * Two SQL statements whatever the number of units, rules and records: one aggregate counts the
 * records per unit, rule and period (a record counts when its kind is the rule's, it is dated in
 * the period up to asOf, and it reaches every role of the rule's requiredCopies); one reads the
 * rules. Callers: the compliance queries, the reminders job, the district view, exports.
 */
export async function complianceFor(db: Db, selection: ComplianceSelection, year: number, asOf: Date): Promise<ComplianceEntry[]> {
  const yearStart = utc(year, 0, 1);
  const yearEnd = utc(year, 11, 31);
  const countUntil = asOf.getTime() < yearEnd.getTime() ? asOf : yearEnd;
  const rows = await db.$queryRaw<CountRow[]>`
    WITH units AS (
      SELECT u."tenantId", u."id", u."kind", u."ancestorIds" FROM "OrgUnit" u
       WHERE u."archivedAt" IS NULL AND ${unitFilter(selection)}
    ), pairs AS (
      SELECT u."tenantId", u."id" AS "unitId", u."ancestorIds", r."id" AS "ruleId", r."recordKind", r."requiredCopies",
             CASE r."period" WHEN 'YEAR' THEN 12 WHEN 'HALF_YEAR' THEN 6 WHEN 'QUARTER' THEN 3 ELSE 1 END AS "months"
        FROM units u
        JOIN "ObligationRule" r ON r."tenantId" = u."tenantId" AND r."active" AND r."ruleKind" = 'RECORD_COUNT'
             AND (cardinality(r."appliesToKinds") = 0 OR u."kind" = ANY(r."appliesToKinds"))
    )
    SELECT p."tenantId", p."unitId", p."ancestorIds", p."ruleId",
           COALESCE((extract(month FROM w."date")::int - 1) / p."months", -1)::int AS "periodIndex",
           count(w."id")::int AS "count",
           array_remove(array_agg(w."id" ORDER BY w."date", w."id"), NULL) AS "recordIds",
           array_remove(array_agg(to_char(w."date", 'YYYY-MM-DD') ORDER BY w."date", w."id"), NULL) AS "recordDates"
      FROM pairs p
      LEFT JOIN "WorkRecord" w
        ON w."tenantId" = p."tenantId" AND w."unitId" = p."unitId" AND w."kind" = p."recordKind"
       AND w."date" >= ${yearStart}::date AND w."date" <= ${countUntil}::date
       AND (w."sentTo" || w."copiedTo") @> p."requiredCopies"
     GROUP BY 1, 2, 3, 4, 5`;
  if (!rows.length) return [];
  const ruleIds = [...new Set(rows.map((r) => r.ruleId))];
  const rules = new Map((await db.obligationRule.findMany({ where: { id: { in: ruleIds } } })).filter(isCountingRule).map((r) => [r.id, r]));
  const byPair = new Map<string, CountRow[]>();
  for (const row of rows) {
    const key = `${row.unitId}|${row.ruleId}`;
    byPair.set(key, [...(byPair.get(key) ?? []), row]);
  }
  const entries: ComplianceEntry[] = [];
  for (const pairRows of byPair.values()) {
    const first = pairRows[0]!;
    const rule = rules.get(first.ruleId);
    if (!rule) continue;
    const periods = periodsOf(rule, year).map((p) => {
      const inPeriod = pairRows.filter((r) => r.periodIndex === p.index);
      const counted = inPeriod.reduce((sum, r) => sum + r.count, 0);
      const due = p.due.toISOString().slice(0, 10);
      const onTime = inPeriod.reduce((sum, r) => sum + r.recordDates.filter((d) => d <= due).length, 0);
      return { ...p, required: rule.minCount, counted, onTime, status: periodStatus(counted, rule.minCount, p.due, asOf) };
    });
    entries.push({
      tenantId: first.tenantId,
      unitId: first.unitId,
      ancestorIds: first.ancestorIds,
      rule,
      year,
      asOf,
      required: rule.minCount * periods.length,
      counted: periods.reduce((sum, p) => sum + p.counted, 0),
      status: ruleStatus(periods, asOf),
      periods,
      recordIds: pairRows.sort((a, b) => a.periodIndex - b.periodIndex).flatMap((r) => r.recordIds),
    });
  }
  return entries.sort((a, b) => a.unitId.localeCompare(b.unitId) || a.rule.code.localeCompare(b.rule.code));
}

export interface ComplianceTally {
  met: number;
  dueSoon: number;
  overdue: number;
  notYetDue: number;
  total: number;
}

export function tally(entries: readonly { status: ComplianceStatus }[]): ComplianceTally {
  const t = { met: 0, dueSoon: 0, overdue: 0, notYetDue: 0, total: entries.length };
  for (const e of entries) {
    if (e.status === 'MET') t.met++;
    else if (e.status === 'DUE_SOON') t.dueSoon++;
    else if (e.status === 'OVERDUE') t.overdue++;
    else t.notYetDue++;
  }
  return t;
}
