import { z } from 'zod';
import { inForceDuring } from '../../authz/in-force.js';
import { bureauViewer } from '../../authz/guards.js';
import type { UnitScope, Viewer } from '../../authz/scope.js';
import { scopeUnitSql } from '../../authz/visibility.js';
import type { PrismaClient } from '../../db/client.js';
import { inTransaction, type Tx } from '../../db/transaction.js';
import { DomainError, notFound } from '../../errors.js';
import { Prisma, type ObligationRule, type ObligationRuleVersion } from '../../generated/prisma/client.js';
import { chinaDateSql, todayInChina } from '../../lib/dates.js';
import type {
  DistrictRole, ObligationCountBasis, ObligationPeriod, ObligationRuleOrigin, OrgUnitKind, RiskSeverity, WorkRecordKind,
} from '../../generated/prisma/enums.js';
import { parseInput } from '../../lib/validation.js';
import { RISK_SEVERITY_NAMES, type ComplianceStatus } from '../../lib/labels.js';
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


/** Local additions: a risk is handled within HANDLING_DAYS of its severity (the plan asks for 妥善处置 and names no deadline). */
export const RISK_HANDLING_RULES = (Object.keys(HANDLING_DAYS) as RiskSeverity[]).map((severity) => ({
  code: `RISK_HANDLING_${severity}`,
  name: `${RISK_SEVERITY_NAMES[severity]}风险${HANDLING_DAYS[severity]}日内处置`,
  clause: '',
  origin: 'LOCAL' as const,
  ruleKind: 'RISK_HANDLING' as const,
  severity,
  withinDays: HANDLING_DAYS[severity],
  note: '方案三(二)7、三(五)13要求妥善处置，未规定时限；按风险等级确定处置时限为本局补充',
}));

/** The year the shipped rules are in force from: the plan was issued on 2022-09-06. */
export const PLAN_RULES_FROM_YEAR = 2022;

/**
 * 三(三)11: the 专项督查 is carried out by 区委宣传部 (每年接受1次区委宣传部门…专项督查): the bureau's
 * INSPECTION rule is the district's to do (see `awaiting`).
 */
const PERFORMED_BY: Partial<Record<string, DistrictRole>> = { INSPECTION: 'PROPAGANDA_DEPARTMENT' };

export async function seedObligationRules(tx: Tx, tenantId: string, rules: readonly RuleSpec[] = PLAN_2022_RULES) {
  const created = await tx.obligationRule.createManyAndReturn({
    data: [
      ...rules.map((r) => ({ ...r, tenantId, dueMonthDay: r.dueMonthDay ?? null, performedByRole: r.origin === 'PLAN' ? PERFORMED_BY[r.code] ?? null : null })),
      { ...CHANNEL_REGISTRATION_RULE, tenantId },
      ...RISK_HANDLING_RULES.map((r) => ({ ...r, tenantId })),
    ],
    skipDuplicates: true,
  });
  await tx.obligationRuleVersion.createMany({ data: created.map((r) => ({ ...versionFieldsOf(r), tenantId, ruleId: r.id, fromYear: PLAN_RULES_FROM_YEAR })) });
}

