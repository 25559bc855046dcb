import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadViewer } from '../../src/authz/scope.js';
import { globalId } from '../../src/lib/ids.js';
import { complianceFor } from '../../src/modules/obligations/service.js';
import { runReminders } from '../../src/modules/obligations/reminders.js';
import { graphql } from '../gql/index.js';
import { codes, createTestApp, type TestApp } from '../helpers.js';

/**
 * Task 12's rule "a new online channel is registered (备案) within 30 days of launch" is an
 * obligation rule of the bureau (kind CHANNEL_REGISTRATION), edited like the others; the channel
 * ledger reads its days, and the reminders job reminds the owner unit's leaders.
 */

const Rules = graphql(`
  query CrRules($all: Boolean) { obligationRules(includeInactive: $all) { id code ruleKind withinDays recordKind minCount period active version } }
`);

const UpdateRule = graphql(`
  mutation CrUpdateRule($input: UpdateObligationRuleInput!) { updateObligationRule(input: $input) { rule { id withinDays active version } } }
`);

const Channels = graphql(`
  query CrChannels($filter: OnlineChannelFilter) {
    onlineChannels(first: 50, filter: $filter) { totalCount edges { node { id name launchedOn registrationDueOn registrationStatus registeredInTime } } }
  }
`);

const CreateChannel = graphql(`
  mutation CrCreateChannel($input: CreateOnlineChannelInput!) { createOnlineChannel(input: $input) { channel { id registrationStatus registrationDueOn } } }
`);

let app: TestApp;
let secretary: string;
// The demo's forest-farm short-video account was launched 45 days before the seeding day.
const NOW = new Date();
const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

beforeAll(async () => {
  app = await createTestApp();
  app.setNow(NOW);
  secretary = await app.login('secretary');
});
afterAll(() => app?.close());

const forestFarm = async (token = secretary) => {
  const r = await app.ok(Channels, {}, token);
  return r.onlineChannels.edges.map((e) => e.node).find((c) => c.name === '大丰林场')!;
};
const channelRule = async () => (await app.ok(Rules, { all: true }, secretary)).obligationRules.find((r) => r.code === 'CHANNEL_REGISTRATION')!;

