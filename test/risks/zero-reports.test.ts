import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/authz/scope.js';
import { inTransaction } from '../../src/db/transaction.js';
import type { DomainError } from '../../src/errors.js';
import { todayInChina } from '../../src/lib/dates.js';
import { globalId } from '../../src/lib/ids.js';
import { createOnlineChannel, fileChannelZeroReport, quarterOf, updateOnlineChannel } from '../../src/modules/channels/service.js';
import { createUnit } from '../../src/modules/org/service.js';
import { graphql } from '../gql/index.js';
import { createTestApp, type TestApp } from '../helpers.js';
import { viewerOf } from '../concurrency/invariants.js';

/**
 * A zero report (零报告) says a unit ran no online channel in a quarter. Registering a real channel
 * is always possible; a zero report for a quarter in which the unit runs that channel then no longer
 * stands: kept as history, flagged superseded, and left out of the quarter's list (issue 10, item 3).
 */

const ZeroReports = graphql(`
  query ZrList($period: String, $all: Boolean) {
    channelZeroReports(first: 50, period: $period, includeSuperseded: $all) {
      totalCount edges { node { id period supersededAt supersededBy { name } unit { name } } }
    }
  }
`);

let app: TestApp;
let secretary: Viewer;
let token: string;
const now = new Date();
const today = todayInChina(now);
const DAY = 86_400_000;
const thisQuarter = quarterOf(today);
const lastQuarter = quarterOf(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 3, 15)));

beforeAll(async () => {
  app = await createTestApp();
  app.setNow(now);
  secretary = await viewerOf(app, 'secretary');
  token = await app.login('secretary');
});
afterAll(() => app?.close());

const me = () => (secretary.kind === 'person' ? secretary.personId : '');
const channelFor = (unitId: string, name: string, launchedOn: Date) => createOnlineChannel(app.db.prisma, secretary, {
  ownerUnitId: unitId, kind: 'WEBSITE', name, account: `https://example.gov.cn/${randomUUID()}`,
  responsiblePersonId: me(), reviewerPersonId: me(), launchedOn,
}, now);
const newUnit = (name: string) => createUnit(app.db.prisma, secretary, { parentId: app.demo.bureau.units.get('bureau')!, kind: 'DIRECT_UNIT', name });
const listed = async (period: string, all = false) =>
  (await app.ok(ZeroReports, { period, all }, token)).channelZeroReports.edges.map((e) => e.node);

describe('a channel supersedes the zero reports of its quarters', () => {
  it('one after the other: a channel launched in a quarter that has a zero report leaves it standing no longer', async () => {
    const unit = await newUnit('零报告甲单位');
    const earlier = await fileChannelZeroReport(app.db.prisma, secretary, { unitId: unit.id, period: lastQuarter }, now);
    const current = await fileChannelZeroReport(app.db.prisma, secretary, { unitId: unit.id, period: thisQuarter }, now);
    expect((await listed(thisQuarter)).map((r) => r.id)).toContain(globalId('ChannelZeroReport', current.id));

    const channel = await channelFor(unit.id, '零报告甲网站', today);
    expect(channel.id).toBeTruthy();
    // Gone from the quarter's list, kept as history with what superseded it.
    expect((await listed(thisQuarter)).map((r) => r.id)).not.toContain(globalId('ChannelZeroReport', current.id));
    const history = (await listed(thisQuarter, true)).find((r) => r.id === globalId('ChannelZeroReport', current.id));
    expect(history).toMatchObject({ supersededBy: { name: '零报告甲网站' } });
    expect(history?.supersededAt).toBeTruthy();
    // The quarter before the launch keeps its zero report.
    expect((await listed(lastQuarter)).map((r) => r.id)).toContain(globalId('ChannelZeroReport', earlier.id));
    // And a new zero report for the channel's quarter is refused.
    await expect(fileChannelZeroReport(app.db.prisma, secretary, { unitId: unit.id, period: thisQuarter }, now)).rejects.toMatchObject({ code: 'UNIT_HAS_CHANNEL' });
  });

  it('a channel launched after the quarter does not touch that quarter\'s zero report, which may still be filed', async () => {
    const unit = await newUnit('零报告乙单位');
    await channelFor(unit.id, '零报告乙网站', today);
    const earlier = await fileChannelZeroReport(app.db.prisma, secretary, { unitId: unit.id, period: lastQuarter }, now);
    expect(earlier.supersededAt).toBeNull();
    expect((await listed(lastQuarter)).map((r) => r.id)).toContain(globalId('ChannelZeroReport', earlier.id));
  });

  it('a closed channel that runs again supersedes what was filed while it was closed', async () => {
    const unit = await newUnit('零报告丙单位');
    const channel = await channelFor(unit.id, '零报告丙网站', new Date(today.getTime() - 200 * DAY));
    await updateOnlineChannel(app.db.prisma, secretary, { channelId: channel.id, status: 'CLOSED' }, now);
    const report = await fileChannelZeroReport(app.db.prisma, secretary, { unitId: unit.id, period: thisQuarter }, now);
    expect((await listed(thisQuarter)).map((r) => r.id)).toContain(globalId('ChannelZeroReport', report.id));
    await updateOnlineChannel(app.db.prisma, secretary, { channelId: channel.id, status: 'ACTIVE' }, now);
    expect((await listed(thisQuarter)).map((r) => r.id)).not.toContain(globalId('ChannelZeroReport', report.id));
  });

  it('the database does the same for writers that bypass the service', async () => {
    const unit = await newUnit('零报告丁单位');
    const report = await fileChannelZeroReport(app.db.prisma, secretary, { unitId: unit.id, period: thisQuarter }, now);
    const tenantId = app.demo.bureau.tenantId;
    const channel = await app.db.prisma.onlineChannel.create({
      data: { tenantId, ownerUnitId: unit.id, kind: 'WEIBO', name: '绕过服务', account: `@${randomUUID()}`, responsiblePersonId: me(), reviewerPersonId: me(), launchedOn: today },
    });
    expect(await app.db.prisma.channelZeroReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ supersededByChannelId: channel.id });
    const code = await inTransaction(app.db.prisma, (tx) => tx.channelZeroReport.create({
      data: { tenantId, unitId: unit.id, period: thisQuarter, filedById: me(), filedAt: now },
    })).then(() => 'COMMITTED', (e: DomainError) => e.code);
    expect(code).toBe('UNIT_HAS_CHANNEL');
  });
});
