import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { codes, createTestApp, type TestApp } from '../helpers.js';

const Templates = graphql(`
  query PlanTemplates {
    planTemplates { version title issuer issuedOn tasks { id number groupNumber groupTitle clause text } }
  }
`);

const CreatePlan = graphql(`
  mutation CreatePlan($input: CreateAnnualPlanInput!) {
    createAnnualPlan(input: $input) { plan { id year title template { version } progress { total } } }
  }
`);

const PlanOfYear = graphql(`
  query PlanOfYear($year: Int!) { annualPlan(year: $year) { id year } }
`);

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

describe('the plan\'s 17 main tasks, shipped as data', () => {
  it('holds the 2022 version in seven groups, quoting the document', async () => {
    const { planTemplates } = await app.ok(Templates, {}, await app.login('branch.organs1'));
    expect(planTemplates).toHaveLength(1);
    const [template] = planTemplates;
    expect(template).toMatchObject({ version: '2022', title: '党委意识形态工作责任制实施方案', issuer: '中共盐城市大丰区自然资源和规划局委员会', issuedOn: '2022-09-06' });
    expect(template!.tasks.map((t) => t.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(new Set(template!.tasks.map((t) => t.groupNumber))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7]));
    const task5 = template!.tasks.find((t) => t.number === 5)!;
    expect(task5).toMatchObject({
      groupNumber: 2,
      groupTitle: '定期分析研判意识形态领域情况',
      clause: '三(二)5',
      text: '局党委每年至少专题研究2次意识形态工作,向上级党委专题汇报1次意识形态工作,并抄送上级党委宣传部。',
    });
    expect(template!.tasks.find((t) => t.number === 17)).toMatchObject({ groupNumber: 7, groupTitle: '建强配齐宣传思想文化领域人才队伍', clause: '三(七)17' });
    expect(template!.tasks.filter((t) => t.groupNumber === 1).map((t) => t.number)).toEqual([1, 2, 3, 4]);
  });
});

describe('creating the annual plan', () => {
  it('is for the first or direct responsible person of the bureau committee only', async () => {
    for (const username of ['member.forestry', 'forestry.secretary', 'branch.organs1']) {
      const r = await app.run(CreatePlan, { input: { year: 2031 } }, await app.login(username));
      expect(codes(r)).toEqual(['FORBIDDEN']);
    }
    expect(await app.db.prisma.annualPlan.count({ where: { year: 2031 } })).toBe(0);
    const district = await app.run(CreatePlan, { input: { year: 2031 } }, await app.login('district.committee'));
    expect(codes(district)).toEqual(['FORBIDDEN']);
  });

  it('creates one plan per bureau and year from the latest template, audited', async () => {
    const token = await app.login('propaganda');
    const { createAnnualPlan: { plan: createAnnualPlan } } = await app.ok(CreatePlan, { input: { year: 2031 } }, token);
    expect(createAnnualPlan).toMatchObject({ year: 2031, template: { version: '2022' }, progress: { total: 0 } });
    expect(createAnnualPlan.title).toContain('2031年度');
    const plan = await app.db.prisma.annualPlan.findFirstOrThrow({ where: { year: 2031, tenantId: app.demo.bureau.tenantId } });
    expect(await app.db.prisma.auditEvent.count({ where: { action: 'plan.create', entityId: plan.id } })).toBe(1);
    const again = await app.run(CreatePlan, { input: { year: 2031 } }, await app.login('secretary'));
    expect(codes(again)).toEqual(['PLAN_ALREADY_EXISTS']);
    expect(await app.db.prisma.annualPlan.count({ where: { year: 2031 } })).toBe(1);
    // The other bureau's secretary sees no plan for 2031 and may create their own.
    const other = await app.login('other.secretary');
    expect((await app.ok(PlanOfYear, { year: 2031 }, other)).annualPlan).toBeNull();
    expect((await app.ok(CreatePlan, { input: { year: 2031, title: '住建局2031年度任务分解' } }, other)).createAnnualPlan.plan.title).toBe('住建局2031年度任务分解');
  });

  it('refuses an unknown template version and a year out of range', async () => {
    const token = await app.login('secretary');
    const unknown = await app.run(CreatePlan, { input: { year: 2032, templateVersion: '1999' } }, token);
    expect(codes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors?.[0]?.extensions?.field).toBe('templateVersion');
    const bad = await app.run(CreatePlan, { input: { year: 1900 } }, token);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(await app.db.prisma.annualPlan.count({ where: { year: { in: [1900, 2032] } } })).toBe(0);
  });
});
