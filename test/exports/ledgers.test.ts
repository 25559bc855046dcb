import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../../src/lib/ids.js';
import { graphql } from '../gql/index.js';
import { codes, createTestApp, type TestApp } from '../helpers.js';
import { csvOf, download, RequestExport, workbookOf } from './helpers.js';

/**
 * The ledgers of every feature (issue 6, point 1): Chinese headers and labels, a known demo row,
 * and their filters. Which rows each account gets is the equivalence test's business; here, what
 * the rows say.
 */

let app: TestApp;
let year: number; // the demo's plan year (this year when the database was seeded)
const unit = (key: string) => globalId('OrgUnit', app.demo.bureau.units.get(key)!);

beforeAll(async () => {
  app = await createTestApp();
  year = (await app.db.prisma.annualPlan.findFirstOrThrow({ where: { tenantId: app.demo.bureau.tenantId }, orderBy: { year: 'desc' } })).year;
});
afterAll(() => app?.close());

async function csv(username: string, input: Record<string, unknown>) {
  const result = await app.run(RequestExport, { input: input as never }, await app.login(username));
  expect(result.errors).toBeUndefined();
  return csvOf(await download(app, result.data!.requestExport.link.url));
}

const column = (records: Record<string, string>[], header: string) => records.map((r) => r[header]);

describe('WORK_ITEMS 年度任务台账', () => {
  it('Chinese headers and labels; the responsible person and unit by name', async () => {
    const { header, records } = await csv('secretary', { ledger: 'WORK_ITEMS', format: 'CSV' });
    expect(header).toEqual([
      '年度', '对应主要任务', '任务名称', '任务内容', '责任单位', '责任人', '完成时限', '状态', '是否逾期', '完成时间', '取消理由', '进展记录数', '佐证材料数', '系统编号',
    ]);
    expect(records.find((r) => r['任务名称'] === '林场党委开展理想信念教育主题党日活动')).toMatchObject({
      年度: String(year), 责任单位: '大丰林场党委', 责任人: '钱红', 完成时限: `${year}-09-30`, 状态: '未开始',
    });
    // The multi-year demo (issue 21) has last year's plan with an item of the same name (done, no
    // progress note): the row meant is this plan year's, which carries the note.
    expect(records.find((r) => r['任务名称'] === '制定局党委理论学习中心组年度学习计划' && r['年度'] === String(year))).toMatchObject({ 状态: '已完成', 进展记录数: '1', 是否逾期: '否' });
  });

  it('filters: status, unit subtree, plan year', async () => {
    const done = await csv('secretary', { ledger: 'WORK_ITEMS', format: 'CSV', status: 'DONE' });
    expect(done.records.length).toBeGreaterThan(0);
    // The demo's item marked done by its own responsible person still waits for a leader (待确认, issue 21).
    expect(new Set(column(done.records, '状态'))).toEqual(new Set(['已完成', '已完成（待确认）']));
    const forestry = await csv('secretary', { ledger: 'WORK_ITEMS', format: 'CSV', unitId: unit('forestry') });
    expect(new Set(column(forestry.records, '责任单位'))).toEqual(new Set(['大丰林场党委']));
    // Last year's plan (the demo's multi-year story, docs/years.md) is listed under its own year only.
    const lastYear = await csv('secretary', { ledger: 'WORK_ITEMS', format: 'CSV', year: year - 1 });
    expect(lastYear.records.length).toBeGreaterThan(0);
    expect(new Set(column(lastYear.records, '年度'))).toEqual(new Set([String(year - 1)]));
  });
});

describe('WORK_RECORDS 工作台账', () => {
  it('a report with its addressees in Chinese; the year is the reporting year (所属年度), the date beside the filing time', async () => {
    const { header, records } = await csv('secretary', { ledger: 'WORK_RECORDS', format: 'CSV', year: year - 1 });
    expect(header.slice(0, 6)).toEqual(['日期', '填报时间', '所属年度', '类别', '标题', '单位']);
    expect(new Set(column(records, '所属年度'))).toEqual(new Set([String(year - 1)]));
    // The demo's story (docs/years.md): last year's briefing, held and filed in January of this year, belongs to last year.
    const late = records.filter((r) => r['日期']!.startsWith(String(year)));
    const filedYet = Date.now() >= Date.UTC(year, 0, 12, 2); // the demo loads records dated up to today
    expect(late.map((r) => r['类别'])).toEqual(filedYet ? ['党内通报'] : []);
    expect(records.find((r) => r['标题'] === `${year - 1}年关于上半年意识形态工作情况的专题汇报`)).toMatchObject({
      日期: `${year - 1}-07-20`, 类别: '向上级党委专题汇报', 主送: '区委', 抄送: '区委宣传部', 单位: '中共盐城市大丰区自然资源和规划局委员会',
    });
    expect(records.find((r) => r['标题'] === `${year - 1}年林场党委意识形态工作形势分析会`)).toMatchObject({ 参加人员: '赵国强、钱红、冯军、何静' });
  });

  it('a unit filter keeps the subtree', async () => {
    const { records } = await csv('secretary', { ledger: 'WORK_RECORDS', format: 'CSV', unitId: unit('forestry') });
    expect(records.length).toBeGreaterThan(0);
    expect(new Set(column(records, '单位'))).toEqual(new Set(['大丰林场党委']));
  });
});

