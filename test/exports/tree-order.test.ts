import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadViewer } from '../../src/authz/scope.js';
import type { ExportLedgerCode } from '../../src/modules/exports/ledger.js';
import { openExport } from '../../src/modules/exports/service.js';
import { createTestApp, type TestApp } from '../helpers.js';
import { csvOf } from './helpers.js';

/**
 * Ledger rows in tree order (issue 13, point 7): units root first, then depth-first by sort order
 * (then name), and rows of other ledgers grouped by unit in that order — computed in SQL
 * (OrgUnit."treeKey", kept by a trigger), paged across small pages. A sort order changed in the
 * database reorders the ledger with the unit's whole subtree.
 */

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

/** The bureau's units depth-first by (sortOrder, name, id), as the org chart reads. */
async function treeOrder(): Promise<{ id: string; name: string }[]> {
  const units = await app.db.prisma.orgUnit.findMany({ where: { tenantId: app.demo.bureau.tenantId }, select: { id: true, name: true, parentId: true, sortOrder: true } });
  const children = new Map<string | null, typeof units>();
  for (const u of units) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  const out: { id: string; name: string }[] = [];
  const visit = (parentId: string | null) => {
    const list = (children.get(parentId) ?? []).sort((a, b) => a.sortOrder - b.sortOrder || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.id < b.id ? -1 : 1));
    for (const u of list) { out.push(u); visit(u.id); }
  };
  visit(null);
  return out;
}

async function ledger(username: string, code: ExportLedgerCode, extra: { status?: string; year?: number } = {}) {
  const account = await app.db.prisma.userAccount.findUniqueOrThrow({ where: { username } });
  const viewer = await loadViewer(app.db.prisma, account.id);
  const download = await openExport(app.db.prisma, viewer, { ledger: code, format: 'CSV', ...extra }, new Date(), { pageSize: 3 });
  const chunks: Uint8Array[] = [];
  for await (const chunk of download.body) chunks.push(chunk);
  return csvOf(new Response(new Blob(chunks as BlobPart[])));
}

describe('ledgers list units in tree order', () => {
  it('ORG_UNITS: root first, then depth-first by sort order, across pages', async () => {
    const { records } = await ledger('secretary', 'ORG_UNITS', { status: 'ALL' });
    const expected = (await treeOrder()).map((u) => u.id);
    expect(records.map((r) => r['系统编号'])).toEqual(expected);
    expect(records[0]!['层级']).toBe('0');
  });

  it('a changed sort order moves the unit with its subtree; rows of other ledgers follow their units', async () => {
    // The last of the root's children (with its subtree) goes first.
    const root = await app.db.prisma.orgUnit.findFirstOrThrow({ where: { tenantId: app.demo.bureau.tenantId, parentId: null } });
    const tops = await app.db.prisma.orgUnit.findMany({ where: { parentId: root.id }, orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }] });
    const last = tops.find((u) => u.id === app.demo.bureau.units.get('forestry')) ?? tops[tops.length - 1]!;
    await app.db.prisma.orgUnit.update({ where: { id: last.id }, data: { sortOrder: -1 } });
    const order = await treeOrder();
    expect(order[1]!.id).toBe(last.id);
    const { records } = await ledger('secretary', 'ORG_UNITS', { status: 'ALL' });
    expect(records.map((r) => r['系统编号'])).toEqual(order.map((u) => u.id));

    // Work items: their units' places never go back.
    const place = new Map(order.map((u, i) => [u.name, i]));
    for (const [code, header] of [['WORK_ITEMS', '责任单位'], ['WORK_RECORDS', '单位'], ['DUTIES', '单位']] as const) {
      const rows = (await ledger('secretary', code)).records;
      expect(rows.length, code).toBeGreaterThan(3);
      const places = rows.map((r) => place.get(r[header]!));
      expect(places.every((p) => p !== undefined), code).toBe(true);
      expect(places, code).toEqual([...places].sort((a, b) => a! - b!));
      expect(new Set(places).size, code).toBeGreaterThan(1);
    }
  });
});
