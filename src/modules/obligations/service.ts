import { z } from 'zod';
import { bureauViewer } from '../../authz/guards.js';
import type { UnitScope, Viewer } from '../../authz/scope.js';
import { scopeUnitSql } from '../../authz/visibility.js';
import type { PrismaClient } from '../../db/client.js';
import { inTransaction, type Tx } from '../../db/transaction.js';
import { DomainError, notFound } from '../../errors.js';
import { Prisma, type ObligationRule } from '../../generated/prisma/client.js';
import type {
  DistrictRole, ObligationCountBasis, ObligationPeriod, ObligationRuleOrigin, OrgUnitKind, RiskSeverity, WorkRecordKind,
} from '../../generated/prisma/enums.js';
import { parseInput } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import { TEAM_ROLES } from '../duties/service.js';
import { HANDLING_DAYS } from '../risks/lifecycle.js';
import { assertMayActOnBureau } from '../../authz/actions.js';

type Db = PrismaClient | Tx;

// ---------------------------------------------------------------------------------------------
// The rules: data, per bureau

export interface RuleSpec {
  code: string;
  name: string;
  /** The clause of the plan that states the rule ('' for a local addition). */
  clause: string;
  origin: ObligationRuleOrigin;
  /** Why a local addition exists, or what the plan leaves open. */
  note?: string;
  recordKind: WorkRecordKind;
  minCount: number;
  period: ObligationPeriod;
  dueMonthDay?: string | null;
  appliesToKinds: OrgUnitKind[];
  countPer?: ObligationCountBasis;
  /** 主送: roles a record must be sent to (as main recipient) to count. */
  requiredRecipients: DistrictRole[];
  /** 抄送: roles a record must reach (as main recipient or copy) to count. */
  requiredCopies: DistrictRole[];
}

/**
 * The 2022 plan's recurring obligations (DOMAIN.md §4), as each bureau starts with them. They are
 * rows a bureau edits, not code: a locality with another cadence changes the data. Each names its
 * source: the clause of the plan that states it, or LOCAL (本局补充) — the plan asks for "regular"
 * analysis (三(二)6) without a count; half-yearly is this bureau's cadence.
 */
