import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadViewer } from '../../src/authz/scope.js';
import { tableFingerprints, tableNames } from '../../src/db/fingerprint.js';
import type { DutyKind, OrgUnitKind, PostRole } from '../../src/generated/prisma/enums.js';
import { appointToPost } from '../../src/modules/duties/service.js';
import { createUnit } from '../../src/modules/org/service.js';
import { SHEETS } from '../../src/modules/orgchart/sheets.js';
import { download, RequestExport, workbookOf } from '../exports/helpers.js';
import { codes, createTestApp, type TestApp } from '../helpers.js';
import { upload } from '../plan/fixtures.js';
import { ImportOrgChart, importWorkbook, newBureau, workbookBytes, validChart } from './fixtures.js';

/**
 * The round trip: today's org chart exported as ORG_CHART (the template's own format) and imported
 * unchanged changes nothing — the dry run and the real run report no changes and no problems, and
 * every table except the audit trail is as it was (row counts and a content hash per table).
 */

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seed: true });
});
afterAll(() => app?.close());

const ZERO = { units: 0, people: 0, posts: 0, duties: 0, accounts: 0 };

async function exportChart(token: string): Promise<Uint8Array> {
  const requested = await app.ok(RequestExport, { input: { ledger: 'ORG_CHART', format: 'XLSX' } }, token);
  const res = await download(app, requested.requestExport.link.url);
  expect(res.status).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
}

/**
 * Every table but the audit trail (an import and an export are on record, by design) and the
 * response cache's DataVersion counters (issue 24): every write statement bumps its bureau's
 * counter, the audit trail's included, so the import's own audit event moves it. The counters are
 * checked apart: they move exactly once per audit event written, so any other write would show.
 */
async function fingerprint() {
  return tableFingerprints(app.db.prisma, (await tableNames(app.db.prisma)).filter((t) => t !== 'AuditEvent' && t !== 'DataVersion'));
}

/** The sum of the DataVersion counters and the number of audit events. */
async function writeCounters() {
  const rows = await app.db.prisma.$queryRaw<{ versions: bigint | null; audits: bigint }[]>`
    SELECT (SELECT SUM("version") FROM "DataVersion")::bigint AS versions, (SELECT COUNT(*) FROM "AuditEvent")::bigint AS audits`;
  const { versions, audits } = rows[0]!;
  return { versions: Number(versions ?? 0n), audits: Number(audits) };
}

/** Export, then import the file unchanged: dry run and real run report nothing to do; nothing changed. */
async function assertRoundTripIsNoOp(token: string) {
  const bytes = await exportChart(token);
  const before = await fingerprint();
  const countersBefore = await writeCounters();
  for (const dryRun of [true, false]) {
    const result = await importWorkbook(app, token, bytes, dryRun);
    expect(result.errors).toBeUndefined();
    const report = result.data!.importOrgChart;
    expect(report.errors).toEqual([]);
    expect(report.counts).toEqual(ZERO);
    expect(report.accounts).toEqual([]);
  }
  expect(await fingerprint()).toEqual(before);
  // The real run's audit event (one insert statement) is the only write: one bump per audit event.
  const countersAfter = await writeCounters();
  expect(countersAfter.audits - countersBefore.audits).toBe(1);
  expect(countersAfter.versions - countersBefore.versions).toBe(1);
  return bytes;
}

const sheetRows = (book: ExcelJS.Workbook, name: string) =>
  (book.getWorksheet(name)!.getSheetValues().slice(2) as (unknown[] | undefined)[]).filter((r) => r?.some((v) => v != null)).map((r) => r!.slice(1));

