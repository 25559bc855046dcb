import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../../src/lib/ids.js';
import { graphql } from '../gql/index.js';
import { codes, countStatements, createTestApp, type TestApp } from '../helpers.js';

const RecordContact = graphql(`
  mutation RecordContact($input: RecordLiaisonContactInput!) {
    recordLiaisonContact(input: $input) { liaisonContact { id sector form date contactName contactAffiliation leader { name } unit { name } } }
  }
`);

const Summary = graphql(`
  query LiaisonSummary($unitId: ID!, $year: Int!) {
    liaisonSummary(unitId: $unitId, year: $year) { total sectorsReached sectors { sector contacts } }
  }
`);

const Contacts = graphql(`
  query Contacts($filter: LiaisonContactFilter) {
    liaisonContacts(first: 50, filter: $filter) { totalCount edges { node { id contactName sector leader { name } unit { name } } } }
  }
`);

const RecordTraining = graphql(`
  mutation RecordTraining($input: RecordTrainingInput!) {
    recordTraining(input: $input) { trainingRecord { id course hours layer trainingClass participantCount participants { hours person { name } } } }
  }
`);

const Trainings = graphql(`
  query Trainings($filter: TrainingRecordFilter) {
    trainingRecords(first: 50, filter: $filter) {
      totalCount
      edges { node { id course hours participantCount unit { name } participants { hours person { name trainingHours(year: 2025) } } } }
    }
  }
`);

const Hours = graphql(`
  query PersonHours($id: ID!, $year: Int!) { node(id: $id) { ... on Person { name trainingHours(year: $year) } } }
`);

let app: TestApp;
let propaganda: string;
const unit = (key: string) => globalId('OrgUnit', app.demo.bureau.units.get(key)!);
const person = (name: string) => globalId('Person', app.demo.bureau.people.get(name)!);

beforeAll(async () => {
  app = await createTestApp();
  app.setNow(new Date('2026-11-27T02:00:00Z'));
  propaganda = await app.login('propaganda');
});
afterAll(() => app?.close());

const contact = (over: Record<string, unknown> = {}) => ({
  unitId: unit('bureau'), leaderId: person('刘志华'), sector: 'RADIO_FILM_TV' as const, date: '2026-09-02', form: 'VISIT' as const,
  contactName: '陆海峰', contactAffiliation: '盐城广播电视台', notes: '沟通自然资源普法宣传片拍摄。', ...over,
});

describe('liaison with intellectuals (tasks 15, 16)', () => {
  it('a leader records their own contact; the summary counts it under its sector', async () => {
    const before = await app.ok(Summary, { unitId: unit('bureau'), year: 2026 }, propaganda);
    const r = await app.ok(RecordContact, { input: contact() }, propaganda);
    expect(r.recordLiaisonContact.liaisonContact).toMatchObject({ sector: 'RADIO_FILM_TV', leader: { name: '刘志华' }, unit: { name: '中共盐城市大丰区自然资源和规划局委员会' } });
    const after = await app.ok(Summary, { unitId: unit('bureau'), year: 2026 }, propaganda);
    expect(after.liaisonSummary.sectors).toHaveLength(9);
    expect(after.liaisonSummary.sectors.map((s) => s.sector)[0]).toBe('SOCIAL_SCIENCE_THEORY');
    expect(after.liaisonSummary.total).toBe(before.liaisonSummary.total + 1);
    const radio = (s: typeof after) => s.liaisonSummary.sectors.find((x) => x.sector === 'RADIO_FILM_TV')!.contacts;
    expect(radio(after)).toBe(radio(before) + 1);
  });

  it('the leader must be on the unit\'s leadership team; others may not record for a leader unless they answer for the unit', async () => {
    const notTeam = await app.run(RecordContact, { input: contact({ unitId: unit('organs.b1'), leaderId: person('马超') }) }, propaganda);
    expect(codes(notTeam)).toEqual(['BAD_USER_INPUT']);
    expect(notTeam.errors![0]!.extensions).toMatchObject({ field: 'leaderId' });
    // A dual-duty member answers for their 分管 units (test/duties/actions.test.ts), not for the bureau committee they sit on.
    const dual = await app.run(RecordContact, { input: contact({ unitId: unit('bureau'), leaderId: person('王建国') }) }, await app.login('member.forestry'));
    expect(codes(dual)).toEqual(['FORBIDDEN']);
    const hidden = await app.run(RecordContact, { input: contact({ unitId: unit('organs'), leaderId: person('陈刚') }) }, await app.login('forestry.secretary'));
    expect(codes(hidden)).toEqual(['NOT_FOUND']);
    const future = await app.run(RecordContact, { input: contact({ date: '2026-12-01' }) }, propaganda);
    expect(codes(future)).toEqual(['BAD_USER_INPUT']);
    const blank = await app.run(RecordContact, { input: contact({ contactName: '  ' }) }, propaganda);
    expect(codes(blank)).toEqual(['BAD_USER_INPUT']);
  });

  it('contacts are seen with their unit only', async () => {
    const branch = await app.ok(Contacts, {}, await app.login('branch.organs1'));
    expect(branch.liaisonContacts.totalCount).toBe(0);
    const forestry = await app.ok(Contacts, {}, await app.login('forestry.secretary'));
    expect(new Set(forestry.liaisonContacts.edges.map((e) => e.node.unit.name))).toEqual(new Set(['大丰林场党委']));
    const bySector = await app.ok(Contacts, { filter: { sectors: ['NEWS_PUBLISHING'], year: 2025 } }, propaganda);
    expect(bySector.liaisonContacts.edges.map((e) => e.node.contactName)).toEqual(['周晓燕']);
  });
});

