import { createHmac, randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadViewer } from '../../src/authz/scope.js';
import { globalId } from '../../src/lib/ids.js';
import { LEDGERS } from '../../src/modules/exports/registry.js';
import { openExport } from '../../src/modules/exports/service.js';
import { signExportLink } from '../../src/modules/exports/token.js';
import { graphql } from '../gql/index.js';
import { codes, countStatements, createTestApp, type TestApp } from '../helpers.js';
import { csvOf, download, RequestExport, workbookOf } from './helpers.js';

const Create = graphql(`mutation ExportsCreate($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }`);
const Archive = graphql(`mutation ExportsArchive($unitId: ID!) { archiveOrgUnit(input: { unitId: $unitId }) { orgUnit { id } } }`);
const Subtree = graphql(`
  query ExportsSubtree($root: ID!) { orgUnits(first: 100, filter: { subtreeOf: $root }) { edges { node { id name } } } }
`);

let app: TestApp;
const unit = (key: string) => globalId('OrgUnit', app.demo.bureau.units.get(key)!);
const rawUnit = (key: string) => app.demo.bureau.units.get(key)!;
const NOW = new Date('2025-06-15T02:00:00Z');

async function link(username: string, input: Record<string, unknown>) {
  const result = await app.run(RequestExport, { input: input as never }, await app.login(username));
  return { result, url: result.data?.requestExport.link.url };
}

async function auditCount() {
  return app.db.prisma.auditEvent.count({ where: { tenantId: app.demo.bureau.tenantId } });
}

async function account(username: string) {
  return app.db.prisma.userAccount.findUniqueOrThrow({ where: { username } });
}

beforeAll(async () => {
  app = await createTestApp();
  app.setNow(NOW);
});
afterAll(() => app?.close());