describe('the channel registration rule is data', () => {
  it('is seeded for each bureau with 30 days, and is not counted as a recurring obligation', async () => {
    const rule = await channelRule();
    expect(rule).toMatchObject({ ruleKind: 'CHANNEL_REGISTRATION', withinDays: 30, recordKind: null, minCount: null, period: null, active: true });
    const other = (await app.ok(Rules, {}, await app.login('other.secretary'))).obligationRules.find((r) => r.code === 'CHANNEL_REGISTRATION')!;
    expect(other.id).not.toBe(rule.id);
    const entries = await complianceFor(app.db.prisma, { tenantId: app.demo.bureau.tenantId, subtreeRoots: [app.demo.bureau.units.get('bureau')!] }, 2026, new Date());
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.some((e) => e.rule.code === 'CHANNEL_REGISTRATION')).toBe(false);
  });

  it('a locality changes the number of days without code: the channels\' status follows', async () => {
    const before = await forestFarm();
    expect(before.registrationStatus).toBe('OVERDUE');
    const launched = new Date(`${before.launchedOn}T00:00:00Z`);
    expect(before.registrationDueOn).toBe(iso(new Date(launched.getTime() + 30 * DAY)));
    expect((await app.ok(Channels, { filter: { registrationOverdue: true } }, secretary)).onlineChannels.edges.map((e) => e.node.name)).toEqual(['大丰林场']);

    const rule = await channelRule();
    const updated = await app.ok(UpdateRule, { input: { ruleId: rule.id, withinDays: 60 } }, secretary);
    expect(updated.updateObligationRule.rule).toMatchObject({ withinDays: 60, version: rule.version + 1 });
    const after = await forestFarm();
    expect(after).toMatchObject({ registrationStatus: 'PENDING', registrationDueOn: iso(new Date(launched.getTime() + 60 * DAY)) });
    expect((await app.ok(Channels, { filter: { registrationOverdue: true } }, secretary)).onlineChannels.totalCount).toBe(0);
    // The registered channels are measured against the new days too (the Weibo account took 70 days).
    const all = (await app.ok(Channels, {}, secretary)).onlineChannels.edges.map((e) => e.node);
    expect(all.find((c) => c.name === '@大丰自然资源')).toMatchObject({ registrationStatus: 'REGISTERED_LATE', registeredInTime: false });
    await app.ok(UpdateRule, { input: { ruleId: rule.id, withinDays: 75 } }, secretary);
    expect((await app.ok(Channels, {}, secretary)).onlineChannels.edges.find((e) => e.node.name === '@大丰自然资源')!.node)
      .toMatchObject({ registrationStatus: 'REGISTERED_ON_TIME', registeredInTime: true });

    // Switched off: no deadline at all.
    await app.ok(UpdateRule, { input: { ruleId: rule.id, active: false } }, secretary);
    expect(await forestFarm()).toMatchObject({ registrationStatus: 'PENDING', registrationDueOn: null });
    expect((await app.ok(Channels, { filter: { registrationOverdue: true } }, secretary)).onlineChannels.totalCount).toBe(0);
    await app.ok(UpdateRule, { input: { ruleId: rule.id, active: true, withinDays: 30 } }, secretary);
    expect((await forestFarm()).registrationStatus).toBe('OVERDUE');
    // Another bureau's rule is its own.
    const housingRule = await app.db.prisma.obligationRule.findFirstOrThrow({ where: { tenantId: app.demo.housing.tenantId, code: 'CHANNEL_REGISTRATION' } });
    expect(housingRule).toMatchObject({ withinDays: 30, version: 1 });
  });

  it('bad edits are typed errors that write nothing; the database backs the rule\'s shape', async () => {
    const rule = await channelRule();
    const zero = await app.run(UpdateRule, { input: { ruleId: rule.id, withinDays: 0 } }, secretary);
    expect(codes(zero)).toEqual(['BAD_USER_INPUT']);
    expect(zero.errors![0]!.extensions).toMatchObject({ field: 'withinDays' });
    const counting = await app.run(UpdateRule, { input: { ruleId: rule.id, minCount: 2 } }, secretary);
    expect(codes(counting)).toEqual(['BAD_USER_INPUT']);
    expect(counting.errors![0]!.extensions).toMatchObject({ field: 'minCount' });
    const study = (await app.ok(Rules, {}, secretary)).obligationRules.find((r) => r.code === 'COMMITTEE_STUDY')!;
    const days = await app.run(UpdateRule, { input: { ruleId: study.id, withinDays: 10 } }, secretary);
    expect(codes(days)).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.run(UpdateRule, { input: { ruleId: rule.id, withinDays: 45 } }, await app.login('forestry.secretary')))).toEqual(['FORBIDDEN']);
    expect(await channelRule()).toMatchObject({ withinDays: 30, version: rule.version });
    const prisma = app.db.prisma;
    await expect(prisma.obligationRule.update({ where: { id: rule.id }, data: { withinDays: null } })).rejects.toThrow();
    await expect(prisma.obligationRule.update({ where: { id: study.id }, data: { withinDays: 10 } })).rejects.toThrow();
    await expect(prisma.obligationRule.create({
      data: { tenantId: app.demo.bureau.tenantId, code: 'CHANNEL_REGISTRATION_2', name: '第二条备案规则', ruleKind: 'CHANNEL_REGISTRATION', withinDays: 10 },
    })).rejects.toThrow();
  });
});

