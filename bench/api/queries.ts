/**
 * The main screens' queries, as a front-end sends them to zeren, and the same answers from the
 * hand-written floor: one SQL statement per request (the viewer's scope computed inside it from the
 * account's posts and duties in force, DOMAIN.md §3), JSON built by PostgreSQL where it can be.
 * Compliance and the district overview share zeren's pure evaluation (evaluateCompliance), so the
 * two sides differ only in how rows are fetched and shaped. The floor serves bureau people and
 * district roles only (the benchmark's viewers); it is no second implementation of the API.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { parseDate, todayInChina } from '../../src/lib/dates.js';
import {
  evaluateCompliance, isCountingRule, MONTHS_PER_PERIOD, tally, type CountRow, type CountingRule, type TeamPostRow,
} from '../../src/modules/obligations/service.js';
import { ANNUAL_REPORT_RULE_CODE } from '../../src/modules/district/service.js';
import type { ObligationRule } from '../../src/generated/prisma/client.js';
import type { BenchData } from './data.js';

export type ViewerName = 'secretary' | 'branch' | 'district';
export type Sql = (text: string, params: unknown[]) => Promise<Record<string, unknown>[]>;
export interface Claims { userId: string; sessionVersion: number }

export interface BenchQuery {
  name: string;
  viewers: ViewerName[];
  document: string;
  variables: (data: BenchData, viewer: ViewerName) => Record<string, unknown>;
  /** The floor's answer, as the JSON text zeren would send. */
  floor: (sql: Sql, claims: Claims, variables: Record<string, unknown>, now: Date) => Promise<string>;
}

const ymd = (d: Date) => d.toISOString().slice(0, 10);
const rawId = (gid: unknown) => Buffer.from(String(gid), 'base64').toString('utf8').split(':').slice(1).join(':');
/** A Relay global id in SQL (base64 of "Type:id", as @pothos/plugin-relay encodes it). */
const gid = (type: string, expr: string) => `translate(encode(convert_to('${type}:' || ${expr}, 'UTF8'), 'base64'), E'\\n', '')`;

/**
 * The scope of a bureau person, in SQL: $1 account id, $2 session version, $3 today. `sc` is one row
 * (tenant, subtree roots, single units); `vis(u)` is the visibility predicate on an OrgUnit alias.
 */
const SCOPE = `
  acct AS (SELECT a."personId", a."tenantId" FROM "UserAccount" a
            WHERE a."id" = $1 AND a."sessionVersion" = $2 AND a."disabledAt" IS NULL AND NOT a."mustChangePassword" AND a."personId" IS NOT NULL),
  duty AS (SELECT d."id", d."kind", d."unitId" FROM "Duty" d JOIN acct ON d."tenantId" = acct."tenantId" AND d."personId" = acct."personId"
            WHERE d."startDate" <= $3::date AND (d."endDate" IS NULL OR d."endDate" > $3::date)),
  sc AS (SELECT acct."tenantId",
                ARRAY(SELECT "unitId" FROM duty WHERE kind <> 'DUAL_DUTY'
                      UNION SELECT s."unitId" FROM "DutyScopeUnit" s JOIN duty ON duty."id" = s."dutyId" AND duty.kind = 'DUAL_DUTY') AS roots,
                ARRAY(SELECT p."unitId" FROM "Post" p WHERE p."tenantId" = acct."tenantId" AND p."personId" = acct."personId"
                         AND p."startDate" <= $3::date AND (p."endDate" IS NULL OR p."endDate" > $3::date)
                      UNION SELECT "unitId" FROM duty WHERE kind = 'DUAL_DUTY') AS singles
           FROM acct)`;
const vis = (u: string) => `(${u}."tenantId" = sc."tenantId" AND (${u}."ancestorIds" && sc.roots OR ${u}."id" = ANY(sc.singles)))`;
const scopeParams = (c: Claims, now: Date) => [c.userId, c.sessionVersion, ymd(todayInChina(now))];

