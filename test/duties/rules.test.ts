import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../../src/lib/ids.js';
import { graphql } from '../gql/index.js';
import { codes, createTestApp, type TestApp } from '../helpers.js';

/** The seven rules of DOMAIN.md §2, each refused with its own code, and the history they keep. */

const CreatePerson = graphql(`
  mutation RulesCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { person { id name } } }
`);
const Appoint = graphql(`
  mutation RulesAppoint($input: AppointToPostInput!) {
    appointToPost(input: $input) { post { id role isActive person { id name } duties { id kind isActive } } }
  }
`);
const EndPost = graphql(`
  mutation RulesEndPost($postId: ID!, $reason: String) { endPost(input: { postId: $postId, reason: $reason }) { post { id isActive endDate duties { kind isActive endReason } } } }
`);
const AssignDuty = graphql(`
  mutation RulesAssign($unitId: ID!, $personId: ID!, $kind: DutyKind!, $scope: [ID!]) {
    assignDuty(input: { unitId: $unitId, personId: $personId, kind: $kind, scopeUnitIds: $scope }) { duty { id kind } }
  }
`);
const ChangeDuty = graphql(`
  mutation RulesChange($dutyId: ID!, $kind: DutyKind, $scope: [ID!], $date: Date) {
    changeDuty(input: { dutyId: $dutyId, kind: $kind, scopeUnitIds: $scope, effectiveDate: $date }) { duty { id kind startDate scopeUnits { name } } }
  }
`);
const EndDuty = graphql(`
  mutation RulesEndDuty($dutyId: ID!) { endDuty(input: { dutyId: $dutyId }) { duty { id } } }
`);
const Rearrange = graphql(`
  mutation RulesRearrange($unitId: ID!, $assignments: [DutyAssignmentInput!]!) {
    rearrangeDuties(input: { unitId: $unitId, assignments: $assignments }) { duties { kind person { name } } }
  }
`);
const UnitTeam = graphql(`
  query RulesUnitTeam($id: ID!, $asOf: Date) {
    node(id: $id) {
      ... on OrgUnit {
        name
        firstResponsible { id name }
        directResponsible { id name }
        leadershipTeam { id role person { id name } }
        duties(asOf: $asOf) { id kind startDate endDate person { id name } scopeUnits { name } }
      }
    }
  }
`);
const UnitDuties = graphql(`
  query RulesUnitDuties($unitId: ID!, $asOf: Date) { unitDuties(unitId: $unitId, asOf: $asOf) { kind person { name } } }
`);
const Coverage = graphql(`
  query RulesCoverage($unitId: ID!) { coverage(unitId: $unitId) { totalUnits uncoveredCount uncoveredUnits { name } } }
`);
const CreateUnit = graphql(`
  mutation RulesCreateUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id name depth ancestors { name } } } }
`);
const MoveUnit = graphql(`
  mutation RulesMoveUnit($unitId: ID!, $parentId: ID!) { moveOrgUnit(input: { unitId: $unitId, newParentId: $parentId }) { orgUnit { id depth parent { name } } } }
`);

let app: TestApp;
let token: string;
const unit = (key: string) => globalId('OrgUnit', app.demo.bureau.units.get(key)!);
const person = (name: string) => globalId('Person', app.demo.bureau.people.get(name)!);

async function newPerson(name: string) {
  const r = await app.ok(CreatePerson, { input: { name } }, token);
  return r.createPerson.person.id;
}

async function team(key: string, asOf?: string) {
  const r = await app.ok(UnitTeam, { id: unit(key), asOf }, token);
  if (!r.node || !('leadershipTeam' in r.node)) throw new Error('not a unit');
  return r.node;
}

beforeAll(async () => {
  app = await createTestApp();
  token = await app.login('secretary');
});
afterAll(() => app?.close());

describe('rule 1: the secretary is the one first responsible person', () => {
  it('refuses a first responsibility for anyone but the secretary', async () => {
    const r = await app.run(AssignDuty, { unitId: unit('bureau'), personId: person('李明'), kind: 'FIRST_RESPONSIBLE' }, token);
    expect(codes(r)).toEqual(['DUPLICATE_DUTY']);
    const member = await newPerson('测试委员甲');
    const appointed = await app.run(Appoint, { input: { unitId: unit('forestry'), personId: member, role: 'COMMITTEE_MEMBER', duty: { kind: 'FIRST_RESPONSIBLE' } } }, token);
    expect(codes(appointed)).toEqual(['FIRST_RESPONSIBLE_NOT_SECRETARY']);
    expect(appointed.errors?.[0]?.extensions?.rule).toBe(1);
  });

  it('moves the first responsibility with a new secretary, in one step, keeping history', async () => {
    const before = await team('organs.b2');
    const oldSecretary = before.firstResponsible!;
    const successor = await newPerson('新任书记乙');
    await app.ok(Appoint, { input: { unitId: unit('organs.b2'), personId: successor, role: 'SECRETARY', startDate: '2026-11-01' } }, token);
    const after = await team('organs.b2');
    expect(after.firstResponsible?.id).toBe(successor);
    expect(after.leadershipTeam.filter((p) => p.role === 'SECRETARY')).toHaveLength(1);
    const history = await team('organs.b2', '2026-10-31');
    expect(history.duties.find((d) => d.kind === 'FIRST_RESPONSIBLE')?.person.id).toBe(oldSecretary.id);
  });

  it('refuses to end the first responsibility, or the secretary post of a team that still has members', async () => {
    const t = await team('forestry');
    const fr = t.duties.find((d) => d.kind === 'FIRST_RESPONSIBLE')!;
    expect(codes(await app.run(EndDuty, { dutyId: fr.id }, token))).toEqual(['FIRST_RESPONSIBLE_REQUIRED']);
    const secretaryPost = t.leadershipTeam.find((p) => p.role === 'SECRETARY')!;
    expect(codes(await app.run(EndPost, { postId: secretaryPost.id }, token))).toEqual(['FIRST_RESPONSIBLE_REQUIRED']);
    expect((await team('forestry')).firstResponsible?.name).toBe('赵国强');
  });
});