describe('CSV', () => {
  it('ORG_UNITS: UTF-8 with BOM, one header row, one row per unit the requester may see, in Chinese', async () => {
    const { url } = await link('secretary', { ledger: 'ORG_UNITS', format: 'CSV' });
    const res = await download(app, url!);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const { header, records, raw } = await csvOf(res);
    expect(header).toEqual(['单位名称', '单位类型', '上级单位', '层级', '第一责任人', '直接责任人', '班子成员数', '状态', '撤销时间', '系统编号']);
    expect(raw.split('\r\n').filter(Boolean)).toHaveLength(1 + app.demo.bureau.units.size);
    expect(records).toHaveLength(app.demo.bureau.units.size);
    const branch = records.find((r) => r['单位名称'] === '机关第一支部')!;
    expect(branch).toMatchObject({
      单位类型: '党支部', 上级单位: '局机关党委', 层级: '2', 第一责任人: '黄磊', 直接责任人: '', 班子成员数: '3', 状态: '在用', 系统编号: rawUnit('organs.b1'),
    });
    expect(records.find((r) => r['单位名称'] === '中共盐城市大丰区自然资源和规划局委员会')).toMatchObject({
      上级单位: '', 第一责任人: '王建国', 直接责任人: '刘志华', 班子成员数: '7',
    });
  });

  it('names a parent only when the requester may see it, as the API does', async () => {
    const { url } = await link('branch.organs1', { ledger: 'ORG_UNITS', format: 'CSV' });
    const { records } = await csvOf(await download(app, url!));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ 单位名称: '机关第一支部', 上级单位: '' });
  });

  it('quotes per RFC 4180 and neutralises cells a spreadsheet would run as formulas', async () => {
    const token = await app.login('secretary');
    const names = ['=HYPERLINK("http://evil.example","点击"),测试', '@SUM(A1:A9)', '+86 支部', '-1 支部', '机关"四"支部,含逗号\n第二行'];
    for (const name of names) await app.ok(Create, { input: { parentId: unit('organs'), kind: 'BRANCH', name } }, token);
    const { url } = await link('secretary', { ledger: 'ORG_UNITS', format: 'CSV', unitId: unit('organs') });
    const { records, raw } = await csvOf(await download(app, url!));
    const exported = records.map((r) => r['单位名称']);
    expect(exported).toContain(`'=HYPERLINK("http://evil.example","点击"),测试`);
    expect(exported).toContain(`'@SUM(A1:A9)`);
    expect(exported).toContain(`'+86 支部`);
    expect(exported).toContain(`'-1 支部`);
    expect(exported).toContain('机关"四"支部,含逗号\n第二行');
    expect(raw).toContain(`"'=HYPERLINK(""http://evil.example"",""点击""),测试"`);
    expect(raw).toContain('"机关""四""支部,含逗号\n第二行"');
    expect(raw.split('\r\n').some((line) => line.startsWith('='))).toBe(false);
  });

  it('a unit filter gives the subtree, exactly as orgUnits(filter: { subtreeOf }) does', async () => {
    const { url } = await link('member.forestry', { ledger: 'ORG_UNITS', format: 'CSV', unitId: unit('forestry') });
    const { records } = await csvOf(await download(app, url!));
    const api = await app.ok(Subtree, { root: unit('forestry') }, await app.login('member.forestry'));
    expect(records.map((r) => r['单位名称']).sort()).toEqual(api.orgUnits.edges.map((e) => e.node.name).sort());
    expect(records).toHaveLength(4);
  });

  it('status: archived units only on request', async () => {
    const token = await app.login('secretary');
    const created = await app.ok(Create, { input: { parentId: unit('forestry'), kind: 'BRANCH', name: '林场原第四党支部' } }, token);
    await app.ok(Archive, { unitId: created.createOrgUnit.orgUnit.id }, token);
    const names = async (status?: string) => {
      const { url } = await link('secretary', { ledger: 'ORG_UNITS', format: 'CSV', unitId: unit('forestry'), ...(status ? { status } : {}) });
      return (await csvOf(await download(app, url!))).records.map((r) => `${r['单位名称']}:${r['状态']}`).sort();
    };
    expect(await names()).not.toContain('林场原第四党支部:已撤销');
    expect(await names('ARCHIVED')).toEqual(['林场原第四党支部:已撤销']);
    expect(await names('ALL')).toHaveLength(5);
  });

  it('DUTIES: history with dates; year keeps the duties in force during it; status ACTIVE/ENDED', async () => {
    const all = await csvOf(await download(app, (await link('secretary', { ledger: 'DUTIES', format: 'CSV' })).url!));
    expect(all.header).toEqual(['单位', '责任人', '职务', '责任类别', '责任范围', '起始日期', '终止日期', '终止原因', '状态', '系统编号']);
    const zhang = all.records.find((r) => r['责任人'] === '张海涛')!;
    expect(zhang).toMatchObject({ 单位: '中共盐城市大丰区自然资源和规划局委员会', 责任类别: '一岗双责', 责任范围: '大丰林场党委', 起始日期: '2022-01-10', 终止日期: '', 状态: '在任' });
    const inDb = await app.db.prisma.duty.count({ where: { tenantId: app.demo.bureau.tenantId } });
    expect(all.records).toHaveLength(inDb);

    const y2021 = await csvOf(await download(app, (await link('secretary', { ledger: 'DUTIES', format: 'CSV', year: 2021 })).url!));
    const expected2021 = await app.db.prisma.duty.count({
      where: { tenantId: app.demo.bureau.tenantId, startDate: { lt: new Date('2022-01-01') }, OR: [{ endDate: null }, { endDate: { gt: new Date('2021-01-01') } }] },
    });
    expect(y2021.records).toHaveLength(expected2021);
    expect(y2021.records.map((r) => r['责任人'])).not.toContain('唐海峰'); // since 2023
    expect(y2021.records.map((r) => r['责任人'])).toContain('王建国');

    const ended = await csvOf(await download(app, (await link('secretary', { ledger: 'DUTIES', format: 'CSV', status: 'ENDED' })).url!));
    expect(ended.records.every((r) => r['状态'] === '已终止' && r['终止日期'] !== '')).toBe(true);
    const active = await csvOf(await download(app, (await link('secretary', { ledger: 'DUTIES', format: 'CSV', status: 'ACTIVE' })).url!));
    expect(active.records.every((r) => r['状态'] === '在任')).toBe(true);
    expect(active.records.length + ended.records.length).toBe(all.records.length);
  });

  it('a "one post, two duties" member sees only the duty scopes they may see', async () => {
    const { records } = await csvOf(await download(app, (await link('member.forestry', { ledger: 'DUTIES', format: 'CSV' })).url!));
    const li = records.find((r) => r['责任人'] === '李明')!;
    // 李明's scope covers 局机关党委 and three direct units, none of them in 张海涛's view.
    expect(li['责任范围']).toBe('');
    expect(new Set(records.map((r) => r['单位']))).toEqual(new Set(['中共盐城市大丰区自然资源和规划局委员会', '大丰林场党委', '林场第一党支部', '林场第二党支部', '林场退休职工党支部']));
  });
});