describe('COMPLIANCE 规定动作落实台账', () => {
  it('one row per unit × rule for a past year, as of its year end', async () => {
    const { header, records } = await csv('secretary', { ledger: 'COMPLIANCE', format: 'CSV', year: year - 1, unitId: unit('bureau') });
    expect(header).toContain('落实情况');
    const keys = column(records, '系统编号');
    expect(new Set(keys).size).toBe(keys.length);
    const report = records.find((r) => r['规则编号'] === 'ANNUAL_RESPONSIBILITY_REPORT' && r['单位'] === '中共盐城市大丰区自然资源和规划局委员会');
    expect(report).toMatchObject({ 年度: String(year - 1), 周期: '每年', 全年应完成: '1', 已完成: '1', 落实情况: '已落实', 截至日期: `${year - 1}-12-31` });
    const analysis = records.find((r) => r['规则编号'] === 'PERIODIC_ANALYSIS' && r['单位'] === '中共盐城市大丰区自然资源和规划局委员会')!;
    expect(analysis['各期情况']).toMatch(/^第1期 \d+\/1 .+；第2期 \d+\/1 .+$/);
  });

  it('the status filter keeps one status; a branch secretary gets only their unit', async () => {
    const all = await csv('secretary', { ledger: 'COMPLIANCE', format: 'CSV', year: year - 1 });
    const met = await csv('secretary', { ledger: 'COMPLIANCE', format: 'CSV', year: year - 1, status: 'MET' });
    expect(met.records.length).toBeGreaterThan(0);
    expect(new Set(column(met.records, '落实情况'))).toEqual(new Set(['已落实']));
    expect(met.records).toHaveLength(all.records.filter((r) => r['落实情况'] === '已落实').length);
    const branch = await csv('branch.organs1', { ledger: 'COMPLIANCE', format: 'CSV', year: year - 1 });
    expect(new Set(column(branch.records, '单位'))).toEqual(branch.records.length ? new Set(['机关第一支部']) : new Set());
  });
});

describe('RISKS 风险台账', () => {
  it('a risk with its history, in Chinese', async () => {
    const { header, records } = await csv('secretary', { ledger: 'RISKS', format: 'CSV' });
    expect(header).toContain('流转记录');
    const risk = records.find((r) => r['标题'] === '林场改制传言引发职工思想波动')!;
    expect(risk).toMatchObject({ 所属单位: '大丰林场党委', 来源: '社情民意、舆情', 风险等级: '重大', 当前阶段: '及早预警', 责任人: '赵国强', 报告人: '钱红' });
    const history = risk['流转记录']!.split('\n');
    expect(history).toHaveLength(3);
    expect(history[0]).toMatch(/报告（动态监测）/);
    expect(history[1]).toMatch(/动态监测→精准研判 赵国强：传言与林场改革方案征求意见稿有关/);
    expect(history[2]).toMatch(/精准研判→及早预警 赵国强/);
    expect(records.find((r) => r['标题'] === '个别党员在微信群转发歪曲党史的文章')).toMatchObject({ 整改事项数: '2', 已完成整改数: '1', 发声次数: '1' });
  });

  it('status: a stage, or the open ones', async () => {
    const closed = await csv('secretary', { ledger: 'RISKS', format: 'CSV', status: 'CLOSED' });
    expect(column(closed.records, '标题')).toEqual(['网传大中镇征地补偿“暗箱操作”短视频']);
    const open = await csv('secretary', { ledger: 'RISKS', format: 'CSV', status: 'OPEN' });
    expect(new Set(column(open.records, '当前阶段'))).toEqual(new Set(['动态监测', '精准研判', '及早预警']));
  });
});

describe('CHANNELS 网络阵地台账', () => {
  it('registration against the 30-day rule and the status filter', async () => {
    const { header, records } = await csv('secretary', { ledger: 'CHANNELS', format: 'CSV' });
    expect(header.slice(0, 5)).toEqual(['类型', '名称', '账号或网址', '主办单位', '运行状态']);
    // A name starting with @ is neutralised for spreadsheets (leading apostrophe), as every text cell.
    expect(records.find((r) => r['名称'] === "'@大丰自然资源")).toMatchObject({
      类型: '微博', 运行状态: '停更', 开通日期: '2015-06-01', 备案日期: '2015-08-10', 备案截止日期: '2015-07-01', 备案情况: '逾期备案', 责任人: '刘志华',
    });
    const dormant = await csv('secretary', { ledger: 'CHANNELS', format: 'CSV', status: 'DORMANT' });
    expect(column(dormant.records, '名称')).toEqual(["'@大丰自然资源"]);
  });
});

