import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../../src/lib/ids.js';
import { graphql } from '../gql/index.js';
import { codes, createTestApp, demoPasswordHash, type TestApp } from '../helpers.js';

const Record = graphql(`
  mutation RecordAccountability($input: RecordAccountabilityInput!) {
    recordAccountability(input: $input) { accountabilityRecord {
      id measure severity basis decidingBody decidedOn sourceType sourceId subjectIsPerson
      unit { name } person { name } recordedBy { name }
    } }
  }
`);

const Records = graphql(`
  query AccountabilityRecords($filter: AccountabilityFilter) {
    accountabilityRecords(first: 50, filter: $filter) { totalCount edges { node { id measure severity unit { name } person { name } } } }
  }
`);

const Mine = graphql(`
  query MyRecords {
    viewer {
      accountabilityRecords { id measure unit { name } recordedBy { name } }
      assessments { id year unit { name } person { name } quantitativeScore accountabilityMeasures { measure } }
    }
  }
`);

const Node = graphql(`
  query AccountabilityNode($id: ID!) { node(id: $id) { id ... on AccountabilityRecord { measure } ... on Assessment { year } } }
`);

const CreateMember = graphql(`
  mutation CreateMemberAssessment($year: Int!, $unitId: ID!, $personId: ID!) {
    createAssessment(input: { year: $year, unitId: $unitId, personId: $personId }) { assessment { id } }
  }
`);

const EndPost = graphql(`
  mutation EndPostForAccountability($postId: ID!) { endPost(input: { postId: $postId, reason: "调任" }) { post { id endDate } } }
`);

let app: TestApp;
let propaganda: string;
const unit = (key: string) => globalId('OrgUnit', app.demo.bureau.units.get(key)!);
const person = (name: string) => globalId('Person', app.demo.bureau.people.get(name)!);

const input = (over: Record<string, unknown> = {}) => ({
  unitId: unit('organs.b1'),
  personId: person('马超'),
  measure: 'CRITICISM_EDUCATION' as const,
  basis: '在个人微信朋友圈转发未经核实的涉土地征收不实信息，造成不良影响。',
  decidingBody: '局机关党委',
  decidedOn: '2026-09-15',
  ...over,
});

async function addAccount(username: string, name: string) {
  await app.db.prisma.userAccount.create({
    data: {
      username, passwordHash: await demoPasswordHash(), displayName: name,
      tenantId: app.demo.bureau.tenantId, personId: app.demo.bureau.people.get(name)!,
    },
  });
}

beforeAll(async () => {
  app = await createTestApp();
  app.setNow(new Date('2026-11-27T02:00:00Z'));
  propaganda = await app.login('propaganda');
});
afterAll(() => app?.close());

