import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers.js';
import { importWorkbook, newBureau, validChart, workbookBytes, type Chart } from './fixtures.js';

/**
 * Issue 22, findings 1–3: a change of holder never rewrites the past; the dry run is the real run
 * rolled back; errors are located, sorted, free of follow-on errors and say what to do.
 */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seed: true });
  app.setNow(new Date('2026-11-30T04:00:00Z'));
});
afterAll(() => app?.close());

type Report = { errors: { sheet: string | null; row: number | null; column: string | null; code: string; message: string }[]; warnings: { sheet: string | null; row: number | null; column: string | null; code: string }[]; applied: boolean; counts: Record<string, number> };
async function run(token: string, chart: Chart, dryRun: boolean): Promise<Report> {
  const result = await importWorkbook(app, token, await workbookBytes(chart), dryRun);
  expect(result.errors).toBeUndefined();
  return result.data!.importOrgChart as Report;
}
/** Dry run, then the real run: they must agree on every error and warning. */
async function both(token: string, chart: Chart) {
  const dry = await run(token, chart, true);
  const real = await run(token, chart, false);
  expect(real.errors).toEqual(dry.errors);
  expect(real.warnings).toEqual(dry.warnings);
  if (!dry.errors.length) expect(real.counts).toEqual(dry.counts);
  return real;
}
const at = (p: { sheet: string | null; row: number | null; column: string | null; code: string }) => `${p.sheet}!${p.row}:${p.column}:${p.code}`;

async function inForce(tenantId: string, unitCode: string, day: string) {
  const date = new Date(`${day}T00:00:00Z`);
  const when = { startDate: { lte: date }, OR: [{ endDate: null }, { endDate: { gt: date } }] };
  const [posts, duties] = await Promise.all([
    app.db.prisma.post.findMany({ where: { tenantId, unit: { code: unitCode }, ...when }, include: { person: true }, orderBy: { role: 'asc' } }),
    app.db.prisma.duty.findMany({ where: { tenantId, unit: { code: unitCode }, ...when }, include: { person: true } }),
  ]);
  return {
    posts: posts.map((p) => `${p.person.name}:${p.role}`).sort(),
    first: duties.filter((d) => d.kind === 'FIRST_RESPONSIBLE').map((d) => d.person.name),
  };
}

/** validChart with 赵磊 书记 and 周强 成员 of the first branch since 2022-03-01. */
function branchChart(t: string): Chart {
  const chart = validChart(t, `.${t.toLowerCase()}`);
  chart.posts = chart.posts!.map((r) => (r[1] === `${t}-JG-1` ? [r[0], r[1], r[2], '2022-03-01'] : r));
  return chart;
}

describe('a change of holder', () => {
  it('never backdates the new post: the old secretary stays the only first responsible person of the past', async () => {
    const b = await newBureau(app, 'HA');
    expect((await both(b.token, branchChart(b.code))).errors).toEqual([]);
    // 赵磊's row deleted, 周强 made 书记 with the date left unchanged.
    const chart = branchChart(b.code);
    chart.posts = chart.posts!.filter((r) => r[0] !== 'P006').map((r) => (r[0] === 'P008' ? [r[0], r[1], '书记', '2022-03-01'] : r));
    const report = await both(b.token, chart);
    expect(report.errors).toEqual([]);
    expect(report.warnings.map(at)).toEqual(['任职!8:起始日期:START_DATE_ADJUSTED']);
    expect(await inForce(b.tenantId, 'HA-JG-1', '2024-01-01')).toEqual({ posts: ['周强:MEMBER', '赵磊:SECRETARY'], first: ['赵磊'] });
    expect(await inForce(b.tenantId, 'HA-JG-1', '2026-11-30')).toEqual({ posts: ['周强:SECRETARY'], first: ['周强'] });
    // The same workbook again changes nothing.
    expect((await run(b.token, chart, false)).counts).toEqual({ units: 0, people: 0, posts: 0, duties: 0, accounts: 0 });
  });

  it('a successor\'s written start date ends the predecessor and the old role on that day', async () => {
    const b = await newBureau(app, 'HB');
    await both(b.token, branchChart(b.code));
    const chart = branchChart(b.code);
    chart.posts = chart.posts!.filter((r) => r[0] !== 'P006').map((r) => (r[0] === 'P008' ? [r[0], r[1], '书记', '2026-06-01'] : r));
    const report = await both(b.token, chart);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(await inForce(b.tenantId, 'HB-JG-1', '2026-05-31')).toEqual({ posts: ['周强:MEMBER', '赵磊:SECRETARY'], first: ['赵磊'] });
    expect(await inForce(b.tenantId, 'HB-JG-1', '2026-06-01')).toEqual({ posts: ['周强:SECRETARY'], first: ['周强'] });
  });

  it('a 结束日期 ends a post on that date; a row with both dates records a past post; overlaps are refused on their row', async () => {
    const b = await newBureau(app, 'HC');
    await both(b.token, branchChart(b.code));
    const chart = branchChart(b.code);
    chart.posts = chart.posts!.map((r) => (r[0] === 'P006' ? [...r, '2026-07-01'] : r));
    chart.posts.push(['P008', `${b.code}-JG-2`, '书记', '2020-01-01', '2021-01-01']);
    chart.posts.push(['P007', `${b.code}-JG-1`, '书记', '2026-07-01']);
    chart.people!.length = 8;
    const report = await both(b.token, chart);
    expect(report.errors).toEqual([]);
    expect(await inForce(b.tenantId, 'HC-JG-1', '2026-06-30')).toEqual({ posts: ['周强:MEMBER', '赵磊:SECRETARY'], first: ['赵磊'] });
    expect(await inForce(b.tenantId, 'HC-JG-1', '2026-07-01')).toEqual({ posts: ['周强:MEMBER', '孙丽:SECRETARY'], first: ['孙丽'] });
    expect(await inForce(b.tenantId, 'HC-JG-2', '2020-06-01')).toEqual({ posts: ['周强:SECRETARY'], first: ['周强'] });

    // A past secretary whose dates meet the recorded one, and a corrected start date that would too.
    const overlapping = structuredClone(chart);
    overlapping.posts!.push(['P004', `${b.code}-JG-2`, '书记', '2020-06-01', '2020-12-01']);
    const refused = await both(b.token, overlapping);
    expect(refused.errors.map(at)).toEqual([`任职!${overlapping.posts!.length + 1}:起始日期:HISTORY_OVERLAP`]);
    expect(refused.errors[0]!.message).toContain('2020-01-01');
  });

  it('applies a corrected 起始日期 of a kept post, with its duties, and refuses one that overlaps history', async () => {
    const b = await newBureau(app, 'HD');
    await both(b.token, branchChart(b.code));
    const chart = branchChart(b.code);
    chart.posts = chart.posts!.map((r) => (r[0] === 'P006' ? [r[0], r[1], r[2], '2021-09-01'] : r));
    const report = await both(b.token, chart);
    expect(report.counts).toMatchObject({ posts: 1, duties: 1 });
    expect(await inForce(b.tenantId, 'HD-JG-1', '2021-10-01')).toEqual({ posts: ['赵磊:SECRETARY'], first: ['赵磊'] });
    // A past secretary recorded up to 2021-12-31; moving the current one before that is refused.
    const withPast = structuredClone(chart);
    withPast.posts!.push(['P007', `${b.code}-JG-1`, '书记', '2019-01-01', '2021-10-01']);
    const refused = await both(b.token, withPast);
    expect(refused.errors.map((e) => e.code)).toEqual(['HISTORY_OVERLAP']);
  });
});

