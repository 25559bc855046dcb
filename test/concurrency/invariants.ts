import type { Viewer } from '../../src/authz/scope.js';
import { loadViewer } from '../../src/authz/scope.js';
import type { Database } from '../../src/db/client.js';
import { verifyAllChains } from '../../src/modules/audit/chain.js';
import type { TestApp } from '../helpers.js';

/**
 * The concurrency suite runs only on PostgreSQL: PGlite runs one transaction at a time, so the races
 * it looks for cannot happen there.
 */
export const onPostgres = /^postgres(ql)?:/.test(process.env.DATABASE_URL ?? '');

/** Says why a concurrency file is skipped (call at the top of each file). */
export function announceSkip(file: string): void {
  if (!onPostgres) console.info(`${file}: skipped — needs DATABASE_URL=postgresql://… (PGlite runs one transaction at a time)`);
}

export async function viewerOf(app: TestApp, username: string): Promise<Viewer> {
  const account = await app.db.prisma.userAccount.findFirstOrThrow({ where: { username } });
  return loadViewer(app.db.prisma, account.id);
}

const COMMITTEES = `('BUREAU_COMMITTEE', 'PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH')`;

/**
 * Invariants over the whole database, in plain SQL written independently of the services and the
 * database's own rule triggers. Each query returns the rows that break its invariant.
 */
