import { Prisma } from '../generated/prisma/client.js';

/** Calendar dates (DATE columns) travel as UTC-midnight Date objects and as 'YYYY-MM-DD' strings. */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseDate(value: string): Date | undefined {
  const m = DATE_RE.exec(value);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return formatDate(date) === value ? date : undefined;
}

export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** China Standard Time is UTC+8 all year (no daylight saving): SQL turns an instant into its China day with this offset. */
export const CHINA_UTC_OFFSET_HOURS = 8;

/** Today in China Standard Time, the bureau's calendar, as a UTC-midnight date. */
export function todayInChina(now: Date = new Date()): Date {
  const local = new Date(now.getTime() + CHINA_UTC_OFFSET_MS);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
}

/** The China offset in milliseconds: an instant plus this, read as UTC, is China wall-clock time. */
export const CHINA_UTC_OFFSET_MS = CHINA_UTC_OFFSET_HOURS * 3600 * 1000;

/**
 * SQL for the China date of a timestamptz column `alias."column"` (the twin of todayInChina): the
 * instant as UTC wall-clock time plus the offset, as a date. The one spelling of China time in SQL.
 */
export function chinaDateSql(alias: string, column: string): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/i.test(alias) || !/^[a-z_][a-z0-9_]*$/i.test(column)) throw new Error('chinaDateSql: bad identifier');
  return Prisma.sql`((${Prisma.raw(`"${alias}"."${column}"`)} AT TIME ZONE 'UTC') + make_interval(hours => ${CHINA_UTC_OFFSET_HOURS}::int))::date`;
}