const TREE_SQL = `
WITH ${SCOPE},
  page AS (SELECT u.* FROM "OrgUnit" u, sc WHERE ${vis('u')} AND u."archivedAt" IS NULL ORDER BY u."depth", u."sortOrder", u."id" LIMIT 100)
SELECT json_build_object('data', json_build_object('orgUnits', json_build_object(
  'totalCount', (SELECT count(*) FROM "OrgUnit" u, sc WHERE ${vis('u')} AND u."archivedAt" IS NULL),
  'edges', COALESCE((SELECT json_agg(json_build_object('node', json_build_object(
      'id', ${gid('OrgUnit', 'p."id"')}, 'name', p."name", 'kind', p."kind",
      'parent', (SELECT json_build_object('id', ${gid('OrgUnit', 'pu."id"')}) FROM "OrgUnit" pu, sc WHERE pu."id" = p."parentId" AND ${vis('pu')}),
      'children', COALESCE((SELECT json_agg(json_build_object('id', ${gid('OrgUnit', 'c."id"')}, 'name', c."name") ORDER BY c."sortOrder", c."name")
                              FROM "OrgUnit" c, sc WHERE c."parentId" = p."id" AND c."archivedAt" IS NULL AND ${vis('c')}), '[]'),
      'leadershipTeam', COALESCE((SELECT json_agg(json_build_object('role', po."role", 'person', json_build_object('name', pe."name")) ORDER BY po."role", po."startDate", po."id")
                              FROM "Post" po JOIN "Person" pe ON pe."id" = po."personId"
                             WHERE po."tenantId" = p."tenantId" AND po."unitId" = p."id" AND po."endDate" IS NULL
                               AND po."role" IN ('SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER')), '[]'),
      'duties', COALESCE((SELECT json_agg(json_build_object('kind', d."kind", 'person', json_build_object('name', pe."name"),
                                   'scopeUnits', COALESCE((SELECT json_agg(json_build_object('id', ${gid('OrgUnit', 's."unitId"')}) ORDER BY s."unitId")
                                                             FROM "DutyScopeUnit" s JOIN "OrgUnit" su ON su."id" = s."unitId", sc
                                                            WHERE s."dutyId" = d."id" AND ${vis('su')}), '[]')) ORDER BY d."kind", d."startDate", d."id")
                              FROM "Duty" d JOIN "Person" pe ON pe."id" = d."personId"
                             WHERE d."tenantId" = p."tenantId" AND d."unitId" = p."id" AND d."startDate" <= $3::date AND (d."endDate" IS NULL OR d."endDate" > $3::date)), '[]')
    )) ORDER BY p."depth", p."sortOrder", p."id") FROM page p), '[]')
)))::text AS body`;

const RISKS_SQL = `
WITH ${SCOPE},
  visible AS (SELECT r.* FROM "Risk" r JOIN "OrgUnit" u ON u."tenantId" = r."tenantId" AND u."id" = r."unitId", sc WHERE ${vis('u')}),
  page AS (SELECT * FROM visible ORDER BY "reportedAt" DESC, "id" DESC LIMIT 100)
SELECT json_build_object('data', json_build_object('risks', json_build_object(
  'totalCount', (SELECT count(*) FROM visible),
  'edges', COALESCE((SELECT json_agg(json_build_object('node', json_build_object(
      'id', ${gid('Risk', 'r."id"')}, 'title', r."title", 'stage', r."stage", 'severity', r."severity",
      'isOverdue', r."stage" IN ('MONITORED', 'ASSESSED', 'WARNED') AND r."handlingDeadline" < $3::date,
      'unit', (SELECT json_build_object('name', u."name") FROM "OrgUnit" u WHERE u."id" = r."unitId"),
      'responsiblePerson', (SELECT json_build_object('name', pe."name") FROM "Person" pe WHERE pe."id" = r."responsiblePersonId"),
      'transitions', COALESCE((SELECT json_agg(json_build_object('toStage', t."toStage", 'actor', json_build_object('name', pe."name")) ORDER BY t."at", t."id")
                                 FROM "RiskTransition" t JOIN "Person" pe ON pe."id" = t."actorPersonId" WHERE t."riskId" = r."id"), '[]')
    )) ORDER BY r."reportedAt" DESC, r."id" DESC) FROM page r), '[]')
)))::text AS body`;

