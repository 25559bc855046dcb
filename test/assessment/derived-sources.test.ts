import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadViewer, type Viewer } from '../../src/authz/scope.js';
import { deriveValues } from '../../src/modules/assessment/sources.js';
import { updateObligationRule } from '../../src/modules/obligations/service.js';
import { createWorkRecord } from '../../src/modules/records/service.js';
import { changeWorkItemStatus, createAnnualPlan, createWorkItem } from '../../src/modules/plan/service.js';
import { reportRisk, transitionRisk } from '../../src/modules/risks/service.js';
import { countStatements, createTestApp, type TestApp } from '../helpers.js';

/**
 * The derived indicators over the plan's work ledger, work items and obligation rules, and over the
 * risk register, with records made through those features' services in 2024 (a year the demo data
 * leaves empty), so every figure below follows from this file alone.
 */

let app: TestApp;
let secretary: Viewer;
const SOURCES = ['COMMITTEE_STUDIES', 'REPORTS_ON_TIME', 'WORK_ITEMS_ON_TIME', 'RISKS_HANDLED_IN_TIME'];
const at = (iso: string) => new Date(iso);
const day = (d: string) => new Date(`${d}T00:00:00Z`);
/** 10:00 in China on a calendar day. */
const chinaMorning = (d: string) => new Date(`${d}T02:00:00Z`);
const later = chinaMorning('2025-01-10');

const unit = (key: string) => app.demo.bureau.units.get(key)!;

async function values(keys: readonly string[], unitKeys: readonly string[]) {
  const subjects = unitKeys.map((k) => ({ unitId: unit(k), personId: null }));
  const derived = await deriveValues(app.db.prisma, app.demo.bureau.tenantId, keys, subjects, 2024);
  return (key: string, unitKey: string) => derived.get(key)!.get(`${unit(unitKey)}:`)!.toFixed(2);
}

beforeAll(async () => {
  app = await createTestApp();
  const account = await app.db.prisma.userAccount.findFirstOrThrow({ where: { username: 'secretary' } });
  secretary = await loadViewer(app.db.prisma, account.id);
});
afterAll(() => app?.close());

