import type { PrismaClient } from './client.js';

/**
 * A fingerprint of every table: its row count and an MD5 of its rows' text, in a fixed order. Two
 * databases with equal fingerprints hold the same rows (backup and restore are compared with it,
 * and an import that should change nothing is checked with it). One statement per table.
 */
export type TableFingerprints = Record<string, { rows: number; md5: string }>;

export async function tableNames(db: PrismaClient): Promise<string[]> {
  const rows = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name COLLATE "C"`;
  return rows.map((r) => r.name);
}

export async function tableFingerprints(db: PrismaClient, only?: readonly string[]): Promise<TableFingerprints> {
  const out: TableFingerprints = {};
  for (const name of only ?? (await tableNames(db))) {
    const quoted = `"${name.replace(/"/g, '""')}"`;
    const [row] = await db.$queryRawUnsafe<{ rows: bigint; md5: string }[]>(
      `SELECT count(*) AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text COLLATE "C"), '')) AS md5 FROM ${quoted} t`,
    );
    out[name] = { rows: Number(row!.rows), md5: row!.md5 };
  }
  return out;
}
