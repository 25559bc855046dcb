import { assertMayAct, type Action, type ActionUnit } from '../../authz/actions.js';
import type { Viewer } from '../../authz/scope.js';
import type { PrismaClient } from '../../db/client.js';
import type { Tx } from '../../db/transaction.js';
import { DomainError } from '../../errors.js';
import { RISK_CLASS_NAMES, RISK_SEVERITY_NAMES, RISK_STAGE_NAMES } from '../../lib/labels.js';
import type { RiskClass, RiskSeverity, RiskStage } from '../../generated/prisma/enums.js';

/**
 * The risk lifecycle of task 7 (动态监测 → 精准研判 → 及早预警 → 妥善处置), as data: which moves
 * exist for a risk of a given class and severity (task 13), and who may make each. The database
 * holds the same moves in the table `RiskLifecycleMove` and the trigger `Risk_lifecycle_rule`
 * refuses any other (a test checks the two agree, cell by cell); this table also says who.
 *
 * Who makes a move is the action of its target stage in src/authz/actions.ts (`MOVE_ACTION`):
 * reporting (REPORT_RISK) is anyone's who sees the unit; assessing, warning and handling belong to
 * those who answer for the unit — its first and direct responsible people and the dual-duty
 * member whose 分管 scope holds it (一岗双责); closing and dismissing to the first and direct
 * responsible people only. A plain branch member sees the risk but does not move it.
 */
export type RiskActor = 'leader';

/** The action (src/authz/actions.ts) a move to each stage is. */
export const MOVE_ACTION: Readonly<Record<Exclude<RiskStage, 'MONITORED'>, Action>> = {
  ASSESSED: 'ASSESS_RISK',
  WARNED: 'WARN_RISK',
  HANDLED: 'HANDLE_RISK',
  CLOSED: 'CLOSE_RISK',
  DISMISSED: 'DISMISS_RISK',
};

export const TERMINAL_STAGES: readonly RiskStage[] = ['CLOSED', 'DISMISSED'];
export const OPEN_STAGES: readonly RiskStage[] = ['MONITORED', 'ASSESSED', 'WARNED'];

type Moves = Readonly<Record<RiskStage, Partial<Record<RiskStage, RiskActor>>>>;

/**
 * Whether a warning (及早预警, which alerts every responsible person up to the bureau secretary)
 * must come before handling. The distinction of classes is the plan's (三(五)13 注意区分政治原则问题、思想认识问题、
 * 学术观点问题); the thresholds below are LOCAL — a practice of the bureau, not a clause of the plan (issue 21
 * item 9; making them per-bureau data its leaders edit, with history, is not done yet):
 * - 政治原则问题: always warned, whatever the severity;
 * - 思想认识问题: warned unless it is LOW (a low one is handled at once, by education);
 * - 学术观点问题: handled at once unless HIGH or CRITICAL (a grave one still alerts the leaders).
 * Any HIGH or CRITICAL risk is warned. Where a warning is optional, a leader may still warn.
 */
export type WarningPolicy = 'MUST_WARN' | 'MAY_HANDLE_AT_ONCE';

export const WARNING_POLICY: Readonly<Record<RiskClass, Readonly<Record<RiskSeverity, WarningPolicy>>>> = {
  POLITICAL_PRINCIPLE: { LOW: 'MUST_WARN', MEDIUM: 'MUST_WARN', HIGH: 'MUST_WARN', CRITICAL: 'MUST_WARN' },
  IDEOLOGICAL_UNDERSTANDING: { LOW: 'MAY_HANDLE_AT_ONCE', MEDIUM: 'MUST_WARN', HIGH: 'MUST_WARN', CRITICAL: 'MUST_WARN' },
  ACADEMIC_VIEWPOINT: { LOW: 'MAY_HANDLE_AT_ONCE', MEDIUM: 'MAY_HANDLE_AT_ONCE', HIGH: 'MUST_WARN', CRITICAL: 'MUST_WARN' },
};

/** The lifecycle of a risk that must be warned before it is handled. */
const WARNED_LIFECYCLE: Moves = {
  MONITORED: { ASSESSED: 'leader', DISMISSED: 'leader' },
  ASSESSED: { WARNED: 'leader', DISMISSED: 'leader' },
  WARNED: { HANDLED: 'leader', DISMISSED: 'leader' },
  HANDLED: { CLOSED: 'leader', DISMISSED: 'leader' },
  CLOSED: {},
  DISMISSED: {},
};

/** The same, where a leader may also handle an assessed risk at once (研判后即时处置). */
const HANDLE_AT_ONCE_LIFECYCLE: Moves = {
  ...WARNED_LIFECYCLE,
  ASSESSED: { WARNED: 'leader', HANDLED: 'leader', DISMISSED: 'leader' },
};

