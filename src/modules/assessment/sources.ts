import type { PrismaClient } from '../../db/client.js';
import { inForceSql } from '../../authz/in-force.js';
import { coveredSql } from '../../authz/holders.js';
import { chinaDateSql } from '../../lib/dates.js';
import type { Tx } from '../../db/transaction.js';
import { DomainError } from '../../errors.js';
import { Prisma } from '../../generated/prisma/client.js';
import type { WorkRecordKind } from '../../generated/prisma/enums.js';
import { COMMITTEE_KINDS } from '../org/rules.js';
import { complianceFor } from '../obligations/service.js';

/** 评议: formerly the fewest ratings whose aggregate was shown while a round was open; now nothing is shown before close (ratings.ts). */
export const MIN_RATINGS_FOR_SUMMARY = 5;

/**
 * The registry of derived indicators (考核指标数据来源). Each source turns records the system holds
 * into one number per subject and year, for ALL subjects at once, in one SQL aggregate (reports on
 * time: the plan's compliance evaluation, two): an assessment round over 17 units sends as many
 * statements as over 2.
 *
 * Units are measured over their subtree (a committee answers for everything under it). A
 * leadership-team member is measured by the person-level query where the source has one (their
 * own training hours, their own contacts); otherwise by the value of the unit they sit in.
 */

export type Db = PrismaClient | Tx;

export interface IndicatorSource {
  key: string;
  /** Chinese name with English gloss, shown to front-ends. */
  name: string;
  /** What the number counts (学时, 次, %). */
  measure: string;
  forUnits(db: Db, tenantId: string, unitIds: readonly string[], year: number): Promise<Map<string, Prisma.Decimal>>;
  forPeople?(db: Db, tenantId: string, personIds: readonly string[], year: number): Promise<Map<string, Prisma.Decimal>>;
}

const yearStart = (year: number) => new Date(Date.UTC(year, 0, 1));
const nextYearStart = (year: number) => new Date(Date.UTC(year + 1, 0, 1));
const yearEnd = (year: number) => new Date(Date.UTC(year, 11, 31));

type Row = { id: string; value: Prisma.Decimal | string | number | null };

function toMap(ids: readonly string[], rows: Row[]): Map<string, Prisma.Decimal> {
  const map = new Map<string, Prisma.Decimal>(ids.map((id) => [id, new Prisma.Decimal(0)]));
  for (const row of rows) map.set(row.id, new Prisma.Decimal(row.value === null ? 0 : String(row.value)));
  return map;
}

/** Runs a per-subject aggregate: `query` receives the subject ids as a text[] parameter. */
async function perSubject(db: Db, ids: readonly string[], query: (ids: string[]) => Prisma.Sql) {
  if (!ids.length) return new Map<string, Prisma.Decimal>();
  const rows = await db.$queryRaw<Row[]>(query([...ids]));
  return toMap(ids, rows);
}

// ---------------------------------------------------------------------------------------------
// Sources over this feature's own records and the foundation's.

/** 培训学时: participant-hours of trainings held in the unit's subtree; a person's own hours. */
const trainingHours: IndicatorSource = {
  key: 'TRAINING_HOURS',
  name: '教育培训学时 (training hours)',
  measure: '学时 (hours)',
  forUnits: (db, tenantId, unitIds, year) =>
    perSubject(db, unitIds, (ids) => Prisma.sql`
      SELECT s.id, SUM(p."hours")::numeric(12,2)::text AS value
        FROM unnest(${ids}::text[]) AS s(id)
        JOIN "OrgUnit" u ON u."tenantId" = ${tenantId} AND u."ancestorIds" @> ARRAY[s.id]
        JOIN "TrainingRecord" t ON t."tenantId" = u."tenantId" AND t."unitId" = u."id"
                                AND t."date" >= ${yearStart(year)} AND t."date" < ${nextYearStart(year)}
        JOIN "TrainingParticipant" p ON p."tenantId" = t."tenantId" AND p."trainingId" = t."id"
       GROUP BY s.id`),
  forPeople: (db, tenantId, personIds, year) =>
    perSubject(db, personIds, (ids) => Prisma.sql`
      SELECT p."personId" AS id, SUM(p."hours")::numeric(12,2)::text AS value
        FROM "TrainingParticipant" p
        JOIN "TrainingRecord" t ON t."tenantId" = p."tenantId" AND t."id" = p."trainingId"
       WHERE p."tenantId" = ${tenantId} AND p."personId" = ANY(${ids}::text[])
         AND t."date" >= ${yearStart(year)} AND t."date" < ${nextYearStart(year)}
       GROUP BY p."personId"`),
};

