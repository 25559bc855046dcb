import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { codes, createTestApp, type TestApp } from '../helpers.js';
import { chinaNoon, gid, unitId } from '../plan/fixtures.js';

const CreateRecord = graphql(`
  mutation RrCreateRecord($input: CreateWorkRecordInput!) {
    createWorkRecord(input: $input) { workRecord { id kind date title participants sentTo copiedTo unit { name } recordedBy { name } } }
  }
`);
const Records = graphql(`
  query RrRecords($filter: WorkRecordFilter) { workRecords(first: 100, filter: $filter) { totalCount edges { node { title unit { name } } } } }
`);
const Rules = graphql(`
  query RrRules { obligationRules { id code name minCount period dueMonthDay appliesToKinds requiredRecipients requiredCopies version } }
`);
const UpdateRule = graphql(`
  mutation RrUpdateRule($input: UpdateObligationRuleInput!) { updateObligationRule(input: $input) { rule { code minCount period dueMonthDay version } } }
`);
const CreateRule = graphql(`
  mutation RrCreateRule($input: CreateObligationRuleInput!) { createObligationRule(input: $input) { rule { code minCount version } } }
`);

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  app.setNow(chinaNoon('2031-06-15'));
});
afterAll(() => app?.close());

const study = (over: Record<string, unknown> = {}) => ({
  unitId: gid('OrgUnit', unitId(app, 'bureau')),
  kind: 'COMMITTEE_STUDY' as const,
  date: '2031-06-10',
  title: '2031年局党委会专题研究意识形态工作',
  summary: '传达学习上级部署，研究年度任务。',
  participants: ['王建国', '刘志华'],
  ...over,
});