describe('XLSX', () => {
  it('a real workbook: title row naming unit and period, Chinese headers, typed cells, frozen header, widths', async () => {
    const { result, url } = await link('secretary', { ledger: 'DUTIES', format: 'XLSX', year: 2024, unitId: unit('forestry') });
    expect(result.data!.requestExport.link.filename).toBe('责任分工台账_大丰林场党委_2024.xlsx');
    const res = await download(app, url!);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = await workbookOf(res);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('责任分工台账');
    expect(sheet.getCell('A1').value).toBe('责任分工台账（大丰林场党委，2024年度）');
    expect(sheet.getCell('A1').isMerged).toBe(true);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(['单位', '责任人', '职务', '责任类别', '责任范围', '起始日期', '终止日期', '终止原因', '状态', '系统编号']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.getColumn(1).width).toBe(32);
    expect(sheet.getColumn(5).width).toBe(48);
    const rows = sheet.getRows(3, sheet.rowCount - 2)!;
    expect(rows.map((r) => r.getCell(2).value)).toContain('赵国强');
    const zhao = rows.find((r) => r.getCell(2).value === '赵国强')!;
    expect(zhao.getCell(6).value).toBeInstanceOf(Date);
    expect((zhao.getCell(6).value as Date).toISOString()).toBe('2020-12-01T00:00:00.000Z');
    expect(zhao.getCell(6).numFmt).toBe('yyyy-mm-dd');
    expect(zhao.getCell(6).type).toBe(ExcelJS.ValueType.Date);
  });

  it('numbers are numbers, formulas-looking text stays text', async () => {
    const { url } = await link('secretary', { ledger: 'ORG_UNITS', format: 'XLSX', unitId: unit('organs') });
    const sheet = (await workbookOf(await download(app, url!))).worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('组织单元及责任人台账（局机关党委，截至2025-06-15）');
    const rows = sheet.getRows(3, sheet.rowCount - 2)!;
    const organs = rows.find((r) => r.getCell(1).value === '局机关党委')!;
    expect(organs.getCell(4).value).toBe(1);
    expect(organs.getCell(7).value).toBe(4);
    expect(organs.getCell(7).type).toBe(ExcelJS.ValueType.Number);
    const tricky = rows.find((r) => String(r.getCell(1).value).includes('HYPERLINK'))!;
    expect(tricky.getCell(1).type).toBe(ExcelJS.ValueType.String);
  });

  it('Content-Disposition carries the Chinese file name (RFC 5987) and an ASCII fallback', async () => {
    const { url } = await link('secretary', { ledger: 'ORG_UNITS', format: 'XLSX' });
    const res = await download(app, url!);
    const disposition = res.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; filename="org_units_2025-06-15\.xlsx"; filename\*=UTF-8''/);
    const encoded = disposition.split("filename*=UTF-8''")[1]!;
    expect(decodeURIComponent(encoded)).toBe('组织单元及责任人台账_中共盐城市大丰区自然资源和规划局委员会_2025-06-15.xlsx');
    await res.arrayBuffer();
  });
});

