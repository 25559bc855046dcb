import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadViewer, type Viewer } from '../../src/authz/scope.js';
import { runReminders } from '../../src/modules/obligations/reminders.js';
import { createAnnualPlan, createWorkItem } from '../../src/modules/plan/service.js';
import { graphql } from '../gql/index.js';
import { codes, createTestApp, type TestApp } from '../helpers.js';
import { chinaNoon, gid, personId, unitId } from '../plan/fixtures.js';

/**
 * Issue 21 items 1, 2, 3, 5, 7 (docs/years.md): the record across years. The clock moves from
 * 2033 into 2034 (years the demo data leaves empty) on the test app.
 */

const CreateRecord = graphql(`
  mutation YrCreateRecord($input: CreateWorkRecordInput!) {
    createWorkRecord(input: $input) { workRecord { id kind date reportingYear filedAt } }
  }
`);
const Compliance = graphql(`
  query YrCompliance($unitId: ID!, $year: Int!, $asOf: Date) {
    compliance(unitId: $unitId, year: $year, asOf: $asOf) {
      rule { code minCount dueMonthDay internalDueMonthDay performedByRole }
      required counted status
      periods { due internalDue internalStatus counted onTime status }
      records { date reportingYear filedAt }
    }
  }
`);
const Overview = graphql(`
  query YrOverview($year: Int!, $asOf: Date) {
    districtOverview(year: $year, asOf: $asOf) { tenant { shortName } annualReportDue rules { code status } }
  }
`);
const Rules = graphql(`query YrRules { obligationRules { id code minCount } }`);
const UpdateRule = graphql(`
  mutation YrUpdateRule($input: UpdateObligationRuleInput!) { updateObligationRule(input: $input) { rule { code minCount version } } }
`);
const MyNotifications = graphql(`
  query YrNotifications { viewer { notifications(first: 100) { totalCount edges { node { kind title body } } } } }
`);
const CreatePlan = graphql(`
  mutation YrCreatePlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { plan { id year } } }
`);
const PlanItems = graphql(`
  query YrItems($year: Int!) {
    workItems(filter: { year: $year }, first: 100) {
      edges { node { id title status cancelReason dueDate carriedOverFrom { id title } carriedOverTo { id dueDate } } }
    }
  }
`);

let app: TestApp;
let secretary: Viewer;
const bureau = () => gid('OrgUnit', unitId(app, 'bureau'));
beforeAll(async () => {
  app = await createTestApp();
  const account = await app.db.prisma.userAccount.findFirstOrThrow({ where: { username: 'secretary' } });
  secretary = await loadViewer(app.db.prisma, account.id);
});
afterAll(() => app?.close());

async function file(date: string, input: Record<string, unknown>, on: string) {
  app.setNow(chinaNoon(on));
  return app.run(CreateRecord, {
    input: { unitId: bureau(), date, title: `${date} 台账`, ...input } as never,
  }, await app.login('secretary'));
}
const entry = async (code: string, year: number, asOf: string, username = 'secretary') => {
  const r = await app.ok(Compliance, { unitId: bureau(), year, asOf }, await app.login(username));
  return r.compliance.find((e) => e.rule.code === code)!;
};
const report = { kind: 'ANNUAL_RESPONSIBILITY_REPORT', sentTo: ['DISTRICT_COMMITTEE'], copiedTo: ['PROPAGANDA_DEPARTMENT'] };

