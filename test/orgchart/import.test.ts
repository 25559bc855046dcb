import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/modules/orgchart/sheets.js';
import { graphql } from '../gql/index.js';
import { createTestApp, type TestApp } from '../helpers.js';
import { download } from '../plan/fixtures.js';
import { importWorkbook, newBureau, validChart, validChart as validChartOf, workbookBytes, type Chart } from './fixtures.js';

const VisibleUnits = graphql(`query OrgChartVisibleUnits { orgUnits(first: 100) { edges { node { name } } } }`);

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seed: true });
  app.setNow(new Date('2026-11-30T04:00:00Z'));
});
afterAll(() => app?.close());

const located = (errors: { sheet: string | null; row: number | null; column: string | null; code: string }[]) =>
  errors.map((e) => `${e.sheet}!${e.row}:${e.column}:${e.code}`).sort();

async function tenantCounts(tenantId: string) {
  const p = app.db.prisma;
  const [units, people, posts, duties, accounts] = await Promise.all([
    p.orgUnit.count({ where: { tenantId } }), p.person.count({ where: { tenantId } }), p.post.count({ where: { tenantId } }),
    p.duty.count({ where: { tenantId } }), p.userAccount.count({ where: { tenantId } }),
  ]);
  return { units, people, posts, duties, accounts };
}

const ChangePassword = graphql(`mutation OrgChartChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { token } }`);

/** First sign-in with a one-time password: change it, then work with the new token. */
async function signIn(username: string, temporaryPassword: string) {
  const first = await app.login(username, temporaryPassword);
  const changed = await app.ok(ChangePassword, { input: { currentPassword: temporaryPassword, newPassword: `${username}-新密码-2026` } }, first);
  return changed.changePassword.token;
}

const visible = async (token: string) => (await app.ok(VisibleUnits, {}, token)).orgUnits.edges.map((e) => e.node.name).sort();

describe('the org-chart template', () => {
  it('downloads with the contract\'s sheets, headers, an example row each and the notes sheet', async () => {
    const res = await download(app, '/templates/org-chart.xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    expect(book.worksheets.map((s) => s.name)).toEqual(['组织', '人员', '任职', '分工', '账号', '说明']);
    for (const { name, headers } of Object.values(SHEETS)) {
      const sheet = book.getWorksheet(name)!;
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...headers]);
      expect(sheet.getRow(2).getCell(1).value).toBeTruthy();
    }
    expect(book.getWorksheet('组织')!.getCell('C2').dataValidation?.type).toBe('list');
    expect(book.getWorksheet('分工')!.getCell('C3').dataValidation?.formulae?.[0]).toContain('一岗双责');
    expect(JSON.stringify(book.getWorksheet('说明')!.getSheetValues())).toContain('分管范围');
  });
});