describe('recording accountability (IV.3)', () => {
  it('a first or direct responsible person above records a measure, with its severity in the plan\'s order', async () => {
    const r = await app.ok(Record, { input: input() }, await app.login('organs.secretary'));
    expect(r.recordAccountability.accountabilityRecord).toMatchObject({
      measure: 'CRITICISM_EDUCATION', severity: 2, decidedOn: '2026-09-15', subjectIsPerson: true,
      unit: { name: '机关第一支部' }, person: { name: '马超' }, recordedBy: { name: '陈刚' }, sourceType: null, sourceId: null,
    });
  });

  it('a measure arises from a risk, case or work item, named by its global ID', async () => {
    const risk = await app.db.prisma.risk.findFirstOrThrow({ where: { tenantId: app.demo.bureau.tenantId } });
    const sourceId = globalId('Risk', risk.id);
    const r = await app.ok(Record, { input: input({ personId: null, unitId: unit('office.6'), measure: 'CIRCULATED_CRITICISM', sourceType: 'RISK', sourceId }) }, propaganda);
    expect(r.recordAccountability.accountabilityRecord).toMatchObject({ sourceType: 'RISK', subjectIsPerson: false, severity: 4, person: null, sourceId });
    // A risk that does not exist (or belongs to another bureau) is not a source.
    const foreign = await app.db.prisma.risk.findFirstOrThrow({ where: { tenantId: app.demo.housing.tenantId } });
    for (const id of ['no-such-risk', foreign.id]) {
      const missing = await app.run(Record, { input: input({ sourceType: 'RISK', sourceId: globalId('Risk', id) }) }, propaganda);
      expect(codes(missing)).toEqual(['NOT_FOUND']);
    }
    const half = await app.run(Record, { input: input({ sourceType: 'RISK' }) }, propaganda);
    expect(codes(half)).toEqual(['BAD_USER_INPUT']);
    const wrongType = await app.run(Record, { input: input({ sourceType: 'WORK_ITEM', sourceId }) }, propaganda);
    expect(codes(wrongType)).toEqual(['BAD_USER_INPUT']);
  });

  it('a source must be one the recorder may see: missing and invisible sources get the same NOT_FOUND, and nothing is written', async () => {
    const prisma = app.db.prisma;
    const tenantId = app.demo.bureau.tenantId;
    const forestryId = app.demo.bureau.units.get('forestry')!;
    const forestry = await app.login('forestry.secretary');
    const inForestry = { unit: { ancestorIds: { has: forestryId } } };
    const ownRisk = await prisma.risk.findFirstOrThrow({ where: { tenantId, ...inForestry } });
    const otherRisk = await prisma.risk.findFirstOrThrow({ where: { tenantId, NOT: inForestry } }); // same bureau, another unit
    const ownItem = await prisma.workItem.findFirstOrThrow({ where: { tenantId, ...inForestry } });
    const otherItem = await prisma.workItem.findFirstOrThrow({ where: { tenantId, NOT: inForestry } });
    const misconduct = await prisma.misconductCase.findFirstOrThrow({ where: { tenantId } });
    const against = (sourceType: 'RISK' | 'WORK_ITEM' | 'MISCONDUCT_CASE', typename: string, id: string) =>
      input({ unitId: unit('forestry.b1'), personId: null, decidingBody: '大丰林场党委', sourceType, sourceId: globalId(typename, id) });

    const before = await prisma.accountabilityRecord.count();
    const audits = await prisma.auditEvent.count();
    const refused = [
      await app.run(Record, { input: against('RISK', 'Risk', otherRisk.id) }, forestry),
      await app.run(Record, { input: against('RISK', 'Risk', 'no-such-risk') }, forestry),
      await app.run(Record, { input: against('WORK_ITEM', 'WorkItem', otherItem.id) }, forestry),
      await app.run(Record, { input: against('WORK_ITEM', 'WorkItem', 'no-such-item') }, forestry),
      // Misconduct cases are seen by the bureau committee's leaders only, not by a party committee's.
      await app.run(Record, { input: against('MISCONDUCT_CASE', 'MisconductCase', misconduct.id) }, forestry),
      await app.run(Record, { input: against('MISCONDUCT_CASE', 'MisconductCase', 'no-such-case') }, forestry),
    ];
    for (const r of refused) {
      expect(codes(r)).toEqual(['NOT_FOUND']);
      expect(r.errors![0]!.extensions).toMatchObject({ field: 'sourceId' });
    }
    expect(refused[0]!.errors![0]!.message).toBe(refused[1]!.errors![0]!.message);
    expect(refused[2]!.errors![0]!.message).toBe(refused[3]!.errors![0]!.message);
    expect(refused[4]!.errors![0]!.message).toBe(refused[5]!.errors![0]!.message);
    expect(await prisma.accountabilityRecord.count()).toBe(before);
    expect(await prisma.auditEvent.count()).toBe(audits);

    // What the recorder sees is accepted.
    const risk = await app.ok(Record, { input: against('RISK', 'Risk', ownRisk.id) }, forestry);
    expect(risk.recordAccountability.accountabilityRecord).toMatchObject({ sourceType: 'RISK', sourceId: globalId('Risk', ownRisk.id) });
    const item = await app.ok(Record, { input: against('WORK_ITEM', 'WorkItem', ownItem.id) }, forestry);
    expect(item.recordAccountability.accountabilityRecord).toMatchObject({ sourceType: 'WORK_ITEM', sourceId: globalId('WorkItem', ownItem.id) });
    // The bureau committee's direct responsible person sees the case, and the risk of another unit.
    const fromCase = await app.ok(Record, { input: against('MISCONDUCT_CASE', 'MisconductCase', misconduct.id) }, propaganda);
    expect(fromCase.recordAccountability.accountabilityRecord).toMatchObject({ sourceType: 'MISCONDUCT_CASE' });
    await app.ok(Record, { input: against('RISK', 'Risk', otherRisk.id) }, propaganda);
  });

  it('a subject outside the recorder\'s scope is refused with one typed error, and nothing is written', async () => {
    const before = await app.db.prisma.accountabilityRecord.count();
    const audits = await app.db.prisma.auditEvent.count();
    // 张海涛 sees the forest farm but leads no committee ("one post, two duties").
    const dual = await app.run(Record, { input: input({ unitId: unit('forestry.b1'), personId: person('蒋涛') }) }, await app.login('member.forestry'));
    // The forest farm's secretary cannot reach a branch of the bureau organs …
    const forestry = await app.login('forestry.secretary');
    const sideways = await app.run(Record, { input: input() }, forestry);
    // … and an id that does not exist answers exactly the same.
    const missing = await app.run(Record, { input: input({ unitId: globalId('OrgUnit', 'no-such-unit') }) }, forestry);
    // A person who never held a post in the unit is outside it too.
    const elsewhere = await app.run(Record, { input: input({ unitId: unit('forestry.b1'), personId: person('马超') }) }, forestry);
    // The bureau committee's direct responsible person reaches every unit, but not another bureau.
    const otherBureau = await app.run(Record, { input: input({ unitId: globalId('OrgUnit', app.demo.housing.units.get('organs')!), personId: null }) }, propaganda);
    for (const r of [dual, sideways, missing, elsewhere, otherBureau]) expect(codes(r)).toEqual(['ACCOUNTABILITY_OUTSIDE_SCOPE']);
    expect(sideways.errors![0]!.message).toBe(missing.errors![0]!.message);
    expect(await app.db.prisma.accountabilityRecord.count()).toBe(before);
    expect(await app.db.prisma.auditEvent.count()).toBe(audits);
  });

  it('checks its own input: future dates, empty basis, recording against oneself', async () => {
    expect(codes(await app.run(Record, { input: input({ decidedOn: '2026-11-28' }) }, propaganda))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.run(Record, { input: input({ basis: '  ' }) }, propaganda))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.run(Record, { input: input({ unitId: unit('bureau'), personId: person('刘志华') }) }, propaganda))).toEqual(['FORBIDDEN']);
  });

  it('filters by severity and year', async () => {
    const serious = await app.ok(Records, { filter: { minSeverity: 3 } }, propaganda);
    expect(serious.accountabilityRecords.edges.map((e) => e.node.measure)).toEqual(['CIRCULATED_CRITICISM']);
    const y2025 = await app.ok(Records, { filter: { year: 2025 } }, propaganda);
    expect(y2025.accountabilityRecords.edges.map((e) => [e.node.measure, e.node.person?.name])).toEqual([['REMINDER', '顾建华']]);
  });
});

