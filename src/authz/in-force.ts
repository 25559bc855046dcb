import { Prisma } from '../generated/prisma/client.js';
import { formatDate } from '../lib/dates.js';

/**
 * One meaning of "in force" (issue 20) for every dated row — posts and duties: started on or before
 * the day, and not ended on it. Effective dates are half-open, [startDate, endDate): a post ended
 * on 03-01 (endPost's `endDate`) is in force on 02-28 and not on 03-01; one starting tomorrow is
 * not in force today. "The day" is the China date of the request or the job
 * (`todayInChina(ctx.now())`, src/lib/dates.ts), or the date a question is asked about (asOf, a
 * year's end).
 *
 * Three forms of the same rule: `inForce` (a Prisma where fragment), `inForceSql` (its SQL twin
 * for raw statements) and `isInForce` (a row already loaded). None of them is `endDate: null`:
 * that is `OPEN_ROW` below, a different notion kept for the writes it belongs to.
 */
export function inForce(day: Date): { startDate: { lte: Date }; OR: [{ endDate: null }, { endDate: { gt: Date } }] } {
  return { startDate: { lte: day }, OR: [{ endDate: null }, { endDate: { gt: day } }] };
}

/**
 * `inForce` for raw SQL: `alias."startDate" <= day AND (alias."endDate" IS NULL OR alias."endDate" > day)`.
 * The day is a bound parameter; the alias is a fixed identifier of the calling statement.
 */
export function inForceSql(alias: string, day: Date): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/i.test(alias)) throw new Error(`inForceSql: bad alias ${alias}`);
  const a = Prisma.raw(`"${alias}"`);
  const d = formatDate(day);
  return Prisma.sql`(${a}."startDate" <= ${d}::date AND (${a}."endDate" IS NULL OR ${a}."endDate" > ${d}::date))`;
}

/**
 * In force on some day of [first, last] (both days included): started by `last`, not ended by
 * `first` — `inForce` widened to a span (a year's ledger, a year's per-person count).
 */
export function inForceDuring(first: Date, last: Date): { startDate: { lte: Date }; OR: [{ endDate: null }, { endDate: { gt: Date } }] } {
  return { startDate: { lte: last }, OR: [{ endDate: null }, { endDate: { gt: first } }] };
}

/** `inForce` for a row already in memory (GraphQL's `isActive`). */
export function isInForce(row: { startDate: Date; endDate: Date | null }, day: Date): boolean {
  return row.startDate.getTime() <= day.getTime() && (row.endDate === null || row.endDate.getTime() > day.getTime());
}

/**
 * The OPEN row: the current version of a post or duty, not yet given an end date (it may start
 * later, and a row given a future end date is no longer open). This is what writes replace and
 * what the partial unique indexes and the `zeren_check_unit_duties` trigger hold to
 * (`WHERE "endDate" IS NULL`): one open post per person and unit, one open secretary, one open
 * first/direct responsible duty. Reads that ask "who holds it on a day" use `inForce` instead.
 */
export const OPEN_ROW = { endDate: null } as const;