describe('on record', () => {
  it('the request and the finished download each write an audit event; the download carries ledger, filters and row count', async () => {
    const before = await auditCount();
    const { url } = await link('member.forestry', { ledger: 'ORG_UNITS', format: 'CSV', unitId: unit('forestry') });
    expect(await auditCount()).toBe(before + 1);
    const { records } = await csvOf(await download(app, url!));
    const events = await app.db.prisma.auditEvent.findMany({ where: { tenantId: app.demo.bureau.tenantId }, orderBy: { seq: 'desc' }, take: 2 });
    expect(await auditCount()).toBe(before + 2);
    const [downloaded, requested] = events;
    const actor = await account('member.forestry');
    expect(requested).toMatchObject({ action: 'export.request', entityType: 'Export', actorId: actor.id });
    expect(downloaded).toMatchObject({ action: 'export.download', entityType: 'Export', entityId: requested!.entityId, actorId: actor.id });
    expect(downloaded!.after).toMatchObject({
      ledger: 'ORG_UNITS', format: 'CSV', rowCount: records.length, completed: true,
      filters: { unitId: rawUnit('forestry'), unitName: '大丰林场党委', year: null, status: 'ACTIVE' },
    });
  });

  it('a download cut short is recorded as such, with the rows sent so far', async () => {
    const viewer = await loadViewer(app.db.prisma, (await account('secretary')).id);
    const download = await openExport(app.db.prisma, viewer, { ledger: 'ORG_UNITS', format: 'CSV', exportId: 'cut-short' }, NOW, { pageSize: 5 });
    await download.body.next();
    await download.body.next();
    await download.body.next();
    await download.body.return(undefined);
    const event = await app.db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: 'cut-short' } });
    expect(event.action).toBe('export.abort');
    // Rows written before the cut: the two pages delivered, and at most the one page held back.
    expect(event.after).toMatchObject({ completed: false });
    expect((event.after as { rowCount: number }).rowCount).toBeGreaterThanOrEqual(10);
    expect((event.after as { rowCount: number }).rowCount).toBeLessThanOrEqual(15);
  });
});

