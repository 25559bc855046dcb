import { createHash } from 'node:crypto';
import type { SqlSession } from '../../db/migrate.js';

/**
 * Independent verification of the audit hash chains. The database computes each event's hash on
 * insert (trigger `AuditEvent_chain_rule`); this module recomputes it in JavaScript from the stored
 * values, so that a verifier need not trust the database's own function. The canonical text (v1):
 *
 *   zeren-audit-v1
 *   <chainKey>\n<seq>\n<prevHash>\n<tenantId>\n<actorId>\n<action>\n<entityType>\n<entityId>\n<before>\n<after>\n<createdAt>
 *
 * each field written as `<UTF-8 byte length>:<text>`, or `-` for NULL; JSON columns as PostgreSQL
 * prints jsonb; createdAt as an ISO timestamp in UTC with milliseconds. hash = hex sha256.
 */

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainRow {
  chainKey: string;
  seq: string;
  prevHash: string;
  hash: string;
  tenantId: string | null;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string | null;
  createdAt: string;
}

const field = (v: string | null) => (v === null ? '-' : `${Buffer.byteLength(v, 'utf8')}:${v}`);

export function canonicalText(row: Omit<ChainRow, 'hash'>): string {
  return [
    'zeren-audit-v1',
    row.chainKey, row.seq, row.prevHash, row.tenantId, row.actorId, row.action, row.entityType, row.entityId,
    row.before, row.after, row.createdAt,
  ].map((v, i) => (i === 0 ? v : field(v))).join('\n');
}

export const eventHash = (row: Omit<ChainRow, 'hash'>) => createHash('sha256').update(canonicalText(row), 'utf8').digest('hex');

export type BreakKind = 'SEQ_GAP' | 'PREV_HASH_MISMATCH' | 'HASH_MISMATCH';

export interface ChainBreak {
  chainKey: string;
  /** The first seq at which the chain stops verifying. */
  seq: string;
  kind: BreakKind;
  detail: string;
}

export interface ChainReport {
  chainKey: string;
  events: number;
  headSeq: string | null;
  headHash: string | null;
  broken: ChainBreak | null;
}

const SELECT_ROWS = `
  SELECT "chainKey", "seq"::text AS seq, "prevHash", "hash", "tenantId", "actorId", "action", "entityType", "entityId",
         "before"::text AS before, "after"::text AS after,
         to_char("createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"
    FROM "AuditEvent"`;

/**
 * Walks one chain in seq order, a page at a time (memory stays bounded however long the chain),
 * and reports the first broken link: a seq that skips (a row removed), a prevHash that is not the
 * previous event's hash (a row removed or re-linked), or a hash that does not match the event's
 * content (a row altered).
 */
export async function verifyChain(sql: SqlSession, chainKey: string, pageSize = 5000): Promise<ChainReport> {
  let expectedSeq = 1n;
  let previous = GENESIS_HASH;
  let events = 0;
  let head: ChainRow | undefined;
  for (;;) {
    const rows = await sql.query<ChainRow>(
      `${SELECT_ROWS} WHERE "AuditEvent"."chainKey" = $1 AND "AuditEvent"."seq" >= $2::bigint ORDER BY "AuditEvent"."seq" LIMIT $3`,
      [chainKey, expectedSeq.toString(), pageSize],
    );
    for (const row of rows) {
      events += 1;
      const broken = (kind: BreakKind, detail: string): ChainReport => ({
        chainKey, events, headSeq: head?.seq ?? null, headHash: head?.hash ?? null, broken: { chainKey, seq: row.seq, kind, detail },
      });
      if (BigInt(row.seq) !== expectedSeq) {
        return broken('SEQ_GAP', `expected seq ${expectedSeq}, found ${row.seq}: event(s) ${expectedSeq}..${BigInt(row.seq) - 1n} removed`);
      }
      if (row.prevHash !== previous) {
        return broken('PREV_HASH_MISMATCH', `prevHash ${row.prevHash} is not the hash of the previous event (${previous})`);
      }
      const computed = eventHash(row);
      if (computed !== row.hash) {
        return broken('HASH_MISMATCH', `stored hash ${row.hash} but the content hashes to ${computed}: the event was altered`);
      }
      previous = row.hash;
      expectedSeq += 1n;
      head = row;
    }
    if (rows.length < pageSize) break;
  }
  return { chainKey, events, headSeq: head?.seq ?? null, headHash: head?.hash ?? null, broken: null };
}

/**
 * What a person calls each chain (issue 13): a bureau's chain by the bureau's name, a district's by
 * the district's name, the system chain as 系统. A key with no bureau or district behind it (deleted,
 * or a test's) is shown as it is. One statement.
 */
export async function chainNames(sql: SqlSession, chainKeys: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (!chainKeys.length) return names;
  const rows = await sql.query<{ chainKey: string; name: string }>(
    `SELECT t."id" AS "chainKey", t."name" || '（' || d."name" || '）' AS name FROM "Tenant" t JOIN "District" d ON d."id" = t."districtId" WHERE t."id" = ANY ($1::text[])
     UNION ALL
     SELECT 'district:' || d."id", d."name" || '（区级）' FROM "District" d WHERE 'district:' || d."id" = ANY ($1::text[])`,
    [chainKeys],
  );
  for (const r of rows) names.set(r.chainKey, r.name);
  if (chainKeys.includes('system')) names.set('system', '系统 (system)');
  return names;
}

/** Every chain in the database, verified one after the other. */
export async function verifyAllChains(sql: SqlSession): Promise<ChainReport[]> {
  const chains = await sql.query<{ chainKey: string }>(`SELECT DISTINCT "chainKey" FROM "AuditEvent" ORDER BY "chainKey"`);
  const reports: ChainReport[] = [];
  for (const { chainKey } of chains) reports.push(await verifyChain(sql, chainKey));
  return reports;
}