/** 联系知识分子次数: contacts recorded in the unit's subtree; a leader's own contacts. */
const liaisonContacts: IndicatorSource = {
  key: 'LIAISON_CONTACTS',
  name: '联系知识分子次数 (contacts with intellectuals)',
  measure: '次 (contacts)',
  forUnits: (db, tenantId, unitIds, year) =>
    perSubject(db, unitIds, (ids) => Prisma.sql`
      SELECT s.id, COUNT(c."id")::text AS value
        FROM unnest(${ids}::text[]) AS s(id)
        JOIN "OrgUnit" u ON u."tenantId" = ${tenantId} AND u."ancestorIds" @> ARRAY[s.id]
        JOIN "LiaisonContact" c ON c."tenantId" = u."tenantId" AND c."unitId" = u."id"
                                AND c."date" >= ${yearStart(year)} AND c."date" < ${nextYearStart(year)}
       GROUP BY s.id`),
  forPeople: (db, tenantId, personIds, year) =>
    perSubject(db, personIds, (ids) => Prisma.sql`
      SELECT c."leaderPersonId" AS id, COUNT(*)::text AS value
        FROM "LiaisonContact" c
       WHERE c."tenantId" = ${tenantId} AND c."leaderPersonId" = ANY(${ids}::text[])
         AND c."date" >= ${yearStart(year)} AND c."date" < ${nextYearStart(year)}
       GROUP BY c."leaderPersonId"`),
};

/** 联系领域覆盖数: how many of the nine sectors the contacts reached. */
const liaisonSectors: IndicatorSource = {
  key: 'LIAISON_SECTORS',
  name: '联系知识分子领域覆盖数 (sectors of intellectuals reached, of nine)',
  measure: '个领域 (sectors)',
  forUnits: (db, tenantId, unitIds, year) =>
    perSubject(db, unitIds, (ids) => Prisma.sql`
      SELECT s.id, COUNT(DISTINCT c."sector")::text AS value
        FROM unnest(${ids}::text[]) AS s(id)
        JOIN "OrgUnit" u ON u."tenantId" = ${tenantId} AND u."ancestorIds" @> ARRAY[s.id]
        JOIN "LiaisonContact" c ON c."tenantId" = u."tenantId" AND c."unitId" = u."id"
                                AND c."date" >= ${yearStart(year)} AND c."date" < ${nextYearStart(year)}
       GROUP BY s.id`),
  forPeople: (db, tenantId, personIds, year) =>
    perSubject(db, personIds, (ids) => Prisma.sql`
      SELECT c."leaderPersonId" AS id, COUNT(DISTINCT c."sector")::text AS value
        FROM "LiaisonContact" c
       WHERE c."tenantId" = ${tenantId} AND c."leaderPersonId" = ANY(${ids}::text[])
         AND c."date" >= ${yearStart(year)} AND c."date" < ${nextYearStart(year)}
       GROUP BY c."leaderPersonId"`),
};

/**
 * 责任全覆盖率 (rule 7): the share of active units below the unit that a "one post, two duties"
 * scope of its own team covers on 31 December of the year; 100 when nothing lies below it.
 */
const dutyCoverage: IndicatorSource = {
  key: 'DUTY_COVERAGE',
  name: '责任全覆盖率 (share of units below covered by a "one post, two duties" scope)',
  measure: '% (percent)',
  forUnits: (db, tenantId, unitIds, year) =>
    perSubject(db, unitIds, (ids) => Prisma.sql`
      SELECT s.id,
             CASE WHEN COUNT(x."id") = 0 THEN 100
                  ELSE ROUND(100.0 * COUNT(x."id") FILTER (WHERE ${coveredSql('x', Prisma.sql`s.id`, yearEnd(year))}) / COUNT(x."id"), 2)
             END::text AS value
        FROM unnest(${ids}::text[]) AS s(id)
        LEFT JOIN "OrgUnit" x ON x."tenantId" = ${tenantId} AND x."ancestorIds" @> ARRAY[s.id]
                             AND x."id" <> s.id AND x."archivedAt" IS NULL
       GROUP BY s.id`),
};