describe('work records (the ledger)', () => {
  it('are recorded by the unit\'s leaders with recipients and copies as district roles', async () => {
    const r = await app.ok(CreateRecord, {
      input: study({ kind: 'SPECIAL_REPORT', title: '2031年上半年意识形态工作专题汇报', sentTo: ['DISTRICT_COMMITTEE'], copiedTo: ['PROPAGANDA_DEPARTMENT', 'PROPAGANDA_DEPARTMENT'] }),
    }, await app.login('propaganda'));
    expect(r.createWorkRecord.workRecord).toMatchObject({
      kind: 'SPECIAL_REPORT', date: '2031-06-10', sentTo: ['DISTRICT_COMMITTEE'], copiedTo: ['PROPAGANDA_DEPARTMENT'],
      unit: { name: '中共盐城市大丰区自然资源和规划局委员会' }, recordedBy: { name: '刘志华' },
    });
  });

  it('refuses a record dated in the future (in China\'s calendar), writing nothing', async () => {
    const token = await app.login('secretary');
    const before = await app.db.prisma.workRecord.count();
    const r = await app.run(CreateRecord, { input: study({ date: '2031-06-16' }) }, token);
    expect(codes(r)).toEqual(['RECORD_DATE_IN_FUTURE']);
    expect(r.errors?.[0]?.extensions?.field).toBe('date');
    // 2031-06-15T17:00Z is already the 16th in China.
    app.setNow(new Date('2031-06-15T17:00:00Z'));
    expect(codes(await app.run(CreateRecord, { input: study({ date: '2031-06-16' }) }, token))).toEqual([]);
    app.setNow(chinaNoon('2031-06-15'));
    expect(codes(await app.run(CreateRecord, { input: study({ title: '' }) }, token))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.run(CreateRecord, { input: study({ participants: [''] }) }, token))).toEqual(['BAD_USER_INPUT']);
    expect(await app.db.prisma.workRecord.count()).toBe(before + 1);
  });

  it('the special inspection is the district propaganda department\'s to record (三(三)11): a bureau\'s own is refused, writing nothing', async () => {
    const before = await app.db.prisma.workRecord.count();
    const r = await app.run(CreateRecord, { input: study({ kind: 'INSPECTION', title: '自查' }) }, await app.login('secretary'));
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.extensions?.field).toBe('kind');
    expect(r.errors?.[0]?.message).toMatch(/区委宣传部.*recordInspection/);
    expect(await app.db.prisma.workRecord.count()).toBe(before);
  });

  it('民主生活会 is the bureau committee team\'s; a committee or branch below records 组织生活会 (四(二); RECORD_KIND_NOT_FOR_UNIT, writing nothing)', async () => {
    const before = await app.db.prisma.workRecord.count();
    const forestry = gid('OrgUnit', unitId(app, 'forestry'));
    const wrongBelow = await app.run(CreateRecord, { input: study({ unitId: forestry, kind: 'DEMOCRATIC_LIFE_MEETING', title: '林场党委民主生活会' }) }, await app.login('forestry.secretary'));
    expect(codes(wrongBelow)).toEqual(['RECORD_KIND_NOT_FOR_UNIT']);
    expect(wrongBelow.errors?.[0]?.message).toMatch(/^民主生活会由局领导班子召开/);
    expect(codes(await app.run(CreateRecord, { input: study({ kind: 'ORGANISATION_LIFE_MEETING', title: '局党委组织生活会' }) }, await app.login('secretary')))).toEqual(['RECORD_KIND_NOT_FOR_UNIT']);
    expect(await app.db.prisma.workRecord.count()).toBe(before);
    const ok = await app.ok(CreateRecord, { input: study({ unitId: forestry, kind: 'ORGANISATION_LIFE_MEETING', title: '林场党委组织生活会' }) }, await app.login('forestry.secretary'));
    expect(ok.createWorkRecord.workRecord).toMatchObject({ kind: 'ORGANISATION_LIFE_MEETING', unit: { name: '大丰林场党委' } });
  });

  it('only leaders of the unit record its work; others get FORBIDDEN or NOT_FOUND', async () => {
    expect(codes(await app.run(CreateRecord, { input: study() }, await app.login('member.forestry')))).toEqual(['FORBIDDEN']);
    expect(codes(await app.run(CreateRecord, { input: study() }, await app.login('branch.organs1')))).toEqual(['NOT_FOUND']);
    expect(codes(await app.run(CreateRecord, { input: study() }, await app.login('other.secretary')))).toEqual(['NOT_FOUND']);
    expect(codes(await app.run(CreateRecord, { input: study() }, await app.login('district.propaganda')))).toEqual(['FORBIDDEN']);
  });

  it('lists only records of visible units', async () => {
    const forestry = await app.ok(Records, { filter: { year: 2031 } }, await app.login('member.forestry'));
    expect(forestry.workRecords.edges.every((e) => e.node.unit.name === '中共盐城市大丰区自然资源和规划局委员会' || e.node.unit.name.includes('林场'))).toBe(true);
    const branch = await app.ok(Records, { filter: { year: 2031 } }, await app.login('branch.organs1'));
    expect(branch.workRecords.totalCount).toBe(0);
  });
});