describe('the dry run is the real run', () => {
  it('a unit whose code changed but whose name and parent did not is the same unit, recoded (dry and real alike)', async () => {
    const b = await newBureau(app, 'HE');
    await both(b.token, branchChart(b.code));
    const recode = (code: unknown) => (code === 'HE-JG-1' ? 'HEJG01' : code);
    const chart = branchChart(b.code);
    chart.units = chart.units!.map((r) => [recode(r[0]), r[1], r[2], recode(r[3])]) as Chart["units"];
    chart.posts = chart.posts!.map((r) => [r[0], recode(r[1]), ...r.slice(2)]) as Chart["posts"];
    const report = await both(b.token, chart);
    expect(report.errors).toEqual([]);
    expect(report.warnings.map(at)).toEqual(['组织!4:编码:CODE_CHANGED']);
    expect(await inForce(b.tenantId, 'HEJG01', '2024-01-01')).toEqual({ posts: ['周强:MEMBER', '赵磊:SECRETARY'], first: ['赵磊'] });
  });

  it('a unit renamed to the name of a unit the workbook leaves out is refused on its row by the dry run too', async () => {
    const b = await newBureau(app, 'HF');
    await both(b.token, branchChart(b.code));
    const chart = branchChart(b.code);
    chart.units = chart.units!.filter((r) => r[0] !== `${b.code}-JG-2`).map((r) => (r[0] === `${b.code}-JG-1` ? [r[0], '机关第二支部', r[2], r[3]] : r));
    const report = await both(b.token, chart);
    expect(report.errors.map(at)).toEqual(['组织!4:名称:NAME_TAKEN']);
    expect(report.errors[0]!.message).toContain('HF-JG-2');
  });
});

describe('errors a clerk can act on', () => {
  it('a duty failing only for its 分管范围 reports that alone, and a unit name there asks for the code', async () => {
    const b = await newBureau(app, 'HG');
    const chart = branchChart(b.code);
    chart.duties = chart.duties!.map((r) => (r[0] === 'P003' ? [r[0], r[1], r[2], '局机关党委'] : r));
    const report = await both(b.token, chart);
    expect(report.errors.map(at)).toEqual(['分工!3:分管范围:UNKNOWN_UNIT']);
    expect(report.errors[0]!.message).toContain('请填写其编码 HG-JG');
  });

  it('sorts errors by sheet, row and column, reports a missing header with the other sheets\' row problems, and never cites rule numbers', async () => {
    const b = await newBureau(app, 'HH');
    const chart = branchChart(b.code);
    chart.people![3] = ['P004', '', ''];
    chart.units![5] = [`${b.code}-DZ-1`, '大中自然资源所党支部', '城堡', `${b.code}-DZ`];
    chart.duties!.push(['P008', `${b.code}-JG-1`, '一岗双责', `${b.code}-JG-1`]);
    const result = await importWorkbook(app, b.token, await workbookBytes(chart, { headers: { accounts: ['登录名', '人员编码'] } }), true);
    const report = result.data!.importOrgChart;
    expect(report.errors.map(at)).toEqual([
      '组织!7:类型:BAD_VALUE',
      '人员!5:姓名:REQUIRED',
      '分工!5:责任类型:DUTY_HOLDER_NOT_TEAM_MEMBER',
      '账号!1:用户名:MISSING_COLUMN',
    ]);
    for (const e of report.errors) expect(e.message).not.toMatch(/规则\s*\d/);
    expect(report.errors[3]!.message).toContain('登录名');
  });
});