const WORK_ITEMS_SQL = `
WITH ${SCOPE},
  visible AS (SELECT w.* FROM "WorkItem" w JOIN "OrgUnit" u ON u."tenantId" = w."tenantId" AND u."id" = w."unitId"
                JOIN "AnnualPlan" pl ON pl."tenantId" = w."tenantId" AND pl."id" = w."planId", sc
               WHERE ${vis('u')} AND pl."year" = $4),
  page AS (SELECT * FROM visible ORDER BY "dueDate", "id" LIMIT 100)
SELECT json_build_object('data', json_build_object('workItems', json_build_object(
  'totalCount', (SELECT count(*) FROM visible),
  'edges', COALESCE((SELECT json_agg(json_build_object('node', json_build_object(
      'id', ${gid('WorkItem', 'w."id"')}, 'title', w."title", 'status', w."status", 'dueDate', to_char(w."dueDate", 'YYYY-MM-DD'),
      'isOverdue', w."status" IN ('PLANNED', 'IN_PROGRESS') AND w."dueDate" < $3::date,
      'unit', (SELECT json_build_object('name', u."name") FROM "OrgUnit" u WHERE u."id" = w."unitId"),
      'responsiblePerson', (SELECT json_build_object('name', pe."name") FROM "Person" pe WHERE pe."id" = w."responsiblePersonId")
    )) ORDER BY w."dueDate", w."id") FROM page w), '[]')
)))::text AS body`;

const MONTHS = Object.entries(MONTHS_PER_PERIOD).map(([p, m]) => `('${p}', ${m})`).join(', ');

/**
 * complianceFor's three statements as one: the count rows of the selected units, the rules they
 * name and the team posts of the per-person rules' units, as one JSON document. `units` is a
 * query over "OrgUnit" u selecting "tenantId", "id", "kind", "ancestorIds".
 */
const complianceSql = (units: string, extra = '') => `
  units AS (${units}),
  pairs AS (
    SELECT u."tenantId", u."id" AS "unitId", u."ancestorIds", r."id" AS "ruleId", r."recordKind", r."requiredRecipients", r."requiredCopies", r."countPer", m."months"
      FROM units u
      JOIN "ObligationRule" r ON r."tenantId" = u."tenantId" AND r."active" AND r."ruleKind" = 'RECORD_COUNT'
           AND (cardinality(r."appliesToKinds") = 0 OR u."kind" = ANY(r."appliesToKinds"))
      JOIN (VALUES ${MONTHS}) AS m("period", "months") ON m."period" = r."period"::text),
  counted AS (
    SELECT p."tenantId", p."unitId", p."ancestorIds", p."ruleId",
           COALESCE((extract(month FROM w."date")::int - 1) / p."months", -1)::int AS "periodIndex",
           CASE WHEN p."countPer" = 'TEAM_MEMBER' THEN w."personId" END AS "personId",
           count(w."id")::int AS "count",
           array_remove(array_agg(w."id" ORDER BY w."date", w."id"), NULL) AS "recordIds",
           array_remove(array_agg(to_char(w."date", 'YYYY-MM-DD') ORDER BY w."date", w."id"), NULL) AS "recordDates",
           array_remove(array_agg(to_char((w."filedAt" AT TIME ZONE 'UTC' + interval '8 hours')::date, 'YYYY-MM-DD') ORDER BY w."date", w."id"), NULL) AS "filedDates"
      FROM pairs p
      LEFT JOIN "WorkRecord" w
        ON w."tenantId" = p."tenantId" AND w."unitId" = p."unitId" AND w."kind" = p."recordKind"
       AND w."reportingYear" = $Y AND (w."filedAt" AT TIME ZONE 'UTC' + interval '8 hours')::date <= $ASOF::date
       AND w."sentTo" @> p."requiredRecipients" AND (w."sentTo" || w."copiedTo") @> p."requiredCopies"
     GROUP BY 1, 2, 3, 4, 5, 6)
SELECT json_build_object(
  'rows', COALESCE((SELECT json_agg(c) FROM counted c), '[]'),
  'rules', COALESCE((SELECT json_agg(r) FROM "ObligationRule" r WHERE r."id" IN (SELECT "ruleId" FROM counted)), '[]'),
  'posts', COALESCE((SELECT json_agg(json_build_object('unitId', po."unitId", 'personId', po."personId", 'startDate', po."startDate", 'endDate', po."endDate") ORDER BY po."startDate", po."personId")
                       FROM "Post" po WHERE po."role" IN ('SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER')
                        AND po."startDate" <= LEAST($ASOF::date, make_date($Y, 12, 31)) AND (po."endDate" IS NULL OR po."endDate" > make_date($Y, 1, 1))
                        AND po."unitId" IN (SELECT c."unitId" FROM counted c JOIN "ObligationRule" r ON r."id" = c."ruleId" WHERE r."countPer" = 'TEAM_MEMBER')), '[]')
  ${extra}
)::text AS body`;