const CHECKS: Record<string, string> = {
  // The tree is a tree: one root per bureau, each other unit's ancestry is its parent's plus itself
  // (so no unit is its own ancestor), and depth matches.
  'tree: ancestry agrees with parentId': `
    SELECT u."id" FROM "OrgUnit" u LEFT JOIN "OrgUnit" p ON p."tenantId" = u."tenantId" AND p."id" = u."parentId"
     WHERE (u."parentId" IS NULL AND u."ancestorIds" <> ARRAY[u."id"])
        OR (u."parentId" IS NOT NULL AND (p."id" IS NULL OR u."ancestorIds" <> p."ancestorIds" || u."id"))
        OR cardinality(u."ancestorIds") <> u."depth" + 1`,
  'tree: no unit in its own ancestry above itself': `
    SELECT u."id" FROM "OrgUnit" u WHERE u."id" = ANY (u."ancestorIds"[1:u."depth"])`,
  // Ledger order (issue 13): a unit's tree key extends its parent's current key, so a rename,
  // reorder or move that raced a create below it left no child keyed under a stale parent key.
  'tree: tree key extends the parent\'s': `
    SELECT u."id" FROM "OrgUnit" u JOIN "OrgUnit" p ON p."tenantId" = u."tenantId" AND p."id" = u."parentId"
     WHERE length(u."treeKey") <= length(p."treeKey") OR left(u."treeKey", length(p."treeKey")) <> p."treeKey"`,
  // Rules are versioned by year (issue 21): one version per rule and year.
  'rules: one version per rule and year': `
    SELECT "ruleId" FROM "ObligationRuleVersion" GROUP BY "ruleId", "fromYear" HAVING count(*) > 1`,
  // A work item is carried into the next plan at most once, and the item it continues is closed as carried.
  'carry-over: the continued item is closed as carried': `
    SELECT n."id" FROM "WorkItem" n JOIN "WorkItem" o ON o."tenantId" = n."tenantId" AND o."id" = n."carriedOverFromId"
     WHERE o."status" <> 'CANCELLED' OR o."cancelReason" <> '转入下一年度'`,
  'tree: one root per bureau': `
    SELECT "tenantId" FROM "OrgUnit" WHERE "parentId" IS NULL GROUP BY "tenantId" HAVING count(*) <> 1`,
  'archived: no live child': `
    SELECT c."id" FROM "OrgUnit" c JOIN "OrgUnit" p ON p."tenantId" = c."tenantId" AND p."id" = c."parentId"
     WHERE p."archivedAt" IS NOT NULL AND c."archivedAt" IS NULL`,
  'archived: no active post': `
    SELECT p."id" FROM "Post" p JOIN "OrgUnit" u ON u."tenantId" = p."tenantId" AND u."id" = p."unitId"
     WHERE u."archivedAt" IS NOT NULL AND p."endDate" IS NULL`,
  'archived: in no active duty scope': `
    SELECT s."unitId" FROM "DutyScopeUnit" s JOIN "Duty" d ON d."tenantId" = s."tenantId" AND d."id" = s."dutyId"
      JOIN "OrgUnit" u ON u."tenantId" = s."tenantId" AND u."id" = s."unitId"
     WHERE d."endDate" IS NULL AND u."archivedAt" IS NOT NULL`,
  // The seven rules (DOMAIN.md §2), rules 1–5 (6 is frozen history, 7 is a report).
  'rule 1: the first responsible person is the secretary': `
    SELECT u."id" FROM "OrgUnit" u
     WHERE u."kind" IN ${COMMITTEES}
       AND (SELECT array_agg(d."personId" ORDER BY d."personId") FROM "Duty" d WHERE d."tenantId" = u."tenantId" AND d."unitId" = u."id" AND d."endDate" IS NULL AND d."kind" = 'FIRST_RESPONSIBLE')
           IS DISTINCT FROM
           (SELECT array_agg(p."personId" ORDER BY p."personId") FROM "Post" p WHERE p."tenantId" = u."tenantId" AND p."unitId" = u."id" AND p."endDate" IS NULL AND p."role" = 'SECRETARY')`,
  'rule 1: at most one secretary': `
    SELECT "unitId" FROM "Post" WHERE "endDate" IS NULL AND "role" = 'SECRETARY' GROUP BY "unitId" HAVING count(*) > 1`,
  'rule 1: a team with members has a secretary': `
    SELECT DISTINCT p."unitId" FROM "Post" p WHERE p."endDate" IS NULL AND p."role" IN ('DEPUTY_SECRETARY', 'COMMITTEE_MEMBER')
       AND NOT EXISTS (SELECT 1 FROM "Post" s WHERE s."tenantId" = p."tenantId" AND s."unitId" = p."unitId" AND s."endDate" IS NULL AND s."role" = 'SECRETARY')`,
  'rule 2: at most one direct responsible person, never the secretary': `
    SELECT d."unitId" FROM "Duty" d WHERE d."endDate" IS NULL AND d."kind" = 'DIRECT_RESPONSIBLE'
     GROUP BY d."unitId" HAVING count(*) > 1
    UNION ALL
    SELECT d."unitId" FROM "Duty" d JOIN "Post" p ON p."tenantId" = d."tenantId" AND p."id" = d."postId"
     WHERE d."endDate" IS NULL AND d."kind" = 'DIRECT_RESPONSIBLE' AND p."role" = 'SECRETARY'`,
  'rule 2: bureau and party committees with members have a direct responsible person': `
    SELECT u."id" FROM "OrgUnit" u WHERE u."kind" IN ('BUREAU_COMMITTEE', 'PARTY_COMMITTEE')
       AND EXISTS (SELECT 1 FROM "Post" p WHERE p."tenantId" = u."tenantId" AND p."unitId" = u."id" AND p."endDate" IS NULL AND p."role" IN ('DEPUTY_SECRETARY', 'COMMITTEE_MEMBER'))
       AND NOT EXISTS (SELECT 1 FROM "Duty" d WHERE d."tenantId" = u."tenantId" AND d."unitId" = u."id" AND d."endDate" IS NULL AND d."kind" = 'DIRECT_RESPONSIBLE')`,
  'rule 3: every other team member holds exactly one duty with a non-empty scope': `
    SELECT p."id" FROM "Post" p WHERE p."endDate" IS NULL AND p."role" IN ('DEPUTY_SECRETARY', 'COMMITTEE_MEMBER')
       AND (SELECT count(*) FROM "Duty" d WHERE d."tenantId" = p."tenantId" AND d."postId" = p."id" AND d."endDate" IS NULL) <> 1
    UNION ALL
    SELECT d."id" FROM "Duty" d WHERE d."endDate" IS NULL
       AND NOT EXISTS (SELECT 1 FROM "DutyScopeUnit" s WHERE s."tenantId" = d."tenantId" AND s."dutyId" = d."id")`,
  'rule 4: a scope lies in the unit\'s own subtree (first/direct: the unit itself)': `
    SELECT d."id" FROM "Duty" d JOIN "DutyScopeUnit" s ON s."tenantId" = d."tenantId" AND s."dutyId" = d."id"
      JOIN "OrgUnit" u ON u."tenantId" = s."tenantId" AND u."id" = s."unitId"
     WHERE d."endDate" IS NULL AND (NOT (d."unitId" = ANY (u."ancestorIds")) OR (d."kind" <> 'DUAL_DUTY' AND u."id" <> d."unitId"))`,
  'rule 5: one duty per person and unit, resting on an active team post there': `
    SELECT d."unitId" FROM "Duty" d WHERE d."endDate" IS NULL GROUP BY d."tenantId", d."unitId", d."personId" HAVING count(*) > 1
    UNION ALL
    SELECT d."id" FROM "Duty" d LEFT JOIN "Post" p ON p."tenantId" = d."tenantId" AND p."id" = d."postId"
     WHERE d."endDate" IS NULL AND (p."id" IS NULL OR p."endDate" IS NOT NULL OR p."unitId" <> d."unitId"
           OR p."personId" <> d."personId" OR p."role" = 'MEMBER')
    UNION ALL
    SELECT "unitId" FROM "Post" WHERE "endDate" IS NULL GROUP BY "tenantId", "unitId", "personId" HAVING count(*) > 1`,
  // Every stage change of a risk has its transition row: the rows form one path from the report
  // (no from-stage) to the current stage, leaving each stage at most once.
  'risks: each stage change has its transition row': `
    SELECT r."id" FROM "Risk" r
     WHERE (SELECT count(*) FROM "RiskTransition" t WHERE t."tenantId" = r."tenantId" AND t."riskId" = r."id" AND t."fromStage" IS NULL) <> 1
        OR EXISTS (SELECT 1 FROM "RiskTransition" t WHERE t."tenantId" = r."tenantId" AND t."riskId" = r."id" AND t."fromStage" IS NOT NULL
                    GROUP BY t."fromStage" HAVING count(*) > 1)
        OR (SELECT t."toStage" FROM "RiskTransition" t WHERE t."tenantId" = r."tenantId" AND t."riskId" = r."id"
             AND NOT EXISTS (SELECT 1 FROM "RiskTransition" n WHERE n."tenantId" = t."tenantId" AND n."riskId" = t."riskId" AND n."fromStage" = t."toStage")
             LIMIT 1) IS DISTINCT FROM r."stage"
        OR EXISTS (SELECT 1 FROM "RiskTransition" t WHERE t."tenantId" = r."tenantId" AND t."riskId" = r."id" AND t."fromStage" IS NOT NULL
                    AND NOT EXISTS (SELECT 1 FROM "RiskTransition" p WHERE p."tenantId" = t."tenantId" AND p."riskId" = t."riskId" AND p."toStage" = t."fromStage"))`,
  // A zero report does not stand for a quarter in which its unit runs a channel.
  'channels: no standing zero report beside a channel of its quarter': `
    SELECT z."id" FROM "ChannelZeroReport" z JOIN "OnlineChannel" c ON c."tenantId" = z."tenantId" AND c."ownerUnitId" = z."unitId"
     WHERE z."supersededAt" IS NULL AND c."status" <> 'CLOSED' AND to_char(c."launchedOn", 'YYYY-"Q"Q') <= z."period"`,
  // 待确认 (issue 21 item 8): only a DONE waits; a confirmed item is DONE and names its confirmer, who is
  // not its responsible person; an item confirmed has exactly one workItem.confirm event after its last DONE.
  'work items: pending and confirmed agree with the status': `
    SELECT w."id" FROM "WorkItem" w
     WHERE (w."pendingConfirmation" AND (w."status" <> 'DONE' OR w."confirmedAt" IS NOT NULL))
        OR (w."confirmedAt" IS NOT NULL AND (w."status" <> 'DONE' OR w."confirmedById" IS NULL OR w."confirmedById" = w."responsiblePersonId"))`,
};

/** Every broken invariant, with up to three offending ids each; [] when the database is sound. */
export async function brokenInvariants(db: Database): Promise<string[]> {
  const broken: string[] = [];
  for (const [name, sql] of Object.entries(CHECKS)) {
    const rows = await db.sql.query<Record<string, unknown>>(sql);
    if (rows.length) broken.push(`${name}: ${rows.slice(0, 3).map((r) => Object.values(r)[0]).join(', ')}`);
  }
  for (const report of await verifyAllChains(db.sql)) {
    if (report.broken) broken.push(`audit chain ${report.chainKey}: ${report.broken.kind} at ${report.broken.seq}`);
  }
  return broken;
}

/** Runs the calls at once (each in its own transaction on its own connection); their outcomes. */
export async function atOnce(calls: readonly (() => Promise<unknown>)[]): Promise<('ok' | string)[]> {
  const settled = await Promise.allSettled(calls.map((call) => call()));
  return settled.map((s) => (s.status === 'fulfilled' ? 'ok' : String((s.reason as { code?: string }).code ?? s.reason)));
}
