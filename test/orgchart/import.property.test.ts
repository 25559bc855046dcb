import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadViewer, type Viewer } from '../../src/authz/scope.js';
import type { DutyKind, OrgUnitKind, PostRole } from '../../src/generated/prisma/enums.js';
import { appointToPost } from '../../src/modules/duties/service.js';
import { createUnit } from '../../src/modules/org/service.js';
import { ORG_UNIT_KIND_NAMES } from '../../src/modules/exports/labels.js';
import { POST_ROLE_NAMES } from '../../src/modules/orgchart/sheets.js';
import { createTestApp, type TestApp } from '../helpers.js';
import { fcParameters } from '../fc.js';
import { importWorkbook, newBureau, workbookBytes, type Chart } from './fixtures.js';

/**
 * Random valid org charts, written to XLSX and imported, give the same tree and the same scopes
 * as building the same chart through the single services (createUnit, appointToPost).
 */

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seed: true });
});
afterAll(() => app?.close());

interface GenUnit { name: string; kind: OrgUnitKind; parent: number | null }
interface GenPost { person: string; unit: number; role: PostRole; duty?: { kind: DutyKind; scope: number[] } }

const CHILD_KINDS: OrgUnitKind[] = ['PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'RESOURCE_OFFICE', 'DIRECT_UNIT'];
const isCommittee = (k: OrgUnitKind) => ['BUREAU_COMMITTEE', 'PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH'].includes(k);

/** A tree whose kinds fit (nothing under a branch, no party committee under a general branch) and full teams. */
const chartArb = fc.record({
  parents: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
  kinds: fc.array(fc.integer({ min: 0, max: CHILD_KINDS.length - 1 }), { minLength: 8, maxLength: 8 }),
  members: fc.array(fc.record({ unit: fc.nat(), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }) }), { maxLength: 5 }),
}).map(({ parents, kinds, members }) => {
  const units: GenUnit[] = [{ name: '局党委', kind: 'BUREAU_COMMITTEE', parent: null }];
  parents.forEach((p, i) => {
    const candidates = units.map((u, j) => ({ u, j })).filter(({ u }) => u.kind !== 'BRANCH');
    const { u: parent, j } = candidates[p % candidates.length]!;
    let kind = CHILD_KINDS[kinds[i]!]!;
    if (kind === 'PARTY_COMMITTEE' && parent.kind === 'GENERAL_BRANCH') kind = 'BRANCH';
    units.push({ name: `单位${i + 1}`, kind, parent: j });
  });
  const subtree = (root: number) => units.map((_, i) => i).filter((i) => {
    for (let at: number | null = i; at !== null; at = units[at]!.parent) if (at === root) return true;
    return false;
  });
  const posts: GenPost[] = [];
  let n = 0;
  units.forEach((u, i) => {
    if (!isCommittee(u.kind)) return;
    posts.push({ person: `人${++n}`, unit: i, role: 'SECRETARY' });
    if (u.kind === 'BUREAU_COMMITTEE' || u.kind === 'PARTY_COMMITTEE') {
      posts.push({ person: `人${++n}`, unit: i, role: 'DEPUTY_SECRETARY', duty: { kind: 'DIRECT_RESPONSIBLE', scope: [i] } });
    }
  });
  for (const m of members) {
    const committees = units.map((u, i) => ({ u, i })).filter(({ u }) => isCommittee(u.kind));
    const { i } = committees[m.unit % committees.length]!;
    const inside = subtree(i);
    const scope = [...new Set(m.picks.map((p) => inside[p % inside.length]!))];
    posts.push({ person: `人${++n}`, unit: i, role: 'COMMITTEE_MEMBER', duty: { kind: 'DUAL_DUTY', scope } });
  }
  return { units, posts };
});

const DUTY_NAMES: Record<DutyKind, string> = { FIRST_RESPONSIBLE: '第一责任人', DIRECT_RESPONSIBLE: '直接责任人', DUAL_DUTY: '一岗双责' };