describe('the ORG_CHART export', () => {
  it('has the template\'s sheets, headers, date format and drop-down lists, with today\'s chart in them', async () => {
    const book = await workbookOf(new Response(await exportChart(await app.login('secretary')) as Uint8Array<ArrayBuffer>));
    const template = await workbookOf(await download(app, '/templates/org-chart.xlsx'));
    expect(book.worksheets.map((s) => s.name)).toEqual(template.worksheets.map((s) => s.name));
    for (const { name, headers } of Object.values(SHEETS)) {
      expect((book.getWorksheet(name)!.getRow(1).values as unknown[]).slice(1)).toEqual([...headers]);
      book.getWorksheet(name)!.columns.forEach((c, i) => {
        const t = template.getWorksheet(name)!.columns[i]!;
        expect([c.width, c.numFmt]).toEqual([t.width, t.numFmt]);
      });
    }
    expect(book.getWorksheet('组织')!.getCell('C2').dataValidation).toEqual(template.getWorksheet('组织')!.getCell('C2').dataValidation);
    expect(book.getWorksheet('任职')!.getCell('C2').dataValidation).toEqual(template.getWorksheet('任职')!.getCell('C2').dataValidation);
    const units = sheetRows(book, '组织');
    expect(units.length).toBe(app.demo.bureau.units.size);
    expect(units[0]!.slice(2, 3)).toEqual(['局党委']); // the root first
    expect(units[0]![3] ?? '').toBe(''); // with no parent
    const posts = sheetRows(book, '任职');
    expect(posts.length).toBeGreaterThan(10);
    expect(posts.every((p) => p[3] instanceof Date)).toBe(true);
    // The demo's people have no codes: they are written as #id and read back as those people.
    expect(sheetRows(book, '人员').every((p) => String(p[0]).startsWith('#'))).toBe(true);
  });

  it('is refused as CSV (a workbook of several sheets), and to district roles', async () => {
    const csv = await app.run(RequestExport, { input: { ledger: 'ORG_CHART', format: 'CSV' } }, await app.login('secretary'));
    expect(codes(csv)).toEqual(['BAD_USER_INPUT']);
    const district = await app.run(RequestExport, { input: { ledger: 'ORG_CHART', format: 'XLSX' } }, await app.login('district.propaganda'));
    expect(codes(district)).toEqual(['FORBIDDEN']);
  });

  it('a branch secretary gets their own unit only (scoped like every export)', async () => {
    const book = await workbookOf(new Response(await exportChart(await app.login('branch.organs1')) as Uint8Array<ArrayBuffer>));
    expect(sheetRows(book, '组织').length).toBe(1);
    expect(sheetRows(book, '账号')).toEqual([]);
  });
});

