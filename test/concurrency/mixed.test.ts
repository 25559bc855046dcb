import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/authz/scope.js';
import type { OrgUnit } from '../../src/generated/prisma/client.js';
import { todayInChina } from '../../src/lib/dates.js';
import { createOnlineChannel, fileChannelZeroReport, quarterOf } from '../../src/modules/channels/service.js';
import { appointToPost, changeDuty, endDuty, endPost } from '../../src/modules/duties/service.js';
import { archiveUnit, createUnit, moveUnit, renameUnit } from '../../src/modules/org/service.js';
import { changeWorkItemStatus } from '../../src/modules/plan/service.js';
import { reportRisk, transitionRisk } from '../../src/modules/risks/service.js';
import { createTestApp, type TestApp } from '../helpers.js';
import { announceSkip, atOnce, brokenInvariants, onPostgres, viewerOf } from './invariants.js';

announceSkip('test/concurrency/mixed');

/**
 * Many rounds of many concurrent conflicting mutations across the modules, through the services
 * (each call its own transaction on its own pooled connection), then the whole database is checked
 * with plain SQL (invariants.ts): the tree, archived units, the seven rules of every team, the risk
 * transitions, the zero reports and every audit chain. Every refusal must carry a code.
 */

const ROUNDS = 25;
let app: TestApp;
let secretary: Viewer;
let tenantId: string;
let root: string;
const now = new Date();
const today = todayInChina(now);
let seed = 20261130;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

beforeAll(async () => {
  if (!onPostgres) return;
  app = await createTestApp();
  app.setNow(now);
  secretary = await viewerOf(app, 'secretary');
  tenantId = app.demo.bureau.tenantId;
  root = app.demo.bureau.units.get('bureau')!;
});
afterAll(() => app?.close());

const prisma = () => app.db.prisma;
const me = () => (secretary.kind === 'person' ? secretary.personId : '');
const newPerson = async (name: string) => (await prisma().person.create({ data: { tenantId, name } })).id;
const liveUnder = (ancestor: string) => prisma().orgUnit.findMany({ where: { tenantId, archivedAt: null, ancestorIds: { has: ancestor }, id: { not: ancestor } } });
const coded = (outcome: string) => outcome === 'ok' || /^[A-Z][A-Z_]+$/.test(outcome);

