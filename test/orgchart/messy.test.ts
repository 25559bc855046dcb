import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHEETS, type SheetKey } from '../../src/modules/orgchart/sheets.js';
import { createTestApp, type TestApp } from '../helpers.js';
import { download } from '../plan/fixtures.js';
import { importWorkbook, newBureau, validChart, type Chart } from './fixtures.js';

/**
 * A generated corpus of workbooks filled the way offices fill them (issue 22, item 3): each habit
 * alone and all together, through the dry run and the real run; each must import exactly what the
 * clean workbook imports. Runs on PGlite, and on PostgreSQL with DATABASE_URL.
 */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seed: true });
  app.setNow(new Date('2026-11-30T04:00:00Z'));
});
afterAll(() => app?.close());

type Habit = 'title' | 'brackets' | 'dates' | 'numericCodes' | 'names' | 'struck' | 'hidden';
const HABITS: Habit[] = ['title', 'brackets', 'dates', 'numericCodes', 'names', 'struck', 'hidden'];

const HEADER_SPELLING: Record<string, string> = { 编码: '*编码', 起始日期: '起始日期（年月日）', 班子职务: '班子职务(必填)', 分管范围: '分管范围【填编码】' };
const DATE_SPELLINGS = ['2021年6月18日', '2021.9.1', '２０２２/１/１', '2022年3月', 44621, new Date(Date.UTC(2022, 2, 1))];

/** The clean chart with digit-only person codes (001 …), so that Excel's number coercion can bite. */
function cleanChart(t: string): Chart {
  const chart = validChart(t, `.${t.toLowerCase()}`);
  const code = (v: unknown) => (typeof v === 'string' && /^P\d{3}$/.test(v) ? v.slice(1) : v);
  for (const key of ['people', 'posts', 'duties', 'accounts'] as const) chart[key] = chart[key]!.map((r) => r.map((v, i) => (i === (key === 'accounts' ? 1 : 0) ? code(v) : v))) as Chart['people'];
  chart.posts = chart.posts!.map((r) => [r[0], r[1], r[2], '2022-03-01']);
  return chart;
}

