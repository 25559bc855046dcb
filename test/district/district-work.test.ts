import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../../src/lib/dates.js';
import { globalId } from '../../src/lib/ids.js';
import { seedObligationRules } from '../../src/modules/obligations/service.js';
import { graphql } from '../gql/index.js';
import { codes, createTestApp, demoPasswordHash, type TestApp } from '../helpers.js';
import { RequestExport, download, workbookOf } from '../exports/helpers.js';

/**
 * The district does its part (issue 11, items 11–13): 区委宣传部's inspections and the bureau's
 * answers, 区委网信办's channel oversight and reviews, 区委's reports per bureau, the district
 * ledger — each path checked against another district, the bureau's own viewers and the district
 * roles without that duty.
 */

const RecordInspection = graphql(`
  mutation DwRecordInspection($input: RecordInspectionInput!) {
    recordInspection(input: $input) {
      inspection { id date findings findingCount bureau { id name } items { id position problem rectification dueOn answer } workRecordId }
    }
  }
`);
const Answer = graphql(`
  mutation DwAnswer($input: AnswerInspectionFindingInput!) {
    answerInspectionFinding(input: $input) { finding { id answer answeredOn answeredBy { name } } }
  }
`);
const Inspections = graphql(`
  query DwInspections($year: Int) {
    inspections(first: 50, year: $year) {
      totalCount
      edges { node { id date bureau { id name } answeredCount findingCount items { id problem answer answeredOn answeredBy { name } } } }
    }
  }
`);
const Node = graphql(`query DwNode($id: ID!) { node(id: $id) { id } }`);
const Rules = graphql(`
  query DwRules($year: Int!) { districtOverview(year: $year) { tenant { id } rules { code status } } }
`);
const Channels = graphql(`
  query DwChannels($filter: OnlineChannelFilter) {
    onlineChannels(first: 50, filter: $filter) {
      totalCount
      edges { node { id name ownerUnitName bureau { id } registrationStatus responsibleContact { name } responsiblePerson { name } reviewer { name } districtReviews { result findings } } }
    }
  }
`);
const ZeroReports = graphql(`
  query DwZero { channelZeroReports(first: 50) { totalCount edges { node { period unitName bureau { id } filedBy { name } } } } }
`);
const Review = graphql(`
  mutation DwReview($input: RecordDistrictChannelReviewInput!) {
    recordDistrictChannelReview(input: $input) { review { id result findings bureau { id } channel { name } } }
  }
`);
const ByBureau = graphql(`
  query DwByBureau($year: Int!) {
    reportsByBureau(year: $year) { bureau { id } year annualReportSent sent { kind title sentTo copiedTo } copied { kind title sentTo copiedTo } }
  }
`);

let app: TestApp;
let other: { tenantId: string; channelId: string };
const year = todayInChina(new Date()).getUTCFullYear();
const today = todayInChina(new Date()).toISOString().slice(0, 10);
const as = (username: string) => app.login(username);
const bureauId = () => app.demo.bureau.tenantId;
const housingId = () => app.demo.housing.tenantId;

