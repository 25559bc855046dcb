import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenService } from '../../src/authz/tokens.js';
import { globalId } from '../../src/lib/ids.js';
import { createTestApp, type TestApp } from '../helpers.js';

/** Bad input gets a clear, typed error, writes nothing, and the server stays up. */

let app: TestApp;
let auth: Record<string, string>;
const SECRET = 'test-secret-test-secret-test-secret-!!';

async function send(body: unknown, headers: Record<string, string> = auth) {
  const res = await app.post(body, headers);
  const json = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[]; data?: unknown };
  return { status: res.status, codes: (json.errors ?? []).map((e) => e.extensions?.code), json };
}

async function stillServes() {
  const r = await send({ query: '{ viewer { username } }' });
  expect(r.json.data).toEqual({ viewer: { username: 'secretary' } });
}

const counts = () => Promise.all([app.db.prisma.orgUnit.count(), app.db.prisma.auditEvent.count(), app.db.prisma.post.count(), app.db.prisma.duty.count()]);

beforeAll(async () => {
  app = await createTestApp();
  auth = { authorization: `Bearer ${await app.login('secretary')}` };
});
afterAll(() => app?.close());

describe('malformed and hostile requests', () => {
  it('malformed JSON', async () => {
    const r = await send('{"query": "{ viewer { username } ');
    expect(r.status).toBe(400);
    expect(r.codes).toEqual(['BAD_REQUEST']);
    await stillServes();
  });

  it('wrong variable types and invalid scalar values', async () => {
    const date = await send({ query: 'query($d: Date) { unitDuties(unitId: "x", asOf: $d) { kind } }', variables: { d: '2024-13-45' } });
    expect(date.status).toBe(400);
    expect(date.codes).toEqual(['BAD_USER_INPUT']);
    const kind = await send({ query: 'mutation($k: OrgUnitKind!) { createOrgUnit(input: { parentId: "x", kind: $k, name: "y" }) { orgUnit { id } } }', variables: { k: 'CASTLE' } });
    expect(kind.codes).toEqual(['BAD_USER_INPUT']);
    const list = await send({ query: 'query($id: ID!) { coverage(unitId: $id) { totalUnits } }', variables: { id: { nested: true } } });
    expect(list.codes).toEqual(['BAD_USER_INPUT']);
    await stillServes();
  });

  it('unknown fields and syntax errors', async () => {
    expect((await send({ query: '{ viewer { secretField } }' })).codes).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect((await send({ query: '{ viewer { ' })).codes).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect((await send({})).codes).toEqual(['BAD_REQUEST']);
  });

  it('a very deep query', async () => {
    const deep = `{ orgUnits { edges { node { ${'children { '.repeat(14)}name${' }'.repeat(14)} } } } }`;
    const r = await send({ query: deep });
    expect(r.status).toBe(400);
    expect(r.codes).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('thousands of aliases, and a wide query', async () => {
    const aliases = Array.from({ length: 3000 }, (_, i) => `a${i}: viewer { username }`).join(' ');
    expect((await send({ query: `{ ${aliases} }` })).codes).toEqual(['QUERY_TOO_COMPLEX']);
    const some = Array.from({ length: 50 }, (_, i) => `a${i}: viewer { username }`).join(' ');
    expect((await send({ query: `{ ${some} }` })).codes).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('a fragment bomb (each fragment spreading the next twice)', async () => {
    const levels = 14;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment F${i} on OrgUnit { name }` : `fragment F${i} on OrgUnit { children { ...F${i + 1} } parent { ...F${i + 1} } }`,
    ).join('\n');
    const r = await send({ query: `{ orgUnits { edges { node { ...F0 } } } }\n${fragments}` });
    expect(r.codes).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('an oversized body is refused before it is read', async () => {
    const r = await send({ query: `{ viewer { username } } #${'x'.repeat(1_100_000)}` });
    expect(r.status).toBe(413);
    expect(r.codes).toEqual(['PAYLOAD_TOO_LARGE']);
    await stillServes();
  });

  it('too many batched operations', async () => {
    const r = await app.post(Array.from({ length: 20 }, () => ({ query: '{ viewer { username } }' })), auth);
    expect(r.status).toBe(413);
  });

  it('a wrong, forged or expired token', async () => {
    const forged = await new TokenService('another-secret-another-secret-another', 3600).issue('someone');
    const expired = await new TokenService(SECRET, -60).issue((await app.db.prisma.userAccount.findFirstOrThrow({ where: { username: 'secretary' } })).id);
    for (const token of ['abc.def.ghi', forged.token, expired.token, '']) {
      const r = await send({ query: '{ viewer { username } }' }, { authorization: `Bearer ${token}` });
      expect(r.codes).toEqual(['UNAUTHENTICATED']);
      expect(r.json.data ?? null).toBeNull();
    }
    expect((await send({ query: 'mutation { login(username: "secretary", password: "wrong") { token } }' }, {})).codes).toEqual(['INVALID_CREDENTIALS']);
    expect((await send({ query: 'mutation { login(username: "nobody", password: "demo") { token } }' }, {})).codes).toEqual(['INVALID_CREDENTIALS']);
  });
});

describe('invalid mutations write nothing', () => {
  it('leaves units, posts, duties and the audit trail unchanged', async () => {
    const before = await counts();
    const parent = globalId('OrgUnit', app.demo.bureau.units.get('organs')!);
    const attempts = [
      { query: `mutation { createOrgUnit(input: { parentId: "${parent}", kind: BRANCH, name: "" }) { orgUnit { id } } }`, code: 'BAD_USER_INPUT' },
      { query: `mutation { createOrgUnit(input: { parentId: "${parent}", kind: BRANCH, name: "${'长'.repeat(101)}" }) { orgUnit { id } } }`, code: 'BAD_USER_INPUT' },
      { query: `mutation { createOrgUnit(input: { parentId: "${parent}", kind: BRANCH, name: "机关第一支部" }) { orgUnit { id } } }`, code: 'BAD_USER_INPUT' },
      { query: `mutation { createOrgUnit(input: { parentId: "${parent}", kind: BUREAU_COMMITTEE, name: "第二个局党委" }) { orgUnit { id } } }`, code: 'BAD_USER_INPUT' },
      { query: `mutation { archiveOrgUnit(input: { unitId: "${parent}" }) { orgUnit { id } } }`, code: 'UNIT_NOT_EMPTY' },
      { query: `mutation { moveOrgUnit(input: { unitId: "${parent}", newParentId: "${globalId('OrgUnit', app.demo.bureau.units.get('organs.b1')!)}" }) { orgUnit { id } } }`, code: 'INVALID_MOVE' },
      { query: `mutation { endPost(input: { postId: "${globalId('Post', 'nope')}" }) { post { id } } }`, code: 'NOT_FOUND' },
    ];
    for (const attempt of attempts) {
      const r = await send({ query: attempt.query });
      expect(r.codes, attempt.query).toEqual([attempt.code]);
    }
    expect(await counts()).toEqual(before);
  });
});