export const PLAN_2022_RULES: readonly RuleSpec[] = [
  { code: 'COMMITTEE_STUDY', name: '局党委专题研究意识形态工作', clause: '三(二)5', origin: 'PLAN', recordKind: 'COMMITTEE_STUDY', minCount: 2, period: 'YEAR', appliesToKinds: ['BUREAU_COMMITTEE'], requiredRecipients: [], requiredCopies: [] },
  { code: 'SPECIAL_REPORT', name: '向上级党委专题汇报意识形态工作并抄送宣传部', clause: '三(二)5', origin: 'PLAN', recordKind: 'SPECIAL_REPORT', minCount: 1, period: 'YEAR', appliesToKinds: ['BUREAU_COMMITTEE'], requiredRecipients: ['DISTRICT_COMMITTEE'], requiredCopies: ['PROPAGANDA_DEPARTMENT'] },
  { code: 'INTERNAL_BRIEFING', name: '在党内通报意识形态领域情况', clause: '三(二)6', origin: 'PLAN', recordKind: 'INTERNAL_BRIEFING', minCount: 1, period: 'YEAR', appliesToKinds: ['BUREAU_COMMITTEE'], requiredRecipients: [], requiredCopies: [] },
  { code: 'PERIODIC_ANALYSIS', name: '定期开展意识形态领域分析研判（每半年）', clause: '', origin: 'LOCAL', note: '方案三(二)6要求定期开展分析研判，未规定频次；每半年1次为本局补充', recordKind: 'PERIODIC_ANALYSIS', minCount: 1, period: 'HALF_YEAR', appliesToKinds: ['BUREAU_COMMITTEE', 'PARTY_COMMITTEE'], requiredRecipients: [], requiredCopies: [] },
  { code: 'INSPECTION', name: '接受区委宣传部门意识形态工作专项督查', clause: '三(三)11', origin: 'PLAN', recordKind: 'INSPECTION', minCount: 1, period: 'YEAR', appliesToKinds: ['BUREAU_COMMITTEE'], requiredRecipients: [], requiredCopies: [] },
  { code: 'ANNUAL_RESPONSIBILITY_REPORT', name: '12月10日前向区委专题汇报贯彻意识形态工作责任制情况并抄送区委宣传部', clause: '四(一)', origin: 'PLAN', recordKind: 'ANNUAL_RESPONSIBILITY_REPORT', minCount: 1, period: 'YEAR', dueMonthDay: '12-10', appliesToKinds: ['BUREAU_COMMITTEE'], requiredRecipients: ['DISTRICT_COMMITTEE'], requiredCopies: ['PROPAGANDA_DEPARTMENT'] },
  { code: 'DEMOCRATIC_LIFE_MEETING', name: '局领导班子民主生活会将意识形态工作作为重要内容', clause: '四(二)', origin: 'PLAN', recordKind: 'DEMOCRATIC_LIFE_MEETING', minCount: 1, period: 'YEAR', appliesToKinds: ['BUREAU_COMMITTEE'], requiredRecipients: [], requiredCopies: [] },
  { code: 'ORGANISATION_LIFE_MEETING', name: '基层党组织组织生活会将意识形态工作作为重要内容', clause: '', origin: 'LOCAL', note: '方案四(二)所称民主生活会是局领导班子的；局党委以下党委、党总支、党支部召开组织生活会，将意识形态工作纳入其内容为本局补充', recordKind: 'ORGANISATION_LIFE_MEETING', minCount: 1, period: 'YEAR', appliesToKinds: ['PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH'], requiredRecipients: [], requiredCopies: [] },
  { code: 'DUTY_REPORT', name: '班子成员述职报告将意识形态工作作为重要内容（每人）', clause: '四(二)', origin: 'PLAN', recordKind: 'DUTY_REPORT', minCount: 1, period: 'YEAR', countPer: 'TEAM_MEMBER', appliesToKinds: ['BUREAU_COMMITTEE', 'PARTY_COMMITTEE'], requiredRecipients: [], requiredCopies: [] },
];

/** A local addition (not in the plan, which names no deadline): a new online channel is registered (备案) within 30 days of launch. */
export const CHANNEL_REGISTRATION_RULE = {
  code: 'CHANNEL_REGISTRATION', name: '新开设网络阵地30日内登记备案', clause: '', origin: 'LOCAL', ruleKind: 'CHANNEL_REGISTRATION', withinDays: 30,
  note: '方案三(四)12要求维护网络意识形态安全，未规定备案时限；30日为本局补充',
} as const;

const SEVERITY_NAMES: Record<RiskSeverity, string> = { CRITICAL: '重大风险', HIGH: '较大风险', MEDIUM: '一般风险', LOW: '较低风险' };

/** Local additions: a risk is handled within HANDLING_DAYS of its severity (the plan asks for 妥善处置 and names no deadline). */
export const RISK_HANDLING_RULES = (Object.keys(HANDLING_DAYS) as RiskSeverity[]).map((severity) => ({
  code: `RISK_HANDLING_${severity}`,
  name: `${SEVERITY_NAMES[severity]}${HANDLING_DAYS[severity]}日内处置`,
  clause: '',
  origin: 'LOCAL' as const,
  ruleKind: 'RISK_HANDLING' as const,
  severity,
  withinDays: HANDLING_DAYS[severity],
  note: '方案三(二)7、三(五)13要求妥善处置，未规定时限；按风险等级确定处置时限为本局补充',
}));