describe('registration reminders', () => {
  const reminders = () => app.db.prisma.notification.findMany({ where: { kind: 'CHANNEL_REGISTRATION_DUE' }, orderBy: { id: 'asc' } });
  const names = async (ids: string[]) => (await app.db.prisma.person.findMany({ where: { id: { in: ids } } })).map((p) => p.name).sort();

  it('reminds the owner unit\'s first and direct responsible people of overdue and pending channels, once', async () => {
    // A channel of the bureau organs launched a week ago: pending.
    const launched = iso(new Date(NOW.getTime() - 7 * DAY));
    const created = await app.ok(CreateChannel, {
      input: {
        ownerUnitId: globalId('OrgUnit', app.demo.bureau.units.get('organs')!), kind: 'WECHAT_OFFICIAL', name: '自然资源机关党建', account: '微信号：dfzrzyjgdj',
        responsiblePersonId: globalId('Person', app.demo.bureau.people.get('郑敏')!), reviewerPersonId: globalId('Person', app.demo.bureau.people.get('王芳')!),
        launchedOn: launched,
      },
    }, secretary);
    expect(created.createOnlineChannel.channel.registrationStatus).toBe('PENDING');

    const first = await runReminders(app.db.prisma, app.services.pubsub, NOW);
    expect(first.ran).toBe(true);
    const rows = await reminders();
    const forest = rows.filter((n) => n.title.includes('大丰林场'));
    const organs = rows.filter((n) => n.title.includes('自然资源机关党建'));
    expect(forest.every((n) => n.title.startsWith('网络阵地逾期未备案'))).toBe(true);
    expect(organs.every((n) => n.title.startsWith('网络阵地待备案'))).toBe(true);
    expect(await names(forest.map((n) => n.recipientPersonId!))).toEqual(['赵国强', '钱红'].sort());
    expect(await names(organs.map((n) => n.recipientPersonId!))).toEqual(['陈刚', '郑敏'].sort());
    // Registered and closed channels, and the other bureau's (none unregistered), remind no one.
    expect(rows).toHaveLength(4);

    // Running again, on the same or a later day, creates nothing new.
    const again = await runReminders(app.db.prisma, app.services.pubsub, NOW);
    expect(again.ran).toBe(true);
    await runReminders(app.db.prisma, app.services.pubsub, new Date(NOW.getTime() + DAY));
    expect((await reminders()).map((n) => n.id)).toEqual(rows.map((n) => n.id));

    // Once the organs' channel is overdue, one more reminder says so; none once it is registered.
    await runReminders(app.db.prisma, app.services.pubsub, new Date(NOW.getTime() + 30 * DAY));
    expect((await reminders()).filter((n) => n.title.startsWith('网络阵地逾期未备案：自然资源机关党建'))).toHaveLength(2);
  });

  it('nobody outside the owner unit\'s scope is reminded', async () => {
    const rows = await reminders();
    const prisma = app.db.prisma;
    const channels = await prisma.onlineChannel.findMany({ where: { id: { in: rows.map((n) => n.entityId!) } }, include: { ownerUnit: true } });
    for (const n of rows) {
      const account = await prisma.userAccount.findFirst({ where: { personId: n.recipientPersonId } });
      const channel = channels.find((c) => c.id === n.entityId)!;
      expect(n.tenantId).toBe(channel.tenantId);
      if (account) {
        const viewer = await loadViewer(prisma, account.id);
        expect(viewer.kind === 'person' && channel.ownerUnit.ancestorIds.some((id) => viewer.scope.managedRoots.includes(id))).toBe(true);
      }
    }
    // The accounts of other units and of the other bureau got none.
    for (const username of ['branch.organs1', 'member.forestry', 'other.secretary', 'organs.secretary']) {
      const account = await prisma.userAccount.findUniqueOrThrow({ where: { username } });
      const got = rows.filter((n) => n.recipientPersonId === account.personId).map((n) => n.title);
      if (username === 'organs.secretary') expect(got.every((t) => t.includes('自然资源机关党建'))).toBe(true);
      else expect(got).toEqual([]);
    }
  });
});
