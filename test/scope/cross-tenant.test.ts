import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../../src/lib/ids.js';
import { graphql } from '../gql/index.js';
import { codes, createTestApp, type TestApp } from '../helpers.js';

/** Another bureau's rows are unreachable through every path, and errors say nothing about them. */

const Node = graphql(`
  query CrossNode($id: ID!) { node(id: $id) { id ... on OrgUnit { name } ... on Person { name } ... on Duty { kind } ... on Post { role } } }
`);
const Filtered = graphql(`
  query CrossFilter($subtree: ID!) { orgUnits(first: 50, filter: { subtreeOf: $subtree }) { totalCount edges { node { name } } } }
`);
const Duties = graphql(`
  query CrossDuties($unitId: ID!) { unitDuties(unitId: $unitId) { kind } }
`);
const Coverage = graphql(`
  query CrossCoverage($unitId: ID!) { coverage(unitId: $unitId) { uncoveredCount } }
`);
const Rename = graphql(`
  mutation CrossRename($unitId: ID!) { renameOrgUnit(input: { unitId: $unitId, name: "篡改" }) { orgUnit { name } } }
`);
const Appoint = graphql(`
  mutation CrossAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { post { id } } }
`);
const Viewer = graphql(`
  query CrossViewer { viewer { person { posts(includeEnded: true) { unit { name } } duties(includeEnded: true) { scopeUnits { name } } } } }
`);

let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await createTestApp();
  token = await app.login('secretary');
});
afterAll(() => app?.close());

describe('cross-tenant attempts by the first bureau\'s secretary', () => {
  it('node() returns null for another bureau\'s unit, person, post and duty', async () => {
    const tenantId = app.demo.housing.tenantId;
    const post = await app.db.prisma.post.findFirstOrThrow({ where: { tenantId } });
    const duty = await app.db.prisma.duty.findFirstOrThrow({ where: { tenantId } });
    for (const id of [
      globalId('OrgUnit', app.demo.housing.units.get('bureau')!),
      globalId('Person', post.personId),
      globalId('Post', post.id),
      globalId('Duty', duty.id),
    ]) {
      const r = await app.run(Node, { id }, token);
      expect(r.errors).toBeUndefined();
      expect(r.data?.node).toBeNull();
    }
  });

  it('a subtree filter naming another bureau\'s unit returns nothing', async () => {
    const r = await app.ok(Filtered, { subtree: globalId('OrgUnit', app.demo.housing.units.get('bureau')!) }, token);
    expect(r.orgUnits.totalCount).toBe(0);
    expect(r.orgUnits.edges).toEqual([]);
  });

  it('queries and mutations naming another bureau\'s unit answer NOT_FOUND, as for a unit that does not exist', async () => {
    const foreign = globalId('OrgUnit', app.demo.housing.units.get('organs')!);
    const missing = globalId('OrgUnit', '00000000-0000-0000-0000-000000000000');
    for (const unitId of [foreign, missing]) {
      const answers = [
        await app.run(Coverage, { unitId }, token),
        await app.run(Rename, { unitId }, token),
      ];
      for (const r of answers) {
        expect(codes(r)).toEqual(['NOT_FOUND']);
        expect(JSON.stringify(r.errors)).not.toMatch(/住房|housing/);
      }
    }
    expect((await app.ok(Duties, { unitId: foreign }, token)).unitDuties).toEqual([]);
    const person = globalId('Person', app.demo.housing.people.get('田野')!);
    const r = await app.run(Appoint, { input: { unitId: globalId('OrgUnit', app.demo.bureau.units.get('organs.b1')!), personId: person, role: 'MEMBER' } }, token);
    expect(codes(r)).toEqual(['NOT_FOUND']);
  });

  it('nested relations of the viewer stay inside their bureau', async () => {
    const r = await app.ok(Viewer, {}, token);
    const names = JSON.stringify(r);
    expect(names).not.toMatch(/住房|住建/);
  });

  it('a malformed or wrongly typed global ID is a BAD_USER_INPUT, not a crash', async () => {
    expect(codes(await app.run(Coverage, { unitId: 'not-an-id' }, token))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.run(Coverage, { unitId: globalId('Person', 'x') }, token))).toEqual(['BAD_USER_INPUT']);
  });
});

const InspectionNode = graphql(`
  query CrossInspection($id: ID!) { node(id: $id) { id ... on DistrictInspection { findings } ... on InspectionFinding { problem answer } } }
`);
const AnswerFinding = graphql(`
  mutation CrossAnswer($id: ID!) { answerInspectionFinding(input: { findingId: $id, answer: "篡改" }) { finding { id } } }
`);

describe('the district\'s inspections of another bureau (issue 11)', () => {
  it('node() is null and answering is NOT_FOUND for another bureau\'s inspection and finding, and for district roles without the duty', async () => {
    const inspection = await app.db.prisma.districtInspection.findFirstOrThrow({ where: { tenantId: app.demo.bureau.tenantId }, include: { items: true } });
    const ids = [globalId('DistrictInspection', inspection.id), globalId('InspectionFinding', inspection.items[0]!.id)];
    for (const username of ['other.secretary', 'district.cyberspace', 'district.committee', 'discipline', 'branch.organs1']) {
      const viewer = await app.login(username);
      for (const id of ids) expect((await app.run(InspectionNode, { id }, viewer)).data?.node ?? null, `${username} ${id}`).toBeNull();
    }
    // The bureau's own secretary and 区委宣传部 see them.
    for (const username of ['secretary', 'district.propaganda']) {
      for (const id of ids) expect((await app.ok(InspectionNode, { id }, await app.login(username))).node, username).not.toBeNull();
    }
    const unanswered = inspection.items.find((i) => i.answer === null) ?? inspection.items[0]!;
    const r = await app.run(AnswerFinding, { id: globalId('InspectionFinding', unanswered.id) }, await app.login('other.secretary'));
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(r.errors)).not.toMatch(/自然资源|督查/);
  });
});
