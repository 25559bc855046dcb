import type { UnitScope } from '../../authz/scope.js';
import { DomainError } from '../../errors.js';
import type { RiskSeverity, RiskStage } from '../../generated/prisma/enums.js';

/**
 * The risk lifecycle of task 7 (动态监测 → 精准研判 → 及早预警 → 妥善处置), in one table: which moves
 * exist, and who may make each. The database trigger `Risk_lifecycle_rule` refuses the same
 * illegal moves as a backstop; this table also says who.
 *
 * Who:
 * - `reporter` — anyone whose scope includes the unit may report a risk (it starts MONITORED);
 * - `leader` — every later move belongs to the first or direct responsible people of a committee
 *   at or above the risk's unit: `scope.canManageUnit(unit)`. A "one post, two duties" member or a
 *   branch member sees the risk but does not move it.
 */
export type RiskActor = 'reporter' | 'leader';

export const TERMINAL_STAGES: readonly RiskStage[] = ['CLOSED', 'DISMISSED'];
export const OPEN_STAGES: readonly RiskStage[] = ['MONITORED', 'ASSESSED', 'WARNED'];

export const RISK_MOVES: Readonly<Record<RiskStage, Partial<Record<RiskStage, RiskActor>>>> = {
  MONITORED: { ASSESSED: 'leader', DISMISSED: 'leader' },
  ASSESSED: { WARNED: 'leader', DISMISSED: 'leader' },
  WARNED: { HANDLED: 'leader', DISMISSED: 'leader' },
  HANDLED: { CLOSED: 'leader', DISMISSED: 'leader' },
  CLOSED: {},
  DISMISSED: {},
};

/** Moves that need a note saying why (it becomes the risk's close reason). */
export const MOVES_NEEDING_REASON: readonly RiskStage[] = ['CLOSED', 'DISMISSED'];

export function allowedMoves(from: RiskStage): RiskStage[] {
  return Object.keys(RISK_MOVES[from]) as RiskStage[];
}

/**
 * Checks one move: ILLEGAL_TRANSITION when the lifecycle has no such move (with the allowed ones
 * in `extensions.allowed`), FORBIDDEN when the viewer may not make it. Nothing is written before.
 */
export function assertRiskMove(
  scope: UnitScope,
  unit: { tenantId: string; ancestorIds: readonly string[] },
  from: RiskStage,
  to: RiskStage,
): void {
  const actor = RISK_MOVES[from][to];
  if (!actor) {
    throw new DomainError('ILLEGAL_TRANSITION', `风险不能从 ${from} 流转到 ${to} (${from} → ${to} is not a move of the lifecycle)`, {
      from, to, allowed: allowedMoves(from),
    });
  }
  if (actor === 'leader' && !scope.canManageUnit(unit)) {
    throw new DomainError('FORBIDDEN', '只有本单位或上级党组织的第一责任人、直接责任人可以研判、预警、处置、销号 (only first or direct responsible people of a committee at or above the unit may move a risk)');
  }
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