/** The fields a rule version carries, from a rule (row or merged). */
function versionFieldsOf(r: ObligationRule) {
  return {
    name: r.name, recordKind: r.recordKind, minCount: r.minCount, period: r.period, dueMonthDay: r.dueMonthDay, internalDueMonthDay: r.internalDueMonthDay,
    withinDays: r.withinDays, appliesToKinds: r.appliesToKinds, requiredRecipients: r.requiredRecipients, requiredCopies: r.requiredCopies,
    countPer: r.countPer, active: r.active,
  };
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

/** A stricter internal due day: a valid day of the period, not after the rule's own due day. */
function checkInternalDue(value: string | null, period: ObligationPeriod, due: string | null) {
  const internal = checkDueMonthDay(value === '' ? null : value, period);
  if (internal && due && internal > due) {
    throw new DomainError('BAD_USER_INPUT', `internalDueMonthDay: on or before the due day ${due}`, { field: 'internalDueMonthDay' });
  }
  return internal;
}

/**
 * DOMAIN.md §7 (rules are versioned by year): an edit takes effect from the current year (China
 * calendar) or a later one it names; a closed year keeps the version it was judged by.
 */
export function effectiveYear(requested: number | null | undefined, now: Date): number {
  const current = todayInChina(now).getUTCFullYear();
  const year = requested ?? current;
  if (!Number.isInteger(year) || year < current || year > 2100) {
    throw new DomainError('RULE_EFFECTIVE_YEAR_REFUSED', `effectiveFromYear ${year}: ${current} or later`, { field: 'effectiveFromYear' });
  }
  return year;
}

export interface RuleInput {
  /** 生效年度: the first year the edit applies to (default: the current year; never a closed year). */
  effectiveFromYear?: number | null;
  internalDueMonthDay?: string | null;
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
export async function createObligationRule(
  prisma: PrismaClient, viewer: Viewer, input: RuleInput & { code: string; name: string; recordKind: WorkRecordKind; minCount: number; period: ObligationPeriod }, now: Date = new Date(),
) {
  const person = bureauViewer(viewer);
  const fromYear = effectiveYear(input.effectiveFromYear, now);
  const dueMonthDay = checkDueMonthDay(input.dueMonthDay ?? null, input.period);
  const data = {
    code: parseInput(ruleFields.shape.code, input.code, 'code'),
    name: parseInput(ruleFields.shape.name, input.name, 'name'),
    clause: parseInput(ruleFields.shape.clause, input.clause ?? '', 'clause'),
    note: parseInput(ruleFields.shape.note, input.note ?? '', 'note'),
    origin: 'LOCAL' as const,
    recordKind: input.recordKind,
    minCount: parseInput(ruleFields.shape.minCount, input.minCount, 'minCount'),
    period: input.period,
    dueMonthDay,
    internalDueMonthDay: checkInternalDue(input.internalDueMonthDay ?? null, input.period, dueMonthDay),
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
    // A new rule is in force from its first year on; years before it never had it.
    await tx.obligationRuleVersion.create({ data: { ...versionFieldsOf(rule), tenantId: rule.tenantId, ruleId: rule.id, fromYear } });
    await recordAudit(tx, viewer, { tenantId: rule.tenantId, action: 'obligationRule.create', entityType: 'ObligationRule', entityId: rule.id, after: { ...rule, fromYear } });
    return rule;
  });
}

/**
 * What a bureau may change in a rule the plan states (origin PLAN); DOMAIN.md §7 and docs/years.md.
 * - free: `name` (the wording) and `note`;
 * - only stricter than the plan: `minCount` (not below the plan's count; the district still judges
 *   by the plan's), `appliesToKinds` (the plan's unit kinds stay; more may be added, or none = every
 *   kind), `requiredRecipients` and `requiredCopies` (the plan's addressees stay; more may be added),
 *   `internalDueMonthDay` (a stricter internal date of its own, on or before the plan's);
 * - fixed: `clause`, `recordKind`, `period`, `countPer`, `dueMonthDay` (the plan's date, e.g. 四(一)'s
 *   12-10: not moved, not even earlier — that is what internalDueMonthDay is for), and `active`.
 * The plan's values are those the bureau was seeded with (PLAN_2022_RULES, by code).
 * Local additions (origin LOCAL) are the bureau's own: every field may change.
 */
export const PLAN_RULE_FIXED_FIELDS = ['clause', 'recordKind', 'period', 'countPer'] as const;

export function planBaseline(rule: Pick<ObligationRule, 'code' | 'origin'> & Partial<ObligationRule>): Partial<RuleSpec> {
  return PLAN_2022_RULES.find((r) => r.code === rule.code && r.origin === 'PLAN') ?? (rule as Partial<RuleSpec>);
}

const weakened = (field: string, why: string) =>
  new DomainError('PLAN_RULE_WEAKENED', `${field}: 方案规定不得降低或变更 (the plan's own rule cannot be weakened or moved: ${why})`, { field, rule: 'PLAN_RULE_NOT_WEAKENED' });

/** Refuses an edit that would make a plan rule ask less than the plan does, or move its date (see PLAN_RULE_FIXED_FIELDS). */
export function assertPlanRuleNotWeakened(rule: ObligationRule, input: RuleInput) {
  if (rule.origin !== 'PLAN') return;
  const plan = planBaseline(rule);
  for (const field of PLAN_RULE_FIXED_FIELDS) {
    const value = input[field];
    if (value != null && value !== (rule as Record<string, unknown>)[field]) throw weakened(field, 'fixed by the plan');
  }
  if (input.active === false) throw weakened('active', 'a rule of the plan cannot be switched off');
  if (input.minCount != null && plan.minCount != null && input.minCount < plan.minCount) throw weakened('minCount', `at least ${plan.minCount}`);
  if (input.dueMonthDay !== undefined && (input.dueMonthDay === '' ? null : input.dueMonthDay) !== (plan.dueMonthDay ?? null)) {
    throw weakened('dueMonthDay', `the plan's ${plan.dueMonthDay ?? 'end of the period'} stays; a stricter date of the bureau's own is internalDueMonthDay`);
  }
  if (input.appliesToKinds != null && input.appliesToKinds.length && !(plan.appliesToKinds ?? []).every((k) => input.appliesToKinds!.includes(k))) {
    throw weakened('appliesToKinds', `keeps ${(plan.appliesToKinds ?? []).join(', ')}`);
  }
  for (const field of ['requiredRecipients', 'requiredCopies'] as const) {
    const value = input[field];
    if (value != null && !(plan[field] ?? []).every((r) => value.includes(r))) throw weakened(field, `keeps ${(plan[field] ?? []).join(', ')}`);
  }
}

/**
 * Edits a rule from a year on (DOMAIN.md §7: rules are versioned by year). The edit applies to the
 * version in force in `effectiveFromYear` (default: the current year; a closed year is refused) and
 * writes that year's version — one per rule and year (unique index); later versions stay as they
 * are. The rule row, which the API lists and the day-counting rules read, follows an edit of the
 * current year. Reads then writes: the rule row's version number is the optimistic lock, so of two
 * edits at once one wins and the other answers CONFLICT. A counting rule takes what to count, how
 * often, for whom and to whom; the channel registration and risk handling rules take their number
 * of days. A field of the other kind is refused; a plan rule cannot be weakened or moved
 * (assertPlanRuleNotWeakened). Audited with before and after.
 */
export async function updateObligationRule(prisma: PrismaClient, viewer: Viewer, ruleId: string, input: RuleInput, now: Date = new Date()): Promise<ObligationRule> {
  const person = bureauViewer(viewer);
  const fromYear = effectiveYear(input.effectiveFromYear, now);
  const currentYear = todayInChina(now).getUTCFullYear();
  return inTransaction(prisma, async (tx) => {
    const rule = await tx.obligationRule.findFirst({ where: { id: ruleId, tenantId: person.tenantId } });
    if (!rule) throw notFound('obligation rule');
    assertMayActOnBureau(person, 'SET_OBLIGATION_RULES');
    assertPlanRuleNotWeakened(rule, input);
    const base = await tx.obligationRuleVersion.findFirst({ where: { ruleId: rule.id, fromYear: { lte: fromYear } }, orderBy: { fromYear: 'desc' } });
    // The rule as it stands in that year; the edit changes that.
    const before = ruleInForce(rule, base ?? versionFieldsOf(rule));
    const data: Partial<ObligationRule> = {};
    if (input.name != null) data.name = parseInput(ruleFields.shape.name, input.name, 'name');
    if (input.active != null) data.active = input.active;
    if (isCountingRule(before)) {
      if (input.withinDays != null) throw new DomainError('BAD_USER_INPUT', 'withinDays: only the channel registration and risk handling rules count days', { field: 'withinDays' });
      const period = input.period ?? before.period;
      if (input.recordKind != null) data.recordKind = input.recordKind;
      if (input.minCount != null) data.minCount = parseInput(ruleFields.shape.minCount, input.minCount, 'minCount');
      if (input.period != null) data.period = input.period;
      // A due day is relative to the period: re-check it (and the internal one) when either changes. '' clears it.
      if (input.dueMonthDay !== undefined || input.period != null) {
        const due = input.dueMonthDay === undefined ? before.dueMonthDay : input.dueMonthDay === '' ? null : input.dueMonthDay;
        data.dueMonthDay = checkDueMonthDay(due, period);
      }
      if (input.internalDueMonthDay !== undefined || data.dueMonthDay !== undefined) {
        const internal = input.internalDueMonthDay === undefined ? before.internalDueMonthDay : input.internalDueMonthDay;
        data.internalDueMonthDay = checkInternalDue(internal, period, data.dueMonthDay !== undefined ? data.dueMonthDay : before.dueMonthDay);
      }
      if (input.appliesToKinds != null) data.appliesToKinds = [...new Set(input.appliesToKinds)];
      if (input.countPer != null) data.countPer = input.countPer;
      if (input.requiredRecipients != null) data.requiredRecipients = [...new Set(input.requiredRecipients)];
      if (input.requiredCopies != null) data.requiredCopies = [...new Set(input.requiredCopies)];
    } else {
      const counting = (['recordKind', 'minCount', 'period', 'dueMonthDay', 'internalDueMonthDay', 'appliesToKinds', 'countPer', 'requiredRecipients', 'requiredCopies'] as const).find((f) => input[f] != null);
      if (counting) throw new DomainError('BAD_USER_INPUT', `${counting}: this rule counts days, not records`, { field: counting });
      if (input.withinDays != null) data.withinDays = parseInput(ruleFields.shape.withinDays, input.withinDays, 'withinDays');
    }
    const rowData: Prisma.ObligationRuleUpdateManyMutationInput = { version: { increment: 1 } };
    if (input.clause != null) rowData.clause = parseInput(ruleFields.shape.clause, input.clause, 'clause');
    if (input.note != null) rowData.note = parseInput(ruleFields.shape.note, input.note, 'note');
    if (fromYear === currentYear) Object.assign(rowData, data);
    const changed = await tx.obligationRule.updateMany({ where: { id: rule.id, version: rule.version }, data: rowData });
    if (changed.count !== 1) throw new DomainError('CONFLICT', 'the rule changed meanwhile; reload it');
    const version = versionFieldsOf({ ...before, ...data });
    const saved = await tx.obligationRuleVersion.upsert({
      where: { ruleId_fromYear: { ruleId: rule.id, fromYear } },
      create: { ...version, tenantId: rule.tenantId, ruleId: rule.id, fromYear },
      update: version,
    });
    const updated = await tx.obligationRule.findUniqueOrThrow({ where: { id: rule.id } });
    await recordAudit(tx, viewer, {
      tenantId: rule.tenantId, action: 'obligationRule.update', entityType: 'ObligationRule', entityId: rule.id,
      before: { ...before, fromYear: base?.fromYear ?? null }, after: { ...ruleInForce(updated, saved), fromYear },
    });
    return updated;
  });
}

// ---------------------------------------------------------------------------------------------
// Compliance

export type { ComplianceStatus };

/**
 * 三(三)11: the yearly 专项督查 is 区委宣传部's duty (rule.performedByRole), not the bureau's: an unmet
 * period that would be DUE_SOON or OVERDUE awaits the district instead — the bureau is not marked
 * overdue and not reminded; the district role's accounts are (reminders.ts).
 */
export function awaiting(rule: { performedByRole: DistrictRole | null }, status: ComplianceStatus): ComplianceStatus {
  return rule.performedByRole && (status === 'DUE_SOON' || status === 'OVERDUE') ? 'AWAITING_DISTRICT' : status;
}

export interface ComplianceOptions {
  /** Only the rules counting these record kinds. */
  recordKinds?: readonly WorkRecordKind[];
  /**
   * Whose yardstick: the bureau's own (its versions, with any count it raised; default), or the
   * plan's (the district's overview, DOMAIN.md §7): a PLAN rule is judged by the plan's count and
   * due day whatever the bureau made of it.
   */
  yardstick?: 'BUREAU' | 'PLAN';
}

type RuleVersionFields = Pick<ObligationRuleVersion, 'name' | 'recordKind' | 'minCount' | 'period' | 'dueMonthDay' | 'internalDueMonthDay' | 'withinDays' | 'appliesToKinds' | 'requiredRecipients' | 'requiredCopies' | 'countPer' | 'active'>;

/**
 * A rule as it stands in a year: the rule row overlaid with its version in force then (a rule with
 * no version yet that year did not exist: inactive). With the PLAN yardstick, a plan rule takes the
 * plan's own count and due day, and no internal date.
 */
export function ruleInForce(rule: ObligationRule, version: RuleVersionFields | undefined, yardstick: 'BUREAU' | 'PLAN' = 'BUREAU'): ObligationRule {
  if (!version) return { ...rule, active: false };
  const inForce: ObligationRule = {
    ...rule, name: version.name, recordKind: version.recordKind, minCount: version.minCount, period: version.period, dueMonthDay: version.dueMonthDay,
    internalDueMonthDay: version.internalDueMonthDay, withinDays: version.withinDays, appliesToKinds: version.appliesToKinds,
    requiredRecipients: version.requiredRecipients, requiredCopies: version.requiredCopies, countPer: version.countPer, active: version.active,
  };
  if (yardstick === 'PLAN' && rule.origin === 'PLAN') {
    const plan = planBaseline(rule);
    return { ...inForce, minCount: plan.minCount ?? inForce.minCount, dueMonthDay: plan.dueMonthDay ?? null, internalDueMonthDay: null };
  }
  return inForce;
}

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
  /** 本局内部时限: the bureau's stricter internal due day for a plan rule (null without one), and the status against it. */
  internalDue: Date | null;
  internalStatus: ComplianceStatus | null;
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
export function periodsOf(rule: Pick<CountingRule, 'period' | 'dueMonthDay'> & { internalDueMonthDay?: string | null }, year: number) {
  const months = MONTHS_PER_PERIOD[rule.period];
  return Array.from({ length: 12 / months }, (_, index) => {
    const firstMonth = index * months;
    const start = utc(year, firstMonth, 1);
    const end = utc(year, firstMonth + months - 1, lastDayOfMonth(year, firstMonth + months - 1));
    const dayOf = (monthDay: string) => {
      const m0 = firstMonth + Number(monthDay.slice(0, 2)) - 1;
      return utc(year, m0, Math.min(Number(monthDay.slice(3)), lastDayOfMonth(year, m0)));
    };
    const due = rule.dueMonthDay ? dayOf(rule.dueMonthDay) : end;
    const internalDue = rule.internalDueMonthDay ? dayOf(rule.internalDueMonthDay) : null;
    return { index, start, end, due, internalDue };
  });
}

/** How bad a status is, for the worst-of roll-up: a late period is done, but worse than one not yet due. */
const SEVERITY: Record<ComplianceStatus, number> = { MET: 0, NOT_YET_DUE: 1, AWAITING_DISTRICT: 2, LATE: 3, DUE_SOON: 4, OVERDUE: 5 };

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
  /** The days they were filed (填报时间, China calendar day), 'YYYY-MM-DD', in the order of recordIds. */
  filedDates: string[];
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
 * Compliance of every (unit, active applicable rule) pair of a selection, for a year, as of a date.
 * Three SQL statements whatever the number of units, rules and records: one aggregate counts the
 * records per unit, rule, period (and member, for per-person rules) — a record counts when its kind
 * is the rule's, it is dated in the period up to asOf, and it reaches the rule's addressees (sent
 * (主送) to every required recipient, and sent or copied (抄送) to every required copy); one reads the
 * rules; one reads the team posts of the
 * units with per-person rules. Callers: the compliance queries, the reminders job, the district
 * view, exports, assessment indicators (`only.recordKinds` restricts the rules to those kinds).
 */
export async function complianceFor(
  db: Db, selection: ComplianceSelection, year: number, asOf: Date, only: ComplianceOptions = {},
): Promise<ComplianceEntry[]> {
  const kinds = only.recordKinds ? Prisma.sql`AND v."recordKind"::text = ANY(${[...only.recordKinds]}::text[])` : Prisma.empty;
  const yearStart = utc(year, 0, 1);
  const yearEnd = utc(year, 11, 31);
  const countUntil = asOf.getTime() < yearEnd.getTime() ? asOf : yearEnd;
  // A record counts for its reporting year (所属年度) once filed (填报时间, China calendar day) by asOf;
  // its date (the meeting's) places it in a period of that year. The rule is the version in force that year.
  const rows = await db.$queryRaw<CountRow[]>`
    WITH units AS (
      SELECT u."tenantId", u."id", u."kind", u."ancestorIds" FROM "OrgUnit" u
       WHERE u."archivedAt" IS NULL AND ${unitFilter(selection)}
    ), versions AS (
      SELECT DISTINCT ON (v."ruleId") v.* FROM "ObligationRuleVersion" v
       WHERE v."tenantId" IN (SELECT DISTINCT "tenantId" FROM units) AND v."fromYear" <= ${year}::int
       ORDER BY v."ruleId", v."fromYear" DESC
    ), pairs AS (
      SELECT u."tenantId", u."id" AS "unitId", u."ancestorIds", r."id" AS "ruleId", v."recordKind",
             v."requiredRecipients", v."requiredCopies", v."countPer", m."months"
        FROM units u
        JOIN "ObligationRule" r ON r."tenantId" = u."tenantId" AND r."ruleKind" = 'RECORD_COUNT'
        JOIN versions v ON v."ruleId" = r."id" AND v."active"
             AND (cardinality(v."appliesToKinds") = 0 OR u."kind" = ANY(v."appliesToKinds")) ${kinds}
        JOIN (VALUES ${monthsPerPeriodSql()}) AS m("period", "months") ON m."period" = v."period"::text
    ), counted AS (
      SELECT w.*, ${chinaDateSql('w', 'filedAt')} AS "filedOn" FROM "WorkRecord" w
       WHERE w."tenantId" IN (SELECT DISTINCT "tenantId" FROM units) AND w."reportingYear" = ${year}::int
    )
    SELECT p."tenantId", p."unitId", p."ancestorIds", p."ruleId",
           COALESCE((CASE WHEN w."date" < ${yearStart}::date THEN 0 WHEN w."date" > ${yearEnd}::date THEN 11
                          ELSE extract(month FROM w."date")::int - 1 END) / p."months", -1)::int AS "periodIndex",
           CASE WHEN p."countPer" = 'TEAM_MEMBER' THEN w."personId" END AS "personId",
           count(w."id")::int AS "count",
           array_remove(array_agg(w."id" ORDER BY w."date", w."id"), NULL) AS "recordIds",
           array_remove(array_agg(to_char(w."date", 'YYYY-MM-DD') ORDER BY w."date", w."id"), NULL) AS "recordDates",
           array_remove(array_agg(to_char(w."filedOn", 'YYYY-MM-DD') ORDER BY w."date", w."id"), NULL) AS "filedDates",
           array_remove(array_agg(CASE WHEN NOT EXISTS (SELECT 1 FROM "Attachment" a WHERE a."workRecordId" = w."id") THEN w."id" END), NULL) AS "bareRecordIds"
      FROM pairs p
      LEFT JOIN counted w
        ON w."tenantId" = p."tenantId" AND w."unitId" = p."unitId" AND w."kind" = p."recordKind"
       AND w."filedOn" <= ${asOf}::date
       AND w."sentTo" @> p."requiredRecipients"
       AND (w."sentTo" || w."copiedTo") @> p."requiredCopies"
     GROUP BY 1, 2, 3, 4, 5, 6`;
  if (!rows.length) return [];
  const ruleIds = [...new Set(rows.map((r) => r.ruleId))];
  const found = await db.obligationRule.findMany({
    where: { id: { in: ruleIds } },
    include: { versions: { where: { fromYear: { lte: year } }, orderBy: { fromYear: 'desc' }, take: 1 } },
  });
  const rules = new Map(found.map((r) => ruleInForce(r, r.versions[0], only.yardstick)).filter(isCountingRule).map((r) => [r.id, r]));
  const perPersonUnits = [...new Set(rows.filter((r) => rules.get(r.ruleId)?.countPer === 'TEAM_MEMBER').map((r) => r.unitId))];
  const posts: TeamPostRow[] = perPersonUnits.length
    ? await db.post.findMany({
      where: {
        unitId: { in: perPersonUnits }, role: { in: [...TEAM_ROLES] }, ...inForceDuring(yearStart, countUntil),
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
      // On time: filed (the server's clock, China day) by the due day — not the date the bureau types in.
      const onTimeOf = (rs: readonly CountRow[], by = due) => rs.reduce((sum, r) => sum + r.filedDates.filter((d) => d <= by).length, 0);
      const internalDue = p.internalDue?.toISOString().slice(0, 10);
      if (!perPerson) {
        const counted = inPeriod.reduce((sum, r) => sum + r.count, 0);
        const onTime = onTimeOf(inPeriod);
        const internalStatus = p.internalDue ? awaiting(rule, periodStatus(counted, rule.minCount, p.internalDue, asOf, onTimeOf(inPeriod, internalDue))) : null;
        return { ...p, required: rule.minCount, counted, onTime, status: awaiting(rule, periodStatus(counted, rule.minCount, p.due, asOf, onTime)), internalStatus, members: [] };
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
      return { ...p, required, counted, onTime, status: periodStatus(counted, required, p.due, asOf, onTime), internalStatus: null, members };
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
  awaitingDistrict: number;
  total: number;
}

export function tally(entries: readonly { status: ComplianceStatus }[]): ComplianceTally {
  const t = { met: 0, late: 0, dueSoon: 0, overdue: 0, notYetDue: 0, awaitingDistrict: 0, total: entries.length };
  for (const e of entries) {
    if (e.status === 'MET') t.met++;
    else if (e.status === 'LATE') t.late++;
    else if (e.status === 'DUE_SOON') t.dueSoon++;
    else if (e.status === 'OVERDUE') t.overdue++;
    else if (e.status === 'AWAITING_DISTRICT') t.awaitingDistrict++;
    else t.notYetDue++;
  }
  return t;
}
