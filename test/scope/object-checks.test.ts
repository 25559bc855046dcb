import { defaultFieldResolver, parse, type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowGuards } from '../../src/authz/row-guards.js';
import { createContext, type Context } from '../../src/context.js';
import { schema } from '../../src/schema.js';
import { countStatements, createTestApp, type TestApp } from '../helpers.js';

/**
 * One check per object (src/authz/object-checks.ts): a row reaches the client only through a field
 * that returns it, and that field answers FORBIDDEN for a row the viewer may not see, whatever its
 * resolver did; leaf fields of checked types resolve synchronously (no shield wrapper).
 */

let app: TestApp;
let ctx: Context;
beforeAll(async () => {
  app = await createTestApp();
  const token = await app.login('branch.organs1');
  ctx = await createContext(app.services, { request: new Request('http://zeren.test/graphql', { headers: { authorization: `Bearer ${token}` } }) });
});
afterAll(() => app?.close());

const field = (type: string, name: string) => (schema.getType(type) as GraphQLObjectType).getFields()[name]!;
/** A resolve info for `type.name` as the only field of a one-field selection. */
function info(type: string, name: string): GraphQLResolveInfo {
  const operation = parse(`{ x { ${name} { id name } } }`).definitions[0] as OperationDefinitionNode;
  const fieldNode = (operation.selectionSet.selections[0] as FieldNode).selectionSet!.selections[0] as FieldNode;
  return {
    fieldName: name, fieldNodes: [fieldNode], returnType: field(type, name).type, parentType: schema.getType(type) as GraphQLObjectType,
    path: { prev: { prev: undefined, key: 'x', typename: 'Query' }, key: name, typename: type }, schema, fragments: {}, rootValue: undefined, operation, variableValues: {},
  } as GraphQLResolveInfo;
}

describe('one check per object', () => {
  it('a field whose resolver returns a row the viewer may not see answers FORBIDDEN, not the row', async () => {
    const own = await app.db.prisma.orgUnit.findFirstOrThrow({ where: { name: '机关第一支部' } });
    const other = await app.db.prisma.orgUnit.findFirstOrThrow({ where: { tenantId: app.demo.housing.tenantId, parentId: null } });
    // A duty row that reached the field by any path (here: handed in directly, as a leaking
    // resolver would); the served Duty.unit loads its unit and must refuse the hidden one.
    const dutyIn = (unitId: string) => app.db.prisma.duty.findFirstOrThrow({ where: { unitId } });
    const run = async (unit: typeof own) => Promise.resolve(field('Duty', 'unit').resolve!(await dutyIn(unit.id), {}, ctx, info('Duty', 'unit')));
    const visible = await run(own);
    expect(visible).toMatchObject({ id: own.id });
    const hidden = await run(other);
    expect(hidden).toBeInstanceOf(Error);
    expect((hidden as { extensions?: { code?: string } }).extensions?.code).toBe('FORBIDDEN');
  });

  it('leaf fields of checked types resolve synchronously', () => {
    const row = { id: 'x', tenantId: 't', name: '某支部', kind: 'BRANCH', depth: 2, sortOrder: 0, ancestorIds: ['r', 'x'] };
    // No wrapper at all: graphql's default resolver reads the property, synchronously.
    for (const leaf of ['name', 'kind', 'depth']) {
      const resolve = field('OrgUnit', leaf).resolve ?? defaultFieldResolver;
      expect(resolve(row, {}, ctx, info('OrgUnit', leaf))).toBe(row[leaf as keyof typeof row]);
    }
    // Object-returning fields stay wrapped (their rows are checked).
    expect(field('OrgUnit', 'children').resolve).toBeTypeOf('function');
  });

  it('a unit row the request already read answers the visibility checks with the viewer\'s scope, in memory', async () => {
    const token = await app.login('branch.organs1');
    const fresh = () => createContext(app.services, { request: new Request('http://zeren.test/graphql', { headers: { authorization: `Bearer ${token}` } }) });
    const own = await app.db.prisma.orgUnit.findFirstOrThrow({ where: { name: '机关第一支部' } });
    // The bureau committee: same bureau, above the branch, not in a branch secretary's scope.
    const root = await app.db.prisma.orgUnit.findFirstOrThrow({ where: { tenantId: own.tenantId, parentId: null } });
    const ids = [own.id, root.id];
    // The reference: a context that has read nothing asks the database.
    const cold = await fresh();
    const byDatabase = await countStatements(app.db, () => cold.loaders.visibleUnit.loadMany(ids));
    expect(byDatabase.result).toEqual([true, false]);
    expect(byDatabase.statements).toBe(1);
    // Both rows already read (as the OrgUnit check records them): the same answers, no statement.
    // A hidden row that was read stays hidden.
    const warm = await fresh();
    for (const unit of [own, root]) warm.loaders.knownUnits.set(unit.id, unit);
    const inMemory = await countStatements(app.db, () => warm.loaders.visibleUnit.loadMany(ids));
    expect(inMemory.result).toEqual(byDatabase.result);
    expect(inMemory.statements).toBe(0);
    // A row read with its unit joined (a risk listed with `unit { name }`) is checked on that unit.
    const joined = await fresh();
    const riskIn = (unit: typeof own) => ({ id: 'r', tenantId: unit.tenantId, unitId: unit.id, unit });
    const verdicts = await countStatements(app.db, async () => [await rowGuards.Risk!(riskIn(own), joined), await rowGuards.Risk!(riskIn(root), joined)]);
    expect(verdicts.result).toEqual([true, false]);
    expect(verdicts.statements).toBe(0);
    // A check of a unit the request is reading at that moment (a `unit { name }` beside a row whose
    // check needs its unit) waits for that read: one statement, whichever round trip ends first.
    const racing = await fresh();
    const both = await countStatements(app.db, () => Promise.all([racing.loaders.units.load(own.id), racing.loaders.visibleUnit.load(own.id)]));
    expect(both.result[1]).toBe(true);
    expect(both.statements).toBe(1);
  });
});

