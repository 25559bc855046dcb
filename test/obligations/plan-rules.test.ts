import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadViewer, type Viewer } from '../../src/authz/scope.js';
import type { DistrictRole, WorkRecordKind } from '../../src/generated/prisma/enums.js';
import { createWorkRecord } from '../../src/modules/records/service.js';
import { reportRisk } from '../../src/modules/risks/service.js';
import { graphql } from '../gql/index.js';
import { codes, createTestApp, type TestApp } from '../helpers.js';
import { chinaNoon, day, gid, personId, unitId } from '../plan/fixtures.js';

/**
 * What the plan says, said by the rules (issue 11, items 1–4): deadlines make LATE, addressees are
 * main recipients and copies, per-person duties are counted per team member, and every rule says
 * where it comes from (plan clause or local addition), with the plan's own rules not weakened.
 * Records are made in 2031, a year the demo data leaves empty.
 */

const Compliance = graphql(`
  query PrCompliance($unitId: ID!, $year: Int!, $asOf: Date) {
    compliance(unitId: $unitId, year: $year, asOf: $asOf) {
      rule { code source origin countPer }
      required counted status
      periods { due required counted onTime status }
      missingMembers { name }
    }
  }
`);
const Summary = graphql(`
  query PrSummary($year: Int!, $asOf: Date) {
    complianceSummary(year: $year, asOf: $asOf) { late byRule { rule { code } late } }
  }
`);
const Overview = graphql(`
  query PrOverview($year: Int!, $asOf: Date) {
    districtOverview(year: $year, asOf: $asOf) {
      tenant { shortName }
      rulesLate annualReportDate annualReportOnTime annualReportDue
      rules { code source status met late overdue total }
    }
  }
`);
const Rules = graphql(`
  query PrRules { obligationRules { id code clause origin source note ruleKind severity withinDays countPer requiredRecipients requiredCopies active } }
`);
const UpdateRule = graphql(`
  mutation PrUpdateRule($input: UpdateObligationRuleInput!) { updateObligationRule(input: $input) { rule { code minCount dueMonthDay withinDays active version } } }
`);
const CreateRecord = graphql(`
  mutation PrCreateRecord($input: CreateWorkRecordInput!) { createWorkRecord(input: $input) { workRecord { kind person { name } } } }
`);

let app: TestApp;
let secretary: Viewer;
const YEAR = 2031;
beforeAll(async () => {
  app = await createTestApp();
  app.setNow(chinaNoon('2032-01-15'));
  const account = await app.db.prisma.userAccount.findFirstOrThrow({ where: { username: 'secretary' } });
  secretary = await loadViewer(app.db.prisma, account.id);
});
afterAll(() => app?.close());

const record = (kind: WorkRecordKind, date: string, sentTo: DistrictRole[] = [], copiedTo: DistrictRole[] = [], person?: string, unit = 'bureau') =>
  createWorkRecord(app.db.prisma, secretary, {
    unitId: unitId(app, unit), kind, date: day(date), title: `${date} ${kind}`, sentTo, copiedTo, personId: person ? personId(app, person) : null,
  }, chinaNoon(date)); // filed on the day it is dated: timeliness is judged by the filing time

const entry = async (code: string, asOf: string, unit = 'bureau') => {
  const r = await app.ok(Compliance, { unitId: gid('OrgUnit', unitId(app, unit)), year: YEAR, asOf }, await app.login('secretary'));
  return r.compliance.find((e) => e.rule.code === code)!;
};
const rule = async (code: string) => (await app.ok(Rules, {}, await app.login('secretary'))).obligationRules.find((r) => r.code === code)!;