export async function seedObligationRules(tx: Tx, tenantId: string, rules: readonly RuleSpec[] = PLAN_2022_RULES) {
  await tx.obligationRule.createMany({
    data: [
      ...rules.map((r) => ({ ...r, tenantId, dueMonthDay: r.dueMonthDay ?? null })),
      { ...CHANNEL_REGISTRATION_RULE, tenantId },
      ...RISK_HANDLING_RULES.map((r) => ({ ...r, tenantId })),
    ],
    skipDuplicates: true,
  });
}

/** A bureau's handling days for a severity (its RISK_HANDLING rule; the shipped default without one). */
export async function riskHandlingDays(db: Db, tenantId: string, severity: RiskSeverity): Promise<number> {
  const rule = await db.obligationRule.findFirst({ where: { tenantId, ruleKind: 'RISK_HANDLING', severity, active: true }, select: { withinDays: true } });
  return rule?.withinDays ?? HANDLING_DAYS[severity];
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
  note: z.string().trim().max(500, 'is at most 500 characters'),
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
  note?: string | null;
  recordKind?: WorkRecordKind | null;
  minCount?: number | null;
  period?: ObligationPeriod | null;
  dueMonthDay?: string | null;
  appliesToKinds?: readonly OrgUnitKind[] | null;
  countPer?: ObligationCountBasis | null;
  requiredRecipients?: readonly DistrictRole[] | null;
  requiredCopies?: readonly DistrictRole[] | null;
  withinDays?: number | null;
  active?: boolean | null;
}

/**
 * Adds a local rule (本局补充) to the viewer's bureau (first or direct responsible person of the
 * bureau committee). Only the plan's own rules, seeded per bureau, carry origin PLAN; `clause` of a
 * local rule is at most the clause it serves.
 */
export async function createObligationRule(prisma: PrismaClient, viewer: Viewer, input: RuleInput & { code: string; name: string; recordKind: WorkRecordKind; minCount: number; period: ObligationPeriod }) {
  const person = bureauViewer(viewer);
  const data = {
    code: parseInput(ruleFields.shape.code, input.code, 'code'),
    name: parseInput(ruleFields.shape.name, input.name, 'name'),
    clause: parseInput(ruleFields.shape.clause, input.clause ?? '', 'clause'),
    note: parseInput(ruleFields.shape.note, input.note ?? '', 'note'),
    origin: 'LOCAL' as const,
    recordKind: input.recordKind,
    minCount: parseInput(ruleFields.shape.minCount, input.minCount, 'minCount'),
    period: input.period,
    dueMonthDay: checkDueMonthDay(input.dueMonthDay ?? null, input.period),
    appliesToKinds: [...new Set(input.appliesToKinds ?? [])],
    countPer: input.countPer ?? 'UNIT',
    requiredRecipients: [...new Set(input.requiredRecipients ?? [])],
    requiredCopies: [...new Set(input.requiredCopies ?? [])],
    active: input.active ?? true,
  };
  return inTransaction(prisma, async (tx) => {
    assertMayActOnBureau(person, 'SET_OBLIGATION_RULES');
    const clash = await tx.obligationRule.findUnique({ where: { tenantId_code: { tenantId: person.tenantId, code: data.code } } });
    if (clash) throw new DomainError('BAD_USER_INPUT', `a rule with code ${data.code} exists`, { field: 'code' });
    const rule = await tx.obligationRule.create({ data: { ...data, tenantId: person.tenantId } });
    await recordAudit(tx, viewer, { tenantId: rule.tenantId, action: 'obligationRule.create', entityType: 'ObligationRule', entityId: rule.id, after: rule });
    return rule;
  });
}

/**
 * What a bureau may change in a rule the plan states (origin PLAN); documented in docs/features.md.
 * - free: `name` (the wording) and `note`;
 * - only stricter than the plan: `minCount` (not below the plan's count), `dueMonthDay` (not later
 *   than the plan's due day; any day when the plan gives none), `appliesToKinds` (the plan's unit
 *   kinds stay; more may be added, or none = every kind), `requiredRecipients` and `requiredCopies`
 *   (the plan's addressees stay; more may be added);
 * - fixed: `clause`, `recordKind`, `period`, `countPer`, and `active` (a plan rule cannot be switched off).
 * The plan's values are those the bureau was seeded with (PLAN_2022_RULES, by code).
 * Local additions (origin LOCAL) are the bureau's own: every field may change.
 */