describe('MISCONDUCT_CASES 错误言论案件台账', () => {
  it('for the bureau committee\'s leaders, with referral and the status filter', async () => {
    const { records } = await csv('propaganda', { ledger: 'MISCONDUCT_CASES', format: 'CSV' });
    expect(records).toHaveLength(2);
    expect(records.find((r) => r['当事人'] === '马超')).toMatchObject({
      发表场合: '互联网', 性质: '非议党的理论和路线方针政策及重大决策部署', 是否移交: '是', 移交机关: '盐城市大丰区纪委监委', 所在单位: '机关第一支部',
    });
    const pending = await csv('secretary', { ledger: 'MISCONDUCT_CASES', format: 'CSV', status: 'NOT_REFERRED' });
    expect(column(pending.records, '当事人')).toEqual(['殷文杰']);
  });

  it('anyone else is refused, with no link and nothing on record', async () => {
    const before = await app.db.prisma.auditEvent.count();
    for (const username of ['organs.secretary', 'forestry.secretary', 'branch.organs1', 'discipline']) {
      const result = await app.run(RequestExport, { input: { ledger: 'MISCONDUCT_CASES', format: 'CSV' } }, await app.login(username));
      expect(codes(result)).toEqual(['FORBIDDEN']);
      expect(result.data?.requestExport ?? null).toBeNull();
    }
    expect(await app.db.prisma.auditEvent.count()).toBe(before);
  });
});

describe('ASSESSMENTS 考核台账', () => {
  const Scores = graphql(`
    query LedgerAssessmentScores($unit: ID!) {
      assessments(first: 50, filter: { year: 2025, subtreeOf: $unit, subjectIsPerson: false }) { edges { node { id quantitativeScore } } }
    }
  `);

  it('exact two-place scores: text in CSV, number cells in XLSX; the status filter', async () => {
    const { records } = await csv('secretary', { ledger: 'ASSESSMENTS', format: 'CSV', year: 2025, unitId: unit('forestry') });
    const forestry = records.find((r) => r['考核类别'] === '单位考核' && r['被考核单位'] === '大丰林场党委')!;
    expect(forestry).toMatchObject({ 年度: '2025', 定性等次: '优秀', 状态: '定稿', 评议人数: '4', 评议平均分: '92.50', 考核评语: '经局党委会议研究确定。' });
    const api = await app.ok(Scores, { unit: unit('forestry') }, await app.login('secretary'));
    const apiScore = String(api.assessments.edges.find((e) => e.node.id === globalId('Assessment', forestry['系统编号']!))!.node.quantitativeScore);
    expect(forestry['定量得分']).toMatch(/^\d+\.\d{2}$/);
    expect(Number(forestry['定量得分'])).toBe(Number(apiScore));

    const result = await app.run(RequestExport, { input: { ledger: 'ASSESSMENTS', format: 'XLSX', year: 2025, unitId: unit('forestry') } }, await app.login('secretary'));
    const sheet = (await workbookOf(await download(app, result.data!.requestExport.link.url))).worksheets[0]!;
    const headers = (sheet.getRow(2).values as unknown[]).slice(1);
    const at = (h: string) => headers.indexOf(h) + 1;
    const row = sheet.getRows(3, sheet.rowCount - 2)!.find((r) => r.getCell(at('系统编号')).value === forestry['系统编号'])!;
    expect(row.getCell(at('评议平均分')).value).toBe(92.5);
    expect(row.getCell(at('评议平均分')).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(at('评议平均分')).numFmt).toBe('0.00');
    expect(row.getCell(at('定量得分')).value).toBe(Number(forestry['定量得分']));

    const drafts = await csv('secretary', { ledger: 'ASSESSMENTS', format: 'CSV', year: 2025, status: 'DRAFT' });
    expect(drafts.records.length).toBeGreaterThan(0);
    expect(new Set(column(drafts.records, '状态'))).toEqual(new Set(['草稿']));
  });
});

describe('ACCOUNTABILITY 问责台账', () => {
  it('the demo reminder, and the year filter on the date decided', async () => {
    const { header, records } = await csv('secretary', { ledger: 'ACCOUNTABILITY', format: 'CSV', year: 2025 });
    expect(header.slice(0, 6)).toEqual(['决定日期', '问责对象', '所涉单位', '被问责人', '问责方式', '严重程度']);
    expect(records.find((r) => r['被问责人'] === '顾建华')).toMatchObject({
      决定日期: '2025-12-18', 问责对象: '个人', 所涉单位: '大中自然资源所党支部', 问责方式: '提醒', 严重程度: '1', 决定机关: '中共盐城市大丰区自然资源和规划局委员会',
    });
    expect((await csv('secretary', { ledger: 'ACCOUNTABILITY', format: 'CSV', year: 2024 })).records).toHaveLength(0);
  });
});