describe('export → import changes nothing', () => {
  it('the demo bureau, as the bureau committee\'s secretary (codeless people as #id)', async () => {
    await assertRoundTripIsNoOp(await app.login('secretary'));
  });

  it('an imported bureau with accounts, as its administrator; a second export is the same chart', async () => {
    const bureau = await newBureau(app, 'RTA');
    const first = await importWorkbook(app, bureau.token, await workbookBytes(validChart(bureau.code, '.rt')), false);
    expect(first.data?.importOrgChart.errors).toEqual([]);
    const bytes = await assertRoundTripIsNoOp(bureau.token);
    const again = await exportChart(bureau.token);
    const [a, b] = [await workbookOf(new Response(bytes as Uint8Array<ArrayBuffer>)), await workbookOf(new Response(again as Uint8Array<ArrayBuffer>))];
    for (const { name } of Object.values(SHEETS)) expect(sheetRows(b, name)).toEqual(sheetRows(a, name));
    expect(sheetRows(a, '账号').map((r) => r[0])).toEqual(['chen.lixin.rt', 'zhang.haiyan.rt']);
  });

  it('an edited export imports the edit and nothing else', async () => {
    const bureau = await newBureau(app, 'RTE');
    await importWorkbook(app, bureau.token, await workbookBytes(validChart(bureau.code)), false);
    const book = await workbookOf(new Response(await exportChart(bureau.token) as Uint8Array<ArrayBuffer>));
    book.getWorksheet('人员')!.getCell('C2').value = '新职务';
    const result = await upload(app, bureau.token, ImportOrgChart, { dryRun: false }, { name: 'x.xlsx', bytes: new Uint8Array(await book.xlsx.writeBuffer()) });
    expect(result.data?.importOrgChart.counts).toEqual({ ...ZERO, people: 1 });
  });

  // Random bureaus built through the single services (createUnit, appointToPost): units and people
  // without codes, secretaries, direct responsible people and dual duties over random subtrees.
  const CHILD_KINDS: OrgUnitKind[] = ['PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'RESOURCE_OFFICE', 'DIRECT_UNIT'];
  const isCommittee = (k: OrgUnitKind) => ['BUREAU_COMMITTEE', 'PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH'].includes(k);
  const bureauArb = fc.record({
    parents: fc.array(fc.nat(), { minLength: 1, maxLength: 7 }),
    kinds: fc.array(fc.integer({ min: 0, max: CHILD_KINDS.length - 1 }), { minLength: 7, maxLength: 7 }),
    members: fc.array(fc.record({ unit: fc.nat(), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), since: fc.integer({ min: 0, max: 1500 }) }), { maxLength: 4 }),
  });
  let run = 0;
  it('random bureaus built through the services', async () => {
    await fc.assert(fc.asyncProperty(bureauArb, async ({ parents, kinds, members }) => {
      const bureau = await newBureau(app, `RTP${++run}`);
      const admin = await app.db.prisma.userAccount.findFirstOrThrow({ where: { tenantId: bureau.tenantId, isAdministrator: true } });
      const viewer = await loadViewer(app.db.prisma, admin.id);
      const units: { id: string; kind: OrgUnitKind; parent: number | null }[] = [{ id: bureau.rootId, kind: 'BUREAU_COMMITTEE', parent: null }];
      for (const [i, p] of parents.entries()) {
        const candidates = units.map((u, j) => ({ u, j })).filter(({ u }) => u.kind !== 'BRANCH');
        const { u: parent, j } = candidates[p % candidates.length]!;
        let kind = CHILD_KINDS[kinds[i]!]!;
        if (kind === 'PARTY_COMMITTEE' && parent.kind === 'GENERAL_BRANCH') kind = 'BRANCH';
        units.push({ id: (await createUnit(app.db.prisma, viewer, { parentId: parent.id, kind, name: `单位${i + 1}` })).id, kind, parent: j });
      }
      const subtree = (root: number) => units.map((_, i) => i).filter((i) => {
        for (let at: number | null = i; at !== null; at = units[at]!.parent) if (at === root) return true;
        return false;
      });
      let n = 0;
      const appoint = async (unit: number, role: PostRole, duty: { kind: DutyKind; scope: number[] } | null, since = '2022-03-01') => {
        const person = await app.db.prisma.person.create({ data: { tenantId: bureau.tenantId, name: `人员${++n}` } });
        await appointToPost(app.db.prisma, viewer, {
          unitId: units[unit]!.id, personId: person.id, role, startDate: new Date(`${since}T00:00:00Z`),
          duty: duty ? { kind: duty.kind, scopeUnitIds: duty.scope.map((i) => units[i]!.id) } : null,
        } as Parameters<typeof appointToPost>[2], new Date());
      };
      for (const [i, u] of units.entries()) {
        if (!isCommittee(u.kind)) continue;
        await appoint(i, 'SECRETARY', null);
        if (u.kind === 'BUREAU_COMMITTEE' || u.kind === 'PARTY_COMMITTEE') await appoint(i, 'DEPUTY_SECRETARY', { kind: 'DIRECT_RESPONSIBLE', scope: [i] });
      }
      for (const m of members) {
        const committees = units.map((u, i) => ({ u, i })).filter(({ u }) => isCommittee(u.kind));
        const { i } = committees[m.unit % committees.length]!;
        const inside = subtree(i);
        const since = new Date(Date.UTC(2021, 0, 1) + m.since * 86_400_000).toISOString().slice(0, 10);
        await appoint(i, 'COMMITTEE_MEMBER', { kind: 'DUAL_DUTY', scope: [...new Set(m.picks.map((p) => inside[p % inside.length]!))] }, since);
      }
      await assertRoundTripIsNoOp(bureau.token);
    }), { numRuns: 4 });
  });
});

describe('an old .xls workbook', () => {
  it('is refused with ORG_CHART_OLD_EXCEL_FORMAT and says to save it as .xlsx', async () => {
    const bureau = await newBureau(app, 'XLS');
    const ole2 = new Uint8Array(4096);
    ole2.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const result = await importWorkbook(app, bureau.token, ole2, true);
    expect(codes(result)).toEqual(['ORG_CHART_OLD_EXCEL_FORMAT']);
    expect(result.errors![0]!.message).toContain('另存为');
    expect(result.errors![0]!.message).toContain('.xlsx');
  });
});