beforeAll(async () => {
  app = await createTestApp();
  // Another district with one bureau, a channel, and its own propaganda and cyberspace accounts.
  const prisma = app.db.prisma;
  const district = await prisma.district.create({ data: { code: '320981', name: '东台市' } });
  const tenant = await prisma.tenant.create({ data: { districtId: district.id, code: 'dt-zrzy', name: '中共东台市自然资源和规划局委员会', shortName: '东台市自然资源和规划局' } });
  await prisma.orgUnit.create({ data: { id: 'dt-root', tenantId: tenant.id, kind: 'BUREAU_COMMITTEE', name: tenant.name, ancestorIds: ['dt-root'], depth: 0 } });
  await prisma.$transaction((tx) => seedObligationRules(tx, tenant.id));
  const person = await prisma.person.create({ data: { tenantId: tenant.id, name: '东台联系人' } });
  const channel = await prisma.onlineChannel.create({
    data: { tenantId: tenant.id, ownerUnitId: 'dt-root', kind: 'WEBSITE', name: '东台自然资源网', account: 'http://dt.example', responsiblePersonId: person.id, reviewerPersonId: person.id, launchedOn: new Date('2020-01-01T00:00:00Z') },
  });
  const hash = await demoPasswordHash();
  await prisma.userAccount.createMany({
    data: [
      { username: 'dt.propaganda', passwordHash: hash, displayName: '东台市委宣传部', districtId: district.id, districtRole: 'PROPAGANDA_DEPARTMENT' },
      { username: 'dt.cyberspace', passwordHash: hash, displayName: '东台市委网信办', districtId: district.id, districtRole: 'CYBERSPACE_OFFICE' },
      { username: 'dt.committee', passwordHash: hash, displayName: '东台市委', districtId: district.id, districtRole: 'DISTRICT_COMMITTEE' },
    ],
  });
  other = { tenantId: tenant.id, channelId: channel.id };
  await app.ok(RecordInspection, { input: { tenantId: other.tenantId, date: today, findings: '东台督查情况。', items: [{ problem: '问题', rectification: '整改' }] } }, await as('dt.propaganda'));
});
afterAll(() => app?.close());