describe.skipIf(!onPostgres)('concurrent conflicting mutations, then invariants over the whole database (PostgreSQL)', () => {
  it(`${ROUNDS} rounds across the tree, teams, risks, channels and work items`, async () => {
    const sandbox = await createUnit(prisma(), secretary, { parentId: root, kind: 'DIRECT_UNIT', name: '并发试验区' });
    const team = await createUnit(prisma(), secretary, { parentId: root, kind: 'GENERAL_BRANCH', name: '并发试验总支' });
    for (let i = 0; i < 4; i += 1) await createUnit(prisma(), secretary, { parentId: sandbox.id, kind: 'DIRECT_UNIT', name: `试验单位${i}` });
    for (let i = 0; i < 3; i += 1) await createUnit(prisma(), secretary, { parentId: team.id, kind: 'BRANCH', name: `试验小组${i}` });
    const workItems = (await prisma().workItem.findMany({ where: { tenantId, status: { not: 'CANCELLED' } }, select: { id: true } })).map((w) => w.id);
    const risks: string[] = [];
    const outcomes: string[] = [];
    const started = Date.now();

    for (let round = 0; round < ROUNDS; round += 1) {
      const tree: OrgUnit[] = await liveUnder(sandbox.id);
      const children: OrgUnit[] = await liveUnder(team.id);
      const teamPosts = await prisma().post.findMany({ where: { tenantId, unitId: team.id, endDate: null }, select: { id: true } });
      const teamDuties = await prisma().duty.findMany({ where: { tenantId, unitId: team.id, endDate: null, kind: { not: 'FIRST_RESPONSIBLE' } }, select: { id: true } });
      const [a, b, c] = [pick(tree), pick(tree), pick(tree)];
      const risk = await reportRisk(prisma(), app.services.pubsub, secretary, {
        unitId: pick(children.length ? children : [team]).id, title: `并发风险${round}`, mechanism: 'RISK_JUDGEMENT', riskClass: 'IDEOLOGICAL_UNDERSTANDING', severity: 'LOW',
      }, now);
      risks.push(risk.id);
      const older = pick(risks);
      const olderStage = (await prisma().risk.findUniqueOrThrow({ where: { id: older } })).stage;
      const next = { MONITORED: 'ASSESSED', ASSESSED: 'WARNED', WARNED: 'HANDLED', HANDLED: 'CLOSED', CLOSED: 'CLOSED', DISMISSED: 'DISMISSED' } as const;
      const channelUnit = await createUnit(prisma(), secretary, { parentId: sandbox.id, kind: 'DIRECT_UNIT', name: `阵地单位${round}` });
      const item = pick(workItems);
      const people = await Promise.all([1, 2, 3, 4].map((i) => newPerson(`并发${round}-${i}`)));

      const calls: (() => Promise<unknown>)[] = [
        // the tree: moves that may cross, a create under and an archive of the same unit, twin names
        () => moveUnit(prisma(), secretary, { unitId: a.id, newParentId: b.id }),
        () => moveUnit(prisma(), secretary, { unitId: b.id, newParentId: a.id }),
        () => moveUnit(prisma(), secretary, { unitId: c.id, newParentId: pick([sandbox, ...tree]).id }),
        () => archiveUnit(prisma(), secretary, { unitId: c.id }),
        () => createUnit(prisma(), secretary, { parentId: c.id, kind: 'DIRECT_UNIT', name: `新单位${round}` }),
        () => createUnit(prisma(), secretary, { parentId: a.id, kind: 'DIRECT_UNIT', name: `同名${round}` }),
        () => createUnit(prisma(), secretary, { parentId: a.id, kind: 'DIRECT_UNIT', name: `同名${round}` }),
        () => renameUnit(prisma(), secretary, { unitId: b.id, name: `同名${round}` }),
        () => appointToPost(prisma(), secretary, { unitId: c.id, personId: people[0]!, role: 'MEMBER' }, now),
        // a team: a new secretary, members with duties, a post ended, a scope unit archived
        () => appointToPost(prisma(), secretary, { unitId: team.id, personId: people[1]!, role: 'SECRETARY' }, now),
        () => appointToPost(prisma(), secretary, {
          unitId: team.id, personId: people[2]!, role: 'COMMITTEE_MEMBER', duty: { kind: 'DUAL_DUTY', scopeUnitIds: [pick(children.length ? children : [team]).id] },
        }, now),
        () => appointToPost(prisma(), secretary, { unitId: team.id, personId: people[3]!, role: 'DEPUTY_SECRETARY', duty: { kind: 'DIRECT_RESPONSIBLE' } }, now),
        ...(teamPosts.length ? [() => endPost(prisma(), secretary, { postId: pick(teamPosts).id }, now)] : []),
        ...(teamDuties.length ? [
          () => changeDuty(prisma(), secretary, { dutyId: pick(teamDuties).id, kind: 'DIRECT_RESPONSIBLE' }, now),
          () => endDuty(prisma(), secretary, { dutyId: pick(teamDuties).id }, now),
        ] : []),
        ...(children.length ? [() => archiveUnit(prisma(), secretary, { unitId: pick(children).id })] : []),
        // a risk moved two ways at once, and an older one moved twice at once
        () => transitionRisk(prisma(), app.services.pubsub, secretary, { riskId: risk.id, to: 'ASSESSED' }, now),
        () => transitionRisk(prisma(), app.services.pubsub, secretary, { riskId: risk.id, to: 'DISMISSED', note: '误报' }, now),
        () => transitionRisk(prisma(), app.services.pubsub, secretary, { riskId: older, to: next[olderStage], note: '处置完毕' }, now),
        () => transitionRisk(prisma(), app.services.pubsub, secretary, { riskId: older, to: next[olderStage], note: '处置完毕' }, now),
        // a channel and a zero report of its quarter
        () => createOnlineChannel(prisma(), secretary, {
          ownerUnitId: channelUnit.id, kind: 'WEBSITE', name: `并发网站${round}`, account: `https://race.example/${round}`,
          responsiblePersonId: me(), reviewerPersonId: me(), launchedOn: today,
        }, now),
        () => fileChannelZeroReport(prisma(), secretary, { unitId: channelUnit.id, period: quarterOf(today) }, now),
        // a work item's status changed three ways at once
        () => changeWorkItemStatus(prisma(), secretary, { workItemId: item, status: 'IN_PROGRESS' }, now),
        () => changeWorkItemStatus(prisma(), secretary, { workItemId: item, status: 'DONE' }, now),
        () => changeWorkItemStatus(prisma(), secretary, { workItemId: item, status: 'CANCELLED', reason: '并发取消' }, now),
      ];
      outcomes.push(...await atOnce(calls));
    }

    expect(outcomes.filter((o) => !coded(o))).toEqual([]);
    expect(outcomes.filter((o) => o === 'ok').length).toBeGreaterThan(ROUNDS * 5);
    expect(await brokenInvariants(app.db)).toEqual([]);
    const tally = Object.entries(outcomes.reduce<Record<string, number>>((t, o) => ({ ...t, [o]: (t[o] ?? 0) + 1 }), {}));
    console.info(`test/concurrency: ${outcomes.length} calls in ${ROUNDS} rounds, ${Date.now() - started} ms:`, tally.map(([k, v]) => `${k} ${v}`).join(', '));
  });
});