describe('bad input: a clear error, no link, no file, nothing on record', () => {
  async function refused(username: string, input: Record<string, unknown>) {
    const before = await auditCount();
    const { result, url } = await link(username, input);
    expect(url).toBeUndefined();
    expect(await auditCount()).toBe(before);
    return result;
  }

  it('an unknown ledger', async () => {
    const result = await refused('secretary', { ledger: 'BUDGETS', format: 'CSV' });
    expect(result.errors?.[0]?.message).toMatch(/ExportLedger/);
    expect(result.data ?? null).toBeNull();
  });

  it('a ledger of the contract that is not registered answers LEDGER_UNAVAILABLE', async () => {
    // Every ledger of the contract is registered now; take one out to check the refusal still holds.
    const registered = LEDGERS.RISKS;
    delete LEDGERS.RISKS;
    try {
      const result = await refused('secretary', { ledger: 'RISKS', format: 'XLSX' });
      expect(codes(result)).toEqual(['LEDGER_UNAVAILABLE']);
      expect(result.errors?.[0]?.extensions).toMatchObject({ ledger: 'RISKS' });
    } finally {
      LEDGERS.RISKS = registered;
    }
  });

  it('a year out of range, a year the ledger has no use for, a period in the wrong format', async () => {
    for (const year of [1999, 2027, 20251]) {
      const result = await refused('secretary', { ledger: 'DUTIES', format: 'CSV', year });
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.extensions).toMatchObject({ field: 'year' });
    }
    const noYear = await refused('secretary', { ledger: 'ORG_UNITS', format: 'CSV', year: 2025 });
    expect(noYear.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    const text = await refused('secretary', { ledger: 'DUTIES', format: 'CSV', year: '2025年' });
    expect(text.errors?.[0]?.message).toMatch(/Int/);
  });

  it('an unknown status', async () => {
    const result = await refused('secretary', { ledger: 'ORG_UNITS', format: 'CSV', status: 'DELETED' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(result.errors?.[0]?.message).toContain('ACTIVE, ARCHIVED, ALL');
  });

  it('a unit out of scope answers exactly like a unit that does not exist', async () => {
    const outOfScope = await refused('member.forestry', { ledger: 'ORG_UNITS', format: 'CSV', unitId: unit('organs') });
    const otherBureau = await refused('secretary', { ledger: 'DUTIES', format: 'CSV', unitId: globalId('OrgUnit', app.demo.housing.units.get('organs')!) });
    const missing = await refused('member.forestry', { ledger: 'ORG_UNITS', format: 'CSV', unitId: globalId('OrgUnit', randomUUID()) });
    for (const result of [outOfScope, otherBureau, missing]) expect(codes(result)).toEqual(['NOT_FOUND']);
    expect(outOfScope.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    const malformed = await refused('secretary', { ledger: 'ORG_UNITS', format: 'CSV', unitId: 'not-an-id' });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });
  });

  it('district roles and anonymous callers get a typed refusal', async () => {
    for (const username of ['district.committee', 'district.propaganda', 'district.cyberspace', 'discipline']) {
      expect(codes(await refused(username, { ledger: 'ORG_UNITS', format: 'CSV' }))).toEqual(['FORBIDDEN']);
    }
    const anonymous = await app.run(RequestExport, { input: { ledger: 'ORG_UNITS', format: 'CSV' } });
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('the catalogue', () => {
  const Ledgers = graphql(`query ExportsLedgers { exportLedgers { ledger title available acceptsYear acceptsUnit statuses } }`);

  it('lists every ledger of the contract, which are available and the filters each accepts', async () => {
    const r = await app.ok(Ledgers, {}, await app.login('branch.organs1'));
    expect(r.exportLedgers.map((l) => l.ledger)).toEqual([
      'ORG_UNITS', 'DUTIES', 'WORK_ITEMS', 'WORK_RECORDS', 'COMPLIANCE', 'RISKS', 'CHANNELS', 'MISCONDUCT_CASES', 'ASSESSMENTS', 'ACCOUNTABILITY', 'AUDIT',
      'DISTRICT_COMPLIANCE',
      // Issue 22: the org chart in the import template's format, a whole workbook (no filters).
      'ORG_CHART',
    ]);
    expect(r.exportLedgers.find((l) => l.ledger === 'ORG_CHART')).toEqual({
      ledger: 'ORG_CHART', title: '组织架构表', available: true, acceptsYear: false, acceptsUnit: false, statuses: [],
    });
    expect(r.exportLedgers.find((l) => l.ledger === 'DUTIES')).toEqual({
      ledger: 'DUTIES', title: '责任分工台账', available: true, acceptsYear: true, acceptsUnit: true, statuses: ['ACTIVE', 'ENDED', 'ALL'],
    });
    expect(r.exportLedgers.every((l) => l.available)).toBe(true);
    expect(r.exportLedgers.find((l) => l.ledger === 'RISKS')).toEqual({
      ledger: 'RISKS', title: '风险台账', available: true, acceptsYear: true, acceptsUnit: true,
      statuses: ['MONITORED', 'ASSESSED', 'WARNED', 'HANDLED', 'CLOSED', 'DISMISSED', 'OPEN', 'OVERDUE', 'ALL'],
    });
    expect(r.exportLedgers.find((l) => l.ledger === 'CHANNELS')).toMatchObject({ acceptsYear: false, acceptsUnit: true });
  });
});

describe('download links', () => {
  async function refusedDownload(url: string, status: number, code: string) {
    const before = await auditCount();
    const res = await download(app, url);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('content-disposition')).toBeNull();
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe(code);
    expect(await auditCount()).toBe(before);
    return body;
  }

  it('works within its lifetime, more than once, and answers 410 after it', async () => {
    const { url, result } = await link('secretary', { ledger: 'ORG_UNITS', format: 'CSV' });
    expect(new Date(result.data!.requestExport.link.expiresAt).getTime() - NOW.getTime()).toBe(10 * 60 * 1000);
    expect((await download(app, url!)).status).toBe(200);
    app.setNow(new Date(NOW.getTime() + 9 * 60 * 1000));
    expect((await download(app, url!)).status).toBe(200);
    app.setNow(new Date(NOW.getTime() + 10 * 60 * 1000 + 1000));
    await refusedDownload(url!, 410, 'EXPORT_LINK_EXPIRED');
    app.setNow(NOW);
  });

  it('a tampered link answers 403 with no file', async () => {
    const { url } = await link('branch.organs1', { ledger: 'ORG_UNITS', format: 'CSV' });
    const [header, payload, signature] = url!.slice('/exports/'.length).split('.');
    // Widen the export: claim the secretary's account, keep the signature.
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const secretary = await account('secretary');
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: secretary.id })).toString('base64url');
    await refusedDownload(`/exports/${header}.${forged}.${signature}`, 403, 'EXPORT_LINK_INVALID');
    const flipped = signature!.slice(0, -2) + (signature!.endsWith('AA') ? 'BB' : 'AA');
    await refusedDownload(`/exports/${header}.${payload}.${flipped}`, 403, 'EXPORT_LINK_INVALID');
    await refusedDownload('/exports/garbage', 403, 'EXPORT_LINK_INVALID');
    await refusedDownload('/exports/', 403, 'EXPORT_LINK_INVALID');
  });

  it('a sign-in token is not a download link, and a link signed with another key is refused', async () => {
    await refusedDownload(`/exports/${await app.login('secretary')}`, 403, 'EXPORT_LINK_INVALID');
    const secretary = await account('secretary');
    const other = await new SignJWT({ l: 'ORG_UNITS', f: 'CSV' }).setProtectedHeader({ alg: 'HS256' }).setSubject(secretary.id)
      .setJti(randomUUID()).setAudience('zeren:export').setExpirationTime('5m').sign(new TextEncoder().encode('another-secret-another-secret-123'));
    await refusedDownload(`/exports/${other}`, 403, 'EXPORT_LINK_INVALID');
  });

  it('the download checks everything again: a validly signed link still cannot name a district account, an unknown ledger, a bad year', async () => {
    const key = app.services.tokens.signingKey;
    const sign = async (claims: Parameters<typeof signExportLink>[1]) => `/exports/${(await signExportLink(key, claims, NOW)).token}`;
    const district = await account('district.propaganda');
    const secretary = await account('secretary');
    await refusedDownload(await sign({ userId: district.id, sessionVersion: district.sessionVersion, ledger: 'ORG_UNITS', format: 'CSV' }), 403, 'FORBIDDEN');
    await refusedDownload(await sign({ userId: secretary.id, sessionVersion: secretary.sessionVersion, ledger: 'BUDGETS', format: 'CSV' }), 404, 'LEDGER_UNAVAILABLE');
    await refusedDownload(await sign({ userId: secretary.id, sessionVersion: secretary.sessionVersion, ledger: 'DUTIES', format: 'CSV', year: 1900 }), 400, 'BAD_USER_INPUT');
  });

  it('only GET', async () => {
    const { url } = await link('secretary', { ledger: 'ORG_UNITS', format: 'CSV' });
    const res = await app.yoga.fetch(`http://zeren.test${url}`, { method: 'POST' });
    expect(res.status).toBe(405);
  });
});

describe('statements grow with pages, not rows', () => {
  it('ORG_UNITS, DUTIES, AUDIT and RISKS at two sizes (1 page and 3 pages), CSV and XLSX', async () => {
    const tenantId = app.demo.bureau.tenantId;
    const viewer = await loadViewer(app.db.prisma, (await account('secretary')).id);
    const measure = async (spec: Parameters<typeof openExport>[2]) => {
      const { statements, result } = await countStatements(app.db, async () => {
        const exported = await openExport(app.db.prisma, viewer, spec, NOW);
        for await (const _chunk of exported.body) void _chunk;
        return exported.counter.rows;
      });
      return { statements, rows: result };
    };
    /** `perPage`: statements one page costs (one per relation loaded), whatever the number of rows in it. */
    const expectPaged = (small: { statements: number; rows: number }, large: { statements: number; rows: number }, perPage = 6) => {
      expect(small.rows).toBeLessThan(1000);
      expect(large.rows).toBeGreaterThan(2000);
      // Two more pages cost a few statements each, however many rows they carry.
      expect(large.statements - small.statements).toBeLessThanOrEqual(2 * perPage);
      expect(large.statements).toBeLessThanOrEqual(Math.ceil(large.rows / 1000) * perPage + 10);
    };

    // Units: two subtrees of 150 and 2,400.
    const parents: Record<number, string> = {};
    for (const [name, size] of [['小数据党委', 150], ['大数据党委', 2400]] as const) {
      const id = randomUUID();
      await app.db.prisma.orgUnit.create({ data: { id, tenantId, parentId: rawUnit('bureau'), kind: 'PARTY_COMMITTEE', name, depth: 1, ancestorIds: [rawUnit('bureau'), id] } });
      parents[size] = id;
      await app.db.prisma.orgUnit.createMany({
        data: Array.from({ length: size - 1 }, (_, i) => {
          const child = randomUUID();
          return { id: child, tenantId, parentId: id, kind: 'BRANCH' as const, name: `${name}第${i + 1}支部`, depth: 2, ancestorIds: [rawUnit('bureau'), id, child] };
        }),
      });
    }
    // Duties: 150 and 2,400 ended duties of two branch secretaries (history).
    for (const [key, size] of [['organs.b3', 150], ['organs.b1', 2400]] as const) {
      const post = await app.db.prisma.post.findFirstOrThrow({ where: { tenantId, unitId: rawUnit(key), role: 'SECRETARY', endDate: null } });
      await app.db.prisma.duty.createMany({
        data: Array.from({ length: size }, (_, i) => ({
          tenantId, unitId: post.unitId, personId: post.personId, postId: post.id, kind: 'FIRST_RESPONSIBLE' as const,
          startDate: new Date(Date.UTC(2000, 0, 1 + i)), endDate: new Date(Date.UTC(2000, 0, 2 + i)), endReason: '历史记录',
        })),
      });
    }
    const auditSmall = { CSV: await measure({ ledger: 'AUDIT', format: 'CSV' }), XLSX: await measure({ ledger: 'AUDIT', format: 'XLSX' }) };
    await app.db.sql.query(
      `INSERT INTO "AuditEvent" ("tenantId", "chainKey", "action", "entityType", "entityId")
       SELECT $1, $1, 'test.bulk', 'Test', g::text FROM generate_series(1, 2400) g`,
      [tenantId],
    );
    // Risks, each with its history (the report), a response and a rectification: 150 and 2,400 in two branches.
    const riskUnits: Record<number, string> = {};
    for (const [key, size] of [['organs.b3', 150], ['organs.b2', 2400]] as const) {
      const post = await app.db.prisma.post.findFirstOrThrow({ where: { tenantId, unitId: rawUnit(key), endDate: null } });
      riskUnits[size] = post.unitId;
      const risks = Array.from({ length: size }, (_, i) => ({
        id: randomUUID(), tenantId, unitId: post.unitId, title: `批量风险${i + 1}`, source: 'INTERNAL' as const, mechanism: 'RISK_JUDGEMENT' as const,
        riskClass: 'IDEOLOGICAL_UNDERSTANDING' as const, severity: 'LOW' as const, responsiblePersonId: post.personId,
        reportedById: post.personId, reportedAt: new Date(Date.UTC(2025, 0, 1, 0, i)), handlingDeadline: new Date(Date.UTC(2025, 0, 16)),
      }));
      // A risk and its report transition go in together (a deferred rule checks every stage has its record).
      await app.db.prisma.$transaction([
        app.db.prisma.risk.createMany({ data: risks }),
        app.db.prisma.riskTransition.createMany({
          data: risks.map((r) => ({ tenantId, riskId: r.id, unitId: r.unitId, fromStage: null, toStage: 'MONITORED' as const, actorPersonId: post.personId, at: r.reportedAt, note: '报告' })),
        }),
        // 2,400 risks and their transitions, with every table's DataVersion trigger (issue 24) and the
        // deferred rules at commit, can take longer than Prisma's default 5 s on a loaded machine.
      ], { timeout: 120_000 });
      await app.db.prisma.riskResponse.createMany({
        data: risks.map((r) => ({ tenantId, riskId: r.id, unitId: r.unitId, channel: 'MEETING' as const, respondedOn: new Date(Date.UTC(2025, 0, 2)), content: '会上说明', recordedById: post.personId })),
      });
      await app.db.prisma.rectification.createMany({
        data: risks.map((r) => ({ tenantId, riskId: r.id, unitId: r.unitId, task: '整改', responsiblePersonId: post.personId, dueOn: new Date(Date.UTC(2025, 1, 1)) })),
      });
    }
    for (const format of ['CSV', 'XLSX'] as const) {
      const risksSmall = await measure({ ledger: 'RISKS', format, unitId: riskUnits[150] });
      const risksLarge = await measure({ ledger: 'RISKS', format, unitId: riskUnits[2400] });
      expect(risksLarge.rows).toBe(2400);
      // A page of risks: the risks, unit, responsible, reporter, transitions, their actors, rectifications,
      // and one visibility check of the people named — 8 statements per 1,000 risks.
      expectPaged(risksSmall, risksLarge, 8);
      expectPaged(await measure({ ledger: 'ORG_UNITS', format, unitId: parents[150] }), await measure({ ledger: 'ORG_UNITS', format, unitId: parents[2400] }));
      expectPaged(await measure({ ledger: 'DUTIES', format, unitId: rawUnit('organs.b3') }), await measure({ ledger: 'DUTIES', format, unitId: rawUnit('organs.b1') }));
      expectPaged(auditSmall[format], await measure({ ledger: 'AUDIT', format }));
    }
    // 300 s: building 2,400-unit subtrees also maintains OrgUnit.treeKey (issue 13); 180 s measured at load 14 on 2 cores.
  }, 300_000);
});

describe('scope is computed again at download time', () => {
  const EndPost = graphql(`mutation ExportsEndPost($postId: ID!) { endPost(input: { postId: $postId }) { post { id isActive } } }`);

  it('a person who lost their duty after requesting the link gets only what they may see now', async () => {
    const withUnit = await link('member.forestry', { ledger: 'ORG_UNITS', format: 'CSV', unitId: unit('forestry') });
    const whole = await link('member.forestry', { ledger: 'DUTIES', format: 'XLSX' });
    expect(withUnit.url && whole.url).toBeTruthy();
    const post = await app.db.prisma.post.findFirstOrThrow({
      where: { tenantId: app.demo.bureau.tenantId, unitId: rawUnit('bureau'), person: { name: '张海涛' }, endDate: null },
    });
    await app.ok(EndPost, { postId: globalId('Post', post.id) }, await app.login('secretary'));

    const refused = await download(app, withUnit.url!);
    expect(refused.status).toBe(404);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('NOT_FOUND');

    const sheet = (await workbookOf(await download(app, whole.url!))).worksheets[0]!;
    expect(sheet.rowCount).toBe(2); // title and header: no duty of the forest farm any more
  });
});

describe('a download link ends with the session it was requested in', () => {
  const ChangePassword = graphql(`mutation ExportsChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { token } }`);
  const Reset = graphql(`mutation ExportsReset($input: ResetPasswordInput!) { resetPassword(input: $input) { temporaryPassword } }`);
  const Disable = graphql(`mutation ExportsDisable($input: DisableAccountInput!) { disableAccount(input: $input) { account { disabled } } }`);
  const Enable = graphql(`mutation ExportsEnable($input: EnableAccountInput!) { enableAccount(input: $input) { account { disabled } } }`);

  const requestWith = async (token: string) => (await app.ok(RequestExport, { input: { ledger: 'ORG_UNITS', format: 'CSV' } }, token)).requestExport.link.url;
  async function ended(url: string) {
    const before = await auditCount();
    const res = await download(app, url);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-disposition')).toBeNull();
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('EXPORT_LINK_SESSION_ENDED');
    expect(await auditCount()).toBe(before);
  }

  it('refused after a password change, a reset and a disable (and still after enabling again)', async () => {
    const admin = await app.login('zrzy.admin');
    let token = await app.login('branch.organs1');
    // A password change: the old session's link dies, the new session's works.
    const first = await requestWith(token);
    expect((await download(app, first)).status).toBe(200);
    token = (await app.ok(ChangePassword, { input: { currentPassword: 'demo', newPassword: 'Branch-organs1-2026' } }, token)).changePassword.token;
    await ended(first);
    const second = await requestWith(token);
    expect((await download(app, second)).status).toBe(200);
    // An administrator's reset.
    const { temporaryPassword } = (await app.ok(Reset, { input: { username: 'branch.organs1' } }, admin)).resetPassword;
    await ended(second);
    const pending = await app.login('branch.organs1', temporaryPassword);
    token = (await app.ok(ChangePassword, { input: { currentPassword: temporaryPassword, newPassword: 'Branch-organs1-2027' } }, pending)).changePassword.token;
    const third = await requestWith(token);
    expect((await download(app, third)).status).toBe(200);
    // Disabled: refused, and enabling the account again does not bring the link back.
    await app.ok(Disable, { input: { username: 'branch.organs1' } }, admin);
    await ended(third);
    await app.ok(Enable, { input: { username: 'branch.organs1' } }, admin);
    await ended(third);
  });

  it('a link without a session version (signed before links carried one) is refused', async () => {
    const secretary = await account('secretary');
    const legacy = await new SignJWT({ l: 'ORG_UNITS', f: 'CSV' }).setProtectedHeader({ alg: 'HS256' }).setSubject(secretary.id).setJti(randomUUID())
      .setAudience('zeren:export').setIssuedAt(Math.floor(NOW.getTime() / 1000)).setExpirationTime(Math.floor(NOW.getTime() / 1000) + 300)
      .sign(new Uint8Array(createHmac('sha256', app.services.tokens.signingKey).update('zeren export links v1').digest()));
    const res = await download(app, `/exports/${legacy}`);
    expect(res.status).toBe(403);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('EXPORT_LINK_INVALID');
  });
});