describe('区委宣传部: the annual inspection (专项督查)', () => {
  it('recording it with the contract\'s three fields makes the bureau\'s INSPECTION rule met, in the district view and the bureau\'s compliance', async () => {
    const propaganda = await as('district.propaganda');
    const statusOf = async () => (await app.ok(Rules, { year }, propaganda)).districtOverview
      .find((b) => b.tenant.id === housingId())!.rules.find((r) => r.code === 'INSPECTION')!.status;
    expect(await statusOf()).not.toBe('MET');
    const r = await app.ok(RecordInspection, { input: { tenantId: housingId(), date: today, findings: '督查组查阅台账，反馈意见两条。' } }, propaganda);
    expect(r.recordInspection.inspection).toMatchObject({ date: today, findingCount: 0, bureau: { id: housingId() } });
    expect(await statusOf()).toBe('MET');
    // The bureau sees the record that counts, recorded by the district role, in its ledger.
    const { workRecord: record } = await app.db.prisma.districtInspection.findUniqueOrThrow({ where: { id: rawId(r.recordInspection.inspection.id) }, include: { workRecord: true } });
    expect(rawId(r.recordInspection.inspection.workRecordId)).toBe(record.id);
    expect(record).toMatchObject({ kind: 'INSPECTION', recordedById: null, recordedByRole: 'PROPAGANDA_DEPARTMENT', tenantId: housingId() });
  });

  it('only 区委宣传部 of the bureau\'s district may record one; another district\'s bureau is NOT_FOUND', async () => {
    const input = { tenantId: housingId(), date: today, findings: '情况' };
    for (const username of ['district.committee', 'district.cyberspace', 'district.organisation', 'discipline', 'secretary', 'other.secretary', 'district.admin']) {
      expect(codes(await app.run(RecordInspection, { input }, await as(username))), username).toEqual(['FORBIDDEN']);
    }
    expect(codes(await app.run(RecordInspection, { input: { ...input, tenantId: other.tenantId } }, await as('district.propaganda')))).toEqual(['NOT_FOUND']);
    expect(codes(await app.run(RecordInspection, { input: { ...input, tenantId: 'no-such-bureau' } }, await as('district.propaganda')))).toEqual(['NOT_FOUND']);
    expect(codes(await app.run(RecordInspection, { input: { ...input, tenantId: housingId() } }, await as('dt.propaganda')))).toEqual(['NOT_FOUND']);
  });

  it('the district sees its bureaus\' inspections only; a bureau viewer sees only their own bureau\'s, when they see its committee', async () => {
    const ids = async (username: string) => {
      const r = await app.run(Inspections, {}, await as(username));
      return r.errors ? codes(r) : r.data!.inspections.edges.map((e) => e.node.bureau.id);
    };
    const district = await ids('district.propaganda') as string[];
    expect(new Set(district)).toEqual(new Set([bureauId(), housingId()]));
    expect(await ids('dt.propaganda')).toEqual([other.tenantId]);
    const own = await ids('secretary') as string[];
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own)).toEqual(new Set([bureauId()]));
    expect(new Set(await ids('other.secretary') as string[])).toEqual(new Set([housingId()]));
    expect(await ids('branch.organs1')).toEqual([]);
    for (const username of ['district.committee', 'district.cyberspace', 'discipline']) expect(await ids(username), username).toEqual(['FORBIDDEN']);
    // node() answers null for an inspection the viewer may not see, as for a missing one.
    const housing = (await app.ok(Inspections, {}, await as('other.secretary'))).inspections.edges[0]!.node;
    expect((await app.ok(Node, { id: housing.id }, await as('secretary'))).node).toBeNull();
    expect((await app.ok(Node, { id: housing.id }, await as('dt.propaganda'))).node).toBeNull();
    expect((await app.ok(Node, { id: housing.id }, await as('district.propaganda'))).node).toEqual({ id: housing.id });
  });

  it('the bureau committee\'s leaders answer each finding once; the district sees the answer, not who gave it', async () => {
    const created = await app.ok(RecordInspection, {
      input: {
        tenantId: bureauId(), date: today, findings: '反馈意见两条。',
        items: [{ problem: '研判流于形式', rectification: '每半年专题研判', dueOn: today }, { problem: '备案不及时', rectification: '立即备案' }],
      },
    }, await as('district.propaganda'));
    const [first, second] = created.recordInspection.inspection.items;
    // Who may answer: the bureau committee's first and direct responsible people (not a dual-duty member who sees it, not another bureau).
    expect(codes(await app.run(Answer, { input: { findingId: first!.id, answer: '已整改' } }, await as('member.forestry')))).toEqual(['FORBIDDEN']);
    expect(codes(await app.run(Answer, { input: { findingId: first!.id, answer: '已整改' } }, await as('other.secretary')))).toEqual(['NOT_FOUND']);
    expect(codes(await app.run(Answer, { input: { findingId: first!.id, answer: '已整改' } }, await as('branch.organs1')))).toEqual(['NOT_FOUND']);
    expect(codes(await app.run(Answer, { input: { findingId: first!.id, answer: '已整改' } }, await as('district.propaganda')))).toEqual(['FORBIDDEN']);
    const answered = await app.ok(Answer, { input: { findingId: first!.id, answer: '已印发通知，各支部完成专题研判。' } }, await as('propaganda'));
    expect(answered.answerInspectionFinding.finding).toMatchObject({ answer: '已印发通知，各支部完成专题研判。', answeredOn: today, answeredBy: { name: '刘志华' } });
    expect(codes(await app.run(Answer, { input: { findingId: first!.id, answer: '再答' } }, await as('secretary')))).toEqual(['FINDING_ALREADY_ANSWERED']);
    const seen = (await app.ok(Inspections, { year }, await as('district.propaganda'))).inspections.edges.map((e) => e.node)
      .find((n) => n.id === created.recordInspection.inspection.id)!;
    expect(seen.answeredCount).toBe(1);
    expect(seen.items.find((i) => i.id === first!.id)).toMatchObject({ answer: '已印发通知，各支部完成专题研判。', answeredBy: null });
    expect(seen.items.find((i) => i.id === second!.id)).toMatchObject({ answer: null });
    expect(JSON.stringify(seen)).not.toContain('刘志华');
  });

  it('the demo loader recorded last year\'s inspection with its findings, all answered', async () => {
    const r = await app.ok(Inspections, { year: year - 1 }, await as('secretary'));
    expect(r.inspections.edges).toHaveLength(1);
    const node = r.inspections.edges[0]!.node;
    expect(node.findingCount).toBe(3);
    expect(node.answeredCount).toBe(3);
  });
});

