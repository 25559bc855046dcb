import { inForce, inForceSql } from './in-force.js';
import { Prisma } from '../generated/prisma/client.js';
import type { DutyKind } from '../generated/prisma/enums.js';

/**
 * Who holds a unit's duties on a day — one home for rules that were spelled in many places
 * (issue 20): "the unit's leaders" and rule 7's coverage, each as a Prisma filter and its SQL twin,
 * both in force on the given day (src/authz/in-force.ts).
 */

/** The unit's leaders: its first and direct responsible people (第一责任人, 直接责任人). */
export const LEADER_DUTY_KINDS = ['FIRST_RESPONSIBLE', 'DIRECT_RESPONSIBLE'] as const satisfies readonly DutyKind[];

/**
 * Leader duties in force on `day`, of the given unit(s) or (without units) of the unit the filter
 * is nested under: a Duty filter; add tenantId where the caller has it.
 */
export function leaderDutiesWhere(day: Date, unitIds?: string | readonly string[]): Prisma.DutyWhereInput {
  const unit = unitIds === undefined ? {} : { unitId: typeof unitIds === 'string' ? unitIds : { in: [...unitIds] } };
  return { ...unit, kind: { in: [...LEADER_DUTY_KINDS] }, ...inForce(day) };
}

/** The SQL twin of leaderDutiesWhere for a "Duty" row aliased `alias`, the unit given as SQL (a column or a parameter). */
export function leaderDutySql(alias: string, unitId: Prisma.Sql, day: Date): Prisma.Sql {
  const d = Prisma.raw(`"${alias}"`);
  return Prisma.sql`${d}."unitId" = ${unitId} AND ${d}."kind"::text = ANY(${[...LEADER_DUTY_KINDS]}::text[]) AND ${inForceSql(alias, day)}`;
}

/**
 * Rule 7, coverage (责任全覆盖): whether the unit row `unitAlias` lies in the scope of a
 * "one post, two duties" (DUAL_DUTY) duty of the committee `committeeId` in force on `day`. One
 * EXISTS, used by `uncoveredUnits` (today, or asOf) and by the DUTY_COVERAGE indicator (31 December).
 */
export function coveredSql(unitAlias: string, committeeId: Prisma.Sql, day: Date): Prisma.Sql {
  const u = Prisma.raw(`"${unitAlias}"`);
  return Prisma.sql`EXISTS (
    SELECT 1 FROM "Duty" cov_d
      JOIN "DutyScopeUnit" cov_s ON cov_s."tenantId" = cov_d."tenantId" AND cov_s."dutyId" = cov_d."id"
     WHERE cov_d."tenantId" = ${u}."tenantId" AND cov_d."unitId" = ${committeeId} AND cov_d."kind" = 'DUAL_DUTY'
       AND ${inForceSql('cov_d', day)}
       AND ${u}."ancestorIds" @> ARRAY[cov_s."unitId"])`;
}
