import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../../src/lib/ids.js';
import { graphql } from '../gql/index.js';
import { codes, createTestApp, type TestApp } from '../helpers.js';

const Channels = graphql(`
  query CmChannels($filter: OnlineChannelFilter) {
    onlineChannels(first: 50, filter: $filter) {
      totalCount
      edges { node { id name kind status launchedOn registeredOn registrationDueOn registrationStatus registeredInTime
        ownerUnit { name } reviewer { name } reviews { result findings reviewer { name } } } }
    }
  }
`);

const CreateChannel = graphql(`
  mutation CmCreateChannel($input: CreateOnlineChannelInput!) {
    createOnlineChannel(input: $input) { channel { id name registrationStatus registrationDueOn reviewer { name } } }
  }
`);

const UpdateChannel = graphql(`
  mutation CmUpdateChannel($input: UpdateOnlineChannelInput!) {
    updateOnlineChannel(input: $input) { channel { id registeredOn registrationStatus registeredInTime status reviewer { name } } }
  }
`);

const Review = graphql(`
  mutation CmReview($channelId: ID!, $result: ChannelReviewResult!, $findings: String) {
    recordChannelReview(input: { channelId: $channelId, result: $result, findings: $findings }) { review { id result reviewedOn reviewer { name } } }
  }
`);

const ZeroReport = graphql(`
  mutation CmZero($unitId: ID!, $period: String!) {
    fileChannelZeroReport(input: { unitId: $unitId, period: $period }) { zeroReport { id period unit { name } filedBy { name } } }
  }
`);

const Cases = graphql(`
  query CmCases {
    misconductCases(first: 20) {
      totalCount
      edges { node { id personName unitName bureauName venue misconductClass isReferred referredToBody referenceNumber outcome person { name } unit { name } } }
    }
  }
`);

const CaseNode = graphql(`
  query CmCaseNode($id: ID!) { node(id: $id) { id ... on MisconductCase { personName summary } } }
`);

const Refer = graphql(`
  mutation CmRefer($caseId: ID!, $ref: String!) {
    referMisconductCase(input: { caseId: $caseId, referenceNumber: $ref }) { misconductCase { id isReferred referredOn referredToBody referenceNumber } }
  }
`);

const Outcome = graphql(`
  mutation CmOutcome($caseId: ID!, $outcome: String!) { recordMisconductOutcome(input: { caseId: $caseId, outcome: $outcome }) { misconductCase { id outcome outcomeOn } } }
`);

let app: TestApp;
const NOW = new Date('2025-07-15T04:00:00Z');
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const unit = (key: string) => globalId('OrgUnit', app.demo.bureau.units.get(key)!);
const person = (name: string) => globalId('Person', app.demo.bureau.people.get(name)!);