/**
 * 班子健全率: the share of committee-level units in the subtree (the unit included) that have a
 * first responsible person (their secretary) in office on 31 December of the year.
 */
const teamCompleteness: IndicatorSource = {
  key: 'TEAM_COMPLETENESS',
  name: '班子健全率 (share of committees in the subtree with a secretary in office)',
  measure: '% (percent)',
  forUnits: (db, tenantId, unitIds, year) =>
    perSubject(db, unitIds, (ids) => Prisma.sql`
      SELECT s.id,
             CASE WHEN COUNT(x."id") = 0 THEN 100
                  ELSE ROUND(100.0 * COUNT(x."id") FILTER (WHERE EXISTS (
                         SELECT 1 FROM "Duty" d
                          WHERE d."tenantId" = x."tenantId" AND d."unitId" = x."id" AND d."kind" = 'FIRST_RESPONSIBLE'
                            AND ${inForceSql('d', yearEnd(year))})) / COUNT(x."id"), 2)
             END::text AS value
        FROM unnest(${ids}::text[]) AS s(id)
        LEFT JOIN "OrgUnit" x ON x."tenantId" = ${tenantId} AND x."ancestorIds" @> ARRAY[s.id] AND x."archivedAt" IS NULL
                             AND x."kind"::text = ANY(${[...COMMITTEE_KINDS]}::text[])
       GROUP BY s.id`),
};

/**
 * 干部职工评议: the average rating (评议) of the subject's own assessment that year, as a percentage
 * of its set's scale ((avg − min) / (max − min) × 100). Recomputed when the assessment is finalised.
 * Only a closed round counts: while it is open a value moving with each rating would give a
 * changed rating away by difference (issue 23).
 */
const staffRating: IndicatorSource = {
  key: 'STAFF_RATING',
  name: '干部职工评议 (average rating by cadres and staff, as % of the scale)',
  measure: '% (percent)',
  forUnits: (db, tenantId, unitIds, year) =>
    perSubject(db, unitIds, (ids) => Prisma.sql`
      SELECT a."unitId" AS id,
             ROUND(100 * (AVG(r."score") - MIN(st."ratingScaleMin")) / (MIN(st."ratingScaleMax") - MIN(st."ratingScaleMin")), 2)::text AS value
        FROM "Assessment" a
        JOIN "IndicatorSet" st ON st."tenantId" = a."tenantId" AND st."id" = a."setId"
        JOIN "AssessmentRating" r ON r."tenantId" = a."tenantId" AND r."assessmentId" = a."id"
        LEFT JOIN "RatingRound" rr ON rr."tenantId" = a."tenantId" AND rr."unitId" = a."unitId" AND rr."year" = a."year"
       WHERE a."tenantId" = ${tenantId} AND a."year" = ${year} AND a."personId" IS NULL AND a."unitId" = ANY(${ids}::text[])
       GROUP BY a."unitId"
      HAVING bool_and(rr."status" IS DISTINCT FROM 'OPEN')`),
  forPeople: (db, tenantId, personIds, year) =>
    perSubject(db, personIds, (ids) => Prisma.sql`
      SELECT a."personId" AS id,
             ROUND(100 * (AVG(r."score") - MIN(st."ratingScaleMin")) / (MIN(st."ratingScaleMax") - MIN(st."ratingScaleMin")), 2)::text AS value
        FROM "Assessment" a
        JOIN "IndicatorSet" st ON st."tenantId" = a."tenantId" AND st."id" = a."setId"
        JOIN "AssessmentRating" r ON r."tenantId" = a."tenantId" AND r."assessmentId" = a."id"
        LEFT JOIN "RatingRound" rr ON rr."tenantId" = a."tenantId" AND rr."unitId" = a."unitId" AND rr."year" = a."year"
       WHERE a."tenantId" = ${tenantId} AND a."year" = ${year} AND a."personId" = ANY(${ids}::text[])
       GROUP BY a."personId"
      HAVING bool_and(rr."status" IS DISTINCT FROM 'OPEN')`),
};