describe('区委网信办: the channels of every bureau of its district', () => {
  it('onlineChannels lists every bureau\'s channels of the district, unit-level data and the responsible contact only', async () => {
    const r = await app.ok(Channels, {}, await as('district.cyberspace'));
    const all = await app.db.prisma.onlineChannel.findMany({ where: { ownerUnit: { tenant: { districtId: app.demo.districtId } } } });
    expect(r.onlineChannels.totalCount).toBe(all.length);
    expect(new Set(r.onlineChannels.edges.map((e) => rawId(e.node.id)))).toEqual(new Set(all.map((c) => c.id)));
    expect(r.onlineChannels.edges.some((e) => rawId(e.node.id) === other.channelId)).toBe(false);
    const wechat = r.onlineChannels.edges.find((e) => e.node.name === '大丰自然资源')!.node;
    expect(wechat).toMatchObject({ ownerUnitName: expect.any(String), bureau: { id: bureauId() }, responsibleContact: { name: '刘志华' }, responsiblePerson: null, reviewer: null });
    // The other district's office sees its own only.
    const dt = await app.ok(Channels, {}, await as('dt.cyberspace'));
    expect(dt.onlineChannels.edges.map((e) => rawId(e.node.id))).toEqual([other.channelId]);
  });

  it('filters the registrations overdue across bureaus, each by its own rule', async () => {
    const r = await app.ok(Channels, { filter: { registrationOverdue: true } }, await as('district.cyberspace'));
    expect(r.onlineChannels.edges.map((e) => e.node.name)).toEqual(['大丰林场']);
    expect(r.onlineChannels.edges.every((e) => e.node.registrationStatus === 'OVERDUE')).toBe(true);
    const byBureau = await app.ok(Channels, { filter: { tenantId: housingId() } }, await as('district.cyberspace'));
    expect(byBureau.onlineChannels.edges.every((e) => e.node.bureau.id === housingId())).toBe(true);
  });

  it('sees the bureaus\' zero reports, without the person who filed them', async () => {
    const r = await app.ok(ZeroReports, {}, await as('district.cyberspace'));
    expect(r.channelZeroReports.totalCount).toBeGreaterThan(0);
    expect(r.channelZeroReports.edges.every((e) => e.node.filedBy === null && e.node.bureau.id === bureauId())).toBe(true);
    expect((await app.ok(ZeroReports, {}, await as('dt.cyberspace'))).channelZeroReports.totalCount).toBe(0);
  });

  it('records its own review, which the bureau sees on the channel; other roles and districts cannot', async () => {
    const cyberspace = await as('district.cyberspace');
    const channel = (await app.ok(Channels, {}, cyberspace)).onlineChannels.edges.find((e) => e.node.name === '盐城市大丰区自然资源和规划局门户网站')!.node;
    const input = { channelId: channel.id, result: 'ISSUES_FOUND' as const, findings: '首页政策解读栏目更新不及时。' };
    for (const username of ['district.propaganda', 'district.committee', 'secretary']) {
      expect(codes(await app.run(Review, { input }, await as(username))), username).toEqual(['FORBIDDEN']);
    }
    expect(codes(await app.run(Review, { input }, await as('dt.cyberspace')))).toEqual(['NOT_FOUND']);
    expect(codes(await app.run(Review, { input: { ...input, findings: null } }, cyberspace))).toEqual(['BAD_USER_INPUT']);
    const r = await app.ok(Review, { input }, cyberspace);
    expect(r.recordDistrictChannelReview.review).toMatchObject({ result: 'ISSUES_FOUND', bureau: { id: bureauId() }, channel: { name: channel.name } });
    const seen = (await app.ok(Channels, {}, await as('secretary'))).onlineChannels.edges.find((e) => e.node.id === channel.id)!.node;
    expect(seen.districtReviews).toEqual([{ result: 'ISSUES_FOUND', findings: '首页政策解读栏目更新不及时。' }]);
  });

  it('other district roles get no channels and no zero reports', async () => {
    for (const username of ['district.propaganda', 'district.committee', 'discipline', 'district.organisation']) {
      expect(codes(await app.run(Channels, {}, await as(username))), username).toEqual(['FORBIDDEN']);
      expect(codes(await app.run(ZeroReports, {}, await as(username))), username).toEqual(['FORBIDDEN']);
    }
  });
});

