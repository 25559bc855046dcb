import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { codes, createTestApp, type TestApp } from '../helpers.js';
import { gid, personId, tokenFor, unitId } from '../plan/fixtures.js';

/**
 * 科室 (三9 "各部门（科室）紧密配合、齐抓共管"): the bureau's internal departments are units of kind
 * DEPARTMENT, directly under the bureau committee; they own work items, channels and records under
 * the same scope rules as any unit.
 */

const Units = graphql(`
  query DeUnits { orgUnits(first: 100, filter: { kinds: [DEPARTMENT] }) { totalCount edges { node { id name kind parent { name } } } } }
`);
const CreateUnit = graphql(`
  mutation DeCreateUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id kind } } }
`);
const MoveUnit = graphql(`
  mutation DeMoveUnit($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { orgUnit { id } } }
`);
const Channels = graphql(`
  query DeChannels { onlineChannels(first: 50) { edges { node { name ownerUnit { name kind } } } } }
`);
const CreateRecord = graphql(`
  mutation DeCreateRecord($input: CreateWorkRecordInput!) { createWorkRecord(input: $input) { workRecord { unit { name kind } } } }
`);
const Items = graphql(`
  query DeItems { workItems(first: 100) { edges { node { title unit { name kind } } } } }
`);

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

describe('departments (科室) in the tree', () => {
  it('the demo bureau has its departments under the bureau committee', async () => {
    const r = await app.ok(Units, {}, await app.login('secretary'));
    expect(r.orgUnits.edges.map((e) => e.node.name).sort()).toEqual(['办公室', '国土空间规划科', '宣传科'].sort());
    expect(r.orgUnits.edges.every((e) => e.node.parent?.name === '中共盐城市大丰区自然资源和规划局委员会')).toBe(true);
  });

  it('a department hangs only under the bureau committee and holds no units', async () => {
    const token = await app.login('secretary');
    const under = (parent: string, kind: 'DEPARTMENT' | 'BRANCH', name: string) =>
      app.run(CreateUnit, { input: { parentId: gid('OrgUnit', unitId(app, parent)), kind, name } }, token);
    expect(codes(await under('forestry', 'DEPARTMENT', '林场办公室'))).toEqual(['UNIT_KIND_NOT_ALLOWED']);
    expect(codes(await under('dept.office', 'BRANCH', '办公室党小组'))).toEqual(['UNIT_KIND_NOT_ALLOWED']);
    const made = await app.ok(CreateUnit, { input: { parentId: gid('OrgUnit', unitId(app, 'bureau')), kind: 'DEPARTMENT', name: '执法监察科' } }, token);
    expect(made.createOrgUnit.orgUnit.kind).toBe('DEPARTMENT');
    expect(codes(await app.run(MoveUnit, { input: { unitId: made.createOrgUnit.orgUnit.id, newParentId: gid('OrgUnit', unitId(app, 'organs')) } }, token))).toEqual(['UNIT_KIND_NOT_ALLOWED']);
    expect(codes(await app.run(MoveUnit, { input: { unitId: gid('OrgUnit', unitId(app, 'organs.b1')), newParentId: made.createOrgUnit.orgUnit.id } }, token))).toEqual(['UNIT_KIND_NOT_ALLOWED']);
    // The database backs it.
    const root = await app.db.prisma.orgUnit.findUniqueOrThrow({ where: { id: unitId(app, 'forestry') } });
    await expect(app.db.prisma.orgUnit.create({
      data: { id: 'dept-x', tenantId: root.tenantId, parentId: root.id, kind: 'DEPARTMENT', name: '非法科室', ancestorIds: [...root.ancestorIds, 'dept-x'], depth: 2 },
    })).rejects.toThrow(/UNIT_KIND_NOT_ALLOWED/);
  });

  it('a department runs a channel, owns work items and records, under the same scope rules', async () => {
    // 李明 answers for 办公室 (一岗双责); 张海涛 for the forest farm only.
    const li = await tokenFor(app, personId(app, '李明'));
    const zhang = await app.login('member.forestry');
    const channelsOf = async (token: string) => (await app.ok(Channels, {}, token)).onlineChannels.edges.map((e) => e.node);
    expect(await channelsOf(li)).toContainEqual({ name: '大丰自然资源', ownerUnit: { name: '办公室', kind: 'DEPARTMENT' } });
    expect((await channelsOf(zhang)).map((c) => c.name)).not.toContain('大丰自然资源');
    const itemsOf = async (token: string) => (await app.ok(Items, {}, token)).workItems.edges.map((e) => e.node.unit.name);
    expect(await itemsOf(await app.login('secretary'))).toContain('宣传科');
    expect(await itemsOf(zhang)).not.toContain('宣传科');
    const record = { unitId: gid('OrgUnit', unitId(app, 'dept.office')), kind: 'PERIODIC_ANALYSIS' as const, date: '2025-03-01', title: '办公室网络舆情分析' };
    expect((await app.ok(CreateRecord, { input: record }, await app.login('secretary'))).createWorkRecord.workRecord.unit).toEqual({ name: '办公室', kind: 'DEPARTMENT' });
    expect(codes(await app.run(CreateRecord, { input: record }, zhang))).toEqual(['NOT_FOUND']);
  });
});