interface ComplianceJson { rows: CountRow[]; rules: (ObligationRule & Record<string, unknown>)[]; posts: { unitId: string; personId: string; startDate: string; endDate: string | null }[] }

/** The JSON rows back into the shapes complianceFor reads from Prisma (dates as Date). */
function evaluate(json: ComplianceJson, year: number, asOf: Date) {
  const rules = new Map<string, CountingRule>();
  for (const r of json.rules) {
    const rule = { ...r, createdAt: new Date(r.createdAt), updatedAt: new Date(r.updatedAt) } as ObligationRule;
    if (isCountingRule(rule)) rules.set(rule.id, rule);
  }
  const posts: TeamPostRow[] = json.posts.map((p) => ({ unitId: p.unitId, personId: p.personId, startDate: new Date(p.startDate), endDate: p.endDate ? new Date(p.endDate) : null }));
  return evaluateCompliance(json.rows, rules, posts, year, asOf);
}

const bind = (sql: string, year: string, asOf: string) => sql.replaceAll('$Y', year).replaceAll('$ASOF', asOf);

export const QUERIES: BenchQuery[] = [
  {
    name: 'tree',
    viewers: ['secretary', 'branch'],
    document: `query BenchTree { orgUnits(first: 100) { totalCount edges { node { id name kind parent { id } children { id name } leadershipTeam { role person { name } } duties { kind person { name } scopeUnits { id } } } } } }`,
    variables: () => ({}),
    floor: async (sql, claims, _v, now) => String((await sql(TREE_SQL, scopeParams(claims, now)))[0]!.body),
  },
  {
    name: 'compliance',
    viewers: ['secretary', 'branch'],
    document: `query BenchCompliance($unitId: ID!, $year: Int!, $asOf: Date) { compliance(unitId: $unitId, year: $year, asOf: $asOf) { rule { code name } required counted status } }`,
    variables: (data, viewer) => ({ unitId: encodeGlobalID('OrgUnit', viewer === 'branch' ? data.branchId : data.rootId), year: data.year, asOf: data.asOf }),
    floor: async (sql, claims, v, now) => {
      const unitId = rawId(v.unitId);
      const text = `WITH ${SCOPE},
        ${bind(complianceSql(`SELECT u."tenantId", u."id", u."kind", u."ancestorIds" FROM "OrgUnit" u, sc WHERE u."id" = $4 AND u."archivedAt" IS NULL AND ${vis('u')}`,
          `, 'found', EXISTS (SELECT 1 FROM "OrgUnit" u, sc WHERE u."id" = $4 AND ${vis('u')})`), '$5', '$6')}`;
      const json = JSON.parse(String((await sql(text, [...scopeParams(claims, now), unitId, v.year, v.asOf]))[0]!.body)) as ComplianceJson & { found: boolean };
      if (!json.found) return JSON.stringify({ errors: [{ message: 'not found', extensions: { code: 'NOT_FOUND' } }], data: null });
      const entries = evaluate(json, Number(v.year), parseDate(String(v.asOf))!);
      return JSON.stringify({ data: { compliance: entries.map((e) => ({ rule: { code: e.rule.code, name: e.rule.name }, required: e.required, counted: e.counted, status: e.status })) } });
    },
  },
  {
    name: 'risks',
    viewers: ['secretary', 'branch'],
    document: `query BenchRisks { risks(first: 100) { totalCount edges { node { id title stage severity isOverdue unit { name } responsiblePerson { name } transitions { toStage actor { name } } } } } }`,
    variables: () => ({}),
    floor: async (sql, claims, _v, now) => String((await sql(RISKS_SQL, scopeParams(claims, now)))[0]!.body),
  },
  {
    name: 'workItems',
    viewers: ['secretary', 'branch'],
    document: `query BenchWorkItems($year: Int!) { workItems(first: 100, filter: { year: $year }) { totalCount edges { node { id title status dueDate isOverdue unit { name } responsiblePerson { name } } } } }`,
    variables: (data) => ({ year: data.year }),
    floor: async (sql, claims, v, now) => String((await sql(WORK_ITEMS_SQL, [...scopeParams(claims, now), v.year]))[0]!.body),
  },
  {
    name: 'district',
    viewers: ['district'],
    document: `query BenchDistrict($year: Int!, $asOf: Date) { districtOverview(year: $year, asOf: $asOf) { tenant { name } rulesMet rulesDueSoon rulesOverdue rulesNotYetDue rulesLate workItemsTotal workItemsDone workItemsOverdue annualReportReceived annualReportOnTime annualReportDate } }`,
    variables: (data) => ({ year: data.year, asOf: data.asOf }),
    floor: async (sql, claims, v) => {
      const text = `WITH
        acct AS (SELECT a."districtId" FROM "UserAccount" a WHERE a."id" = $1 AND a."sessionVersion" = $2 AND a."disabledAt" IS NULL
                    AND NOT a."mustChangePassword" AND a."districtRole" IS NOT NULL AND a."personId" IS NULL),
        tenants AS (SELECT t."id", t."name", t."code" FROM "Tenant" t JOIN acct ON t."districtId" = acct."districtId"),
        items AS (SELECT w."tenantId",
                         count(*) FILTER (WHERE w."status" <> 'CANCELLED')::int AS "total",
                         count(*) FILTER (WHERE w."status" = 'DONE')::int AS "done",
                         count(*) FILTER (WHERE w."status" IN ('PLANNED', 'IN_PROGRESS') AND w."dueDate" < $4::date)::int AS "overdue"
                    FROM "WorkItem" w JOIN "AnnualPlan" p ON p."tenantId" = w."tenantId" AND p."id" = w."planId"
                   WHERE w."tenantId" IN (SELECT "id" FROM tenants) AND p."year" = $3 GROUP BY 1),
        ${bind(complianceSql(`SELECT u."tenantId", u."id", u."kind", u."ancestorIds" FROM "OrgUnit" u WHERE u."tenantId" IN (SELECT "id" FROM tenants) AND u."archivedAt" IS NULL`,
          `, 'tenants', COALESCE((SELECT json_agg(json_build_object('id', t."id", 'name', t."name", 'total', i."total", 'done', i."done", 'overdue', i."overdue") ORDER BY t."code")
                                    FROM tenants t LEFT JOIN items i ON i."tenantId" = t."id"), '[]')`), '$3', '$4')}`;
      const json = JSON.parse(String((await sql(text, [claims.userId, claims.sessionVersion, v.year, v.asOf]))[0]!.body)) as ComplianceJson & {
        tenants: { id: string; name: string; total: number | null; done: number | null; overdue: number | null }[];
      };
      const entries = evaluate(json, Number(v.year), parseDate(String(v.asOf))!);
      return JSON.stringify({
        data: {
          districtOverview: json.tenants.map((t) => {
            const own = entries.filter((e) => e.tenantId === t.id);
            const rules = tally(own);
            const annual = own.find((e) => e.rule.code === ANNUAL_REPORT_RULE_CODE && e.ancestorIds.length === 1);
            const first = annual?.recordDates[0] ?? null;
            return {
              tenant: { name: t.name }, rulesMet: rules.met, rulesDueSoon: rules.dueSoon, rulesOverdue: rules.overdue, rulesNotYetDue: rules.notYetDue, rulesLate: rules.late,
              workItemsTotal: t.total ?? 0, workItemsDone: t.done ?? 0, workItemsOverdue: t.overdue ?? 0,
              annualReportReceived: first !== null, annualReportOnTime: !!annual && annual.periods.every((p) => p.onTime >= p.required), annualReportDate: first,
            };
          }),
        },
      });
    },
  },
];