describe('online channels (task 12)', () => {
  it('lists the demo channels with the 30-day registration rule applied', async () => {
    const r = await app.ok(Channels, {}, await app.login('secretary'));
    const byName = new Map(r.onlineChannels.edges.map((e) => [e.node.name, e.node]));
    expect(r.onlineChannels.totalCount).toBe(4);
    expect(byName.get('大丰自然资源')).toMatchObject({ kind: 'WECHAT_OFFICIAL', registrationStatus: 'REGISTERED_ON_TIME', registeredInTime: true, reviewer: { name: '李明' } });
    expect(byName.get('大丰自然资源')!.reviews.map((v) => v.result)).toEqual(['PASSED', 'ISSUES_FOUND', 'PASSED']);
    expect(byName.get('@大丰自然资源')).toMatchObject({ registrationStatus: 'REGISTERED_LATE', registeredInTime: false, status: 'DORMANT' });
    expect(byName.get('大丰林场')).toMatchObject({ kind: 'SHORT_VIDEO', registrationStatus: 'OVERDUE', registeredInTime: null, ownerUnit: { name: '大丰林场党委' } });
    const overdue = await app.ok(Channels, { filter: { registrationOverdue: true } }, await app.login('secretary'));
    expect(overdue.onlineChannels.edges.map((e) => e.node.name)).toEqual(['大丰林场']);
    // scope: the forest farm's committee sees its own channel only; a branch secretary elsewhere none
    const forestry = await app.ok(Channels, {}, await app.login('forestry.secretary'));
    expect(forestry.onlineChannels.edges.map((e) => e.node.name)).toEqual(['大丰林场']);
    expect((await app.ok(Channels, {}, await app.login('branch.organs1'))).onlineChannels.totalCount).toBe(0);
    expect((await app.ok(Channels, {}, await app.login('other.secretary'))).onlineChannels.totalCount).toBe(0);
  });

  it('registers a channel; registration within 30 days of launch decides its status', async () => {
    app.setNow(NOW);
    const token = await app.login('forestry.secretary');
    const input = {
      ownerUnitId: unit('forestry'), kind: 'WEIBO' as const, name: '大丰林场微博', account: 'https://weibo.com/dflc',
      responsiblePersonId: person('何静'), reviewerPersonId: person('钱红'), launchedOn: '2025-07-01',
    };
    const created = (await app.ok(CreateChannel, { input }, token)).createOnlineChannel.channel;
    expect(created).toMatchObject({ registrationStatus: 'PENDING', registrationDueOn: '2025-07-31', reviewer: { name: '钱红' } });
    app.setNow(new Date('2025-08-05T04:00:00Z'));
    const late = (await app.ok(UpdateChannel, { input: { channelId: created.id, registeredOn: '2025-08-01' } }, token)).updateOnlineChannel.channel;
    expect(late).toMatchObject({ registrationStatus: 'REGISTERED_LATE', registeredInTime: false });
    const onTime = (await app.ok(UpdateChannel, { input: { channelId: created.id, registeredOn: '2025-07-31' } }, token)).updateOnlineChannel.channel;
    expect(onTime).toMatchObject({ registrationStatus: 'REGISTERED_ON_TIME', registeredInTime: true });
    app.setNow(NOW);
    // the same account twice is refused
    expect(codes(await app.run(CreateChannel, { input: { ...input, name: '另一个' } }, token))).toEqual(['CHANNEL_ACCOUNT_TAKEN']);
  });

  it('a reviewer outside the owner unit\'s bureau is REVIEWER_OUTSIDE_TENANT, and nothing is written', async () => {
    const token = await app.login('secretary');
    const before = { channels: await app.db.prisma.onlineChannel.count(), audit: await app.db.prisma.auditEvent.count() };
    const outsider = globalId('Person', app.demo.housing.people.get('何春燕')!);
    const base = {
      ownerUnitId: unit('bureau'), kind: 'SHORT_VIDEO' as const, name: '大丰自然资源视频号', account: '视频号：dfzrzy',
      responsiblePersonId: person('刘志华'), launchedOn: '2025-07-01',
    };
    const r = await app.run(CreateChannel, { input: { ...base, reviewerPersonId: outsider } }, token);
    expect(codes(r)).toEqual(['REVIEWER_OUTSIDE_TENANT']);
    expect(r.errors?.[0]?.extensions?.field).toBe('reviewerPersonId');
    // a made-up id answers the same
    const ghost = await app.run(CreateChannel, { input: { ...base, reviewerPersonId: globalId('Person', 'nobody') } }, token);
    expect(codes(ghost)).toEqual(['REVIEWER_OUTSIDE_TENANT']);
    const channelId = (await app.ok(Channels, { filter: { kinds: ['WECHAT_OFFICIAL'] } }, token)).onlineChannels.edges[0]!.node.id;
    expect(codes(await app.run(UpdateChannel, { input: { channelId, reviewerPersonId: outsider } }, token))).toEqual(['REVIEWER_OUTSIDE_TENANT']);
    expect({ channels: await app.db.prisma.onlineChannel.count(), audit: await app.db.prisma.auditEvent.count() }).toEqual(before);
  });

  it('records reviews by the reviewer; findings are required when issues are found', async () => {
    const token = await app.login('propaganda'); // 刘志华 reviews the website
    const site = (await app.ok(Channels, { filter: { kinds: ['WEBSITE'] } }, token)).onlineChannels.edges[0]!.node;
    expect(codes(await app.run(Review, { channelId: site.id, result: 'ISSUES_FOUND' }, token))).toEqual(['BAD_USER_INPUT']);
    const review = (await app.ok(Review, { channelId: site.id, result: 'ISSUES_FOUND', findings: '政策解读栏目一篇稿件未经三审' }, token)).recordChannelReview.review;
    expect(review).toMatchObject({ result: 'ISSUES_FOUND', reviewer: { name: '刘志华' } });
    // someone who is neither reviewer, responsible person nor leader of the owner unit
    expect(codes(await app.run(Review, { channelId: site.id, result: 'PASSED' }, await app.login('forestry.secretary')))).toEqual(['NOT_FOUND']);
    // a dual-duty member reviews the channels of their 分管 units (test/duties/actions.test.ts), not the bureau committee's
    const seen = (await app.ok(Channels, {}, await app.login('member.forestry'))).onlineChannels.edges.map((e) => e.node);
    const committees = seen.find((c) => c.ownerUnit.name === '中共盐城市大丰区自然资源和规划局委员会')!;
    expect(codes(await app.run(Review, { channelId: committees.id, result: 'PASSED' }, await app.login('member.forestry')))).toEqual(['FORBIDDEN']);

  });

  it('zero reports: once per unit and quarter, and never from a unit that runs a channel', async () => {
    const token = await app.login('secretary');
    const ok = (await app.ok(ZeroReport, { unitId: unit('office.2'), period: '2025-Q2' }, token)).fileChannelZeroReport.zeroReport;
    expect(ok).toMatchObject({ period: '2025-Q2', unit: { name: '新丰自然资源所' }, filedBy: { name: '王建国' } });
    const count = await app.db.prisma.channelZeroReport.count();
    expect(codes(await app.run(ZeroReport, { unitId: unit('office.2'), period: '2025-Q2' }, token))).toEqual(['ZERO_REPORT_EXISTS']);
    // The bureau committee runs channels launched long before 2025-Q2 (the forest farm's was launched
    // after that quarter, so a late zero report for 2025-Q2 stands: test/risks/zero-reports.test.ts).
    expect(codes(await app.run(ZeroReport, { unitId: unit('bureau'), period: '2025-Q2' }, token))).toEqual(['UNIT_HAS_CHANNEL']);
    expect(codes(await app.run(ZeroReport, { unitId: unit('office.3'), period: '2025-Q5' }, token))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.run(ZeroReport, { unitId: unit('office.3'), period: '2025-Q4' }, token))).toEqual(['BAD_USER_INPUT']);
    expect(await app.db.prisma.channelZeroReport.count()).toBe(count);
  });
});