describe('a person sees their own records, even where they cannot see the unit', () => {
  it('after leaving their post, 马超 still sees the measure against him, and nothing else', async () => {
    await addAccount('machao', '马超');
    const post = await app.db.prisma.post.findFirstOrThrow({ where: { personId: app.demo.bureau.people.get('马超')!, endDate: null } });
    await app.ok(EndPost, { postId: globalId('Post', post.id) }, propaganda);
    const token = await app.login('machao');
    const mine = await app.ok(Mine, {}, token);
    expect(mine.viewer!.accountabilityRecords).toEqual([
      expect.objectContaining({ measure: 'CRITICISM_EDUCATION', unit: null, recordedBy: null }),
    ]);
    const list = await app.ok(Records, {}, token);
    expect(list.accountabilityRecords.totalCount).toBe(1);
    const node = await app.ok(Node, { id: mine.viewer!.accountabilityRecords[0]!.id }, token);
    expect(node.node).toMatchObject({ measure: 'CRITICISM_EDUCATION' });
    // Someone else's record in the same branch is not his.
    const others = await app.ok(Records, {}, propaganda);
    const notHis = others.accountabilityRecords.edges.find((e) => e.node.person?.name !== '马超')!;
    expect((await app.ok(Node, { id: notHis.node.id }, token)).node).toBeNull();
  });

  it('a team member sees their own assessment and the measures of its year', async () => {
    await addAccount('linxiao', '林晓');
    const created = await app.ok(CreateMember, { year: 2026, unitId: unit('organs.b1'), personId: person('林晓') }, propaganda);
    await app.ok(Record, { input: input({ personId: person('林晓'), measure: 'REMINDER', decidedOn: '2026-10-09' }) }, propaganda);
    const token = await app.login('linxiao');
    const mine = await app.ok(Mine, {}, token);
    expect(mine.viewer!.assessments).toEqual([
      expect.objectContaining({ id: created.createAssessment.assessment.id, year: 2026, person: { name: '林晓' }, unit: { name: '机关第一支部' }, accountabilityMeasures: [{ measure: 'REMINDER' }] }),
    ]);
    expect((await app.ok(Node, { id: created.createAssessment.assessment.id }, token)).node).toMatchObject({ year: 2026 });
    // 马超, in no unit any more, does not see 林晓's assessment.
    expect((await app.ok(Node, { id: created.createAssessment.assessment.id }, await app.login('machao'))).node).toBeNull();
  });

  it('district roles see no person-level records beyond the measures they decide', async () => {
    // Every measure so far is against units and people inside the bureau: none is the district's.
    for (const username of ['district.propaganda', 'district.committee', 'district.cyberspace', 'discipline']) {
      const r = await app.ok(Records, {}, await app.login(username));
      expect(r.accountabilityRecords.totalCount).toBe(0);
    }
  });
});
