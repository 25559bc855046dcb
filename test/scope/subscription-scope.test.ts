import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/db/transaction.js';
import { globalId } from '../../src/lib/ids.js';
import { changeDuty } from '../../src/modules/duties/service.js';
import { createNotifications, publishNotifications } from '../../src/modules/notifications/service.js';
import { viewerOf } from '../concurrency/invariants.js';
import { createTestApp, type TestApp } from '../helpers.js';
import { subscribe } from '../risks/sse.js';

/**
 * Issue 10, item 4: an open `notificationAdded` stream checks its subscriber as the database sees
 * them when each event arrives, not with the scope captured when the stream opened. A member who
 * loses the 分管 scope over a unit stops receiving that unit's notifications at once.
 */

let app: TestApp;
const now = new Date();
const unit = (key: string) => app.demo.bureau.units.get(key)!;
const person = (name: string) => app.demo.bureau.people.get(name)!;

beforeAll(async () => {
  app = await createTestApp();
  app.setNow(now);
});
afterAll(() => app?.close());

async function notify(personId: string, unitId: string, key: string) {
  const created = await inTransaction(app.db.prisma, (tx) => createNotifications(tx, {
    tenantId: app.demo.bureau.tenantId, recipientPersonIds: [personId], kind: 'WORK_ITEM_DUE_SOON',
    title: `测试通知 ${key}`, body: '测试', unitId, dedupeKey: `subscription-scope:${key}:${Date.now()}`,
  }));
  publishNotifications(app.services.pubsub, created);
  return created.map((n) => globalId('Notification', n.id));
}

describe('notificationAdded re-checks the subscriber on every event', () => {
  it('after a 一岗双责 member\'s scope moves away from a unit, that unit\'s notifications no longer reach them', async () => {
    const member = person('张海涛'); // 一岗双责 over 大丰林场党委
    const token = await app.login('member.forestry');
    const fetchFn = (url: string, init: RequestInit) => Promise.resolve(app.yoga.fetch(url, init));
    const stream = await subscribe<{ notificationAdded: { id: string } }>(fetchFn, 'http://zeren.test/graphql', 'subscription { notificationAdded { id } }', token);
    await new Promise((r) => setTimeout(r, 150));

    const first = await notify(member, unit('forestry.b1'), 'before');
    await stream.waitFor(1, 5000);

    // The secretary re-divides the work: 张海涛 now answers for 局机关党委 instead of the forest farm.
    const duty = await app.db.prisma.duty.findFirstOrThrow({ where: { personId: member, kind: 'DUAL_DUTY', endDate: null } });
    await changeDuty(app.db.prisma, await viewerOf(app, 'secretary'), { dutyId: duty.id, scopeUnitIds: [unit('organs')], reason: '分工调整' }, now);

    const hidden = await notify(member, unit('forestry.b1'), 'after-hidden');
    const visible = await notify(member, unit('organs.b1'), 'after-visible');
    await stream.waitFor(2, 5000);
    await new Promise((r) => setTimeout(r, 300));
    await stream.close();
    const got = stream.events.map((e) => { if (!e.data) throw new Error(JSON.stringify(e.errors)); return e.data.notificationAdded.id; });
    expect(got).toEqual([...first, ...visible]);
    expect(got).not.toContain(hidden[0]);
  });
});
