import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { codes, createTestApp, type TestApp } from '../helpers.js';

const UnitsQuery = graphql(`
  query RoleUnits {
    orgUnits(first: 100) {
      totalCount
      edges { node { id name kind } }
    }
  }
`);

const BureausQuery = graphql(`
  query RoleBureaus {
    bureaus { name shortName }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const names = (r: { orgUnits: { edges: { node: { name: string } }[] } }) => r.orgUnits.edges.map((e) => e.node.name).sort();

describe('what each demo account sees (DOMAIN.md §3)', () => {
  it('the first responsible person sees the whole bureau and nothing of the other', async () => {
    const r = await app.ok(UnitsQuery, {}, await app.login('secretary'));
    expect(r.orgUnits.totalCount).toBe(app.demo.bureau.units.size);
    expect(r.orgUnits.edges).toHaveLength(app.demo.bureau.units.size);
    expect(names(r)).not.toContain('中共盐城市大丰区住房和城乡建设局委员会');
  });

  it('the direct responsible person sees the whole bureau too', async () => {
    const r = await app.ok(UnitsQuery, {}, await app.login('propaganda'));
    expect(r.orgUnits.totalCount).toBe(app.demo.bureau.units.size);
  });

  it('a "one post, two duties" member sees the bureau committee and the forest farm subtree only', async () => {
    const r = await app.ok(UnitsQuery, {}, await app.login('member.forestry'));
    expect(names(r)).toEqual(['中共盐城市大丰区自然资源和规划局委员会', '大丰林场党委', '林场第一党支部', '林场第二党支部', '林场退休职工党支部'].sort());
    expect(r.orgUnits.totalCount).toBe(5);
  });

  it('a branch secretary with no duty above sees their branch only', async () => {
    const r = await app.ok(UnitsQuery, {}, await app.login('branch.organs1'));
    expect(names(r)).toEqual(['机关第一支部']);
  });

  it('the other bureau\'s secretary sees only their own bureau', async () => {
    const r = await app.ok(UnitsQuery, {}, await app.login('other.secretary'));
    expect(r.orgUnits.totalCount).toBe(app.demo.housing.units.size);
    expect(names(r)).toContain('中共盐城市大丰区住房和城乡建设局委员会');
    expect(names(r)).not.toContain('大丰林场党委');
  });

  it('district roles see the bureaus of their district but no unit or person', async () => {
    const token = await app.login('district.propaganda');
    const units = await app.run(UnitsQuery, {}, token);
    expect(codes(units)).toEqual(['FORBIDDEN']);
    expect(units.data?.orgUnits ?? null).toBeNull();
    const bureaus = await app.ok(BureausQuery, {}, token);
    expect(bureaus.bureaus.map((b) => b.name).sort()).toEqual(
      ['中共盐城市大丰区住房和城乡建设局委员会', '中共盐城市大丰区自然资源和规划局委员会'].sort(),
    );
  });

  it('bureau people may not read district figures', async () => {
    expect(codes(await app.run(BureausQuery, {}, await app.login('secretary')))).toEqual(['FORBIDDEN']);
  });

  it('anonymous requests see nothing but login and health', async () => {
    expect(codes(await app.run(UnitsQuery, {}))).toEqual(['UNAUTHENTICATED']);
    const health = await app.yoga.fetch('http://zeren.test/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'up' });
  });
});