describe('1. reporting year (所属年度) and filing time (填报时间)', () => {
  it('a 2033 report filed on 2034-01-04 is LATE for 2033 and counts nothing toward 2034, whatever date it carries', async () => {
    const filed = await file('2033-12-01', { ...report, reportingYear: 2033 }, '2034-01-04');
    expect(filed.errors).toBeUndefined();
    // The date is the bureau's; the filing time is the server's clock (2034-01-04 10:00 China time).
    expect(filed.data!.createWorkRecord.workRecord).toMatchObject({ date: '2033-12-01', reportingYear: 2033, filedAt: '2034-01-04T02:00:00.000Z' });
    const closed = await entry('ANNUAL_RESPONSIBILITY_REPORT', 2033, '2034-01-05');
    expect(closed).toMatchObject({ counted: 1, status: 'LATE', periods: [{ due: '2033-12-10', onTime: 0, status: 'LATE' }] });
    expect(closed.records).toEqual([{ date: '2033-12-01', reportingYear: 2033, filedAt: '2034-01-04T02:00:00.000Z' }]);
    // As of 2033-12-31 it had not been filed: the closed year was OVERDUE then, and stays so in that reading.
    expect(await entry('ANNUAL_RESPONSIBILITY_REPORT', 2033, '2033-12-31')).toMatchObject({ counted: 0, status: 'OVERDUE' });
    expect(await entry('ANNUAL_RESPONSIBILITY_REPORT', 2034, '2034-01-05')).toMatchObject({ counted: 0, status: 'NOT_YET_DUE' });
  });

  it('the reporting year defaults to the year of the date; one after the filing year or before the bureau existed is refused, writing nothing', async () => {
    const study = await file('2034-01-03', { kind: 'COMMITTEE_STUDY' }, '2034-01-04');
    expect(study.data!.createWorkRecord.workRecord).toMatchObject({ reportingYear: 2034 });
    const before = await app.db.prisma.workRecord.count();
    const future = await file('2034-01-03', { kind: 'COMMITTEE_STUDY', reportingYear: 2035 }, '2034-01-04');
    expect(codes(future)).toEqual(['REPORTING_YEAR_REFUSED']);
    expect(future.errors![0]!.message).toMatch(/所属年度/);
    expect(codes(await file('2034-01-03', { kind: 'COMMITTEE_STUDY', reportingYear: 2019 }, '2034-01-04'))).toEqual(['REPORTING_YEAR_REFUSED']);
    expect(await app.db.prisma.workRecord.count()).toBe(before);
  });
});

describe('2. a closed year\'s unmet rules are followed up, weekly, naming the year', () => {
  const followUps = (since: Date) =>
    app.db.prisma.notification.findMany({ where: { kind: 'OBLIGATION_OVERDUE', title: { startsWith: '2033年度' }, createdAt: { gte: since } } });

  it('in January 2034 the 2033 rules still OVERDUE remind the leaders, once a week, until met or done late', async () => {
    const start = new Date();
    await runReminders(app.db.prisma, app.services.pubsub, chinaNoon('2034-01-05'));
    const first = await followUps(start);
    expect(first.length).toBeGreaterThan(0);
    // The annual report was filed (late): it is not followed up; the special report was not: it is.
    const rules = await app.db.prisma.obligationRule.findMany({ where: { tenantId: app.demo.bureau.tenantId } });
    const id = (code: string) => rules.find((r) => r.code === code)!.id;
    expect(first.some((n) => n.entityId === id('ANNUAL_RESPONSIBILITY_REPORT'))).toBe(false);
    const special = first.filter((n) => n.entityId === id('SPECIAL_REPORT'));
    expect(special.length).toBeGreaterThan(0);
    expect(special[0]!.body).toContain('2033年度');
    // Same week: nothing new. A week later: again.
    expect((await runReminders(app.db.prisma, app.services.pubsub, chinaNoon('2034-01-06'))).created).toBe(0);
    await runReminders(app.db.prisma, app.services.pubsub, chinaNoon('2034-01-13'));
    expect((await followUps(start)).filter((n) => n.entityId === id('SPECIAL_REPORT')).length).toBe(special.length * 2);
    // Filed late with its reporting year: no more follow-up for it.
    await file('2034-01-14', { kind: 'SPECIAL_REPORT', reportingYear: 2033, sentTo: ['DISTRICT_COMMITTEE'], copiedTo: ['PROPAGANDA_DEPARTMENT'] }, '2034-01-14');
    const mark = new Date();
    await runReminders(app.db.prisma, app.services.pubsub, chinaNoon('2034-01-20'));
    const later = await followUps(mark);
    expect(later.length).toBeGreaterThan(0);
    expect(later.some((n) => n.entityId === id('SPECIAL_REPORT'))).toBe(false);
  });

  it('stops after the first half of the next year', async () => {
    const mark = new Date();
    await runReminders(app.db.prisma, app.services.pubsub, chinaNoon('2034-07-02'));
    expect(await followUps(mark)).toEqual([]);
  });
});