async function messyWorkbook(chart: Chart, habits: Habit[]): Promise<Uint8Array> {
  const has = (h: Habit) => habits.includes(h);
  const book = new ExcelJS.Workbook();
  for (const key of Object.keys(SHEETS) as SheetKey[]) {
    const { name, headers } = SHEETS[key];
    const sheet = book.addWorksheet(name);
    if (has('title')) {
      sheet.addRow([`${name}表（2026年度）`]);
      sheet.mergeCells(1, 1, 1, headers.length);
      sheet.addRow(['填表说明：请按模板填写，带*为必填']);
    }
    sheet.addRow(headers.map((h) => (has('brackets') ? HEADER_SPELLING[h] ?? h : h)));
    for (const [i, source] of (chart[key] ?? []).entries()) {
      const row = source.map((v, col) => {
        const header = headers[col];
        if (has('dates') && key === 'posts' && header === '起始日期') return DATE_SPELLINGS[i % DATE_SPELLINGS.length]!;
        if (has('numericCodes') && key !== 'people' && (header === '人员编码') && typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
        if (has('names') && key === 'people' && header === '姓名' && typeof v === 'string') return `${v[0]}　${v.slice(1)}`;
        if (has('names') && key === 'units' && header === '名称' && typeof v === 'string' && v.length > 4) return `${v.slice(0, 2)}\r\n${v.slice(2)}`;
        if (has('names') && key === 'people' && header === '职务' && typeof v === 'string' && v.length > 2) return `${v.slice(0, 2)}\n${v.slice(2)}`;
        return v;
      });
      const added = sheet.addRow(row);
      if (has('hidden') && key === 'people' && i === 7) added.hidden = true;
    }
    if (has('struck') && key === 'people') {
      const added = sheet.addRow(['999', '已删除人员', '']);
      added.font = { strike: true };
    }
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** What a bureau holds, independent of ids: units, people and posts with their dates. */
async function holdings(tenantId: string) {
  const p = app.db.prisma;
  const [units, people, posts] = await Promise.all([
    p.orgUnit.findMany({ where: { tenantId }, include: { parent: true } }),
    p.person.findMany({ where: { tenantId } }),
    p.post.findMany({ where: { tenantId }, include: { person: true, unit: true } }),
  ]);
  return {
    units: units.map((u) => `${u.code}|${u.name}|${u.parent?.code ?? ''}`).sort(),
    people: people.map((x) => `${x.code}|${x.name}|${x.jobTitle ?? ''}`).sort(),
    posts: posts.map((x) => `${x.person.code}|${x.unit.code}|${x.role}|${x.startDate.toISOString().slice(0, 10)}|${x.endDate ?? ''}`).sort(),
  };
}

let clean: Awaited<ReturnType<typeof holdings>>;
let n = 0;
async function importMessy(habits: Habit[]) {
  const bureau = await newBureau(app, `MS${++n}`);
  const chart = cleanChart(bureau.code);
  const bytes = await messyWorkbook(chart, habits);
  const dry = (await importWorkbook(app, bureau.token, bytes, true)).data!.importOrgChart;
  const real = (await importWorkbook(app, bureau.token, bytes, false)).data!.importOrgChart;
  return { bureau, dry, real, held: await holdings(bureau.tenantId) };
}

describe('workbooks as offices fill them', () => {
  beforeAll(async () => {
    const { real, held } = await importMessy([]);
    expect(real.errors).toEqual([]);
    clean = held;
  });

  it.each(HABITS.map((h) => [h]))('%s alone imports what the clean workbook imports, dry run and real run alike', async (habit) => {
    const { dry, real, held } = await importMessy([habit]);
    expect(dry.errors).toEqual([]);
    expect(real.errors).toEqual([]);
    expect(real.warnings).toEqual(dry.warnings);
    expect(real.counts).toEqual(dry.counts);
    const codes = real.warnings.map((w) => `${w.sheet}!${w.row}:${w.code}`);
    if (habit === 'struck') expect(codes).toEqual(['人员!10:ROW_STRUCK_THROUGH']);
    else if (habit === 'hidden') expect(codes).toEqual(['人员!9:ROW_HIDDEN']);
    else expect(codes).toEqual([]);
    // Dates: the spellings stand for 2021-06-18, 2021-09-01, 2022-01-01, 2022-03-01 (a month: its first day) …
    if (habit === 'dates') {
      expect(held.posts.map((x) => x.split('|').slice(0, 4).join('|')).filter((x) => x.startsWith('001|') || x.startsWith('002|') || x.startsWith('003|')))
        .toEqual([`001|MS${n}|SECRETARY|2021-06-18`, `002|MS${n}|DEPUTY_SECRETARY|2021-09-01`, `003|MS${n}|COMMITTEE_MEMBER|2022-01-01`]);
      return;
    }
    const same = (xs: string[]) => xs.map((x) => x.replace(/MS\d+/g, 'T'));
    expect(same(held.units)).toEqual(same(clean.units));
    expect(same(held.people)).toEqual(same(clean.people));
    expect(same(held.posts)).toEqual(same(clean.posts));
  });

  it('all habits together import cleanly, and the same messy workbook again changes nothing', async () => {
    const { bureau, dry, real } = await importMessy(HABITS);
    expect(dry.errors).toEqual([]);
    expect(real.errors).toEqual([]);
    expect(real.applied).toBe(true);
    const again = (await importWorkbook(app, bureau.token, await messyWorkbook(cleanChart(bureau.code), HABITS), false)).data!.importOrgChart;
    expect(again.counts).toEqual({ units: 0, people: 0, posts: 0, duties: 0, accounts: 0 });
  });

  it('refuses an ambiguous date naming the form expected, and reports the headers found when one is missing', async () => {
    const bureau = await newBureau(app, 'MSX');
    const chart = cleanChart(bureau.code);
    chart.posts![0] = [chart.posts![0]![0], chart.posts![0]![1], '书记', '3/1/2022'];
    const book = await messyWorkbook(chart, ['title']);
    const report = (await importWorkbook(app, bureau.token, book, true)).data!.importOrgChart;
    expect(report.errors.map((e) => `${e.sheet}!${e.row}:${e.column}:${e.code}`)).toEqual(['任职!4:起始日期:BAD_DATE']);
    expect(report.errors[0]!.message).toContain('2022-03-01');
  });
});

describe('the template', () => {
  it('formats code columns as text, carries the bureau\'s code when asked, and its drop-down ranges do not overlap', async () => {
    const res = await download(app, '/templates/org-chart.xlsx?bureau=DFXX');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    expect(book.getWorksheet('组织')!.getCell('A2').value).toBe('DFXX');
    expect(book.getWorksheet('任职')!.getColumn(1).numFmt).toBe('@');
    expect(book.getWorksheet('组织')!.getColumn(4).numFmt).toBe('@');
    // Each drop-down column validates its 2,000 rows exactly once, and no two <dataValidation> ranges
    // overlap: read from the sheets' XML itself, since exceljs's reader keys validations by cell and
    // would fold two overlapping ranges into one (Excel instead reports the file as needing repair).
    const parts = zipParts(new Uint8Array(await (await download(app, '/templates/org-chart.xlsx')).arrayBuffer()));
    const sheetParts = [...parts.keys()].filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheetParts.length).toBe(6);
    let columns = 0;
    for (const part of sheetParts) {
      const xml = parts.get(part)!;
      const owner = new Map<string, number>(); // cell → the validation that covers it
      const perColumn = new Map<string, number>();
      [...xml.matchAll(/<dataValidation\b[^>]*\bsqref="([^"]+)"/g)].forEach((m, index) => {
        for (const range of m[1]!.split(' ')) {
          const [, c1, r1, c2 = c1, r2 = r1] = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(range)!;
          expect(c2).toBe(c1); // one column per range
          for (let r = Number(r1); r <= Number(r2); r++) {
            const cell = `${c1}${r}`;
            expect(owner.has(cell), `${part} ${cell} is in two drop-down ranges`).toBe(false);
            owner.set(cell, index);
            perColumn.set(c1!, (perColumn.get(c1!) ?? 0) + 1);
          }
        }
      });
      for (const count of perColumn.values()) expect(count).toBe(2000);
      columns += perColumn.size;
    }
    expect(columns).toBe(3); // 组织 类型, 任职 班子职务, 分工 责任类型
  });
});

/** The parts of a zip (an XLSX), by name, as text: its central directory read by hand (no zip64). */
function zipParts(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end -= 1;
  const parts = new Map<string, string>();
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const local = view.getUint32(at + 42, true);
    const data = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = bytes.subarray(data, data + size);
    parts.set(name, new TextDecoder().decode(method === 8 ? inflateRawSync(raw) : raw));
    at += 46 + skip;
  }
  return parts;
}