describe('indicator sources over the plan and the risk register', () => {
  it('COMMITTEE_STUDIES counts the committee studies recorded in the unit\'s subtree in the year', async () => {
    const record = (key: string, date: string, kind: 'COMMITTEE_STUDY' | 'PERIODIC_ANALYSIS' = 'COMMITTEE_STUDY') =>
      createWorkRecord(app.db.prisma, secretary, { unitId: unit(key), kind, date: day(date), title: '党委会专题研究意识形态工作' }, later);
    await record('forestry', '2024-03-20');
    await record('forestry', '2024-09-18');
    await record('forestry', '2023-10-08'); // another year
    await record('forestry', '2024-05-09', 'PERIODIC_ANALYSIS'); // another kind
    await record('forestry.b1', '2024-04-01'); // a branch's study counts for the branch and the committees above it
    await record('organs', '2024-05-12');
    const v = await values(['COMMITTEE_STUDIES'], ['forestry', 'forestry.b1', 'organs', 'office.1', 'bureau']);
    expect(['forestry', 'forestry.b1', 'organs', 'office.1', 'bureau'].map((k) => v('COMMITTEE_STUDIES', k)))
      .toEqual(['3.00', '1.00', '1.00', '0.00', '4.00']);
  });

  it('REPORTS_ON_TIME follows the bureau\'s obligation rules: due days, required copies, a locality\'s edits', async () => {
    const report = (kind: 'SPECIAL_REPORT' | 'ANNUAL_RESPONSIBILITY_REPORT', date: string, copies: boolean) =>
      createWorkRecord(app.db.prisma, secretary, {
        unitId: unit('bureau'), kind, date: day(date), title: kind === 'SPECIAL_REPORT' ? '关于意识形态工作情况的专题汇报' : '关于落实意识形态工作责任制情况的报告',
        sentTo: ['DISTRICT_COMMITTEE'], copiedTo: copies ? ['PROPAGANDA_DEPARTMENT'] : [],
      }, new Date(`${date}T04:00:00Z`)); // filed on the day: timeliness is judged by the filing time
    // The special report was not copied to the propaganda department, which the rule requires;
    // the annual report reached both and is dated before 10 December.
    await report('SPECIAL_REPORT', '2024-06-01', false);
    await report('ANNUAL_RESPONSIBILITY_REPORT', '2024-12-08', true);
    let v = await values(['REPORTS_ON_TIME'], ['bureau', 'forestry', 'organs']);
    // Two report rules apply to the bureau committee, one made on time: 50 %. The party committees
    // owe no report under these rules: 100.
    expect([v('REPORTS_ON_TIME', 'bureau'), v('REPORTS_ON_TIME', 'forestry'), v('REPORTS_ON_TIME', 'organs')]).toEqual(['50.00', '100.00', '100.00']);

    // The plan's due day (四(一) 12-10) cannot be moved by the bureau (docs/years.md); a stricter
    // internal date is its own and does not change how 2024, a closed year, was judged.
    const rules = await app.db.prisma.obligationRule.findMany({ where: { tenantId: app.demo.bureau.tenantId } });
    const annual = rules.find((r) => r.code === 'ANNUAL_RESPONSIBILITY_REPORT')!;
    const special = rules.find((r) => r.code === 'SPECIAL_REPORT')!;
    await expect(updateObligationRule(app.db.prisma, secretary, annual.id, { dueMonthDay: '12-05' })).rejects.toMatchObject({ code: 'PLAN_RULE_WEAKENED' });
    await updateObligationRule(app.db.prisma, secretary, annual.id, { internalDueMonthDay: '12-05' });
    v = await values(['REPORTS_ON_TIME'], ['bureau']);
    expect(v('REPORTS_ON_TIME', 'bureau')).toBe('50.00');
    // The plan's own addressees and the rule itself cannot be dropped (三(二)5): the edits are refused.
    await expect(updateObligationRule(app.db.prisma, secretary, special.id, { requiredCopies: [] })).rejects.toMatchObject({ code: 'PLAN_RULE_WEAKENED' });
    await expect(updateObligationRule(app.db.prisma, secretary, annual.id, { active: false })).rejects.toMatchObject({ code: 'PLAN_RULE_WEAKENED' });
    // A special report copied as the rule asks counts.
    await report('SPECIAL_REPORT', '2024-06-20', true);
    v = await values(['REPORTS_ON_TIME'], ['bureau']);
    expect(v('REPORTS_ON_TIME', 'bureau')).toBe('100.00');
    await updateObligationRule(app.db.prisma, secretary, annual.id, { internalDueMonthDay: '' });
  });

  it('WORK_ITEMS_ON_TIME: done by the due date in China time, over the items due in the year; cancelled ones left out', async () => {
    const prisma = app.db.prisma;
    const plan = await createAnnualPlan(prisma, secretary, { year: 2024 });
    const member = async (key: string) => (await prisma.post.findFirstOrThrow({ where: { unitId: unit(key), endDate: null } })).personId;
    const item = async (key: string, due: string) =>
      createWorkItem(prisma, secretary, { planId: plan.id, unitId: unit(key), responsiblePersonId: await member(key), title: `支部意识形态工作任务（${due}）`, dueDate: day(due) });
    const status = (id: string, s: 'DONE' | 'IN_PROGRESS' | 'CANCELLED', now: Date, reason?: string) =>
      changeWorkItemStatus(prisma, secretary, { workItemId: id, status: s, reason }, now);
    const a = await item('forestry.b1', '2024-03-31');
    await status(a.id, 'DONE', at('2024-03-31T15:00:00Z')); // 23:00 on 31 March in China: on time
    const b = await item('forestry.b1', '2024-06-30');
    await status(b.id, 'DONE', at('2024-06-30T17:00:00Z')); // 01:00 on 1 July in China: late
    const c = await item('forestry.b2', '2024-09-30');
    await status(c.id, 'IN_PROGRESS', chinaMorning('2024-09-01'));
    const d = await item('forestry.b2', '2024-10-31');
    await status(d.id, 'CANCELLED', chinaMorning('2024-09-01'), '任务调整，并入下半年专项工作。');
    const v = await values(['WORK_ITEMS_ON_TIME'], ['forestry', 'forestry.b1', 'forestry.b2', 'organs']);
    expect(['forestry', 'forestry.b1', 'forestry.b2', 'organs'].map((k) => v('WORK_ITEMS_ON_TIME', k))).toEqual(['33.33', '50.00', '0.00', '100.00']);
  });

  it('RISKS_HANDLED_IN_TIME: handled on or before the handling deadline; dismissed ones left out', async () => {
    const prisma = app.db.prisma;
    const pubsub = app.services.pubsub;
    const report = (key: string, severity: 'LOW' | 'MEDIUM', on: string) => reportRisk(prisma, pubsub, secretary, {
      unitId: unit(key), title: '林区护林员薪酬发放问题引发网上讨论', mechanism: 'RISK_JUDGEMENT', riskClass: 'IDEOLOGICAL_UNDERSTANDING', severity,
    }, chinaMorning(on));
    const move = async (id: string, stages: ('ASSESSED' | 'WARNED' | 'HANDLED' | 'DISMISSED')[], now: Date) => {
      for (const to of stages) await transitionRisk(prisma, pubsub, secretary, { riskId: id, to, note: to === 'DISMISSED' ? '经核实系误报。' : null }, now);
    };
    const onTime = await report('forestry.b2', 'LOW', '2024-05-03'); // deadline 18 May
    expect(onTime.handlingDeadline.toISOString().slice(0, 10)).toBe('2024-05-18');
    await move(onTime.id, ['ASSESSED', 'WARNED', 'HANDLED'], chinaMorning('2024-05-10'));
    const late = await report('forestry.b2', 'MEDIUM', '2024-07-25'); // deadline 1 August
    await move(late.id, ['ASSESSED', 'WARNED', 'HANDLED'], at('2024-08-01T16:30:00Z')); // 00:30 on 2 August in China
    const open = await report('forestry.b1', 'LOW', '2024-11-20'); // deadline 5 December, never handled
    expect(open.stage).toBe('MONITORED');
    const dismissed = await report('forestry.b1', 'LOW', '2024-06-01');
    await move(dismissed.id, ['DISMISSED'], chinaMorning('2024-06-02'));
    const v = await values(['RISKS_HANDLED_IN_TIME'], ['forestry', 'forestry.b2', 'forestry.b1', 'organs']);
    expect(['forestry', 'forestry.b2', 'forestry.b1', 'organs'].map((k) => v('RISKS_HANDLED_IN_TIME', k))).toEqual(['33.33', '50.00', '0.00', '100.00']);
  });

  it('each source answers for every subject at once: the same statements for one unit as for all', async () => {
    const prisma = app.db.prisma;
    const { tenantId, units } = app.demo.bureau;
    // One subject that owes reports (the bureau committee), so that every source does its full work.
    const one = [{ unitId: unit('bureau'), personId: null }];
    const all = [...units.values()].map((unitId) => ({ unitId, personId: null }));
    const small = await countStatements(app.db, () => deriveValues(prisma, tenantId, SOURCES, one, 2024));
    const big = await countStatements(app.db, () => deriveValues(prisma, tenantId, SOURCES, all, 2024));
    // One aggregate per source; reports on time is the plan's compliance evaluation (aggregate + rules).
    expect(small.statements).toBe(SOURCES.length + 1);
    expect(big.statements).toBe(small.statements);
    expect(big.result.get('COMMITTEE_STUDIES')!.get(`${unit('bureau')}:`)!.toFixed(2)).toBe('4.00');
    expect(big.result.get('WORK_ITEMS_ON_TIME')!.size).toBe(all.length);
  });

  it('the demo\'s 2026 round shows the indicators derived from the plan and the risk register', async () => {
    const id = app.demo.assessment.assessments.get('2026:forestry')!;
    const rows = await app.db.prisma.assessmentValue.findMany({ where: { assessmentId: id }, include: { definition: true } });
    const sources = rows.filter((r) => r.definition.scoring === 'DERIVED').map((r) => r.definition.source);
    expect(sources).toEqual(expect.arrayContaining(SOURCES));
    for (const r of rows.filter((x) => SOURCES.includes(x.definition.source ?? ''))) expect(r.value).not.toBeNull();
  });
});