async function scopes(tenantId: string, people: Map<string, string>) {
  const accounts = new Map<string, string[]>();
  const units = await app.db.prisma.orgUnit.findMany({ where: { tenantId }, include: { parent: true } });
  const tree = Object.fromEntries(units.map((u) => [u.parent ? u.name : '局党委', u.parent ? (u.parent.parentId ? u.parent.name : '局党委') : null]));
  for (const [name, personId] of people) {
    const person = await app.db.prisma.person.findUniqueOrThrow({ where: { id: personId } });
    const viewer = await loadViewer(app.db.prisma, (await app.db.prisma.userAccount.upsert({
      where: { tenantId_personId: { tenantId, personId: person.id } }, update: {},
      create: { username: `${tenantId.slice(0, 8)}.${name}`, passwordHash: 'x', displayName: name, tenantId, personId: person.id },
    })).id) as Extract<Viewer, { kind: 'person' }>;
    const visible = await app.db.prisma.orgUnit.findMany({ where: viewer.scope.unitWhere(), select: { name: true, parentId: true } });
    accounts.set(name, visible.map((u) => (u.parentId ? u.name : '局党委')).sort());
  }
  return { tree, scopes: Object.fromEntries(accounts) };
}

let run = 0;
it('an imported chart has the tree and scopes of the same chart built through the services', async () => {
  await fc.assert(fc.asyncProperty(chartArb, async ({ units, posts }) => {
    run++;
    // Through the import.
    const a = await newBureau(app, `PA${run}`);
    const code = (i: number) => (i === 0 ? a.code : `${a.code}-${i}`);
    const chart: Chart = {
      units: units.map((u, i) => [code(i), i === 0 ? '局党委' : u.name, ORG_UNIT_KIND_NAMES[u.kind], u.parent === null ? '' : code(u.parent)]),
      people: [...new Set(posts.map((p) => p.person))].map((p) => [p, p, '']),
      posts: posts.map((p) => [p.person, code(p.unit), POST_ROLE_NAMES[p.role], '']),
      duties: posts.filter((p) => p.duty).map((p) => [p.person, code(p.unit), DUTY_NAMES[p.duty!.kind], p.duty!.kind === 'DUAL_DUTY' ? p.duty!.scope.map(code).join('、') : '']),
      accounts: [],
    };
    const result = await importWorkbook(app, a.token, await workbookBytes(chart), false);
    expect(result.data?.importOrgChart.errors).toEqual([]);
    const importedPeople = new Map((await app.db.prisma.person.findMany({ where: { tenantId: a.tenantId } })).map((p) => [p.name, p.id]));

    // Through the services, as the bureau's administrator.
    const b = await newBureau(app, `PB${run}`);
    const admin = await app.db.prisma.userAccount.findFirstOrThrow({ where: { tenantId: b.tenantId, isAdministrator: true } });
    const viewer = await loadViewer(app.db.prisma, admin.id);
    const ids = [b.rootId];
    for (const u of units.slice(1)) ids.push((await createUnit(app.db.prisma, viewer, { parentId: ids[u.parent!]!, kind: u.kind, name: u.name })).id);
    const builtPeople = new Map<string, string>();
    for (const p of posts) {
      const person = await app.db.prisma.person.create({ data: { tenantId: b.tenantId, name: p.person } });
      builtPeople.set(p.person, person.id);
      await appointToPost(app.db.prisma, viewer, {
        unitId: ids[p.unit]!, personId: person.id, role: p.role,
        duty: p.duty && p.role !== 'SECRETARY' ? { kind: p.duty.kind, scopeUnitIds: p.duty.scope.map((i) => ids[i]!) } : null,
      }, new Date());
    }
    expect(await scopes(a.tenantId, importedPeople)).toEqual(await scopes(b.tenantId, builtPeople));
  }), fcParameters('orgchart import', { seed: 20261201, numRuns: 5 }));
});