describe('1. deadlines are deadlines: LATE', () => {
  it('an annual report sent after 10 December is LATE everywhere: compliance, summary, district view', async () => {
    await record('ANNUAL_RESPONSIBILITY_REPORT', '2031-12-15', ['DISTRICT_COMMITTEE'], ['PROPAGANDA_DEPARTMENT']);
    expect(await entry('ANNUAL_RESPONSIBILITY_REPORT', '2031-12-31')).toMatchObject({
      counted: 1, status: 'LATE', periods: [{ due: '2031-12-10', counted: 1, onTime: 0, status: 'LATE' }],
    });
    // Before the due day it was simply not yet done.
    expect(await entry('ANNUAL_RESPONSIBILITY_REPORT', '2031-12-10')).toMatchObject({ counted: 0, status: 'DUE_SOON' });
    const summary = (await app.ok(Summary, { year: YEAR, asOf: '2031-12-31' }, await app.login('secretary'))).complianceSummary;
    expect(summary.byRule.find((r) => r.rule.code === 'ANNUAL_RESPONSIBILITY_REPORT')).toMatchObject({ late: 1 });
    expect(summary.late).toBeGreaterThanOrEqual(1);
    const overview = await app.ok(Overview, { year: YEAR, asOf: '2031-12-31' }, await app.login('district.propaganda'));
    const bureau = overview.districtOverview.find((b) => b.tenant.shortName === '区自然资源和规划局')!;
    expect(bureau).toMatchObject({ annualReportDate: '2031-12-15', annualReportOnTime: false, annualReportDue: '2031-12-10' });
    expect(bureau.rules.find((r) => r.code === 'ANNUAL_RESPONSIBILITY_REPORT')).toMatchObject({ source: '四(一)', status: 'LATE', late: 1, total: 1 });
    expect(bureau.rulesLate).toBeGreaterThanOrEqual(1);
  });

  it('the plan\'s due day is the district\'s yardstick: the bureau cannot move it, only add a stricter internal date of its own', async () => {
    const annual = await rule('ANNUAL_RESPONSIBILITY_REPORT');
    // Later or earlier than the plan's 12-10: refused (四(一) fixes the day) …
    expect(codes(await app.run(UpdateRule, { input: { ruleId: annual.id, dueMonthDay: '12-20' } }, await app.login('secretary')))).toEqual(['PLAN_RULE_WEAKENED']);
    expect(codes(await app.run(UpdateRule, { input: { ruleId: annual.id, dueMonthDay: '12-01' } }, await app.login('secretary')))).toEqual(['PLAN_RULE_WEAKENED']);
    // … an internal date after the plan's is refused; one before it is the bureau's own, from this year (2032) on.
    expect(codes(await app.run(UpdateRule, { input: { ruleId: annual.id, internalDueMonthDay: '12-15' } }, await app.login('secretary')))).toEqual(['BAD_USER_INPUT']);
    await app.ok(UpdateRule, { input: { ruleId: annual.id, internalDueMonthDay: '12-01' } }, await app.login('secretary'));
    const mine = await app.ok(Compliance, { unitId: gid('OrgUnit', unitId(app, 'bureau')), year: 2032, asOf: '2032-01-15' }, await app.login('secretary'));
    expect(mine.compliance.find((e) => e.rule.code === 'ANNUAL_RESPONSIBILITY_REPORT')!.periods[0]).toMatchObject({ due: '2032-12-10' });
    // The district judges by the plan's day, this year and the closed one.
    for (const year of [YEAR, 2032]) {
      const overview = await app.ok(Overview, { year, asOf: `${year}-12-31` }, await app.login('district.committee'));
      expect(overview.districtOverview.find((b) => b.tenant.shortName === '区自然资源和规划局')).toMatchObject({ annualReportDue: `${year}-12-10` });
    }
    await app.ok(UpdateRule, { input: { ruleId: annual.id, internalDueMonthDay: '' } }, await app.login('secretary'));
  });
});