describe('rule 2: one direct responsible person, never the secretary', () => {
  it('refuses a second direct responsible person', async () => {
    const p = await newPerson('测试委员丙');
    const r = await app.run(Appoint, { input: { unitId: unit('bureau'), personId: p, role: 'COMMITTEE_MEMBER', duty: { kind: 'DIRECT_RESPONSIBLE' } } }, token);
    expect(codes(r)).toEqual(['DIRECT_RESPONSIBLE_TAKEN']);
    expect(r.errors?.[0]?.extensions?.rule).toBe(2);
  });

  it('refuses leaving a bureau or party committee without one', async () => {
    const t = await team('bureau');
    const drPost = t.leadershipTeam.find((p) => p.person.name === '刘志华')!;
    expect(codes(await app.run(EndPost, { postId: drPost.id }, token))).toEqual(['DIRECT_RESPONSIBLE_REQUIRED']);
  });

  it('passes the direct responsibility from one member to another in one re-division', async () => {
    const r = await app.ok(Rearrange, {
      unitId: unit('organs'),
      assignments: [
        { personId: person('王芳'), kind: 'DIRECT_RESPONSIBLE' },
        { personId: person('郑敏'), kind: 'DUAL_DUTY', scopeUnitIds: [unit('organs.b1'), unit('organs.b2')] },
      ],
    }, token);
    const direct = r.rearrangeDuties.duties.filter((d) => d.kind === 'DIRECT_RESPONSIBLE');
    expect(direct.map((d) => d.person.name)).toEqual(['王芳']);
    expect((await team('organs')).directResponsible?.name).toBe('王芳');
  });

  it('refuses the secretary as direct responsible person', async () => {
    const r = await app.run(Rearrange, { unitId: unit('organs'), assignments: [{ personId: person('陈刚'), kind: 'DIRECT_RESPONSIBLE' }] }, token);
    expect(codes(r)).toEqual(['DIRECT_RESPONSIBLE_IS_SECRETARY']);
  });
});

describe('rule 3: every other member holds a duty with a non-empty scope', () => {
  it('refuses a member appointed without a duty', async () => {
    const p = await newPerson('测试委员丁');
    const r = await app.run(Appoint, { input: { unitId: unit('forestry'), personId: p, role: 'COMMITTEE_MEMBER' } }, token);
    expect(codes(r)).toEqual(['MEMBER_WITHOUT_DUTY']);
    expect(r.errors?.[0]?.extensions?.rule).toBe(3);
  });

  it('refuses a dual duty with an empty scope', async () => {
    const p = await newPerson('测试委员戊');
    const r = await app.run(Appoint, { input: { unitId: unit('forestry'), personId: p, role: 'COMMITTEE_MEMBER', duty: { kind: 'DUAL_DUTY', scopeUnitIds: [] } } }, token);
    expect(codes(r)).toEqual(['DUAL_DUTY_EMPTY_SCOPE']);
  });

  it('refuses ending the only duty of an active member', async () => {
    const t = await team('forestry');
    const dual = t.duties.find((d) => d.kind === 'DUAL_DUTY')!;
    expect(codes(await app.run(EndDuty, { dutyId: dual.id }, token))).toEqual(['MEMBER_WITHOUT_DUTY']);
  });
});

describe('rule 4: a scope stays inside the unit\'s own subtree', () => {
  it('refuses a scope unit of another bureau, and outside the subtree, with the same answer', async () => {
    const p = await newPerson('测试委员己');
    const otherBureau = globalId('OrgUnit', app.demo.housing.units.get('organs')!);
    for (const scope of [[otherBureau], [unit('organs.b1')]]) {
      const r = await app.run(Appoint, { input: { unitId: unit('forestry'), personId: p, role: 'COMMITTEE_MEMBER', duty: { kind: 'DUAL_DUTY', scopeUnitIds: scope } } }, token);
      expect(codes(r)).toEqual(['SCOPE_OUTSIDE_SUBTREE']);
      expect(r.errors?.[0]?.message).not.toContain('住房');
    }
  });

  it('refuses moving a unit out of the subtree of a committee whose scope names it', async () => {
    const r = await app.run(MoveUnit, { unitId: unit('forestry.b2'), parentId: unit('organs') }, token);
    expect(codes(r)).toEqual(['SCOPE_OUTSIDE_SUBTREE']);
  });

  it('moves a unit with its subtree when no scope breaks', async () => {
    const created = await app.ok(CreateUnit, { input: { parentId: unit('organs'), kind: 'BRANCH', name: '机关第四支部' } }, token);
    const moved = await app.ok(MoveUnit, { unitId: created.createOrgUnit.orgUnit.id, parentId: unit('port.gb') }, token);
    expect(moved.moveOrgUnit.orgUnit.parent?.name).toBe('大丰港分局党总支');
    expect(moved.moveOrgUnit.orgUnit.depth).toBe(3);
  });
});