// ---------------------------------------------------------------------------------------------
// Sources over the plan's work ledger, work items and obligation rules, and over the risk register.

/** 专题学习 (task 5): committee special studies (COMMITTEE_STUDY records) held in the unit's subtree in the year. */
const committeeStudies: IndicatorSource = {
  key: 'COMMITTEE_STUDIES',
  name: '党委（党组）专题学习研究意识形态工作次数 (special committee studies held; the rule asks 2 a year)',
  measure: '次 (studies)',
  forUnits: (db, tenantId, unitIds, year) =>
    perSubject(db, unitIds, (ids) => Prisma.sql`
      SELECT s.id, COUNT(w."id")::text AS value
        FROM unnest(${ids}::text[]) AS s(id)
        JOIN "OrgUnit" u ON u."tenantId" = ${tenantId} AND u."ancestorIds" @> ARRAY[s.id]
        JOIN "WorkRecord" w ON w."tenantId" = u."tenantId" AND w."unitId" = u."id" AND w."kind" = 'COMMITTEE_STUDY'
                           AND w."date" >= ${yearStart(year)} AND w."date" < ${nextYearStart(year)}
       GROUP BY s.id`),
};

/** The record kinds whose obligation rules are "reports" (IV.1: the special report upward, the annual responsibility report). */
export const REPORT_RECORD_KINDS: readonly WorkRecordKind[] = ['SPECIAL_REPORT', 'ANNUAL_RESPONSIBILITY_REPORT'];

/**
 * 报告按时报送率 (task 5, IV.1): over the bureau's active obligation rules for reports (rules whose
 * record kind is a report kind — their due days, periods, applicable unit kinds and required copies
 * are the rule data, evaluated by the plan's `complianceFor`), the share of periods in the year, in
 * the unit's subtree, with enough qualifying reports dated on or before the due date. 100 when no
 * report is owed there. Counted over the whole year: in a year still running, reports not yet made
 * count as not made. Two statements for all subjects (the compliance aggregate and its rules).
 */
const reportsOnTime: IndicatorSource = {
  key: 'REPORTS_ON_TIME',
  name: '专题报告、年度责任制报告按时报送率 (special and annual reports made on time, by the obligation rules)',
  measure: '% (percent)',
  forUnits: async (db, tenantId, unitIds, year) => {
    if (!unitIds.length) return new Map();
    const entries = await complianceFor(db, { tenantId, subtreeRoots: unitIds }, year, yearEnd(year), { recordKinds: REPORT_RECORD_KINDS });
    const out = new Map<string, Prisma.Decimal>();
    for (const id of unitIds) {
      const periods = entries.filter((e) => e.ancestorIds.includes(id)).flatMap((e) => e.periods);
      const onTime = periods.filter((p) => p.onTime >= p.required).length;
      out.set(id, periods.length ? new Prisma.Decimal(100 * onTime).div(periods.length).toDecimalPlaces(2) : new Prisma.Decimal(100));
    }
    return out;
  },
};

/**
 * 任务按期完成率 (IV.1): work items of the subtree due in the year (cancelled ones left out), the share
 * DONE with completedAt (China time) on or before the due date. 100 when none is due. Counted over the
 * whole year, as for reports.
 */
const workItemsOnTime: IndicatorSource = {
  key: 'WORK_ITEMS_ON_TIME',
  name: '年度任务按期完成率 (work items due in the year done on time)',
  measure: '% (percent)',
  forUnits: (db, tenantId, unitIds, year) =>
    perSubject(db, unitIds, (ids) => Prisma.sql`
      SELECT s.id,
             CASE WHEN COUNT(i."id") = 0 THEN 100
                  ELSE ROUND(100.0 * COUNT(i."id") FILTER (WHERE i."status" = 'DONE' AND NOT i."pendingConfirmation"
                         AND ${chinaDateSql('i', 'completedAt')} <= i."dueDate") / COUNT(i."id"), 2)
             END::text AS value
        FROM unnest(${ids}::text[]) AS s(id)
        JOIN "OrgUnit" u ON u."tenantId" = ${tenantId} AND u."ancestorIds" @> ARRAY[s.id]
        LEFT JOIN "WorkItem" i ON i."tenantId" = u."tenantId" AND i."unitId" = u."id" AND i."status" <> 'CANCELLED'
                              AND i."dueDate" >= ${yearStart(year)} AND i."dueDate" < ${nextYearStart(year)}
       GROUP BY s.id`),
};