describe('2. addressees: 主送 and 抄送', () => {
  it('a special report only copied to the district committee does not count; sent to it and copied to 宣传部 it does', async () => {
    await record('SPECIAL_REPORT', '2031-05-10', ['PROPAGANDA_DEPARTMENT'], ['DISTRICT_COMMITTEE']);
    expect(await entry('SPECIAL_REPORT', '2032-01-05')).toMatchObject({ counted: 0, status: 'OVERDUE' });
    await record('SPECIAL_REPORT', '2031-05-12', ['DISTRICT_COMMITTEE']);
    expect(await entry('SPECIAL_REPORT', '2032-01-05')).toMatchObject({ counted: 0 });
    await record('SPECIAL_REPORT', '2031-05-20', ['DISTRICT_COMMITTEE'], ['PROPAGANDA_DEPARTMENT']);
    expect(await entry('SPECIAL_REPORT', '2032-01-05')).toMatchObject({ counted: 1, status: 'MET' });
    expect(await rule('SPECIAL_REPORT')).toMatchObject({ requiredRecipients: ['DISTRICT_COMMITTEE'], requiredCopies: ['PROPAGANDA_DEPARTMENT'], source: '三(二)5' });
  });
});

describe('3. per-person duties: each team member\'s duty report', () => {
  it('counts DUTY_REPORT per member of the team and names who is missing', async () => {
    const team = ['王建国', '刘志华', '张海涛', '李明', '周立新', '吴丽', '孙伟'];
    let e = await entry('DUTY_REPORT', '2032-01-05');
    expect(e).toMatchObject({ rule: { countPer: 'TEAM_MEMBER' }, required: 7, counted: 0, status: 'OVERDUE' });
    expect(e.missingMembers.map((m) => m.name).sort()).toEqual([...team].sort());
    for (const name of team.slice(0, 6)) await record('DUTY_REPORT', '2031-01-20', [], [], name);
    // One member filing twice does not stand in for another.
    await record('DUTY_REPORT', '2031-02-20', [], [], '王建国');
    e = await entry('DUTY_REPORT', '2032-01-05');
    expect(e).toMatchObject({ required: 7, counted: 6, status: 'OVERDUE', missingMembers: [{ name: '孙伟' }] });
    await record('DUTY_REPORT', '2031-03-01', [], [], '孙伟');
    expect(await entry('DUTY_REPORT', '2032-01-05')).toMatchObject({ counted: 7, status: 'MET', missingMembers: [] });
  });

  it('a duty report names a member of the unit\'s team', async () => {
    const token = await app.login('secretary');
    const input = { unitId: gid('OrgUnit', unitId(app, 'bureau')), kind: 'DUTY_REPORT' as const, date: '2031-06-01', title: '述职报告' };
    expect(codes(await app.run(CreateRecord, { input }, token))).toEqual(['RECORD_PERSON_REQUIRED']);
    // 赵国强 leads the forest farm, not the bureau committee's team.
    expect(codes(await app.run(CreateRecord, { input: { ...input, personId: gid('Person', personId(app, '赵国强')) } }, token))).toEqual(['RECORD_PERSON_NOT_TEAM_MEMBER']);
    const ok = await app.ok(CreateRecord, { input: { ...input, personId: gid('Person', personId(app, '李明')) } }, token);
    expect(ok.createWorkRecord.workRecord).toMatchObject({ kind: 'DUTY_REPORT', person: { name: '李明' } });
    // The database backs it.
    await expect(app.db.prisma.workRecord.create({
      data: { tenantId: app.demo.bureau.tenantId, unitId: unitId(app, 'bureau'), kind: 'DUTY_REPORT', date: day('2031-06-02'), reportingYear: 2031, filedAt: day('2031-06-02'), title: 'x', recordedById: personId(app, '刘志华') },
    })).rejects.toThrow(/duty_report_person_rule/);
  });
});