describe('importing an org chart', () => {
  let bureau: Awaited<ReturnType<typeof newBureau>>;
  let passwords: Map<string, string>;
  beforeAll(async () => {
    bureau = await newBureau(app, 'DFT');
  });

  it('reports every problem of a broken workbook, located, and writes nothing (dry run or not)', async () => {
    const t = bureau.code;
    const broken: Chart = {
      units: [
        [t, '局党委', '局党委', ''],
        [`${t}-JG`, '局机关党委', '党委', t],
        ['X1', '坏支部', '党支部', 'NOPE'],
        [`${t}-JG`, '重复的机关党委', '党委', t],
        ['C1', '甲单位', '直属单位', 'C2'],
        ['C2', '乙单位', '直属单位', 'C1'],
        [`${t}-JG-1`, '机关第一支部', '党支部', `${t}-JG`],
        ['BAD', '支部下的党委', '党委', `${t}-JG-1`],
        ['K1', '城堡', '城堡', t],
      ],
      people: [['P001', '王建国', ''], ['P002', '刘志华', ''], ['P003', '陈立新', ''], ['P004', '张海燕', '']],
      posts: [
        ['P001', t, '书记', '2021-06-18'],
        ['P002', t, '副书记', '2021-09-01'],
        ['P003', t, '委员', '2022-01-01'],
        ['P004', `${t}-JG`, '副书记', '2022-03-01'],
        ['P999', t, '委员', ''],
        ['P001', `${t}-JG-1`, '书记', '2030-01-01'],
        ['P003', `${t}-JG`, '委员', ''],
      ],
      duties: [
        ['P002', t, '直接责任人', ''],
        ['P004', `${t}-JG`, '直接责任人', ''],
        ['P002', `${t}-JG`, '一岗双责', t],
        ['P003', `${t}-JG`, '一岗双责', t],
      ],
      accounts: [['someone', 'P404']],
    };
    const before = await tenantCounts(bureau.tenantId);
    for (const dryRun of [true, false]) {
      const result = await importWorkbook(app, bureau.token, await workbookBytes(broken), dryRun);
      expect(result.errors).toBeUndefined();
      const report = result.data!.importOrgChart;
      expect(report.applied).toBe(false);
      expect(report.dryRun).toBe(dryRun);
      expect(report.counts).toEqual({ units: 0, people: 0, posts: 0, duties: 0, accounts: 0 });
      expect(located(report.errors)).toEqual([
        '任职!4:班子职务:MEMBER_WITHOUT_DUTY',
        '任职!5:班子职务:FIRST_RESPONSIBLE_REQUIRED',
        '任职!6:人员编码:UNKNOWN_PERSON',
        '任职!7:起始日期:DATE_IN_FUTURE',
        '分工!4:人员编码:DUTY_WITHOUT_POST',
        '分工!5:分管范围:SCOPE_OUTSIDE_SUBTREE',
        '组织!10:类型:BAD_VALUE',
        '组织!4:上级编码:UNKNOWN_PARENT',
        '组织!5:编码:DUPLICATE_CODE',
        '组织!6:上级编码:CYCLE',
        '组织!7:上级编码:CYCLE',
        '组织!9:类型:UNIT_KIND_NOT_ALLOWED',
        '账号!2:人员编码:UNKNOWN_PERSON',
      ].sort());
      for (const e of report.errors) expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await tenantCounts(bureau.tenantId)).toEqual(before);
  });

  it('refuses a workbook whose 局党委 row is not the bureau\'s own code', async () => {
    const chart = validChart('OTHER');
    const result = await importWorkbook(app, bureau.token, await workbookBytes(chart), true);
    expect(result.data!.importOrgChart.errors.map((e) => e.code)).toContain('ROOT_CODE_MISMATCH');
  });

  it('builds the tree, people, posts, duties and accounts, and returns one-time passwords once', async () => {
    const result = await importWorkbook(app, bureau.token, await workbookBytes(validChart(bureau.code)), false);
    expect(result.errors).toBeUndefined();
    const report = result.data!.importOrgChart;
    expect(report.errors).toEqual([]);
    expect(report.applied).toBe(true);
    expect(report.counts).toEqual({ units: 5, people: 8, posts: 8, duties: 7, accounts: 2 });
    expect(report.accounts.map((a) => a.username).sort()).toEqual(['chen.lixin', 'zhang.haiyan']);
    passwords = new Map(report.accounts.map((a) => [a.username, a.temporaryPassword!]));
    for (const p of passwords.values()) expect(p).toMatch(/^\S{12}$/);
    const stored = await app.db.prisma.userAccount.findUniqueOrThrow({ where: { username: 'chen.lixin' } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.mustChangePassword).toBe(true);

    const units = await app.db.prisma.orgUnit.findMany({ where: { tenantId: bureau.tenantId }, include: { parent: true } });
    const parentOf = Object.fromEntries(units.map((u) => [u.code, u.parent?.code ?? null]));
    expect(parentOf).toEqual({ DFT: null, 'DFT-JG': 'DFT', 'DFT-JG-1': 'DFT-JG', 'DFT-JG-2': 'DFT-JG', 'DFT-DZ': 'DFT', 'DFT-DZ-1': 'DFT-DZ' });
    const p3 = await app.db.prisma.post.findFirstOrThrow({ where: { tenantId: bureau.tenantId, person: { code: 'P003' } } });
    expect(p3.startDate.toISOString().slice(0, 10)).toBe('2022-01-01');
  });

  let memberToken: string;
  it('the imported secretary and a "one post, two duties" member see exactly their scope', async () => {
    const secretary = await signIn('zhang.haiyan', passwords.get('zhang.haiyan')!);
    expect(await visible(secretary)).toEqual(['局机关党委', '机关第一支部', '机关第二支部'].sort());
    const member = (memberToken = await signIn('chen.lixin', passwords.get('chen.lixin')!));
    expect(await visible(member)).toEqual(['中共盐城市大丰区DFT委员会', '局机关党委', '机关第一支部', '机关第二支部'].sort());
  });

  it('importing the same workbook again changes nothing', async () => {
    const before = await tenantCounts(bureau.tenantId);
    const result = await importWorkbook(app, bureau.token, await workbookBytes(validChart(bureau.code)), false);
    const report = result.data!.importOrgChart;
    expect(report.errors).toEqual([]);
    expect(report.counts).toEqual({ units: 0, people: 0, posts: 0, duties: 0, accounts: 0 });
    expect(report.accounts).toEqual([]);
    expect(await tenantCounts(bureau.tenantId)).toEqual(before);
  });

  it('an edited workbook moves and renames units and ends a post and a duty, keeping history', async () => {
    const t = bureau.code;
    const chart = validChart(t);
    chart.units = chart.units!.map((r) => (r[0] === `${t}-JG-2` ? [r[0], r[1], r[2], `${t}-DZ`] : r[0] === `${t}-DZ-1` ? [r[0], '大中自然资源所第一党支部', r[2], r[3]] : r));
    chart.posts = chart.posts!.filter((r) => r[0] !== 'P005');
    chart.duties = chart.duties!.filter((r) => r[0] !== 'P005').map((r) => (r[0] === 'P003' ? [r[0], r[1], r[2], `${t}-JG，${t}-DZ`] : r));
    const dry = (await importWorkbook(app, bureau.token, await workbookBytes(chart), true)).data!.importOrgChart;
    expect(dry.errors).toEqual([]);
    expect(dry.counts).toEqual({ units: 2, people: 0, posts: 1, duties: 3, accounts: 0 });
    const report = (await importWorkbook(app, bureau.token, await workbookBytes(chart), false)).data!.importOrgChart;
    expect(report.applied).toBe(true);
    expect(report.counts).toEqual(dry.counts);

    const moved = await app.db.prisma.orgUnit.findFirstOrThrow({ where: { tenantId: bureau.tenantId, code: `${t}-JG-2` }, include: { parent: true } });
    expect(moved.parent?.code).toBe(`${t}-DZ`);
    const ended = await app.db.prisma.duty.findMany({ where: { tenantId: bureau.tenantId, person: { code: 'P005' } } });
    expect(ended).toHaveLength(1);
    expect(ended[0]!.endDate?.toISOString().slice(0, 10)).toBe('2026-11-30');
    const p3 = await app.db.prisma.duty.findMany({ where: { tenantId: bureau.tenantId, person: { code: 'P003' } }, orderBy: { createdAt: 'asc' } });
    expect(p3.map((d) => d.endDate === null)).toEqual([false, true]);
    // The dual-duty member now also answers for the office, and the moved branch went with it.
    expect(await visible(memberToken)).toEqual(
      ['中共盐城市大丰区DFT委员会', '局机关党委', '机关第一支部', '机关第二支部', '大中自然资源所', '大中自然资源所第一党支部'].sort(),
    );
    // And the same workbook again is a no-op.
    const again = (await importWorkbook(app, bureau.token, await workbookBytes(chart), false)).data!.importOrgChart;
    expect(again.counts).toEqual({ units: 0, people: 0, posts: 0, duties: 0, accounts: 0 });
  });

  it('only the bureau\'s administrator and the bureau committee\'s leaders may import', async () => {
    const result = await importWorkbook(app, memberToken, await workbookBytes(validChart(bureau.code)), true);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('bad files', () => {
  let bureau: Awaited<ReturnType<typeof newBureau>>;
  beforeAll(async () => {
    bureau = await newBureau(app, 'DFB');
  });
  const validChart = (code: string) => validChartOf(code, '.b');
  const codesOf = async (bytes: Uint8Array) => {
    const result = await importWorkbook(app, bureau.token, bytes, true);
    return result.errors ? result.errors.map((e) => e.extensions?.code) : result.data!.importOrgChart.errors.map((e) => `${e.sheet}!${e.row}:${e.column}:${e.code}`);
  };

  it('refuses garbage bytes and 10 MB of garbage quickly', async () => {
    expect(await codesOf(new TextEncoder().encode('编码,名称\nA,B\n'))).toEqual(['ORG_CHART_UNREADABLE']);
    expect(await codesOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]))).toEqual(['ORG_CHART_UNREADABLE']);
    const big = new Uint8Array(10 * 1024 * 1024);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    // Refused on its size before a byte of it is read as a workbook. The bound (5 s on a quiet
    // machine) scales with a reference taken in the same run on either side: a small valid
    // workbook's dry run (under 500 ms quiet). A loaded CI machine (two suites on two cores) slows
    // both alike; the code above is the deterministic fact.
    const reference = async () => {
      const started = performance.now();
      expect(await codesOf(await workbookBytes(validChart(bureau.code)))).toEqual([]);
      return performance.now() - started;
    };
    const before = await reference();
    const started = performance.now();
    expect(await codesOf(big)).toEqual(['FILE_TOO_LARGE']);
    const ms = performance.now() - started;
    const load = Math.max(1, Math.max(before, await reference()) / 500);
    // Less what the HTTP upload path alone costs for 10 MB (about 1 s per MB in this test pipeline):
    // the same bytes with no token, refused UNAUTHENTICATED before any resolver runs.
    const transportStarted = performance.now();
    expect((await importWorkbook(app, '', big, true)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const transport = performance.now() - transportStarted;
    expect(ms).toBeLessThan(transport + 5000 * load);
  });

  it('reports a missing sheet and a missing header', async () => {
    const chart = validChart(bureau.code);
    expect(await codesOf(await workbookBytes(chart, { omitSheets: ['账号'] }))).toEqual(['账号!null:null:MISSING_SHEET']);
    expect(await codesOf(await workbookBytes(chart, { headers: { posts: ['人员编码', '组织编码', '职务', '起始日期'] } }))).toEqual(['任职!1:班子职务:MISSING_COLUMN']);
  });

  it('reads formulas by their cached value and refuses one without a value', async () => {
    const chart = validChart(bureau.code);
    chart.people![7] = ['P008', { formula: '"周"&"强"', result: '周强' }, '科员'];
    expect(await codesOf(await workbookBytes(chart))).toEqual([]);
    chart.people![7] = ['P008', { formula: '"周"&"强"' } as ExcelJS.CellValue, '科员'];
    expect(await codesOf(await workbookBytes(chart))).toEqual(['人员!9:姓名:FORMULA_WITHOUT_VALUE']);
  });

  it('refuses merged cells', async () => {
    const chart = validChart(bureau.code);
    const bytes = await workbookBytes(chart, { extra: (book) => book.getWorksheet('组织')!.mergeCells('D3:D4') });
    expect(await codesOf(bytes)).toContain('组织!3:null:MERGED_CELLS');
  });

  it('reads date cells, Excel serial numbers and YYYY-MM-DD text; refuses other text', async () => {
    const chart = validChart(bureau.code);
    expect(await codesOf(await workbookBytes(chart))).toEqual([]);
    chart.posts![0] = ['P001', bureau.code, '书记', '去年六月'];
    expect(await codesOf(await workbookBytes(chart))).toEqual(['任职!2:起始日期:BAD_DATE']);
  });
});