describe('obligation rules are data, edited by the bureau committee\'s leaders', () => {
  it('seeds the plan\'s rules for each bureau', async () => {
    const { obligationRules } = await app.ok(Rules, {}, await app.login('secretary'));
    expect(obligationRules.map((r) => r.code).sort()).toEqual([
      'ANNUAL_RESPONSIBILITY_REPORT', 'CHANNEL_REGISTRATION', 'COMMITTEE_STUDY', 'DEMOCRATIC_LIFE_MEETING', 'DUTY_REPORT', 'INSPECTION', 'INTERNAL_BRIEFING', 'ORGANISATION_LIFE_MEETING', 'PERIODIC_ANALYSIS',
      'RISK_HANDLING_CRITICAL', 'RISK_HANDLING_HIGH', 'RISK_HANDLING_LOW', 'RISK_HANDLING_MEDIUM', 'SPECIAL_REPORT',
    ]);
    expect(obligationRules.find((r) => r.code === 'COMMITTEE_STUDY')).toMatchObject({ minCount: 2, period: 'YEAR', appliesToKinds: ['BUREAU_COMMITTEE'] });
    expect(obligationRules.find((r) => r.code === 'ANNUAL_RESPONSIBILITY_REPORT')).toMatchObject({ dueMonthDay: '12-10', requiredRecipients: ['DISTRICT_COMMITTEE'], requiredCopies: ['PROPAGANDA_DEPARTMENT'] });
    const other = await app.ok(Rules, {}, await app.login('other.secretary'));
    expect(other.obligationRules.map((r) => r.id)).not.toContain(obligationRules[0]!.id);
  });

  it('an edit bumps the version and is audited; bad values are typed errors that write nothing', async () => {
    const token = await app.login('propaganda');
    const rule = (await app.ok(Rules, {}, token)).obligationRules.find((r) => r.code === 'PERIODIC_ANALYSIS')!;
    const updated = await app.ok(UpdateRule, { input: { ruleId: rule.id, period: 'QUARTER', minCount: 1, dueMonthDay: '03-20' } }, token);
    expect(updated.updateObligationRule.rule).toMatchObject({ period: 'QUARTER', dueMonthDay: '03-20', version: rule.version + 1 });
    const audits = await app.db.prisma.auditEvent.findMany({ where: { action: 'obligationRule.update' } });
    expect(audits).toHaveLength(1);
    expect(audits[0]!.before).toMatchObject({ period: 'HALF_YEAR' });
    expect(audits[0]!.after).toMatchObject({ period: 'QUARTER' });

    const negative = await app.run(UpdateRule, { input: { ruleId: rule.id, minCount: -1 } }, token);
    expect(codes(negative)).toEqual(['BAD_USER_INPUT']);
    expect(negative.errors?.[0]?.extensions?.field).toBe('minCount');
    // A due month outside a quarter, or a malformed day.
    expect(codes(await app.run(UpdateRule, { input: { ruleId: rule.id, dueMonthDay: '04-01' } }, token))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.run(UpdateRule, { input: { ruleId: rule.id, dueMonthDay: '1-5' } }, token))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.run(CreateRule, { input: { code: 'MONTHLY_STUDY', name: '每月学习', recordKind: 'COMMITTEE_STUDY', minCount: 0, period: 'MONTH' } }, token))).toEqual(['BAD_USER_INPUT']);
    const after = await app.db.prisma.obligationRule.findFirstOrThrow({ where: { code: 'PERIODIC_ANALYSIS', tenantId: app.demo.bureau.tenantId } });
    expect(after).toMatchObject({ minCount: 1, period: 'QUARTER', dueMonthDay: '03-20', version: rule.version + 1 });
    expect(await app.db.prisma.obligationRule.count({ where: { code: 'MONTHLY_STUDY' } })).toBe(0);
    // The database backs the count rule.
    await expect(app.db.prisma.obligationRule.update({ where: { id: after.id }, data: { minCount: -3 } })).rejects.toThrow();
  });

  it('only the first or direct responsible person of the bureau committee may edit', async () => {
    const rule = (await app.ok(Rules, {}, await app.login('secretary'))).obligationRules[0]!;
    for (const username of ['member.forestry', 'forestry.secretary', 'branch.organs1']) {
      expect(codes(await app.run(UpdateRule, { input: { ruleId: rule.id, minCount: 5 } }, await app.login(username)))).toEqual(['FORBIDDEN']);
    }
    expect(codes(await app.run(UpdateRule, { input: { ruleId: rule.id, minCount: 5 } }, await app.login('other.secretary')))).toEqual(['NOT_FOUND']);
    const created = await app.ok(CreateRule, {
      input: { code: 'MONTHLY_ANALYSIS', name: '每月意识形态形势分析', recordKind: 'PERIODIC_ANALYSIS', minCount: 1, period: 'MONTH', dueMonthDay: '01-25', appliesToKinds: ['PARTY_COMMITTEE'] },
    }, await app.login('secretary'));
    expect(created.createObligationRule.rule).toMatchObject({ code: 'MONTHLY_ANALYSIS', version: 1 });
    expect(codes(await app.run(CreateRule, { input: { code: 'MONTHLY_ANALYSIS', name: 'x', recordKind: 'PERIODIC_ANALYSIS', minCount: 1, period: 'MONTH' } }, await app.login('secretary')))).toEqual(['BAD_USER_INPUT']);
  });
});