describe('4. provenance: the plan\'s rules and local additions', () => {
  it('every rule names its source; the channel registration and risk handling deadlines are local', async () => {
    const rules = (await app.ok(Rules, {}, await app.login('secretary'))).obligationRules;
    const by = new Map(rules.map((r) => [r.code, r]));
    expect(by.get('COMMITTEE_STUDY')).toMatchObject({ origin: 'PLAN', source: '三(二)5' });
    expect(by.get('DUTY_REPORT')).toMatchObject({ origin: 'PLAN', source: '四(二)' });
    expect(by.get('CHANNEL_REGISTRATION')).toMatchObject({ origin: 'LOCAL', source: 'LOCAL', clause: '', withinDays: 30 });
    expect(by.get('CHANNEL_REGISTRATION')!.note).toContain('本局补充');
    expect(by.get('PERIODIC_ANALYSIS')).toMatchObject({ origin: 'LOCAL', source: 'LOCAL' });
    expect(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'].map((s) => by.get(`RISK_HANDLING_${s}`))).toMatchObject([
      { origin: 'LOCAL', severity: 'CRITICAL', withinDays: 1 }, { severity: 'HIGH', withinDays: 3 }, { severity: 'MEDIUM', withinDays: 7 }, { severity: 'LOW', withinDays: 15 },
    ]);
    expect(rules.every((r) => (r.origin === 'PLAN' ? r.source === r.clause && r.clause !== '' : r.source === 'LOCAL'))).toBe(true);
  });

  it('a plan rule cannot be weakened; a stricter change and its wording can', async () => {
    const token = await app.login('secretary');
    const study = await rule('COMMITTEE_STUDY');
    for (const input of [{ minCount: 1 }, { active: false }, { period: 'HALF_YEAR' as const }, { recordKind: 'INTERNAL_BRIEFING' as const }, { appliesToKinds: ['PARTY_COMMITTEE' as const] }]) {
      const r = await app.run(UpdateRule, { input: { ruleId: study.id, ...input } }, token);
      expect(codes(r)).toEqual(['PLAN_RULE_WEAKENED']);
    }
    const duty = await rule('DUTY_REPORT');
    expect(codes(await app.run(UpdateRule, { input: { ruleId: duty.id, countPer: 'UNIT' } }, token))).toEqual(['PLAN_RULE_WEAKENED']);
    const annual = await rule('ANNUAL_RESPONSIBILITY_REPORT');
    expect(codes(await app.run(UpdateRule, { input: { ruleId: annual.id, requiredRecipients: [] } }, token))).toEqual(['PLAN_RULE_WEAKENED']);
    expect(codes(await app.run(UpdateRule, { input: { ruleId: annual.id, requiredCopies: ['CYBERSPACE_OFFICE'] } }, token))).toEqual(['PLAN_RULE_WEAKENED']);
    const raised = await app.ok(UpdateRule, { input: { ruleId: study.id, minCount: 3, name: '局党委专题研究意识形态工作（每年3次）' } }, token);
    expect(raised.updateObligationRule.rule).toMatchObject({ minCount: 3 });
    await app.ok(UpdateRule, { input: { ruleId: study.id, minCount: 2 } }, token);
  });

  it('a local addition may change, even be switched off: the bureau\'s risk handling days set a new risk\'s deadline', async () => {
    const token = await app.login('secretary');
    const high = await rule('RISK_HANDLING_HIGH');
    expect((await app.ok(UpdateRule, { input: { ruleId: high.id, withinDays: 5 } }, token)).updateObligationRule.rule).toMatchObject({ withinDays: 5 });
    const now = chinaNoon('2031-04-01');
    const risk = await reportRisk(app.db.prisma, app.services.pubsub, secretary, {
      unitId: unitId(app, 'forestry.b1'), title: '测试时限', severity: 'HIGH', riskClass: 'IDEOLOGICAL_UNDERSTANDING', mechanism: 'RISK_JUDGEMENT',
    }, now);
    expect(risk.handlingDeadline.toISOString().slice(0, 10)).toBe('2031-04-06');
    const channel = await rule('CHANNEL_REGISTRATION');
    expect((await app.ok(UpdateRule, { input: { ruleId: channel.id, withinDays: 15, active: false } }, token)).updateObligationRule.rule).toMatchObject({ withinDays: 15, active: false });
    await app.ok(UpdateRule, { input: { ruleId: channel.id, withinDays: 30, active: true } }, token);
    await app.ok(UpdateRule, { input: { ruleId: high.id, withinDays: 3 } }, token);
  });
});