describe('3. rules are versioned by year; the plan\'s counts and dates are the district\'s yardstick', () => {
  it('raising 党委专题研究 from 2 to 3 in December 2034 leaves 2033 MET; the district still judges by the plan\'s 2', async () => {
    await file('2033-03-10', { kind: 'COMMITTEE_STUDY' }, '2033-03-10');
    await file('2033-09-10', { kind: 'COMMITTEE_STUDY' }, '2033-09-10');
    await file('2034-03-10', { kind: 'COMMITTEE_STUDY' }, '2034-03-10');
    expect(await entry('COMMITTEE_STUDY', 2033, '2034-12-20')).toMatchObject({ required: 2, counted: 2, status: 'MET' });
    app.setNow(chinaNoon('2034-12-01'));
    const token = await app.login('secretary');
    const study = (await app.ok(Rules, {}, token)).obligationRules.find((r) => r.code === 'COMMITTEE_STUDY')!;
    // A closed year cannot be edited.
    expect(codes(await app.run(UpdateRule, { input: { ruleId: study.id, minCount: 3, effectiveFromYear: 2033 } }, token))).toEqual(['RULE_EFFECTIVE_YEAR_REFUSED']);
    // Lowering the plan's count is refused.
    expect(codes(await app.run(UpdateRule, { input: { ruleId: study.id, minCount: 1 } }, token))).toEqual(['PLAN_RULE_WEAKENED']);
    await app.ok(UpdateRule, { input: { ruleId: study.id, minCount: 3 } }, token);
    expect(await entry('COMMITTEE_STUDY', 2033, '2034-12-20')).toMatchObject({ rule: { minCount: 2 }, required: 2, counted: 2, status: 'MET' });
    // 2034 has two studies (2034-01-03, 2034-03-10): short of the bureau's new 3 …
    expect(await entry('COMMITTEE_STUDY', 2034, '2034-12-20')).toMatchObject({ rule: { minCount: 3 }, required: 3, counted: 2 });
    const studyRule = await app.db.prisma.obligationRule.findFirstOrThrow({ where: { tenantId: app.demo.bureau.tenantId, code: 'COMMITTEE_STUDY' } });
    const versions = (await app.db.prisma.obligationRuleVersion.findMany({ where: { ruleId: studyRule.id }, orderBy: { fromYear: 'asc' } })).map((v) => [v.fromYear, v.minCount]);
    expect(versions).toEqual([[2022, 2], [2034, 3]]);
    // … and MET for the district, which judges by the plan's 2 (三(二)5).
    const after = await app.ok(Overview, { year: 2034, asOf: '2034-12-31' }, await app.login('district.propaganda'));
    expect(after.districtOverview.find((b) => b.tenant.shortName === '区自然资源和规划局')!.rules.find((r) => r.code === 'COMMITTEE_STUDY')).toMatchObject({ status: 'MET' });
    expect(await entry('COMMITTEE_STUDY', 2034, '2035-01-02')).toMatchObject({ required: 3, counted: 2, status: 'OVERDUE' });
    // Rules carry forward: 2035 has no version of its own and uses 2034's.
    expect(await entry('COMMITTEE_STUDY', 2035, '2035-01-05')).toMatchObject({ required: 3 });
  });
});