export const PLAN_RULE_FIXED_FIELDS = ['clause', 'recordKind', 'period', 'countPer'] as const;

function planBaseline(rule: ObligationRule): RuleSpec | ObligationRule {
  return PLAN_2022_RULES.find((r) => r.code === rule.code && r.origin === 'PLAN') ?? rule;
}

const weakened = (field: string, why: string) =>
  new DomainError('PLAN_RULE_WEAKENED', `${field}: 方案规定不得降低 (the plan's own rule cannot be weakened: ${why})`, { field, rule: 'PLAN_RULE_NOT_WEAKENED' });

/** Refuses an edit that would make a plan rule ask less than the plan does (see PLAN_RULE_FIXED_FIELDS). */
export function assertPlanRuleNotWeakened(rule: ObligationRule, input: RuleInput) {
  if (rule.origin !== 'PLAN') return;
  const plan = planBaseline(rule);
  for (const field of PLAN_RULE_FIXED_FIELDS) {
    const value = input[field];
    if (value != null && value !== (rule as Record<string, unknown>)[field]) throw weakened(field, 'fixed by the plan');
  }
  if (input.active === false) throw weakened('active', 'a rule of the plan cannot be switched off');
  if (input.minCount != null && plan.minCount != null && input.minCount < plan.minCount) throw weakened('minCount', `at least ${plan.minCount}`);
  if (input.dueMonthDay !== undefined && plan.dueMonthDay) {
    const due = input.dueMonthDay === '' ? null : input.dueMonthDay;
    if (due == null || due > plan.dueMonthDay) throw weakened('dueMonthDay', `${plan.dueMonthDay} or earlier`);
  }
  if (input.appliesToKinds != null && input.appliesToKinds.length && !plan.appliesToKinds.every((k) => input.appliesToKinds!.includes(k))) {
    throw weakened('appliesToKinds', `keeps ${plan.appliesToKinds.join(', ')}`);
  }
  for (const field of ['requiredRecipients', 'requiredCopies'] as const) {
    const value = input[field];
    if (value != null && !plan[field].every((r) => value.includes(r))) throw weakened(field, `keeps ${plan[field].join(', ')}`);
  }
}

/**
 * Edits a rule; each edit bumps its version and is audited with before and after. A counting rule
 * takes what to count, how often, for whom and to whom; the channel registration and risk handling
 * rules take their number of days. A field of the other kind is refused; a plan rule cannot be
 * weakened (assertPlanRuleNotWeakened).
 */