/**
 * 风险及时处置率 (tasks 6, 7, 13): risks of the subtree whose handling deadline falls in the year (those
 * dismissed without being handled left out), the share with handledAt (China time) on or before the
 * deadline. 100 when there are none.
 */
const risksHandledInTime: IndicatorSource = {
  key: 'RISKS_HANDLED_IN_TIME',
  name: '风险隐患及时处置率 (risks handled within their deadline)',
  measure: '% (percent)',
  forUnits: (db, tenantId, unitIds, year) =>
    perSubject(db, unitIds, (ids) => Prisma.sql`
      SELECT s.id,
             CASE WHEN COUNT(r."id") = 0 THEN 100
                  ELSE ROUND(100.0 * COUNT(r."id") FILTER (WHERE
                         ${chinaDateSql('r', 'handledAt')} <= r."handlingDeadline") / COUNT(r."id"), 2)
             END::text AS value
        FROM unnest(${ids}::text[]) AS s(id)
        JOIN "OrgUnit" u ON u."tenantId" = ${tenantId} AND u."ancestorIds" @> ARRAY[s.id]
        LEFT JOIN "Risk" r ON r."tenantId" = u."tenantId" AND r."unitId" = u."id"
                          AND (r."stage" <> 'DISMISSED' OR r."handledAt" IS NOT NULL)
                          AND r."handlingDeadline" >= ${yearStart(year)} AND r."handlingDeadline" < ${nextYearStart(year)}
       GROUP BY s.id`),
};

export const INDICATOR_SOURCES: readonly IndicatorSource[] = [
  trainingHours, liaisonContacts, liaisonSectors, dutyCoverage, teamCompleteness, staffRating,
  committeeStudies, reportsOnTime, workItemsOnTime, risksHandledInTime,
];

const BY_KEY = new Map(INDICATOR_SOURCES.map((s) => [s.key, s]));

/** Refuses a source the registry does not know, naming it. */
export function assertSourcesKnown(keys: readonly string[], field: string) {
  for (const key of keys) {
    if (!BY_KEY.has(key)) throw new DomainError('BAD_USER_INPUT', `unknown indicator source ${key}`, { field, source: key });
  }
}

export interface Subject {
  unitId: string;
  personId: string | null;
}

/**
 * The values of the given sources for many subjects of one year: one statement per source and
 * subject kind, whatever the number of subjects. Keyed by source, then by `subjectKey(subject)`.
 */
export async function deriveValues(
  db: Db, tenantId: string, sourceKeys: readonly string[], subjects: readonly Subject[], year: number,
): Promise<Map<string, Map<string, Prisma.Decimal>>> {
  const result = new Map<string, Map<string, Prisma.Decimal>>();
  const unitIds = [...new Set(subjects.map((s) => s.unitId))];
  const personIds = [...new Set(subjects.flatMap((s) => (s.personId ? [s.personId] : [])))];
  await Promise.all([...new Set(sourceKeys)].map(async (key) => {
    const source = BY_KEY.get(key);
    if (!source) throw new DomainError('BAD_USER_INPUT', `unknown indicator source ${key}`, { field: 'source', source: key });
    const needUnits = subjects.some((s) => !s.personId || !source.forPeople);
    const [byUnit, byPerson] = await Promise.all([
      needUnits ? source.forUnits(db, tenantId, unitIds, year) : new Map<string, Prisma.Decimal>(),
      source.forPeople && personIds.length ? source.forPeople(db, tenantId, personIds, year) : new Map<string, Prisma.Decimal>(),
    ]);
    const values = new Map<string, Prisma.Decimal>();
    for (const s of subjects) {
      const v = s.personId && source.forPeople ? byPerson.get(s.personId) : byUnit.get(s.unitId);
      values.set(subjectKey(s), v ?? new Prisma.Decimal(0));
    }
    result.set(key, values);
  }));
  return result;
}

export const subjectKey = (s: Subject) => `${s.unitId}:${s.personId ?? ''}`;