describe('7. the 专项督查 is the district\'s to do', () => {
  it('the bureau\'s INSPECTION entry awaits the district; 区委宣传部\'s accounts are reminded, the bureau is not', async () => {
    expect(await entry('INSPECTION', 2033, '2034-01-05')).toMatchObject({ rule: { performedByRole: 'PROPAGANDA_DEPARTMENT' }, counted: 0, status: 'AWAITING_DISTRICT' });
    const rules = await app.db.prisma.obligationRule.findMany({ where: { code: 'INSPECTION' } });
    const bureauSide = await app.db.prisma.notification.count({ where: { entityId: { in: rules.map((r) => r.id) }, recipientPersonId: { not: null } } });
    expect(bureauSide).toBe(0);
    const mine = await app.ok(MyNotifications, {}, await app.login('district.propaganda'));
    const due = mine.viewer.notifications.edges.map((e) => e!.node!).filter((n) => n.kind === 'INSPECTION_DUE');
    expect(due.length).toBeGreaterThan(0);
    expect(due[0]!.title).toMatch(/专项督查逾期未开展：.*2033年度/);
    // Another district role is not reminded of it.
    const committee = await app.ok(MyNotifications, {}, await app.login('district.committee'));
    expect(committee.viewer.notifications.edges.filter((e) => e!.node!.kind === 'INSPECTION_DUE')).toEqual([]);
  });

  it('the bureau records its own 督查 of its units as a local record kind (局内督查); 三(三)11\'s kind stays the district\'s', async () => {
    const own = await file('2034-03-01', { kind: 'INTERNAL_INSPECTION' }, '2034-03-02');
    expect(own.data!.createWorkRecord.workRecord).toMatchObject({ kind: 'INTERNAL_INSPECTION', reportingYear: 2034 });
    expect(codes(await file('2034-03-01', { kind: 'INSPECTION' }, '2034-03-02'))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('5. a bureau rolls into the next year', () => {
  it('createAnnualPlan carries the previous plan\'s unfinished items over, linked both ways; January reminds of a missing plan', async () => {
    const prisma = app.db.prisma;
    app.setNow(chinaNoon('2035-01-06'));
    const mark = new Date();
    await runReminders(prisma, app.services.pubsub, chinaNoon('2035-01-06'));
    const missing = await prisma.notification.findMany({ where: { kind: 'ANNUAL_PLAN_MISSING', tenantId: app.demo.bureau.tenantId, createdAt: { gte: mark } } });
    expect(missing.map((n) => n.title)).toContain('请制定2035年度意识形态工作计划');
    await createAnnualPlan(prisma, secretary, { year: 2034 }, chinaNoon('2034-01-06'));
    const plan2034 = await prisma.annualPlan.findFirstOrThrow({ where: { tenantId: app.demo.bureau.tenantId, year: 2034 } });
    const open = await createWorkItem(prisma, secretary, {
      planId: plan2034.id, templateTaskId: 'plan-2022-10', unitId: unitId(app, 'bureau'), responsiblePersonId: personId(app, '刘志华'),
      title: '制定意识形态工作责任制考核细则', dueDate: new Date('2034-12-20T00:00:00Z'),
    } as never);
    const created = await app.ok(CreatePlan, { input: { year: 2035, carryOverUnfinished: true } }, await app.login('secretary'));
    expect(created.createAnnualPlan.plan.year).toBe(2035);
    const next = (await app.ok(PlanItems, { year: 2035 }, await app.login('secretary'))).workItems.edges.map((e) => e!.node!);
    expect(next).toEqual([expect.objectContaining({
      title: '制定意识形态工作责任制考核细则', status: 'PLANNED', dueDate: '2035-12-20', carriedOverFrom: { id: gid('WorkItem', open.id), title: '制定意识形态工作责任制考核细则' },
    })]);
    const old = (await app.ok(PlanItems, { year: 2034 }, await app.login('secretary'))).workItems.edges.map((e) => e!.node!).find((i) => i.id === gid('WorkItem', open.id))!;
    expect(old).toMatchObject({ status: 'CANCELLED', cancelReason: '转入下一年度', carriedOverTo: { id: next[0]!.id } });
    // With the plan made, January reminds no more; nor does February without one.
    const after = new Date();
    await runReminders(prisma, app.services.pubsub, chinaNoon('2035-01-20'));
    expect(await prisma.notification.count({ where: { kind: 'ANNUAL_PLAN_MISSING', tenantId: app.demo.bureau.tenantId, createdAt: { gte: after } } })).toBe(0);
    const february = new Date();
    await runReminders(prisma, app.services.pubsub, chinaNoon('2036-02-03'));
    expect(await prisma.notification.count({ where: { kind: 'ANNUAL_PLAN_MISSING', createdAt: { gte: february } } })).toBe(0);
  });
});