describe('misconduct cases (task 14)', () => {
  beforeAll(() => app.setNow(new Date())); // the demo cases are dated relative to the real clock
  it('only the bureau root\'s first and direct responsible people see the bureau\'s cases', async () => {
    for (const username of ['secretary', 'propaganda']) {
      const r = await app.ok(Cases, {}, await app.login(username));
      expect(r.misconductCases.totalCount).toBe(2);
      expect(r.misconductCases.edges.map((e) => e.node.person?.name).sort()).toEqual(['殷文杰', '马超']);
    }
    for (const username of ['member.forestry', 'forestry.secretary', 'organs.secretary', 'branch.organs1', 'other.secretary']) {
      const r = await app.ok(Cases, {}, await app.login(username));
      expect(r.misconductCases.totalCount).toBe(0);
      expect(r.misconductCases.edges).toEqual([]);
    }
  });

  it('the discipline inspection account sees only the cases referred to it, with the person but no bureau records', async () => {
    const token = await app.login('discipline');
    const r = await app.ok(Cases, {}, token);
    expect(r.misconductCases.totalCount).toBe(1);
    expect(r.misconductCases.edges[0]!.node).toMatchObject({
      personName: '马超', unitName: '机关第一支部', bureauName: '中共盐城市大丰区自然资源和规划局委员会',
      venue: 'INTERNET', misconductClass: 'DISPARAGING_POLICY', isReferred: true, referredToBody: '盐城市大丰区纪委监委', person: null, unit: null,
    });
    const all = await app.ok(Cases, {}, await app.login('secretary'));
    const unreferred = all.misconductCases.edges.find((e) => !e.node.isReferred)!.node.id;
    expect((await app.ok(CaseNode, { id: unreferred }, token)).node).toBeNull();
    // other district roles see no case at all
    for (const username of ['district.committee', 'district.propaganda', 'district.cyberspace']) {
      const denied = await app.run(Cases, {}, await app.login(username));
      expect(codes(denied)).toEqual(['FORBIDDEN']);
      expect((await app.ok(CaseNode, { id: unreferred }, await app.login(username))).node).toBeNull();
    }
    // and a bureau leader below the root does not get a case by id either
    expect((await app.ok(CaseNode, { id: unreferred }, await app.login('forestry.secretary'))).node).toBeNull();
  });

  it('refers a case once: a second referral is ALREADY_REFERRED and writes nothing; the body then sees it and records the outcome', async () => {
    const leader = await app.login('propaganda');
    const all = await app.ok(Cases, {}, leader);
    const caseId = all.misconductCases.edges.find((e) => !e.node.isReferred)!.node.id;
    const referred = (await app.ok(Refer, { caseId, ref: '大自然资党〔2025〕21号' }, leader)).referMisconductCase.misconductCase;
    expect(referred).toMatchObject({ isReferred: true, referredToBody: '盐城市大丰区纪委监委', referenceNumber: '大自然资党〔2025〕21号' });
    const audit = await app.db.prisma.auditEvent.count();
    const twice = await app.run(Refer, { caseId, ref: '大自然资党〔2025〕22号' }, leader);
    expect(codes(twice)).toEqual(['ALREADY_REFERRED']);
    expect(await app.db.prisma.auditEvent.count()).toBe(audit);
    expect((await app.ok(CaseNode, { id: caseId }, leader)).node).toBeTruthy();
    const stored = await app.db.prisma.misconductCase.findMany({ where: { referenceNumber: '大自然资党〔2025〕22号' } });
    expect(stored).toEqual([]);
    // the database itself refuses to rewrite a referral
    await expect(app.db.prisma.misconductCase.updateMany({ where: { referenceNumber: '大自然资党〔2025〕21号' }, data: { referenceNumber: 'X' } })).rejects.toThrow(/ALREADY_REFERRED/);
    const discipline = await app.login('discipline');
    expect((await app.ok(Cases, {}, discipline)).misconductCases.totalCount).toBe(2);
    const outcome = (await app.ok(Outcome, { caseId, outcome: '给予批评教育，责令作出书面检查' }, discipline)).recordMisconductOutcome.misconductCase;
    expect(outcome.outcome).toBe('给予批评教育，责令作出书面检查');
    // only root leaders refer
    expect(codes(await app.run(Refer, { caseId, ref: 'x' }, await app.login('forestry.secretary')))).toEqual(['FORBIDDEN']);
  });
});