describe('training records and hours (tasks 16, 17)', () => {
  const training = (over: Record<string, unknown> = {}) => ({
    unitId: unit('organs'), course: '意识形态阵地管理专题培训', organiser: '局机关党委', date: '2026-10-16', hours: '3.50',
    layer: 'PROPAGANDA_CADRE' as const, trainingClass: 'IDEOLOGICAL_WORK' as const,
    participants: [{ personId: person('郑敏') }, { personId: person('徐婷'), hours: '2.25' }], ...over,
  });

  it('records a training with participants and exact hours', async () => {
    const r = await app.ok(RecordTraining, { input: training() }, await app.login('organs.secretary'));
    expect(r.recordTraining.trainingRecord).toMatchObject({ hours: '3.50', participantCount: 2, trainingClass: 'IDEOLOGICAL_WORK' });
    expect(r.recordTraining.trainingRecord.participants.map((p) => [p.person.name, p.hours]).sort()).toEqual([['徐婷', '2.25'], ['郑敏', '3.50']]);
    // 2026: 4.00 (新闻宣传与政务信息写作培训) + 3.50.
    const hours = await app.ok(Hours, { id: person('郑敏'), year: 2026 }, propaganda);
    expect(hours.node).toMatchObject({ trainingHours: '7.50' });
  });

  it('refuses bad hours, unknown participants and recorders who do not lead the unit, writing nothing', async () => {
    const before = await app.db.prisma.trainingRecord.count();
    const organs = await app.login('organs.secretary');
    expect(codes(await app.run(RecordTraining, { input: training({ participants: [{ personId: person('郑敏'), hours: '3.51' }] }) }, organs))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.run(RecordTraining, { input: training({ hours: '0' }) }, organs))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.run(RecordTraining, { input: training({ participants: [] }) }, organs))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.run(RecordTraining, { input: training({ participants: [{ personId: person('赵国强') }] }) }, organs))).toEqual(['NOT_FOUND']);
    expect(codes(await app.run(RecordTraining, { input: training() }, await app.login('branch.organs1')))).toEqual(['NOT_FOUND']);
    expect(codes(await app.run(RecordTraining, { input: training({ unitId: unit('bureau'), participants: [{ personId: person('冯军') }] }) }, await app.login('member.forestry')))).toEqual(['FORBIDDEN']);
    expect(await app.db.prisma.trainingRecord.count()).toBe(before);
  });

  it('lists trainings with participants and their yearly hours in a constant number of statements', async () => {
    const token = propaganda;
    const small = await countStatements(app.db, () => app.ok(Trainings, { filter: { year: 2025 } }, token));
    const big = await countStatements(app.db, () => app.ok(Trainings, {}, token));
    expect(big.result.trainingRecords.totalCount).toBeGreaterThan(small.result.trainingRecords.totalCount);
    expect(big.statements).toBe(small.statements);
    const winter = small.result.trainingRecords.edges.find((e) => e.node.course === '林场党员冬训暨党的创新理论学习班')!;
    expect(winter.node.participants.find((p) => p.person.name === '赵国强')!.person.trainingHours).toBe('12.00');
  });
});