describe('rule 5: one post and one duty per person and unit; ending a post ends its duties', () => {
  it('refuses a second duty for the same person', async () => {
    const r = await app.run(AssignDuty, { unitId: unit('forestry'), personId: person('冯军'), kind: 'DUAL_DUTY', scope: [unit('forestry.b2')] }, token);
    expect(codes(r)).toEqual(['DUPLICATE_DUTY']);
  });

  it('ends the duties resting on a post with the post', async () => {
    const p = await newPerson('测试委员庚');
    const appointed = await app.ok(Appoint, { input: { unitId: unit('forestry'), personId: p, role: 'COMMITTEE_MEMBER', duty: { kind: 'DUAL_DUTY', scopeUnitIds: [unit('forestry.b3')] } } }, token);
    const ended = await app.ok(EndPost, { postId: appointed.appointToPost.post.id, reason: '工作调动' }, token);
    expect(ended.endPost.post.isActive).toBe(false);
    expect(ended.endPost.post.duties.every((d) => !d.isActive && d.endReason === '工作调动')).toBe(true);
  });
});

describe('rule 6: effective-dated history', () => {
  it('answers who was responsible on a past date', async () => {
    const r = await app.ok(UnitDuties, { unitId: unit('bureau'), asOf: '2021-07-01' }, token);
    expect(r.unitDuties.map((d) => `${d.kind}:${d.person.name}`).sort()).toEqual(['DUAL_DUTY:李明', 'FIRST_RESPONSIBLE:王建国']);
  });

  it('keeps the old assignment when a duty changes, and refuses changing history', async () => {
    const t = await team('forestry');
    const dual = t.duties.find((d) => d.person.name === '何静')!;
    const changed = await app.ok(ChangeDuty, { dutyId: dual.id, scope: [unit('forestry.b2'), unit('forestry.b3')], date: '2026-06-01' }, token);
    expect(changed.changeDuty.duty.scopeUnits.map((u) => u.name).sort()).toEqual(['林场第二党支部', '林场退休职工党支部']);
    const past = await team('forestry', '2026-05-31');
    expect(past.duties.find((d) => d.person.name === '何静')?.scopeUnits.map((u) => u.name)).toEqual(['林场第二党支部']);
    expect(codes(await app.run(ChangeDuty, { dutyId: dual.id, scope: [unit('forestry.b1')] }, token))).toEqual(['HISTORY_IMMUTABLE']);
  });

  it('the database refuses to rewrite or delete history', async () => {
    const ended = await app.db.prisma.duty.findFirstOrThrow({ where: { endDate: { not: null } } });
    await expect(app.db.prisma.duty.update({ where: { id: ended.id }, data: { endReason: 'x' } })).rejects.toThrow(/HISTORY_IMMUTABLE/);
    await expect(app.db.prisma.post.deleteMany({ where: { id: ended.postId } })).rejects.toThrow(/HISTORY_IMMUTABLE|foreign key/);
  });
});

describe('rule 7: coverage', () => {
  it('reports every unit under the bureau as covered in the demo, and a new unit as uncovered', async () => {
    const before = await app.ok(Coverage, { unitId: unit('bureau') }, token);
    expect(before.coverage.uncoveredUnits).toEqual([]);
    await app.ok(CreateUnit, { input: { parentId: unit('bureau'), kind: 'RESOURCE_OFFICE', name: '三龙自然资源所' } }, token);
    const after = await app.ok(Coverage, { unitId: unit('bureau') }, token);
    expect(after.coverage.uncoveredUnits.map((u) => u.name)).toEqual(['三龙自然资源所']);
    expect(after.coverage.totalUnits).toBe(before.coverage.totalUnits + 1);
  });
});

describe('who may change the tree and the team', () => {
  it('refuses a dual-duty member and a branch secretary outside their own unit', async () => {
    const member = await app.login('member.forestry');
    expect(codes(await app.run(CreateUnit, { input: { parentId: unit('forestry'), kind: 'BRANCH', name: '林场第四党支部' } }, member))).toEqual(['FORBIDDEN']);
    const branch = await app.login('branch.organs1');
    expect(codes(await app.run(CreateUnit, { input: { parentId: unit('organs'), kind: 'BRANCH', name: 'x' } }, branch))).toEqual(['NOT_FOUND']);
  });
});