export const LIFECYCLES: Readonly<Record<WarningPolicy, Moves>> = {
  MUST_WARN: WARNED_LIFECYCLE,
  MAY_HANDLE_AT_ONCE: HANDLE_AT_ONCE_LIFECYCLE,
};

export const RISK_CLASSES: readonly RiskClass[] = ['POLITICAL_PRINCIPLE', 'IDEOLOGICAL_UNDERSTANDING', 'ACADEMIC_VIEWPOINT'];
export const RISK_SEVERITIES: readonly RiskSeverity[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

/** The moves of a risk of this class and severity. */
export function riskMoves(risk: { riskClass: RiskClass; severity: RiskSeverity }): Moves {
  return LIFECYCLES[WARNING_POLICY[risk.riskClass][risk.severity]];
}

/** Every (class, severity, from, to) move, as the database table `RiskLifecycleMove` holds them. */
export function lifecycleRows() {
  return RISK_CLASSES.flatMap((riskClass) => RISK_SEVERITIES.flatMap((severity) => {
    const moves = riskMoves({ riskClass, severity });
    return (Object.keys(moves) as RiskStage[]).flatMap((fromStage) =>
      (Object.keys(moves[fromStage]) as RiskStage[]).map((toStage) => ({ riskClass, severity, fromStage, toStage })));
  }));
}

/** Moves that need a note saying why (it becomes the risk's close reason). */
export const MOVES_NEEDING_REASON: readonly RiskStage[] = ['CLOSED', 'DISMISSED'];

type RiskKind = { riskClass: RiskClass; severity: RiskSeverity; stage: RiskStage };

export function allowedMoves(risk: RiskKind): RiskStage[] {
  return Object.keys(riskMoves(risk)[risk.stage]) as RiskStage[];
}

/**
 * Checks one move: ILLEGAL_TRANSITION when the lifecycle of the risk's class and severity has no
 * such move (with the allowed ones in `extensions.allowed`), FORBIDDEN when the viewer may not
 * make it. Nothing is written before.
 */
export function assertRiskMove(
  viewer: Viewer,
  unit: ActionUnit,
  risk: RiskKind,
  to: RiskStage,
): void {
  const from = risk.stage;
  const actor = riskMoves(risk)[from][to];
  if (!actor) {
    // The Chinese half names stages, classes and severities by their terms (src/lib/labels.ts), never by code.
    const warn = from === 'ASSESSED' && to === 'HANDLED'
      ? `；${RISK_SEVERITY_NAMES[risk.severity]}的${RISK_CLASS_NAMES[risk.riskClass]}须先预警 (a ${risk.riskClass} ${risk.severity} risk is warned before it is handled)`
      : '';
    throw new DomainError('ILLEGAL_TRANSITION', `风险不能从${RISK_STAGE_NAMES[from]}流转到${RISK_STAGE_NAMES[to]} (${from} → ${to} is not a move of the lifecycle)${warn}`, {
      from, to, allowed: allowedMoves(risk), policy: WARNING_POLICY[risk.riskClass][risk.severity],
    });
  }
  assertMayAct(viewer, MOVE_ACTION[to as Exclude<RiskStage, 'MONITORED'>], unit);
}

/**
 * 处置时限 (本局补充, a local addition): days from the report to the handling deadline, by severity. The highest severity is
 * handled the next day; the lowest within a fortnight.
 */
export const HANDLING_DAYS: Readonly<Record<RiskSeverity, number>> = {
  CRITICAL: 1,
  HIGH: 3,
  MEDIUM: 7,
  LOW: 15,
};

/**
 * The handling deadline that follows from the severity, counted from the report day (China time).
 * These days are a local addition (the plan names no deadline): each bureau holds them as its
 * RISK_HANDLING obligation rules, seeded from HANDLING_DAYS, and passes its own `days`.
 */
export function handlingDeadlineFor(severity: RiskSeverity, reportDay: Date, days: number = HANDLING_DAYS[severity]): Date {
  return new Date(reportDay.getTime() + days * 86_400_000);
}

/** A bureau's handling days for a severity (its RISK_HANDLING rule; the shipped default without one). */
export async function riskHandlingDays(db: PrismaClient | Tx, tenantId: string, severity: RiskSeverity): Promise<number> {
  const rule = await db.obligationRule.findFirst({ where: { tenantId, ruleKind: 'RISK_HANDLING', severity, active: true }, select: { withinDays: true } });
  return rule?.withinDays ?? HANDLING_DAYS[severity];
}