describe('区委: the reports addressed to it, per bureau', () => {
  it('区委 lists the annual and special reports sent to it; 区委宣传部 sees the same as copies, apart', async () => {
    const committee = (await app.ok(ByBureau, { year: year - 1 }, await as('district.committee'))).reportsByBureau;
    expect(committee.map((b) => b.bureau.id).sort()).toEqual([bureauId(), housingId()].sort());
    const ours = committee.find((b) => b.bureau.id === bureauId())!;
    expect(ours.annualReportSent).toBe(true);
    expect(ours.sent.map((r) => r.kind).sort()).toEqual(['ANNUAL_RESPONSIBILITY_REPORT', 'SPECIAL_REPORT']);
    expect(ours.copied).toEqual([]);
    const propaganda = (await app.ok(ByBureau, { year: year - 1 }, await as('district.propaganda'))).reportsByBureau.find((b) => b.bureau.id === bureauId())!;
    expect(propaganda.sent).toEqual([]);
    expect(propaganda.copied.map((r) => r.kind).sort()).toEqual(['ANNUAL_RESPONSIBILITY_REPORT', 'SPECIAL_REPORT']);
    expect(propaganda.annualReportSent).toBe(false);
    // Another district's committee sees its own bureau, with nothing of ours.
    const dt = (await app.ok(ByBureau, { year: year - 1 }, await as('dt.committee'))).reportsByBureau;
    expect(dt.map((b) => b.bureau.id)).toEqual([other.tenantId]);
    for (const username of ['district.cyberspace', 'discipline', 'district.organisation', 'secretary']) {
      expect(codes(await app.run(ByBureau, { year: year - 1 }, await as(username))), username).toEqual(['FORBIDDEN']);
    }
  });
});

describe('the district ledger (XLSX)', () => {
  it('exports per bureau and rule of the viewer\'s district, with Chinese headers and file name', async () => {
    const requested = await app.ok(RequestExport, { input: { ledger: 'DISTRICT_COMPLIANCE', format: 'XLSX', year } }, await as('district.propaganda'));
    expect(requested.requestExport.link.filename).toBe(`各局规定动作落实情况台账_盐城市大丰区_${year}.xlsx`);
    const res = await download(app, requested.requestExport.link.url);
    expect(res.status).toBe(200);
    const sheet = (await workbookOf(res)).worksheets[0]!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1).map(String);
    const headerRow = [1, 2, 3].find((n) => values(n).includes('落实情况'))!;
    expect(values(headerRow)).toEqual(expect.arrayContaining(['局', '规则编号', '规定动作', '落实情况', '已落实单位数', '逾期完成单位数', '即将到期单位数', '已逾期单位数']));
    const bureaus = new Set<string>();
    for (let n = headerRow + 1; n <= sheet.rowCount; n++) bureaus.add(values(n)[1]!);
    expect(bureaus).toEqual(new Set(['中共盐城市大丰区自然资源和规划局委员会', '中共盐城市大丰区住房和城乡建设局委员会']));
    // Another district's export holds its own bureau only; a bureau person is refused.
    const dt = await app.ok(RequestExport, { input: { ledger: 'DISTRICT_COMPLIANCE', format: 'XLSX', year } }, await as('dt.propaganda'));
    const dtSheet = (await workbookOf(await download(app, dt.requestExport.link.url))).worksheets[0]!;
    expect(JSON.stringify(dtSheet.getSheetValues())).not.toContain('大丰区');
    expect(codes(await app.run(RequestExport, { input: { ledger: 'DISTRICT_COMPLIANCE', format: 'XLSX' } }, await as('secretary')))).toEqual(['FORBIDDEN']);
    expect(codes(await app.run(RequestExport, { input: { ledger: 'DISTRICT_COMPLIANCE', format: 'XLSX', unitId: globalId('OrgUnit', 'x') } }, await as('district.propaganda')))).toEqual(['BAD_USER_INPUT']);
  });
});

function rawId(id: string): string {
  return Buffer.from(id, 'base64').toString().split(':').slice(1).join(':');
}