export async function updateObligationRule(prisma: PrismaClient, viewer: Viewer, ruleId: string, input: RuleInput): Promise<ObligationRule> {
  const person = bureauViewer(viewer);
  return inTransaction(prisma, async (tx) => {
    const rule = await tx.obligationRule.findFirst({ where: { id: ruleId, tenantId: person.tenantId } });
    if (!rule) throw notFound('obligation rule');
    assertMayActOnBureau(person, 'SET_OBLIGATION_RULES');
    assertPlanRuleNotWeakened(rule, input);
    const data: Prisma.ObligationRuleUpdateInput = { version: { increment: 1 } };
    if (input.name != null) data.name = parseInput(ruleFields.shape.name, input.name, 'name');
    if (input.clause != null) data.clause = parseInput(ruleFields.shape.clause, input.clause, 'clause');
    if (input.note != null) data.note = parseInput(ruleFields.shape.note, input.note, 'note');
    if (input.active != null) data.active = input.active;
    if (isCountingRule(rule)) {
      if (input.withinDays != null) throw new DomainError('BAD_USER_INPUT', 'withinDays: only the channel registration and risk handling rules count days', { field: 'withinDays' });
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
      if (input.countPer != null) data.countPer = input.countPer;
      if (input.requiredRecipients != null) data.requiredRecipients = [...new Set(input.requiredRecipients)];
      if (input.requiredCopies != null) data.requiredCopies = [...new Set(input.requiredCopies)];
    } else {
      const counting = (['recordKind', 'minCount', 'period', 'dueMonthDay', 'appliesToKinds', 'countPer', 'requiredRecipients', 'requiredCopies'] as const).find((f) => input[f] != null);
      if (counting) throw new DomainError('BAD_USER_INPUT', `${counting}: this rule counts days, not records`, { field: counting });
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

export type ComplianceStatus = 'MET' | 'LATE' | 'DUE_SOON' | 'OVERDUE' | 'NOT_YET_DUE';

/** How many days before a due date an unmet obligation is DUE_SOON (a local default, not the plan's). */
export const DUE_SOON_DAYS = 30;

/**
 * Which units to evaluate: the units a viewer's scope sees (the authz SQL fragment, scopeUnitSql),
 * units of one bureau (by id and/or whole subtrees), or whole bureaus.
 */
export type ComplianceSelection =
  | { scope: UnitScope }
  | { tenantId: string; unitIds?: readonly string[]; subtreeRoots?: readonly string[] }
  | { tenantIds: readonly string[] };

/** One team member's part of a per-person rule (countPer TEAM_MEMBER) in a period. */
export interface MemberCompliance {
  personId: string;
  counted: number;
  onTime: number;
  status: ComplianceStatus;
}

export interface PeriodCompliance {
  index: number;
  start: Date;
  end: Date;
  due: Date;
  required: number;
  counted: number;
  /** Of the records counted, those dated on or before the due date (per person: capped at each member's share). */
  onTime: number;
  status: ComplianceStatus;
  /** Per-person rules: the team members owing the period (holding a team post on its due day, or asOf if earlier). */
  members: MemberCompliance[];
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
  /** Their dates, 'YYYY-MM-DD', in the order of recordIds. */
  recordDates: string[];
  /** Per-person rules: team members who have not filed in a period begun by asOf (ids, no duplicates). */
  missingPersonIds: string[];
  /** 无佐证: of the records that count, those with no attachment (方案四(一): 留存佐证 is the ledger's evidence). */
  withoutEvidence: number;
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

/** How bad a status is, for the worst-of roll-up: a late period is done, but worse than one not yet due. */
const SEVERITY: Record<ComplianceStatus, number> = { MET: 0, NOT_YET_DUE: 1, LATE: 2, DUE_SOON: 3, OVERDUE: 4 };

/**
 * The status of one period as of a date (dates are China calendar days, see lib/dates): MET when
 * enough records count and enough of them are dated on or before the due day; LATE when enough
 * count only with records dated after it (done, not on time); otherwise OVERDUE after the due day,
 * DUE_SOON from 30 days before it up to and including it, NOT_YET_DUE before that.
 */
export function periodStatus(counted: number, required: number, due: Date, asOf: Date, onTime = counted): ComplianceStatus {
  if (counted >= required) return onTime >= required ? 'MET' : 'LATE';
  if (asOf.getTime() > due.getTime()) return 'OVERDUE';
  if (due.getTime() - asOf.getTime() <= DUE_SOON_DAYS * DAY) return 'DUE_SOON';
  return 'NOT_YET_DUE';
}

/** A rule's status: the worst status among the periods that have begun by asOf (none begun: NOT_YET_DUE). */
export function ruleStatus(periods: readonly PeriodCompliance[], asOf: Date): ComplianceStatus {
  const begun = periods.filter((p) => p.start.getTime() <= asOf.getTime());
  if (!begun.length) return 'NOT_YET_DUE';
  return worstStatus(begun.map((p) => p.status));
}

export function worstStatus(statuses: readonly ComplianceStatus[]): ComplianceStatus {
  return statuses.reduce<ComplianceStatus>((worst, s) => (SEVERITY[s] > SEVERITY[worst] ? s : worst), 'MET');
}

export interface CountRow {
  tenantId: string;
  unitId: string;
  ancestorIds: string[];
  ruleId: string;
  periodIndex: number;
  /** Per-person rules: the member the records are by (null: records naming no member, or a unit rule). */
  personId: string | null;
  count: number;
  recordIds: string[];
  /** The counted records' dates, 'YYYY-MM-DD', in the order of recordIds. */
  recordDates: string[];
  /** Of recordIds, those with no attachment (无佐证); absent in rows built without it (the benchmark's floor). */
  bareRecordIds?: string[];
}

export interface TeamPostRow { unitId: string; personId: string; startDate: Date; endDate: Date | null }

function unitFilter(selection: ComplianceSelection): Prisma.Sql {
  if ('tenantIds' in selection) return Prisma.sql`u."tenantId" = ANY(${[...selection.tenantIds]}::text[])`;
  if ('scope' in selection) return scopeUnitSql(selection.scope, 'u');
  const anyOf: Prisma.Sql[] = [];
  if (selection.unitIds?.length) anyOf.push(Prisma.sql`u."id" = ANY(${[...selection.unitIds]}::text[])`);
  if (selection.subtreeRoots?.length) anyOf.push(Prisma.sql`u."ancestorIds" && ${[...selection.subtreeRoots]}::text[]`);
  if (!anyOf.length) return Prisma.sql`FALSE`;
  return Prisma.sql`u."tenantId" = ${selection.tenantId} AND (${Prisma.join(anyOf, ' OR ')})`;
}

/** MONTHS_PER_PERIOD as an SQL VALUES list, so SQL reads the one TypeScript definition. */
const monthsPerPeriodSql = () =>
  Prisma.join(Object.entries(MONTHS_PER_PERIOD).map(([period, months]) => Prisma.sql`(${period}::text, ${months}::int)`));

/**
 * Whether a record reaches a rule's addressees: sent (主送) to every required recipient, and
 * reaching (主送 or 抄送) every required copy. A record only copied to the main addressee does not count.
 */
export function reachesAddressees(
  record: { sentTo: readonly DistrictRole[]; copiedTo: readonly DistrictRole[] },
  rule: { requiredRecipients: readonly DistrictRole[]; requiredCopies: readonly DistrictRole[] },
) {
  return rule.requiredRecipients.every((r) => record.sentTo.includes(r))
    && rule.requiredCopies.every((r) => record.sentTo.includes(r) || record.copiedTo.includes(r));
}

/**
 * Compliance of every (unit, active applicable rule) pair of a selection, for a year, as of a date.
 * Three SQL statements whatever the number of units, rules and records: one aggregate counts the
 * records per unit, rule, period (and member, for per-person rules) — a record counts when its kind
 * is the rule's, it is dated in the period up to asOf, and it reaches the rule's addressees (see
 * reachesAddressees; the SQL says the same); one reads the rules; one reads the team posts of the
 * units with per-person rules. Callers: the compliance queries, the reminders job, the district
 * view, exports, assessment indicators (`only.recordKinds` restricts the rules to those kinds).
 */
export async function complianceFor(
  db: Db, selection: ComplianceSelection, year: number, asOf: Date, only: { recordKinds?: readonly WorkRecordKind[] } = {},
): Promise<ComplianceEntry[]> {
  const kinds = only.recordKinds ? Prisma.sql`AND r."recordKind"::text = ANY(${[...only.recordKinds]}::text[])` : Prisma.empty;
  const yearStart = utc(year, 0, 1);
  const yearEnd = utc(year, 11, 31);
  const countUntil = asOf.getTime() < yearEnd.getTime() ? asOf : yearEnd;
  const rows = await db.$queryRaw<CountRow[]>`
    WITH units AS (
      SELECT u."tenantId", u."id", u."kind", u."ancestorIds" FROM "OrgUnit" u
       WHERE u."archivedAt" IS NULL AND ${unitFilter(selection)}
    ), pairs AS (
      SELECT u."tenantId", u."id" AS "unitId", u."ancestorIds", r."id" AS "ruleId", r."recordKind",
             r."requiredRecipients", r."requiredCopies", r."countPer", m."months"
        FROM units u
        JOIN "ObligationRule" r ON r."tenantId" = u."tenantId" AND r."active" AND r."ruleKind" = 'RECORD_COUNT'
             AND (cardinality(r."appliesToKinds") = 0 OR u."kind" = ANY(r."appliesToKinds")) ${kinds}
        JOIN (VALUES ${monthsPerPeriodSql()}) AS m("period", "months") ON m."period" = r."period"::text
    )
    SELECT p."tenantId", p."unitId", p."ancestorIds", p."ruleId",
           COALESCE((extract(month FROM w."date")::int - 1) / p."months", -1)::int AS "periodIndex",
           CASE WHEN p."countPer" = 'TEAM_MEMBER' THEN w."personId" END AS "personId",
           count(w."id")::int AS "count",
           array_remove(array_agg(w."id" ORDER BY w."date", w."id"), NULL) AS "recordIds",
           array_remove(array_agg(to_char(w."date", 'YYYY-MM-DD') ORDER BY w."date", w."id"), NULL) AS "recordDates",
           array_remove(array_agg(CASE WHEN NOT EXISTS (SELECT 1 FROM "Attachment" a WHERE a."workRecordId" = w."id") THEN w."id" END), NULL) AS "bareRecordIds"
      FROM pairs p
      LEFT JOIN "WorkRecord" w
        ON w."tenantId" = p."tenantId" AND w."unitId" = p."unitId" AND w."kind" = p."recordKind"
       AND w."date" >= ${yearStart}::date AND w."date" <= ${countUntil}::date
       AND w."sentTo" @> p."requiredRecipients"
       AND (w."sentTo" || w."copiedTo") @> p."requiredCopies"
     GROUP BY 1, 2, 3, 4, 5, 6`;
  if (!rows.length) return [];
  const ruleIds = [...new Set(rows.map((r) => r.ruleId))];
  const rules = new Map((await db.obligationRule.findMany({ where: { id: { in: ruleIds } } })).filter(isCountingRule).map((r) => [r.id, r]));
  const perPersonUnits = [...new Set(rows.filter((r) => rules.get(r.ruleId)?.countPer === 'TEAM_MEMBER').map((r) => r.unitId))];
  const posts: TeamPostRow[] = perPersonUnits.length
    ? await db.post.findMany({
      where: {
        unitId: { in: perPersonUnits }, role: { in: [...TEAM_ROLES] }, startDate: { lte: countUntil },
        OR: [{ endDate: null }, { endDate: { gt: yearStart } }],
      },
      select: { unitId: true, personId: true, startDate: true, endDate: true },
      orderBy: [{ startDate: 'asc' }, { personId: 'asc' }],
    })
    : [];
  return evaluateCompliance(rows, rules, posts, year, asOf);
}

/**
 * The pure half of complianceFor: periods, statuses and missing members from the counted rows, the
 * rules and the team posts (also used by the benchmark's hand-written floor server, so that both
 * sides compute the same figures).
 */
export function evaluateCompliance(
  rows: readonly CountRow[], rules: ReadonlyMap<string, CountingRule>, posts: readonly TeamPostRow[], year: number, asOf: Date,
): ComplianceEntry[] {
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
    const perPerson = rule.countPer === 'TEAM_MEMBER';
    const unitPosts = perPerson ? posts.filter((p) => p.unitId === first.unitId) : [];
    const periods: PeriodCompliance[] = periodsOf(rule, year).map((p) => {
      const inPeriod = pairRows.filter((r) => r.periodIndex === p.index);
      const due = p.due.toISOString().slice(0, 10);
      const onTimeOf = (rs: readonly CountRow[]) => rs.reduce((sum, r) => sum + r.recordDates.filter((d) => d <= due).length, 0);
      if (!perPerson) {
        const counted = inPeriod.reduce((sum, r) => sum + r.count, 0);
        const onTime = onTimeOf(inPeriod);
        return { ...p, required: rule.minCount, counted, onTime, status: periodStatus(counted, rule.minCount, p.due, asOf, onTime), members: [] };
      }
      // The team that owes the period: those holding a team post on its due day (or on asOf, if earlier; never before the period starts).
      const onDay = new Date(Math.max(p.start.getTime(), Math.min(p.due.getTime(), asOf.getTime())));
      const memberIds = [...new Set(unitPosts
        .filter((post) => post.startDate.getTime() <= onDay.getTime() && (!post.endDate || post.endDate.getTime() > onDay.getTime()))
        .map((post) => post.personId))];
      const members = memberIds.map((personId): MemberCompliance => {
        const own = inPeriod.filter((r) => r.personId === personId);
        const counted = Math.min(own.reduce((sum, r) => sum + r.count, 0), rule.minCount);
        const onTime = Math.min(onTimeOf(own), rule.minCount);
        return { personId, counted, onTime, status: periodStatus(counted, rule.minCount, p.due, asOf, onTime) };
      });
      const required = rule.minCount * members.length;
      const counted = members.reduce((sum, m) => sum + m.counted, 0);
      const onTime = members.reduce((sum, m) => sum + m.onTime, 0);
      return { ...p, required, counted, onTime, status: periodStatus(counted, required, p.due, asOf, onTime), members };
    });
    const begun = periods.filter((p) => p.start.getTime() <= asOf.getTime());
    const counting = pairRows
      .filter((r) => !perPerson || (r.personId !== null && unitPosts.some((post) => post.personId === r.personId)))
      .sort((a, b) => a.periodIndex - b.periodIndex || (a.recordDates[0] ?? '').localeCompare(b.recordDates[0] ?? ''));
    const recordIds = counting.flatMap((r) => r.recordIds);
    const bare = new Set(counting.flatMap((r) => r.bareRecordIds ?? []));
    entries.push({
      tenantId: first.tenantId,
      unitId: first.unitId,
      ancestorIds: first.ancestorIds,
      rule,
      year,
      asOf,
      required: periods.reduce((sum, p) => sum + p.required, 0),
      counted: periods.reduce((sum, p) => sum + p.counted, 0),
      status: ruleStatus(periods, asOf),
      periods,
      recordIds,
      withoutEvidence: recordIds.filter((id) => bare.has(id)).length,
      recordDates: counting.flatMap((r) => r.recordDates),
      missingPersonIds: [...new Set(begun.flatMap((p) => p.members.filter((m) => m.counted < rule.minCount).map((m) => m.personId)))],
    });
  }
  return entries.sort((a, b) => a.unitId.localeCompare(b.unitId) || a.rule.code.localeCompare(b.rule.code));
}

export interface ComplianceTally {
  met: number;
  late: number;
  dueSoon: number;
  overdue: number;
  notYetDue: number;
  total: number;
}

export function tally(entries: readonly { status: ComplianceStatus }[]): ComplianceTally {
  const t = { met: 0, late: 0, dueSoon: 0, overdue: 0, notYetDue: 0, total: entries.length };
  for (const e of entries) {
    if (e.status === 'MET') t.met++;
    else if (e.status === 'LATE') t.late++;
    else if (e.status === 'DUE_SOON') t.dueSoon++;
    else if (e.status === 'OVERDUE') t.overdue++;
    else t.notYetDue++;
  }
  return t;
}
