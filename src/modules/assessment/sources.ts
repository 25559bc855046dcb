import type { PrismaClient } from '../../db/client.js';
import type { Tx } from '../../db/transaction.js';
import { DomainError } from '../../errors.js';
import { Prisma } from '../../generated/prisma/client.js';

/**
 * The registry of derived indicators (考核指标数据来源). Each source turns records the system holds
 * into one number per subject and year, for ALL subjects at once, in ONE SQL aggregate: an
 * assessment round over 17 units sends as many statements as over 2.
 *
 * A source declares the tables and columns it reads. A source whose tables are not in this
 * database (the plan-and-compliance and risks features land separately) is registered but
 * unavailable: `availableSources()` leaves it out, defining an indicator on it is refused with
 * INDICATOR_SOURCE_UNAVAILABLE, and it switches on by itself once a migration creates its table.
 *
 * Units are measured over their subtree (a committee answers for everything under it). A
 * leadership-team member is measured by the person-level query where the source has one (their
 * own training hours, their own contacts); otherwise by the value of the unit they sit in.
 */

export type Db = PrismaClient | Tx;

export interface SourceRequirement {
  table: string;
  columns: readonly string[];
}

export interface IndicatorSource {
  key: string;
  /** Chinese name with English gloss, shown to front-ends. */
  name: string;
  /** What the number counts (学时, 次, %). */
  measure: string;
  requires: readonly SourceRequirement[];
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
  requires: [{ table: 'TrainingParticipant', columns: ['hours'] }],
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
  requires: [{ table: 'LiaisonContact', columns: ['leaderPersonId', 'date'] }],
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
  requires: [{ table: 'LiaisonContact', columns: ['sector', 'date'] }],
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
  requires: [{ table: 'DutyScopeUnit', columns: ['unitId'] }],
  forUnits: (db, tenantId, unitIds, year) =>
    perSubject(db, unitIds, (ids) => Prisma.sql`
      SELECT s.id,
             CASE WHEN COUNT(x."id") = 0 THEN 100
                  ELSE ROUND(100.0 * COUNT(x."id") FILTER (WHERE EXISTS (
                         SELECT 1 FROM "Duty" d
                           JOIN "DutyScopeUnit" su ON su."tenantId" = d."tenantId" AND su."dutyId" = d."id"
                          WHERE d."tenantId" = ${tenantId} AND d."unitId" = s.id AND d."kind" = 'DUAL_DUTY'
                            AND d."startDate" <= ${yearEnd(year)} AND (d."endDate" IS NULL OR d."endDate" > ${yearEnd(year)})
                            AND x."ancestorIds" @> ARRAY[su."unitId"])) / COUNT(x."id"), 2)
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
  requires: [{ table: 'Duty', columns: ['kind', 'startDate', 'endDate'] }],
  forUnits: (db, tenantId, unitIds, year) =>
    perSubject(db, unitIds, (ids) => Prisma.sql`
      SELECT s.id,
             CASE WHEN COUNT(x."id") = 0 THEN 100
                  ELSE ROUND(100.0 * COUNT(x."id") FILTER (WHERE EXISTS (
                         SELECT 1 FROM "Duty" d
                          WHERE d."tenantId" = x."tenantId" AND d."unitId" = x."id" AND d."kind" = 'FIRST_RESPONSIBLE'
                            AND d."startDate" <= ${yearEnd(year)} AND (d."endDate" IS NULL OR d."endDate" > ${yearEnd(year)}))) / COUNT(x."id"), 2)
             END::text AS value
        FROM unnest(${ids}::text[]) AS s(id)
        LEFT JOIN "OrgUnit" x ON x."tenantId" = ${tenantId} AND x."ancestorIds" @> ARRAY[s.id] AND x."archivedAt" IS NULL
                             AND x."kind" IN ('BUREAU_COMMITTEE', 'PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH')
       GROUP BY s.id`),
};

/**
 * 干部职工评议: the average rating (评议) of the subject's own assessment that year, as a percentage
 * of its set's scale ((avg − min) / (max − min) × 100). Recomputed when the assessment is finalised.
 */
const staffRating: IndicatorSource = {
  key: 'STAFF_RATING',
  name: '干部职工评议 (average rating by cadres and staff, as % of the scale)',
  measure: '% (percent)',
  requires: [{ table: 'AssessmentRating', columns: ['score'] }],
  forUnits: (db, tenantId, unitIds, year) =>
    perSubject(db, unitIds, (ids) => Prisma.sql`
      SELECT a."unitId" AS id,
             ROUND(100 * (AVG(r."score") - MIN(st."ratingScaleMin")) / (MIN(st."ratingScaleMax") - MIN(st."ratingScaleMin")), 2)::text AS value
        FROM "Assessment" a
        JOIN "IndicatorSet" st ON st."tenantId" = a."tenantId" AND st."id" = a."setId"
        JOIN "AssessmentRating" r ON r."tenantId" = a."tenantId" AND r."assessmentId" = a."id"
       WHERE a."tenantId" = ${tenantId} AND a."year" = ${year} AND a."personId" IS NULL AND a."unitId" = ANY(${ids}::text[])
       GROUP BY a."unitId"`),
  forPeople: (db, tenantId, personIds, year) =>
    perSubject(db, personIds, (ids) => Prisma.sql`
      SELECT a."personId" AS id,
             ROUND(100 * (AVG(r."score") - MIN(st."ratingScaleMin")) / (MIN(st."ratingScaleMax") - MIN(st."ratingScaleMin")), 2)::text AS value
        FROM "Assessment" a
        JOIN "IndicatorSet" st ON st."tenantId" = a."tenantId" AND st."id" = a."setId"
        JOIN "AssessmentRating" r ON r."tenantId" = a."tenantId" AND r."assessmentId" = a."id"
       WHERE a."tenantId" = ${tenantId} AND a."year" = ${year} AND a."personId" = ANY(${ids}::text[])
       GROUP BY a."personId"`),
};

// ---------------------------------------------------------------------------------------------
// Sources over the records of the plan-and-compliance feature (WorkRecord, WorkItem) and of the
// risks feature (Risk). They switch on when those tables exist with the columns named here.
// Enum columns are compared as text, so a value their enum lacks yields no rows, not an error.

/** 专题学习 (task 5): committee special studies held by the unit itself in the year. */
const committeeStudies: IndicatorSource = {
  key: 'COMMITTEE_STUDIES',
  name: '党委（党组）专题学习研究意识形态工作次数 (special committee studies held; the rule asks 2 a year)',
  measure: '次 (studies)',
  requires: [{ table: 'WorkRecord', columns: ['tenantId', 'unitId', 'kind', 'date'] }],
  forUnits: (db, tenantId, unitIds, year) =>
    perSubject(db, unitIds, (ids) => Prisma.sql`
      SELECT w."unitId" AS id, COUNT(*)::text AS value
        FROM "WorkRecord" w
       WHERE w."tenantId" = ${tenantId} AND w."unitId" = ANY(${ids}::text[]) AND w."kind"::text = 'COMMITTEE_STUDY'
         AND w."date" >= ${yearStart(year)} AND w."date" < ${nextYearStart(year)}
       GROUP BY w."unitId"`),
};

/**
 * 报告按时报送率 (task 5, IV.1): of the two reports a year — the special report upward (any date in
 * the year) and the annual responsibility report (by 10 December) — the share made on time.
 */
const reportsOnTime: IndicatorSource = {
  key: 'REPORTS_ON_TIME',
  name: '专题报告、年度责任制报告按时报送率 (special and annual reports made on time)',
  measure: '% (percent)',
  requires: [{ table: 'WorkRecord', columns: ['tenantId', 'unitId', 'kind', 'date'] }],
  forUnits: (db, tenantId, unitIds, year) =>
    perSubject(db, unitIds, (ids) => Prisma.sql`
      SELECT s.id,
             (50 * (CASE WHEN bool_or(w."kind"::text = 'SPECIAL_REPORT') THEN 1 ELSE 0 END
                  + CASE WHEN bool_or(w."kind"::text = 'ANNUAL_RESPONSIBILITY_REPORT'
                                      AND w."date" <= ${new Date(Date.UTC(year, 11, 10))}) THEN 1 ELSE 0 END))::text AS value
        FROM unnest(${ids}::text[]) AS s(id)
        JOIN "WorkRecord" w ON w."tenantId" = ${tenantId} AND w."unitId" = s.id
                           AND w."date" >= ${yearStart(year)} AND w."date" < ${nextYearStart(year)}
       GROUP BY s.id`),
};

/** 任务按期完成率 (IV.1): work items due in the year in the subtree, done by their due date (China time). */
const workItemsOnTime: IndicatorSource = {
  key: 'WORK_ITEMS_ON_TIME',
  name: '年度任务按期完成率 (work items due in the year done on time)',
  measure: '% (percent)',
  requires: [{ table: 'WorkItem', columns: ['tenantId', 'unitId', 'dueDate', 'status', 'completedAt'] }],
  forUnits: (db, tenantId, unitIds, year) =>
    perSubject(db, unitIds, (ids) => Prisma.sql`
      SELECT s.id,
             CASE WHEN COUNT(i.*) = 0 THEN 100
                  ELSE ROUND(100.0 * COUNT(i.*) FILTER (WHERE i."status"::text = 'DONE' AND i."completedAt" IS NOT NULL
                         AND (i."completedAt" AT TIME ZONE 'Asia/Shanghai')::date <= i."dueDate"::date) / COUNT(i.*), 2)
             END::text AS value
        FROM unnest(${ids}::text[]) AS s(id)
        JOIN "OrgUnit" u ON u."tenantId" = ${tenantId} AND u."ancestorIds" @> ARRAY[s.id]
        LEFT JOIN "WorkItem" i ON i."tenantId" = u."tenantId" AND i."unitId" = u."id"
                              AND i."dueDate" >= ${yearStart(year)} AND i."dueDate" < ${nextYearStart(year)}
       GROUP BY s.id`),
};

/** 风险及时处置率 (tasks 6, 7, 13): risks with a deadline in the year in the subtree, handled by it. */
const risksHandledInTime: IndicatorSource = {
  key: 'RISKS_HANDLED_IN_TIME',
  name: '风险隐患及时处置率 (risks handled within their deadline)',
  measure: '% (percent)',
  requires: [{ table: 'Risk', columns: ['tenantId', 'unitId', 'handlingDeadline', 'handledAt'] }],
  forUnits: (db, tenantId, unitIds, year) =>
    perSubject(db, unitIds, (ids) => Prisma.sql`
      SELECT s.id,
             CASE WHEN COUNT(r.*) = 0 THEN 100
                  ELSE ROUND(100.0 * COUNT(r.*) FILTER (WHERE r."handledAt" IS NOT NULL
                         AND (r."handledAt" AT TIME ZONE 'Asia/Shanghai')::date <= r."handlingDeadline"::date) / COUNT(r.*), 2)
             END::text AS value
        FROM unnest(${ids}::text[]) AS s(id)
        JOIN "OrgUnit" u ON u."tenantId" = ${tenantId} AND u."ancestorIds" @> ARRAY[s.id]
        LEFT JOIN "Risk" r ON r."tenantId" = u."tenantId" AND r."unitId" = u."id"
                          AND r."handlingDeadline" >= ${yearStart(year)} AND r."handlingDeadline" < ${nextYearStart(year)}
       GROUP BY s.id`),
};

export const INDICATOR_SOURCES: readonly IndicatorSource[] = [
  trainingHours, liaisonContacts, liaisonSectors, dutyCoverage, teamCompleteness, staffRating,
  committeeStudies, reportsOnTime, workItemsOnTime, risksHandledInTime,
];

const BY_KEY = new Map(INDICATOR_SOURCES.map((s) => [s.key, s]));

export function sourceByKey(key: string): IndicatorSource | undefined {
  return BY_KEY.get(key);
}

/** The keys of the sources whose tables and columns exist in this database. One statement. */
export async function availableSources(db: Db): Promise<Set<string>> {
  const tables = [...new Set(INDICATOR_SOURCES.flatMap((s) => s.requires.map((r) => r.table)))];
  const rows = await db.$queryRaw<{ table: string; column: string }[]>`
    SELECT c."table_name" AS "table", c."column_name" AS "column"
      FROM information_schema.columns c
     WHERE c."table_schema" = current_schema() AND c."table_name" = ANY(${tables}::text[])`;
  const present = new Set(rows.map((r) => `${r.table}.${r.column}`));
  return new Set(
    INDICATOR_SOURCES.filter((s) => s.requires.every((r) => r.columns.every((c) => present.has(`${r.table}.${c}`)))).map((s) => s.key),
  );
}

/** Refuses a source that is unknown or not available here, naming it. */
export function assertSourcesAvailable(keys: readonly string[], available: ReadonlySet<string>, field: string) {
  for (const key of keys) {
    if (!BY_KEY.has(key)) throw new DomainError('BAD_USER_INPUT', `unknown indicator source ${key}`, { field });
    if (!available.has(key)) throw new DomainError('INDICATOR_SOURCE_UNAVAILABLE', undefined, { field, source: key });
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
    if (!source) throw new DomainError('INDICATOR_SOURCE_UNAVAILABLE', undefined, { source: key });
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
